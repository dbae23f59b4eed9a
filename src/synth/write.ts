import { performance } from 'node:perf_hooks';
import { badInput, ErrorCode, StancegraphError } from '../errors.js';
import { type CypherQuery, cypher } from '../graph/cypher.js';
import type { Db } from '../graph/db.js';
import { applySchema } from '../graph/constraints.js';
import { DEFAULT_COUNTS, DEFAULT_SEED, type SynthCounts, SYNTH_PREFIX } from './ids.js';
import { NODE_KINDS, type Row, type RowKind, ROW_KINDS, synthRows } from './rows.js';

const Q: Record<RowKind, CypherQuery> = {
  sources: cypher('synth/sources'),
  actors: cypher('synth/actors'),
  organizations: cypher('synth/organizations'),
  issues: cypher('synth/issues'),
  events: cypher('synth/events'),
  partOf: cypher('synth/part-of'),
  concerns: cypher('synth/concerns'),
  mentionedIn: cypher('synth/mentioned-in'),
  affiliations: cypher('synth/affiliations'),
  attendances: cypher('synth/attendances'),
  stances: cypher('synth/stances'),
};
/**
 * The fields of each edge row that name its ends by `id`. The writer swaps them for the
 * elementIds the node queries returned, so an edge's ends are found by node id: measured
 * on a warm JVM, the two locking seeks in the `Entity(id)` unique index were about a sixth
 * of Neo4j's time per claim.
 */
const ENDS: Record<Exclude<RowKind, (typeof NODE_KINDS)[number]>, readonly [string, string]> = {
  partOf: ['child', 'parent'],
  concerns: ['event', 'issue'],
  mentionedIn: ['id', 'source'],
  affiliations: ['actor', 'organization'],
  attendances: ['attendee', 'event'],
  stances: ['holder', 'issue'],
};
const isNodeKind = (kind: RowKind): kind is (typeof NODE_KINDS)[number] => (NODE_KINDS as readonly string[]).includes(kind);

const FIND = cypher('synth/find');
const DELETE_CLAIMS = cypher('synth/delete-claims');
const DELETE_NODES = cypher('synth/delete-nodes');

/**
 * Rows per write transaction. Bounded so that neither heap grows with the graph (Node holds
 * one batch of rows at a time), and small: with Neo4j's default 512 MB heap, G1 keeps a
 * small young generation, and every young collection copies the open transaction's state;
 * at 10,000 claims per transaction garbage collection took 9 s of a 100,000-claim load, at
 * 2,000 about 1.5 s, while commits stay few (one per 2,000 rows).
 */
export const SYNTH_BATCH = 2_000;

/** What a synth run wrote, and how fast. */
export interface SynthReport {
  counts: SynthCounts;
  seed: number;
  nodes: { Source: number; Actor: number; Organization: number; Issue: number; Event: number };
  relationships: {
    PART_OF: number;
    CONCERNS: number;
    MENTIONED_IN: number;
    AFFILIATED_WITH: number;
    ATTENDED: number;
    HOLDS_STANCE: number;
  };
  transactions: number;
  /** Wall time of the writes (schema and the refusal check before them excluded). */
  seconds: number;
  relationshipsPerSecond: number;
}

export interface SynthOptions {
  seed?: number;
  /** Rows per transaction; SYNTH_BATCH unless a test wants more transactions. */
  batchSize?: number;
  /** Progress lines (one per kind written). */
  log?: (line: string) => void;
}

const COUNT_NAMES = Object.keys(DEFAULT_COUNTS) as Array<keyof SynthCounts>;

/** The counts to use: the defaults, overridden by `partial`; each must be a positive integer. */
export function resolveCounts(partial: Partial<SynthCounts> = {}): SynthCounts {
  const unknown = Object.keys(partial).filter((k) => !COUNT_NAMES.includes(k as keyof SynthCounts));
  if (unknown.length) throw badInput(`Unknown count ${unknown.join(', ')}; the counts are ${COUNT_NAMES.join(', ')}`);
  const counts = { ...DEFAULT_COUNTS, ...partial };
  for (const name of COUNT_NAMES) {
    const n = counts[name];
    if (!Number.isSafeInteger(n) || n < 1) throw badInput(`${name} must be a positive integer, got ${typeof n === 'number' ? String(n) : JSON.stringify(n)}`);
  }
  return counts;
}

/** The first synthetic node id in the graph and how many there are, or undefined when none. */
export async function findSynth(db: Db): Promise<{ first: string; nodes: number } | undefined> {
  const [row] = await db.read(FIND, { prefix: SYNTH_PREFIX });
  return row?.first ? { first: String(row.first), nodes: Number(row.nodes) } : undefined;
}

/**
 * Deletes every synthetic node and edge, in bounded transactions (claims first, then nodes
 * with their remaining edges), and leaves everything else, the seeded corpus included.
 * Returns the number of nodes deleted.
 */
export async function deleteSynth(db: Db, batchSize = SYNTH_BATCH): Promise<number> {
  const loop = async (query: CypherQuery) => {
    let total = 0;
    for (;;) {
      const deleted = await db.writeTransaction(query.name, async (run) =>
        Number((await run(query, { prefix: SYNTH_PREFIX, limit: batchSize }))[0]?.deleted ?? 0),
      );
      total += deleted;
      if (deleted === 0) return total;
    }
  };
  await loop(DELETE_CLAIMS);
  return loop(DELETE_NODES);
}

/**
 * Writes a deterministic synthetic graph (see rows.ts) beside whatever the graph holds:
 * the schema first (its uniqueness constraints guard the ids), then each kind in batched
 * `UNWIND $rows ... CREATE` write transactions of at most `batchSize` rows, nodes before
 * edges; the node queries return each node's elementId, by which the edges find their
 * ends. Refuses, writing nothing, when the graph already holds synthetic data: ids would
 * collide. The run is not one transaction; a run that fails midway leaves part of a graph,
 * which the refusal then names, and deleteSynth (`npm run synth -- --reset`) removes.
 */
export async function synthesize(db: Db, partial: Partial<SynthCounts> = {}, opts: SynthOptions = {}): Promise<SynthReport> {
  const counts = resolveCounts(partial);
  const seed = opts.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed) || seed < 0) throw badInput(`seed must be a non-negative integer, got ${JSON.stringify(seed)}`);
  const batchSize = opts.batchSize ?? SYNTH_BATCH;
  const log = opts.log ?? (() => {});

  await applySchema(db);
  const existing = await findSynth(db);
  if (existing) {
    throw badInput(
      `The graph already holds synthetic data (${existing.nodes} nodes with ids starting "${SYNTH_PREFIX}", such as ${existing.first}); ` +
        'nothing was written. Run `npm run synth -- --reset` to delete the synthetic data first (the rest of the graph stays), ' +
        'or `npm run seed -- --reset` to go back to the seeded corpus alone.',
    );
  }

  const started = performance.now();
  let transactions = 0;
  const written = {} as Record<RowKind, number>;
  // id -> elementId of every node this run writes (one entry per node, never per claim).
  const elements = new Map<string, string>();
  const element = (kind: RowKind, id: unknown): string => {
    const found = elements.get(String(id));
    if (found === undefined) {
      throw new StancegraphError(ErrorCode.INTERNAL_SERVER_ERROR, `${kind} row names ${String(id)}, which this run did not write`);
    }
    return found;
  };
  for (const kind of ROW_KINDS) {
    const t0 = performance.now();
    written[kind] = 0;
    let batch: Row[] = [];
    const flush = async () => {
      const rows = batch;
      batch = [];
      const n = await db.writeTransaction(`synth/${kind}`, async (run) => {
        const result = await run(Q[kind], { rows });
        if (!isNodeKind(kind)) return Number(result[0]?.written ?? 0);
        for (const r of result) elements.set(String(r.id), String(r.element));
        return result.length;
      });
      transactions += 1;
      if (n !== rows.length) {
        throw new StancegraphError(
          ErrorCode.INTERNAL_SERVER_ERROR,
          `${Q[kind].name} wrote ${n} of ${rows.length} rows: an end did not resolve. ` +
            'The graph now holds part of a synthetic graph; `npm run synth -- --reset` deletes it.',
        );
      }
      written[kind] += n;
    };
    const ends = isNodeKind(kind) ? undefined : ENDS[kind];
    for (const row of synthRows(kind, counts, seed)) {
      batch.push(ends ? { ...row, [ends[0]]: element(kind, row[ends[0]]), [ends[1]]: element(kind, row[ends[1]]) } : row);
      if (batch.length >= batchSize) await flush();
    }
    if (batch.length) await flush();
    log(`${kind}: ${written[kind]} in ${Math.round(performance.now() - t0)} ms`);
  }
  const seconds = (performance.now() - started) / 1000;

  const relationships = {
    PART_OF: written.partOf,
    CONCERNS: written.concerns,
    MENTIONED_IN: written.mentionedIn,
    AFFILIATED_WITH: written.affiliations,
    ATTENDED: written.attendances,
    HOLDS_STANCE: written.stances,
  };
  const rels = Object.values(relationships).reduce((a, b) => a + b, 0);
  return {
    counts,
    seed,
    nodes: {
      Source: written.sources,
      Actor: written.actors,
      Organization: written.organizations,
      Issue: written.issues,
      Event: written.events,
    },
    relationships,
    transactions,
    seconds: Math.round(seconds * 1000) / 1000,
    relationshipsPerSecond: Math.round(rels / seconds),
  };
}
