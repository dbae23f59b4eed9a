// Concurrent writes and retries: twenty recordStance calls at once for one claim id, and
// twenty for different claims on one issue, each answered, with no duplicate edge; a
// transient error inside a write transaction is retried by the driver (executeWrite).
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher.js';
import { ok } from '../helpers/api.js';
import { type CurationApi, curationApi } from '../helpers/curation.js';

// At the top level, so the helper's afterAll (stop, reseed) belongs to this file.
const api: CurationApi = await curationApi();

const RECORD = `mutation($input: StanceInput!) { recordStance(input: $input) { id position } }`;
const base = {
  holder: 'benjamin-netanyahu',
  issue: 'iran-ballistic-missiles',
  stance: 'OPPOSES',
  attribution: 'REPORTED',
  sources: ['reuters-iran-diplomacy-2026-02'],
};

const claimsWithId = (id: string) =>
  api.db.read({ name: 'test/claims', text: 'MATCH ()-[r:HOLDS_STANCE {id: $id}]->() RETURN r.position AS position' }, { id });

describe('concurrent recordStance', () => {
  it('twenty calls for one claim id: all answered, one edge, holding one of the inputs', async () => {
    const id = 'test-concurrent-claim';
    const positions = Array.from({ length: 20 }, (_, i) => `Position number ${i}.`);
    const results = await Promise.all(positions.map((position) => api.curator(RECORD, { input: { ...base, id, position } })));
    for (const r of results) expect(ok(r).recordStance.id).toBe(id);
    const rows = await claimsWithId(id);
    expect(rows).toHaveLength(1);
    expect(positions).toContain(rows[0]!.position);
    const audit = await api.db.read({ name: 'test/audit', text: 'MATCH (a:AuditEntry) WHERE $id IN a.touched RETURN count(a) AS n' }, { id });
    expect(audit[0]!.n).toBe(20);
  });

  it('twenty calls for different claims on one issue: twenty edges, no duplicates', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `test-concurrent-claim-${i}`);
    const results = await Promise.all(ids.map((id) => api.curator(RECORD, { input: { ...base, id, position: `About ${id}.` } })));
    expect(results.map((r) => ok(r).recordStance.id)).toEqual(ids);
    const rows = await api.db.read(
      { name: 'test/claims', text: 'MATCH ()-[r:HOLDS_STANCE]->(:Issue {id: $issue}) WHERE r.id STARTS WITH "test-concurrent-claim-" RETURN r.id AS id ORDER BY id' },
      { issue: base.issue },
    );
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
  });
});

describe('retries', () => {
  it('a transient error inside a write transaction is retried, and the retry commits', async () => {
    const write = cypher<{ locked: number }>('curation/lock');
    let attempts = 0;
    const locked = await api.db.writeTransaction('test/retry', async (run) => {
      attempts += 1;
      const [row] = await run(write, { ids: ['donald-trump'] });
      // What a deadlock between two mutations looks like to the driver.
      if (attempts === 1) throw new Neo4jError('deadlock (simulated)', 'Neo.TransientError.Transaction.DeadlockDetected', 'N/A', 'N/A');
      return row!.locked;
    });
    expect(attempts).toBe(2);
    expect(locked).toBe(1);
  });
});

describe('bounds', () => {
  it('a document may run at most ten mutations', async () => {
    const many = Array.from({ length: 11 }, (_, i) => `m${i}: retractStance(id: "x${i}", reason: "r") { id }`).join('\n');
    const result = await api.curator(`mutation { ${many} }`);
    expect(result.codes).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('mutations pass the same depth bound as reads', async () => {
    const deep = `mutation { upsertActor(input: { id: "test-deep", name: "Deep" }) { affiliations { organization { members { actor {
      affiliations { organization { members { actor { affiliations { organization { members { role } } } } } } } } } } } } }`;
    const result = await api.curator(deep);
    expect(result.codes).toEqual(['QUERY_TOO_COMPLEX']);
    expect(ok(await api.run(`{ node(id: "test-deep") { id } }`)).node).toBeNull();
  });
});
