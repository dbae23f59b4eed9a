// Answers: the relationships of the given types whose two ends are both among the given
// nodes, one row per stance claim and one per (type, source, target) otherwise, ordered by
// type, source, target and claim id. label is the stance kind or the role.
// Parameters: $ids: [id]; $types: [relationship type]; $limit: how many rows at most.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
WITH type(r) AS type, a.id AS source, b.id AS target,
     CASE type(r) WHEN 'HOLDS_STANCE' THEN r.id END AS claimId,
     coalesce(r.stance, r.role) AS label
WITH type, source, target, claimId, collect(label) AS labels
RETURN type, source, target, claimId, head([l IN labels WHERE l IS NOT NULL]) AS label
ORDER BY type, source, target, claimId
LIMIT toInteger($limit)
