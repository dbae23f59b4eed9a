// Answers: every entity the ingest extractor may match a mention to (actors, organizations,
// issues, events; sources are left out), with what it is matched by. One row per entity.
// Parameters: none.
MATCH (n:Entity)
WHERE NOT n:Source
WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
RETURN {
  id: n.id,
  kind: toUpper(label),
  name: coalesce(n.name, n.title),
  aliases: coalesce(n.aliases, []),
  title: n.title,
  description: n.description,
  orgKind: CASE label WHEN 'Organization' THEN n.kind END,
  eventKind: CASE label WHEN 'Event' THEN n.kind END,
  country: n.country,
  parent: [(n)-[:PART_OF]->(p) | p.id][0],
  date: CASE WHEN n.date IS NULL THEN null ELSE toString(n.date) END,
  datePrecision: n.datePrecision,
  status: n.status,
  location: n.location,
  attendees: [(a)-[:ATTENDED]->(n) | a.id],
  affiliations: [(n)-[r:AFFILIATED_WITH]->(o) | {organization: o.id, role: r.role}]
} AS entity
