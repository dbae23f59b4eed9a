// Answers: the nodes with these ids, of any kind (Actor, Organization, Issue, Event, Source),
// one row per id; node is null for an id no node has. label is the node's kind label;
// parent is the id of the node it is PART_OF (issues and organizations), if any. Dates come
// as ISO strings (the first day of their period) beside their precision; a property a kind
// does not have is null.
// Parameters: $ids: [id].
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id,
       CASE WHEN n IS NOT NULL THEN n {
         .id, .name, .aliases, .title, .description, .kind, .country, .status, .datePrecision,
         .location, .publisher, .publishedAtPrecision, .file,
         date: toString(n.date), publishedAt: toString(n.publishedAt),
         label: [l IN labels(n) WHERE l <> 'Entity'][0],
         parent: [(n)-[:PART_OF]->(p) | p.id][0]
       } END AS node
