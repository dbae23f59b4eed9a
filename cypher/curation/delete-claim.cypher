// Deletes a stance claim, so that recording it again under the same id with another holder
// or issue makes a new edge (an edge's ends cannot change). Parameters: $id: the claim's id.
// Returns: deleted, 0 or 1.
MATCH ()-[r:HOLDS_STANCE {id: $id}]->()
DELETE r
RETURN count(*) AS deleted
