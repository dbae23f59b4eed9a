import { performance } from 'node:perf_hooks';
import { ErrorCode, StancegraphError } from '../errors.js';
import { type CypherQuery, cypher } from '../graph/cypher.js';
import type { Db, TxRunner } from '../graph/db.js';
import { readSeeds } from './read.js';
import { type SeedRows, seedRows } from './rows.js';
import type { SeedSet } from '../validate/records.js';

const Q = {
  reset: cypher('seed/reset'),
  isEmpty: cypher('seed/is-empty'),
  sources: cypher('seed/sources'),
  actors: cypher('seed/actors'),
  organizations: cypher('seed/organizations'),
  issues: cypher('seed/issues'),
  events: cypher('seed/events'),
  partOf: cypher('seed/part-of'),
  concerns: cypher('seed/concerns'),
  mentionedIn: cypher('seed/mentioned-in'),
  stances: cypher('seed/stances'),
  attendances: cypher('seed/attendances'),
  affiliations: cypher('seed/affiliations'),
};

/** Rows per query: a seed of any size costs a handful of round trips, none of them huge. */
const BATCH = 2_000;

export interface SeedOptions {
  /** Delete every node first, in the same transaction as the writes. */
  reset?: boolean;
}

/** What a seed wrote: nodes by label and relationships by type, as the queries counted them. */
export interface SeedReport {
  nodes: { Source: number; Actor: number; Organization: number; Issue: number; Event: number };
  relationships: {
    HOLDS_STANCE: number;
    ATTENDED: number;
    AFFILIATED_WITH: number;
    PART_OF: number;
    CONCERNS: number;
    MENTIONED_IN: number;
  };
  /** Nodes deleted first (reset only). */
  deleted: number;
  /** Cypher statements run: a few per kind, whatever the number of rows. */
  queries: number;
  ms: number;
}

/**
 * Writes validated seeds in one write transaction: nodes by id, then their edges, each kind
 * with one batched `UNWIND $rows` query. Running it again changes nothing. Each query
 * reports how much it wrote; a count short of the rows (a reference that did not resolve in
 * the database) aborts the transaction rather than commit half a graph.
 */
export async function writeSeeds(db: Db, seeds: SeedSet, opts: SeedOptions = {}): Promise<SeedReport> {
  const started = performance.now();
  const rows = seedRows(seeds);
  const report = await db.writeTransaction('seed', (run) => writeRows(run, rows, opts));
  return { ...report, ms: Math.round(performance.now() - started) };
}

/**
 * Writes seed rows inside a transaction someone else owns: the seed's own, or a curation
 * mutation's (src/curation/), which writes its one record through the same queries so both
 * paths store a record the same way.
 */
export async function writeRows(run: TxRunner, rows: Partial<SeedRows>, opts: SeedOptions = {}): Promise<Omit<SeedReport, 'ms'>> {
  const sum = (lists: Array<{ length: number }>) => lists.reduce((n, l) => n + l.length, 0);
  let queries = 0;
  const write = async (query: CypherQuery, all: unknown[] = [], expected = all.length): Promise<number> => {
    let written = 0;
    for (let i = 0; i < all.length; i += BATCH) {
      queries += 1;
      const [row] = await run(query, { rows: all.slice(i, i + BATCH) });
      written += Number(row?.written ?? 0);
    }
    if (written !== expected) {
      throw new StancegraphError(
        ErrorCode.INTERNAL_SERVER_ERROR,
        `${query.name} wrote ${written} of ${expected}: a reference did not resolve in the database; nothing was written`,
      );
    }
    return written;
  };

  let deleted = 0;
  if (opts.reset) {
    queries += 1;
    deleted = Number((await run(Q.reset))[0]?.deleted ?? 0);
  }
  const partOf = rows.partOf ?? [];
  const concerns = rows.concerns ?? [];
  const mentions = rows.mentions ?? [];
  // Nodes before the edges that join them.
  const nodes = {
    Source: await write(Q.sources, rows.sources),
    Actor: await write(Q.actors, rows.actors),
    Organization: await write(Q.organizations, rows.organizations),
    Issue: await write(Q.issues, rows.issues),
    Event: await write(Q.events, rows.events),
  };
  const relationships = {
    PART_OF: await write(Q.partOf, partOf, partOf.filter((r) => r.parent !== null).length),
    CONCERNS: await write(Q.concerns, concerns, sum(concerns.map((r) => r.issues))),
    MENTIONED_IN: await write(Q.mentionedIn, mentions, sum(mentions.map((r) => r.sources))),
    HOLDS_STANCE: await write(Q.stances, rows.stances),
    ATTENDED: await write(Q.attendances, rows.attendances),
    AFFILIATED_WITH: await write(Q.affiliations, rows.affiliations),
  };
  return { nodes, relationships, deleted, queries };
}

/**
 * Reads and validates every seed file in `dir`, then writes them (see writeSeeds). Nothing
 * is written unless every file is valid.
 */
export async function seedGraph(db: Db, dir: string, opts: SeedOptions = {}): Promise<SeedReport> {
  const seeds = await readSeeds(dir);
  return writeSeeds(db, seeds, opts);
}

/** Whether the graph holds no node at all. */
export async function isGraphEmpty(db: Db): Promise<boolean> {
  const [row] = await db.read(Q.isEmpty);
  return row?.empty === true;
}
