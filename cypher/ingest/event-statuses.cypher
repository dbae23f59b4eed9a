// Answers: the status each existing event has now, so a draft's proposal of an event the graph
// holds can show the status it would change (PLANNED -> HELD) beside the one it proposes.
// Parameters: $ids: [event id]. Returns: one row per event found: id, status.
UNWIND $ids AS id
MATCH (e:Event:Entity {id: id})
RETURN e.id AS id, e.status AS status
