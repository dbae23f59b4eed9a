// Answers: one node of the model as its seed record holds it, so a mutation that changes a
// part of it (a source mentioning it, an event's status) can write the whole record again
// through the upsert of its kind. Parameters: $id. Returns: zero or one row: label (its
// kind), props (its properties, the date as an ISO string; no history), sources (ids of the
// sources mentioning it), parent (its PART_OF parent's id or null), issues (an event's
// CONCERNS), concernSources (the sources list its CONCERNS edges carry, in the record's order).
MATCH (n:Entity {id: $id})
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       n {.*, date: toString(n.date), createdAt: null, createdBy: null, updatedAt: null, updatedBy: null} AS props,
       [(n)-[:MENTIONED_IN]->(s:Source) | s.id] AS sources,
       [(n)-[:PART_OF]->(p:Entity) | p.id][0] AS parent,
       [(n)-[:CONCERNS]->(i:Issue) | i.id] AS issues,
       [(n)-[c:CONCERNS]->(:Issue) | c.sources][0] AS concernSources
