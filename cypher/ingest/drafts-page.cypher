// Answers: the review queue, a page of the sources that have proposals in one status (by
// default PENDING), ordered by source id, with how many proposals of each status each has.
// Parameters: $status: PENDING, ACCEPTED or REJECTED; $after: source id to continue after, or
//   null; $size: page size (rows fetched: size + 1, the extra one says a page follows).
// Returns: items: [{sourceId, pending, accepted, rejected}], total: how many sources match.
CALL () {
  MATCH (s:Source)
  WHERE EXISTS { (:Proposal {status: $status})-[:PROPOSED_IN]->(s) }
  RETURN count(s) AS total
}
CALL () {
  MATCH (s:Source)
  WHERE ($after IS NULL OR s.id > $after) AND EXISTS { (:Proposal {status: $status})-[:PROPOSED_IN]->(s) }
  WITH s ORDER BY s.id LIMIT toInteger($size) + 1
  CALL (s) {
    MATCH (p:Proposal)-[:PROPOSED_IN]->(s)
    RETURN sum(CASE p.status WHEN 'PENDING' THEN 1 ELSE 0 END) AS pending,
           sum(CASE p.status WHEN 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted,
           sum(CASE p.status WHEN 'REJECTED' THEN 1 ELSE 0 END) AS rejected
  }
  RETURN collect({sourceId: s.id, pending: pending, accepted: accepted, rejected: rejected}) AS items
}
RETURN items, total
