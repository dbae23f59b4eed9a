// Deletes an attendance (ATTENDED) or affiliation (AFFILIATED_WITH).
// Parameters: $type: 'ATTENDED' or 'AFFILIATED_WITH'; $from, $to: the ids of its ends.
// Returns: deleted, 0 or 1.
MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
WHERE type(r) = $type
DELETE r
RETURN count(r) AS deleted
