/**
 * `npm run ingest -- FILE [FILE...] [--title T] [--published YYYY-MM-DD] [--publisher P]
 * [--url U] [--id ID] [--dry-run] [--format json|table]`: reads each article file (UTF-8
 * plain text), drafts its facts against the graph and, unless --dry-run, stores its Source,
 * text and proposals for review (docs/ingest.md). --dry-run reads the graph and writes
 * nothing. Uses the embedded Neo4j of a running `npm start`/`npm run neo4j`, NEO4J_URI, or an
 * embedded one started for the time it takes, like npm run seed.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { loadConfig } from '../config.js';
import { Curation } from '../curation/index.js';
import { badInput, ErrorCode, StancegraphError } from '../errors.js';
import { cypher, loadCypher } from '../graph/cypher.js';
import { applySchema } from '../graph/constraints.js';
import type { Draft } from '../ingest/draft.js';
import { proposalsOf } from '../ingest/proposals.js';
import { type ArticleInput, Ingest, type InputNames } from '../ingest/store.js';
import { decodeArticleBytes } from '../ingest/text.js';
import { openNeo4j } from '../runtime/connect.js';
import { runCli } from './runCli.js';

const USAGE = `usage: npm run ingest -- FILE [FILE...] [--title T] --published YYYY-MM-DD [options]
  --title T          the headline; default: the file's first line (give it for one file only)
  --published DATE   the publication day, YYYY-MM-DD; without it relative dates stay unresolved
  --publisher P      who published it
  --url U            where it was published
  --id ID            the Source's id; default: a slug of the title and date (one file only)
  --dry-run          draft only: print the draft, write nothing
  --format F         json or table (default table)`;

const NAMES = (file: string): InputNames => ({ text: file, title: '--title', publishedAt: '--published', id: '--id' });

const Q = { texts: cypher<{ sourceId: string; text: { draft: string } }>('ingest/texts-of-sources') };

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        title: { type: 'string' },
        published: { type: 'string' },
        publisher: { type: 'string' },
        url: { type: 'string' },
        id: { type: 'string' },
        'dry-run': { type: 'boolean' },
        format: { type: 'string', default: 'table' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (e) {
    throw badInput(`${(e as Error).message}\n${USAGE}`);
  }
}

/** An article file's text, checked to be UTF-8; a missing file says so. */
async function readArticle(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw badInput(`${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was written`);
  }
  return decodeArticleBytes(bytes, file);
}

/** The draft as a table: one row per proposal, then the entities found. */
function table(file: string, draft: Draft, sourceId: string, note: string): string {
  const t = new Table({ head: ['kind', 'proposal', 'confidence', 'depends on'], style: { head: [], border: [] }, wordWrap: true });
  const proposals = proposalsOf(draft, sourceId);
  for (const p of proposals) t.push([p.kind, p.id.slice(sourceId.length + 1), p.confidence.toFixed(2), p.dependsOn.map((d) => d.slice(sourceId.length + 1)).join(', ')]);
  const known = draft.entities.filter((e) => !e.new).map((e) => `${e.id} (${e.mentions.length})`);
  return [
    `${file}: ${sourceId}${note}`,
    proposals.length ? t.toString() : '(no proposals)',
    `${proposals.length} proposals; known entities mentioned: ${known.join(', ') || 'none'}`,
    ...(draft.warnings ?? []).map((w) => `warning: ${w}`),
    '',
  ].join('\n');
}

await runCli(async () => {
  const { values, positionals: files } = parse(process.argv.slice(2));
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!files.length) throw badInput(`no article file given\n${USAGE}`);
  if (files.length > 1 && (values.title !== undefined || values.id !== undefined)) {
    throw badInput('--title and --id name one article: with several files leave them out (each file\'s first line is its title)');
  }
  const format = values.format;
  if (format !== 'json' && format !== 'table') throw badInput(`--format must be json or table, got ${JSON.stringify(format)}`);

  // Every file is read and checked before Java starts: a bad file fails fast and writes nothing.
  const config = loadConfig();
  const texts = await Promise.all(files.map(readArticle));
  const inputs: ArticleInput[] = texts.map((text) => ({
    text,
    title: values.title ?? text.trim().split('\n')[0]!.trim(),
    publishedAt: values.published ?? null,
    publisher: values.publisher ?? null,
    url: values.url ?? null,
    id: values.id ?? null,
  }));
  await loadCypher();
  const neo4j = await openNeo4j(config, { reuseRunning: true });
  try {
    const curation = new Curation(neo4j.db);
    const ingest = new Ingest(neo4j.db, curation, config.ingest.maxBytes);
    const out: unknown[] = [];
    if (values['dry-run']) {
      const drafts = [];
      for (const [n, input] of inputs.entries()) drafts.push(await ingest.prepare(input, NAMES(files[n]!)));
      if (format === 'json') out.push(...drafts.map((d) => d.draft));
      else for (const [n, d] of drafts.entries()) process.stdout.write(table(files[n]!, d.draft, d.sourceId, ' (dry run: nothing written)'));
    } else {
      await applySchema(neo4j.db);
      const writer = { name: `ingest-cli:${userInfo().username}`, role: 'curator' as const };
      for (const [n, input] of inputs.entries()) {
        const result = await ingest.ingest(input, writer, NAMES(files[n]!));
        const [stored] = await neo4j.db.read(Q.texts, { ids: [result.sourceId] });
        const draft = JSON.parse(stored!.text.draft) as Draft;
        if (format === 'json') out.push({ ...result, draft });
        else process.stdout.write(table(files[n]!, draft, result.sourceId, result.created ? ` (stored: ${result.proposals} proposals to review)` : ' (this text was ingested before: nothing written)'));
      }
    }
    if (format === 'json') process.stdout.write(JSON.stringify(out.length === 1 ? out[0] : out, null, 2) + '\n');
  } catch (e) {
    if (e instanceof StancegraphError && e.code === ErrorCode.DATABASE_UNAVAILABLE) throw new StancegraphError(e.code, `${e.message} (${neo4j.uri})`);
    throw e;
  } finally {
    await neo4j.close();
  }
});
