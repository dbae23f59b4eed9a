// Events by status: what the sources report as PLANNED (announced, not yet reported as
// held), HELD or CANCELLED, in date order (undated last), with who is expected to attend or
// attended. Use it to keep announced meetings apart from meetings that took place.
// Parameters: $status, one of 'PLANNED', 'HELD', 'CANCELLED'.
//   :param status => 'PLANNED'
// params: {"status": "PLANNED"}
MATCH (event:Event {status: $status})
WITH event ORDER BY coalesce(event.date, date('9999-12-31')), event.id
RETURN
  CASE event.datePrecision WHEN 'YEAR' THEN left(toString(event.date), 4) WHEN 'MONTH' THEN left(toString(event.date), 7) ELSE toString(event.date) END AS date,
  event.id AS event,
  event.name AS name,
  event.kind AS kind,
  [(attendee)-[a:ATTENDED]->(event) | attendee.name + coalesce(' (' + a.role + ')', '')] AS attendees,
  [(event)-[:MENTIONED_IN]->(src:Source) | src.id] AS sources
