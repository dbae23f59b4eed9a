// Events in a date range: every dated event whose period overlaps [$from, $to] (an event
// dated only "2025" overlaps any range that touches that year), in date order, with the
// issues it concerns and who attended, and its status: a PLANNED event's attendees are
// expected attendees, as its sources announce them. Undated events are left out.
// (date sorts as text, which for these ISO forms is date order by start of period.)
// Parameters: $from and $to, ISO dates (YYYY-MM-DD), both included.
//   :param from => date('2026-01-01')
//   :param to => date('2026-02-28')
// params: {"from": "2026-01-01", "to": "2026-02-28"}
MATCH (event:Event)
WHERE event.date <= date($to)
WITH event,
  event.date + CASE event.datePrecision WHEN 'YEAR' THEN duration('P1Y') WHEN 'MONTH' THEN duration('P1M') ELSE duration('P1D') END AS periodEnd
WHERE periodEnd > date($from)
RETURN
  CASE event.datePrecision WHEN 'YEAR' THEN left(toString(event.date), 4) WHEN 'MONTH' THEN left(toString(event.date), 7) ELSE toString(event.date) END AS date,
  event.id AS event,
  event.name AS name,
  event.kind AS kind,
  event.status AS status,
  event.location AS location,
  [(event)-[:CONCERNS]->(issue:Issue) | issue.id] AS issues,
  [(attendee)-[a:ATTENDED]->(event) | attendee.name + coalesce(' (' + a.role + ')', '')] AS attendees
ORDER BY date, event
