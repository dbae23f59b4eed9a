// The schema version the graph was last prepared for (graph/schemaVersion.ts), or no row when
// no stancegraph recorded one (a graph from before versions were kept: version 1).
// Parameters: none.
MATCH (v:SchemaVersion {key: 'stancegraph'})
RETURN v.version AS version
