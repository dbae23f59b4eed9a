// npm run ingest: --dry-run --format json prints the draft in the documented shape and writes
// nothing; without it the article is stored once, however often it is ingested; a file that
// is not UTF-8 article text is refused before anything starts.
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR, seedGraph } from '../../src/seed/index.js';
import { runEntryPoint } from '../helpers/cli.js';
import { testArticle } from '../helpers/drafts.js';
import { testDb, testNeo4jEnv } from '../helpers/neo4j.js';
import { tempDir } from '../helpers/tempDirs.js';

const db = await testDb();
afterAll(() => seedGraph(db, SEEDS_DIR, { reset: true }));

/** The corpus: read from where it lives, never copied into the project. */
const ARTICLES = '/work/shared/articles';
const article = path.join(ARTICLES, readdirSync(ARTICLES).sort()[0]!);

const ingest = (args: string[]) => runEntryPoint('src/cli/ingest.ts', args, testNeo4jEnv());

async function footprint() {
  const [row] = await db.read({
    name: 'test/ingest-footprint',
    text: 'RETURN COUNT { (:Source) } AS sources, COUNT { (:SourceText) } AS texts, COUNT { (:Proposal) } AS proposals, COUNT { (:AuditEntry) } AS audit',
  });
  return row;
}

describe('npm run ingest -- --dry-run --format json', () => {
  it('prints the draft in the documented shape, offsets into the text, and writes nothing', async () => {
    const before = await footprint();
    const run = await ingest([article, '--title', 'Visit test', '--published', '2025-12-28', '--publisher', 'Test Wire', '--dry-run', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const draft = JSON.parse(run.stdout);
    expect(Object.keys(draft)).toEqual(expect.arrayContaining(['source', 'entities', 'quotes', 'events', 'attendances', 'affiliations', 'stances']));
    expect(draft.source).toMatchObject({ id: 'visit-test-2025-12-28', title: 'Visit test', publishedAt: '2025-12-28', publisher: 'Test Wire' });
    const text = await readFile(article, 'utf8');
    const netanyahu = draft.entities.find((e: any) => e.id === 'benjamin-netanyahu');
    expect(netanyahu).toMatchObject({ kind: 'ACTOR', name: 'Benjamin Netanyahu', new: false });
    for (const m of netanyahu.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const key of ['quotes', 'events', 'attendances', 'affiliations', 'stances']) expect(Array.isArray(draft[key])).toBe(true);
    expect(await footprint()).toEqual(before);
  });

  it('as a table, with the title from the file\'s first line and no date: says it wrote nothing and warns of the date', async () => {
    const before = await footprint();
    const run = await ingest([article, '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('(dry run: nothing written)');
    expect(run.stdout).toMatch(/warning: no publication date/i);
    expect(await footprint()).toEqual(before);
  });
});

describe('npm run ingest', () => {
  it('stores the article once: a second run writes nothing and says so', async () => {
    const dir = await tempDir('ingest-cli');
    const file = path.join(dir, 'envoy.txt');
    await writeFile(file, testArticle('cli'));
    const first = await ingest([file, '--published', '2026-02-09', '--format', 'json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ sourceId: 'envoy-visit-cli-2026-02-09', created: true, draft: { source: { id: 'envoy-visit-cli-2026-02-09' } } });
    const after = await footprint();
    const second = await ingest([file, '--published', '2026-02-09']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('envoy-visit-cli-2026-02-09 (this text was ingested before: nothing written)');
    expect(await footprint()).toEqual(after);
    const [text] = await db.read({ name: 'test/text', text: `MATCH (t:SourceText)-[:TEXT_OF]->(:Source {id: 'envoy-visit-cli-2026-02-09'}) RETURN t.text AS text, t.ingestedBy AS by` });
    expect(text!.text).toBe(testArticle('cli'));
    expect(text!.by).toMatch(/^ingest-cli:/);
  });

  describe('refuses a bad file with its code and a message naming it, writing nothing', () => {
    const cases: Array<[string, Buffer | null, string[], RegExp]> = [
      ['binary bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xd8]), [], /BAD_USER_INPUT: \S+\.txt: not UTF-8 text \(an invalid byte 0x89 at offset 0\): save the article as UTF-8 plain text/],
      ['Latin-1 text', Buffer.from(`${testArticle('latin')} Caf\u00e9 \u00e0 J\u00e9rusalem.`, 'latin1'), [], /not UTF-8 text \(an invalid byte 0xe9 at offset \d+\)/],
      ['an empty file', Buffer.alloc(0), [], /BAD_USER_INPUT: \S+\.txt: empty text; nothing was written/],
      ['a missing file', null, [], /BAD_USER_INPUT: \S+\.txt: cannot read it \(ENOENT\)/],
      ['an unknown format', Buffer.from(testArticle('fmt')), ['--format', 'xml'], /--format must be json or table, got "xml"/],
      ['a publication date that is no day', Buffer.from(testArticle('date')), ['--published', '12/28/2025'], /--published = "12\/28\/2025": not a date/],
    ];
    it.each(cases)('%s', async (_, bytes, args, message) => {
      const before = await footprint();
      const dir = await tempDir('ingest-bad');
      const file = path.join(dir, 'article.txt');
      if (bytes) await writeFile(file, bytes);
      const run = await ingest([file, ...args]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(await footprint()).toEqual(before);
    });
  });
});
