// A replica of other code over a shared graph: the graph records its schema version, and a
// replica whose code is older than the graph's refuses to start, before writing anything.
import { describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/constraints.js';
import { checkSchemaVersion, graphSchemaVersion, SCHEMA_VERSION } from '../../src/graph/schemaVersion.js';
import { testDb } from '../helpers/neo4j.js';

const db = await testDb();

describe('the schema version', () => {
  it('is recorded by applySchema: this code\'s version', async () => {
    await applySchema(db);
    expect(await graphSchemaVersion(db)).toBe(SCHEMA_VERSION);
  });

  it('stops a replica whose code is older than the graph: STARTUP_FAILED naming both versions', async () => {
    const older = SCHEMA_VERSION - 1;
    await expect(checkSchemaVersion(db, older)).rejects.toMatchObject({
      code: 'STARTUP_FAILED',
      message: expect.stringContaining(`version ${SCHEMA_VERSION}, newer than this code's (version ${older})`),
    });
    // Nothing was written: the graph's version is still this code's.
    expect(await graphSchemaVersion(db)).toBe(SCHEMA_VERSION);
  });

  it('lets a replica of the same or newer code start', async () => {
    await expect(checkSchemaVersion(db, SCHEMA_VERSION)).resolves.toBeUndefined();
    await expect(checkSchemaVersion(db, SCHEMA_VERSION + 1)).resolves.toBeUndefined();
  });
});
