/**
 * `npm run bench:ingest [-- --rounds N]`: what the ingest's write path costs on the seeded
 * graph, per corpus article (read from ../shared/articles, never copied): drafting with no
 * write (the dry run: text checks, the catalog read, the extractor), storing (Source, text and
 * proposals in one transaction), ingesting the same text again (found by its hash), and
 * accepting a draft of 40 proposals (20 new actors, their stances) in one acceptDraft. Each
 * round reseeds the graph; the table gives the median and the range over the rounds.
 * Starts its own embedded Neo4j in a temporary directory, or uses NEO4J_URI (which it reseeds:
 * never point it at a graph you keep).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import getPort from 'get-port';
import { loadConfig } from '../src/config.js';
import { Curation } from '../src/curation/index.js';
import { loadCypher } from '../src/graph/cypher.js';
import { applySchema } from '../src/graph/constraints.js';
import type { Article, Draft, Evidence } from '../src/ingest/draft.js';
import { Review } from '../src/ingest/review.js';
import { Ingest } from '../src/ingest/store.js';
import { openNeo4j } from '../src/runtime/connect.js';
import { SEEDS_DIR, seedGraph } from '../src/seed/index.js';

const ARTICLES = process.env.STANCEGRAPH_ARTICLES ?? path.resolve('..', 'shared', 'articles');
const { values } = parseArgs({ args: process.argv.slice(2), options: { rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const show = (xs: number[]) => `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;

/** A draft of `n` new actors and a stance each, for the acceptDraft timing. */
function wideDraft(article: Article, n: number): Draft {
  const evidence: Evidence = { sentence: article.text.slice(0, 80), start: 0, end: 80, rule: 'bench', confidence: 0.9 };
  const actors = Array.from({ length: n }, (_, i) => `bench-actor-${i}`);
  return {
    source: article.source,
    entities: actors.map((id, i) => ({ id, kind: 'ACTOR' as const, name: `Bench Actor ${i}`, new: true, mentions: [], evidence })),
    quotes: [],
    events: [],
    attendances: [],
    affiliations: [],
    stances: actors.map((holder) => ({ holder, issue: 'iran-talks-scope', stance: 'SUPPORTS' as const, attribution: 'STATED' as const, asOf: '2026-02', quote: null, position: 'Bench position.', evidence })),
  };
}

const external = Boolean(process.env.NEO4J_URI);
const dataDir = external ? undefined : await mkdtemp(path.join(tmpdir(), 'stancegraph-bench-ingest-'));
const config = loadConfig({ ...process.env, ...(dataDir ? { STANCEGRAPH_DATA_DIR: dataDir, STANCEGRAPH_BOLT_PORT: String(await getPort({ host: '127.0.0.1' })) } : {}) });
await loadCypher();
const neo4j = await openNeo4j(config).catch(async (e: unknown) => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  throw e;
});
try {
  await applySchema(neo4j.db);
  const files = (await readdir(ARTICLES)).sort();
  const texts = await Promise.all(files.map((f) => readFile(path.join(ARTICLES, f), 'utf8')));
  const writer = { name: 'bench', role: 'curator' as const };
  const curation = new Curation(neo4j.db);
  const times: Record<string, number[]> = {};
  const note = (key: string, t: number) => (times[key] ??= []).push(t);
  for (let round = 0; round < rounds; round++) {
    await seedGraph(neo4j.db, SEEDS_DIR, { reset: true });
    const ingest = new Ingest(neo4j.db, curation, config.ingest.maxBytes);
    for (const [n, text] of texts.entries()) {
      const input = { text, title: text.split('\n')[0]!, publishedAt: '2026-02-09' };
      let t0 = process.hrtime.bigint();
      await ingest.prepare(input);
      note(`${files[n]} draft (dry run)`, ms(t0));
      t0 = process.hrtime.bigint();
      await ingest.ingest(input, writer);
      note(`${files[n]} ingest (draft + store)`, ms(t0));
      t0 = process.hrtime.bigint();
      await ingest.ingest(input, writer);
      note(`${files[n]} ingest again (same text)`, ms(t0));
    }
    const wide = new Ingest(neo4j.db, curation, config.ingest.maxBytes, (a) => wideDraft(a, 20));
    const { sourceId } = await wide.ingest({ text: `${texts[0]!}\nBench round ${round}.`, title: 'Bench wide draft', publishedAt: '2026-02-10', id: `bench-wide-${round}` }, writer);
    const t0 = process.hrtime.bigint();
    const accepted = await new Review(curation).acceptDraft(sourceId, 0, writer);
    note(`acceptDraft of ${accepted.length} proposals`, ms(t0));
  }
  console.log(`ingest write path, ${rounds} rounds, median (min-max), on ${neo4j.uri}:`);
  for (const [key, xs] of Object.entries(times)) console.log(`  ${key.padEnd(52)} ${show(xs)}`);
} finally {
  await neo4j.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
