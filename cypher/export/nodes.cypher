// Every node of the model (label Entity; audit entries are not), with what its seed record
// holds beyond its properties: the sources that mention it, its PART_OF parent and the issues
// an event concerns. For npm run export.
// Parameters: none. Returns: one row per node: label (its kind), props (every property),
//   sources: [source id], parent: id or null, issues: [issue id], concernSources: the sources
//   list an event's CONCERNS edges carry (its record's sources, in the record's order), or null.
MATCH (n:Entity)
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       properties(n) AS props,
       [(n)-[:MENTIONED_IN]->(s:Source) | s.id] AS sources,
       [(n)-[:PART_OF]->(p:Entity) | p.id][0] AS parent,
       [(n)-[:CONCERNS]->(i:Issue) | i.id] AS issues,
       [(n)-[c:CONCERNS]->(:Issue) | c.sources][0] AS concernSources
ORDER BY n.id
