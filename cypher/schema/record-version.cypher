// Records that the graph is prepared for schema version $version; never lowers it, so a
// replica of older code starting at the same moment cannot undo an upgrade.
// Parameters: $version (integer). Returns: version, the graph's version afterwards.
MERGE (v:SchemaVersion {key: 'stancegraph'})
ON CREATE SET v.version = $version
WITH v
SET v.version = CASE WHEN v.version < $version THEN $version ELSE v.version END
RETURN v.version AS version
