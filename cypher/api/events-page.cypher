// Answers: one page of events in date order (undated last, then by id), optionally only
// those with one status (PLANNED, HELD, CANCELLED) and only those dated within [from, to] (an event known to the month or year counts from the first
// day of that period; undated events never match a bound), and how many match in all.
// Shapes: items are node tuples (src/graph/tuples.ts).
// Parameters: $from, $to: ISO dates (YYYY-MM-DD) or null; $status: an Event.status or null;
//   $afterDate, $afterId: the sort key to continue after (undated events sort as
//   9999-12-31), both null for the first page;
//   $limit: how many rows at most (one more than the page size, to learn whether another
//   page follows).
CALL () {
  MATCH (e:Event)
  WHERE ($from IS NULL OR e.date >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
    AND ($status IS NULL OR e.status = $status)
  RETURN count(e) AS total
}
CALL () {
  MATCH (e:Event)
  WHERE ($from IS NULL OR e.date >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
    AND ($status IS NULL OR e.status = $status)
  WITH e, coalesce(e.date, date('9999-12-31')) AS sortDate
  WHERE $afterId IS NULL
     OR sortDate > date($afterDate)
     OR (sortDate = date($afterDate) AND e.id > $afterId)
  WITH e, sortDate
  ORDER BY sortDate, e.id
  LIMIT toInteger($limit)
  RETURN collect(['Event', e.id, e.name, e.kind, e.status, e.datePrecision, e.location, e.description, toString(e.date)]) AS items
}
RETURN total, items
