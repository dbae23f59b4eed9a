// Answers: the nodes with these ids, of any kind (Actor, Organization, Issue, Event, Source),
// one row per id; node is null for an id no node has, else the node as a tuple
// (src/graph/tuples.ts: kind label first; parent is the id of the node it is PART_OF, for
// issues and organizations; dates as ISO strings of the first day of their period).
// Parameters: $ids: [id].
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
WITH id, n, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
// Each kind reads only its own properties.
RETURN id,
       CASE label
         WHEN 'Actor' THEN ['Actor', n.id, n.name, n.aliases, n.title, n.description]
         WHEN 'Organization' THEN ['Organization', n.id, n.name, n.aliases, n.kind, n.country, n.description, [(n)-[:PART_OF]->(p) | p.id][0]]
         WHEN 'Issue' THEN ['Issue', n.id, n.name, n.description, [(n)-[:PART_OF]->(p) | p.id][0]]
         WHEN 'Event' THEN ['Event', n.id, n.name, n.kind, n.status, n.datePrecision, n.location, n.description, toString(n.date)]
         WHEN 'Source' THEN ['Source', n.id, n.title, n.publisher, n.publishedAtPrecision, n.file, toString(n.publishedAt)]
       END AS node
