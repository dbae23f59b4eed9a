// Every stance claim (retracted ones included), attendance and affiliation, with the ids of
// their ends. For npm run export.
// Parameters: none. Returns: one row per edge: type, from, to (ids), props (every property).
MATCH (a:Entity)-[r:HOLDS_STANCE|ATTENDED|AFFILIATED_WITH]->(b:Entity)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY type, from, to, r.id
