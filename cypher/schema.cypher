// The graph's schema. Applied at every start, every statement in one transaction (so the
// indexes a start creates populate in one job: src/graph/constraints.ts); every statement is
// idempotent (IF NOT EXISTS).
//
// Every node carries the label Entity beside its kind (Actor, Organization, Issue, Event,
// Source): ids are unique across all kinds, and Community edition can only enforce that
// with one constraint on one shared label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT issue_id IF NOT EXISTS FOR (n:Issue) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// A stance claim is an edge with its own id; lookups and paging go by it.
CREATE CONSTRAINT holds_stance_id IF NOT EXISTS FOR ()-[r:HOLDS_STANCE]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX holds_stance_stance IF NOT EXISTS FOR ()-[r:HOLDS_STANCE]-() ON (r.stance);
CREATE INDEX holds_stance_attribution IF NOT EXISTS FOR ()-[r:HOLDS_STANCE]-() ON (r.attribution);
CREATE INDEX holds_stance_as_of IF NOT EXISTS FOR ()-[r:HOLDS_STANCE]-() ON (r.asOf);
// The claims of one day in id order: a page of the root stances list (newest first, ties by
// id) reads its last day's first claims from here instead of sorting the whole day.
CREATE INDEX holds_stance_as_of_id IF NOT EXISTS FOR ()-[r:HOLDS_STANCE]-() ON (r.asOf, r.id);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
// Retracted claims are few and hidden from reads: this index counts them without a scan.
CREATE INDEX holds_stance_retracted_at IF NOT EXISTS FOR ()-[r:HOLDS_STANCE]-() ON (r.retractedAt);

// The audit trail of the curation API: one AuditEntry per mutation, never an Entity.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);

// search(text): names, aliases, titles and descriptions of every kind.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Actor|Organization|Issue|Event|Source) ON EACH [n.name, n.aliases, n.title, n.description];

// The claims that list a source (the stances filter by source): sources is a list of ids,
// which no range index serves; the keyword analyzer keeps each id one term.
CREATE FULLTEXT INDEX holds_stance_sources IF NOT EXISTS
FOR ()-[r:HOLDS_STANCE]-() ON EACH [r.sources]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};

// API keys made with `npm run key` (never an Entity: not in reads, counts, export or the
// feed's entity changes), by name and by the SHA-256 a request's key is checked against.
CREATE CONSTRAINT api_key_name IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.name IS UNIQUE;
CREATE CONSTRAINT api_key_sha256 IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.sha256 IS UNIQUE;

// The graph's schema version (one node), checked by every replica at start (graph/schemaVersion.ts).
CREATE CONSTRAINT schema_version_key IF NOT EXISTS FOR (v:SchemaVersion) REQUIRE v.key IS UNIQUE;

// The ingest's review queue (docs/ingest.md): proposals and stored article texts, never
// Entity, so no read of the model sees them. A text is found by its content hash (ingesting
// the same text twice gives the same draft) and by its source, proposals by id and status.
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;
CREATE INDEX proposal_status IF NOT EXISTS FOR (n:Proposal) ON (n.status);
CREATE CONSTRAINT source_text_hash IF NOT EXISTS FOR (n:SourceText) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT source_text_source IF NOT EXISTS FOR (n:SourceText) REQUIRE n.sourceId IS UNIQUE;
