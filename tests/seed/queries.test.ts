import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import { Curation } from '../../src/curation/index.js';
import type { Db } from '../../src/graph/db.js';
import { testDb } from '../helpers/neo4j.js';

// The analysts' saved queries run against the seeded graph with the example parameters in
// their own header (`// params: {...}`), so the library cannot rot unnoticed.
const DIR = path.join(ROOT, 'cypher', 'queries');
const files = (await readdir(DIR)).filter((f) => f.endsWith('.cypher')).sort();

let db: Db;
// The seeded graph has no audit trail: one mutation gives changes-since.cypher a change to
// show. It is undone afterwards, so later files find the seeded graph as it was.
const MARK = 'test-saved-queries-source';
beforeAll(async () => {
  db = await testDb();
  await new Curation(db).upsertNode('sources', 'upsertSource', { id: MARK, title: 'A change for changes-since' }, { name: 'test', role: 'curator' });
});
afterAll(async () => {
  await db.writeStatement('test/undo', 'MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: MARK });
  await db.writeStatement('test/undo-audit', 'MATCH (a:AuditEntry) WHERE $id IN a.touched DELETE a', { id: MARK });
});

describe('cypher/queries', () => {
  it('holds a library of saved queries', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s documents itself and returns rows for its example parameters', async (file) => {
    const text = await readFile(path.join(DIR, file), 'utf8');
    const header = text.split('\n').filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('//')));
    expect(header.length, 'a leading comment says what the query answers').toBeGreaterThanOrEqual(3);
    expect(header.join('\n')).toMatch(/Parameters:/);
    const example = header.find((l) => l.startsWith('// params: '));
    expect(example, 'a `// params: {...}` line gives example parameters').toBeDefined();
    const params = JSON.parse(example!.slice('// params: '.length)) as Record<string, unknown>;
    const body = text.split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n');
    const used = new Set([...body.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
    expect([...used].sort(), 'the example sets every parameter the query uses').toEqual(Object.keys(params).sort());
    for (const name of used) expect(header.join('\n'), `a :param line for $${name}`).toContain(`:param ${name} =>`);
    const rows = await db.read({ name: `queries/${file}`, text }, params);
    expect(rows.length).toBeGreaterThan(0);
  });
});
