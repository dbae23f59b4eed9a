// Answers: the nodes with these ids, of any kind (Actor, Organization, Issue, Event, Source),
// one row per id; node is null for an id no node has. label is the node's kind label;
// parent is the id of the node it is PART_OF (issues and organizations), if any. Dates come
// as ISO strings (the first day of their period) beside their precision.
// Parameters: $ids: [id].
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
WITH id, n, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
// Each kind reads only its own properties.
RETURN id,
       CASE label
         WHEN 'Actor' THEN n {.id, .name, .aliases, .title, .description, label: label}
         WHEN 'Organization' THEN n {
           .id, .name, .aliases, .kind, .country, .description, label: label,
           parent: [(n)-[:PART_OF]->(p) | p.id][0]
         }
         WHEN 'Issue' THEN n {.id, .name, .description, label: label, parent: [(n)-[:PART_OF]->(p) | p.id][0]}
         WHEN 'Event' THEN n {
           .id, .name, .kind, .status, .datePrecision, .location, .description,
           date: toString(n.date), label: label
         }
         WHEN 'Source' THEN n {
           .id, .title, .publisher, .publishedAtPrecision, .file,
           publishedAt: toString(n.publishedAt), label: label
         }
       END AS node
