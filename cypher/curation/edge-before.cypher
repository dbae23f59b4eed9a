// An attendance (ATTENDED) or affiliation (AFFILIATED_WITH) as it is before a mutation
// writes or removes it. Parameters: $type: 'ATTENDED' or 'AFFILIATED_WITH'; $from, $to: the
// ids of its ends. Returns: zero or one row: props (every property, dates as ISO strings).
MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
WHERE type(r) = $type
RETURN properties(r) AS props
