// Who met whom: the actors and organizations that attended events together with one holder,
// most shared events first, with those events and the other side's role at each.
// Parameters: $holder, the id of an actor or organization.
//   :param holder => 'benjamin-netanyahu'
// params: {"holder": "benjamin-netanyahu"}
MATCH (:Entity {id: $holder})-[:ATTENDED]->(event:Event)<-[a:ATTENDED]-(other)
WITH other, event, a ORDER BY event.date
RETURN
  other.id AS other,
  other.name AS name,
  count(event) AS sharedEvents,
  collect(event.id + coalesce(' (' + a.role + ')', '')) AS events
ORDER BY sharedEvents DESC, other
