// Export round trip: the seeded graph plus a set of mutations (new nodes, a claim recorded,
// one retracted, an attendance, a merge) exported with `npm run export`, then loaded with
// `npm run seed -- --reset --dir`, is the same graph, value for value; audit entries stay out.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/seed/index.js';
import { ok } from '../helpers/api.js';
import { runEntryPoint } from '../helpers/cli.js';
import { type CurationApi, curationApi } from '../helpers/curation.js';
import { graphSnapshot } from '../helpers/graph.js';
import { testNeo4jEnv } from '../helpers/neo4j.js';
import { tempDir } from '../helpers/tempDirs.js';

// At the top level, so the helper's afterAll (stop, reseed) belongs to this file.
const api: CurationApi = await curationApi();

const SOURCE = 'reuters-iran-diplomacy-2026-02';

describe('npm run export', () => {
  it('writes seed files that load back to the same graph, retracted claims included, audit entries not', async () => {
    ok(await api.curator(`mutation { upsertActor(input: { id: "test-export-a", name: "Export A", aliases: ["E. A."], sources: ["${SOURCE}"] }) { id } }`));
    ok(await api.curator(`mutation { upsertActor(input: { id: "test-export-b", name: "Export B", title: "Aide" }) { id } }`));
    ok(await api.curator(`mutation { upsertEvent(input: { id: "test-export-event", name: "Export talks", date: "2026-03", status: PLANNED,
      issues: ["iran-policy"], sources: ["${SOURCE}"] }) { id } }`));
    ok(await api.curator(`mutation { recordStance(input: { holder: "test-export-b", issue: "iran-policy", stance: MIXED, attribution: ASSESSED,
      asOf: "2026", position: "Mixed, in the test's words.", quote: "a short quote", sources: ["${SOURCE}"] }) { id } }`));
    ok(await api.curator(`mutation { recordAttendance(input: { attendee: "test-export-b", event: "test-export-event", role: "guest", sources: ["${SOURCE}"] }) { role } }`));
    ok(await api.curator(`mutation { retractStance(id: "donald-trump-opposes-west-bank-annexation-2026-02", reason: "Test retraction") { id } }`));
    ok(await api.admin(`mutation { mergeEntities(keep: "test-export-a", duplicate: "test-export-b") { id } }`));

    // The graph as the API left it, without the audit trail the export leaves out.
    const audit = await api.db.read({ name: 'test/audit-count', text: 'MATCH (a:AuditEntry) RETURN count(a) AS n' });
    expect(audit[0]!.n).toBe(7);
    await api.db.writeStatement('test/drop-audit', 'MATCH (a:AuditEntry) DETACH DELETE a');
    const before = await graphSnapshot(api.db);
    const dir = await tempDir('export');
    const run = await runEntryPoint('src/cli/export.ts', ['--dir', dir], testNeo4jEnv());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('stances:');
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(['actors.yaml', 'affiliations.yaml', 'attendances.yaml', 'events.yaml', 'issues.yaml', 'organizations.yaml', 'sources.yaml', 'stances.yaml']);
    const stances = await readFile(path.join(dir, 'stances.yaml'), 'utf8');
    expect(stances).toContain('retractionReason: Test retraction');
    expect(stances).toContain('createdBy: test-curator');

    await seedGraph(api.db, dir, { reset: true });
    expect(await graphSnapshot(api.db)).toEqual(before);
    const hidden = ok(await api.run(`{ actor(id: "donald-trump") { stances(issue: "west-bank-annexation") { id } } }`));
    expect(hidden.actor.stances).toEqual([]);
  });
});
