// Answers: the nodes one step from any of the given nodes, following relationships of the
// given types in either direction; each with its kind label and the text to draw (name, or
// a source's title), ordered by id. The given nodes themselves come back when they are
// neighbours of one another.
// Parameters: $ids: [id]; $types: [relationship type] such as ['HOLDS_STANCE', 'ATTENDED'].
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(m:Entity)
WHERE type(r) IN $types
WITH DISTINCT m
RETURN m.id AS id,
       [l IN labels(m) WHERE l <> 'Entity'][0] AS kind,
       coalesce(m.name, m.title, m.id) AS label
ORDER BY id
