// Answers: how big the graph is: nodes per kind label and relationships per type. Each count
// names its label or type literally, so Neo4j reads it from its count store (instant at any
// size). The bench prints it beside its figures.
// Parameters: none.
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL () { MATCH (n:Issue) RETURN count(n) AS issues }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH (n:Source) RETURN count(n) AS sources }
CALL () { MATCH ()-[r:HOLDS_STANCE]->() RETURN count(r) AS claims }
CALL () { MATCH ()-[r:ATTENDED]->() RETURN count(r) AS attendances }
CALL () { MATCH ()-[r:AFFILIATED_WITH]->() RETURN count(r) AS affiliations }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN actors, organizations, issues, events, sources, claims, attendances, affiliations, relationships
