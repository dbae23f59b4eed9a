/**
 * `npm run ingest:eval [-- --runs N] [--misses] [--no-write] [--dump DIR]`: the extractor
 * measured leave-one-out over the corpus in ../shared/articles/. For each article: the seeds
 * less what only that article supports are written to a real Neo4j (the embedded one, on a
 * temporary store and a free port; or NEO4J_URI's, which it wipes, so only with
 * --wipe-external), the catalog is read with loadCatalog, the article (read from the shared
 * folder at run time) is drafted, and the draft is scored against the seeds' facts for it
 * (score.ts). Prints a Markdown table and writes it, with the date and the command, to
 * docs/ingest-eval.md.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import getPort from 'get-port';
import { loadConfig, ROOT } from '../../src/config.js';
import { loadCypher } from '../../src/graph/cypher.js';
import { applySchema } from '../../src/graph/constraints.js';
import { formatPartialDate } from '../../src/graph/partialDate.js';
import { loadCatalog } from '../../src/ingest/catalog.js';
import type { Article } from '../../src/ingest/draft.js';
import { extractDraft } from '../../src/ingest/extract/index.js';
import { openNeo4j } from '../../src/runtime/connect.js';
import { readSeeds, SEEDS_DIR, writeSeeds } from '../../src/seed/index.js';
import { seedsWithout, truthFor } from './leaveOneOut.js';
import { type ArticleResult, markdown, type Timing } from './report.js';
import { score } from './score.js';

const ARTICLES = path.resolve(ROOT, '..', 'shared', 'articles');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    misses: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    dump: { type: 'string' },
    'wipe-external': { type: 'boolean', default: false },
    articles: { type: 'string', default: process.env.STANCEGRAPH_ARTICLES ?? ARTICLES },
  },
});
const runs = Math.max(1, Number(args.runs));

/** Drafts `article` `runs` times after one untimed run; the times in ms, sorted. */
function timeDrafts(article: Article, catalog: Parameters<typeof extractDraft>[1]): Timing {
  extractDraft(article, catalog);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    extractDraft(article, catalog);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { words: article.text.split(/\s+/).filter(Boolean).length, ms };
}

const external = Boolean(process.env.NEO4J_URI);
if (external && !args['wipe-external']) {
  console.error('stancegraph: NEO4J_URI is set: the eval deletes every node of that database for each article. Add --wipe-external to go ahead.');
  process.exit(1);
}
const seeds = await readSeeds(SEEDS_DIR);
const tmp = external ? undefined : await mkdtemp(path.join(os.tmpdir(), 'stancegraph-ingest-eval-'));
const config = loadConfig({
  ...process.env,
  ...(tmp ? { STANCEGRAPH_DATA_DIR: tmp, STANCEGRAPH_BOLT_PORT: String(await getPort({ host: '127.0.0.1' })) } : {}),
});
await loadCypher();
const neo4j = await openNeo4j(config);
const results: ArticleResult[] = [];
let long: Timing | undefined;
try {
  await applySchema(neo4j.db);
  const texts: string[] = [];
  for (const source of seeds.sources) {
    if (!source.file) continue;
    const text = await readFile(path.join(args.articles, source.file), 'utf8');
    texts.push(text);
    const without = seedsWithout(seeds, source.id);
    await writeSeeds(neo4j.db, without, { reset: true });
    const catalog = await loadCatalog(neo4j.db);
    const published = source.publishedAt ? formatPartialDate(source.publishedAt.date, source.publishedAt.precision) : null;
    const article: Article = { text, source: { id: source.id, title: source.title, publishedAt: published, publisher: source.publisher ?? null } };
    const cold = performance.now();
    const draft = extractDraft(article, catalog);
    const coldMs = performance.now() - cold;
    const timing = timeDrafts(article, catalog);
    const scores = score(draft, truthFor(seeds, without, source.id));
    results.push({ source: source.id, file: source.file, published, scores, timing, coldMs });
    if (args.dump) {
      await mkdir(args.dump, { recursive: true });
      await writeFile(path.join(args.dump, `${source.id}.json`), JSON.stringify({ article: { ...article, text: undefined, file: source.file }, catalog, draft, scores }, null, 1));
    }
    if (args.misses) {
      console.log(`\n## ${source.id}`);
      for (const [k, v] of Object.entries(scores.misses)) console.log(`- ${k}: ${v.join('; ')}`);
    }
  }
  // A 1,500-word article: the corpus joined at run time and cut to 1,500 words, drafted
  // against the last article's catalog.
  const words = texts.join('\n').split(/(?<=\s)/);
  let cut = '';
  let n = 0;
  for (const w of words) {
    if (/\S/.test(w)) n++;
    if (n > 1500) break;
    cut += w;
  }
  const catalog = await loadCatalog(neo4j.db);
  long = timeDrafts({ text: cut, source: { id: 'joined-1500-words', title: 'joined', publishedAt: null } }, catalog);
} finally {
  await neo4j.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
}

const command = `npm run ingest:eval${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const table = markdown(results, long!, runs);
console.log(table);
if (!args['no-write']) {
  const doc = path.join(ROOT, 'docs', 'ingest-eval.md');
  const before = await readFile(doc, 'utf8').catch(() => '');
  const marker = '<!-- results -->';
  const head = before.includes(marker) ? before.slice(0, before.indexOf(marker)) : '';
  const body = `${marker}\n## Results\n\nRun ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\` (Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}).\n\n${table}\n`;
  await writeFile(doc, head ? head + body : body);
  console.log(`\nWritten to ${path.relative(process.cwd(), doc)}`);
}
