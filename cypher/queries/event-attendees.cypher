// Who attended an event: each actor or organization with its role, the organizations an
// attending actor is affiliated with, and the sources that report the attendance. For a
// PLANNED event (the example is one) these are expected attendees: `expected` says so.
// Parameters: $event, the event's id.
//   :param event => 'netanyahu-trump-white-house-meeting-2026-02-11'
// params: {"event": "netanyahu-trump-white-house-meeting-2026-02-11"}
MATCH (event:Event {id: $event})<-[a:ATTENDED]-(attendee)
RETURN
  attendee.id AS attendee,
  attendee.name AS name,
  CASE WHEN attendee:Actor THEN 'Actor' ELSE 'Organization' END AS kind,
  a.role AS role,
  event.status = 'PLANNED' AS expected,
  [(attendee)-[f:AFFILIATED_WITH]->(org:Organization) | org.name + coalesce(' (' + f.role + ')', '')] AS affiliations,
  a.sources AS sources
ORDER BY kind, name
