// What changed since a day: every mutation of the curation API from the start of $since
// (UTC) on, oldest first: when, who (the API key's name or the JWT's subject) with which
// role, which mutation with which arguments, which nodes and claims it touched, and their
// properties before it (JSON text; null for what it created). Audit entries are AuditEntry
// nodes, never Entity: MATCH (n:Entity) never finds them.
// Parameters: $since, an ISO date (YYYY-MM-DD).
//   :param since => date('2026-01-01')
// params: {"since": "2026-01-01"}
MATCH (a:AuditEntry)
WHERE a.at >= datetime({date: date($since)})
RETURN toString(a.at) AS at, a.by AS by, a.role AS role, a.operation AS operation,
       a.touched AS touched, a.arguments AS arguments, a.before AS before
ORDER BY a.at, a.id
