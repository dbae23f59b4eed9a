/**
 * Which nodes the bench's questions ask about. On the synthetic graph of `npm run synth` they
 * are its well-known ids; on the seeded five-article graph (the one tests and a fresh
 * `npm start` have) they are slugs from seeds/. What depends on the data (a partner for
 * compare, a word to search, a date range) is read from the graph, so any graph gives the
 * same questions for every target.
 */
import path from 'node:path';
import type { Db } from '../src/graph/db.js';
import { DEFAULT_COUNTS, wellKnownIds } from '../src/synth/index.js';
import { pick, readCypherDir } from './cypherFiles.js';

export interface QuestionIds {
  /** Whether these are the synthetic graph's ids. */
  synth: boolean;
  /** An ordinary actor (question 1, compare's first side). */
  actor: string;
  /** compare's second side: the actor sharing the most issues with `actor`. */
  partner: string;
  /** An issue with its claims (question 2). */
  issue: string;
  /** An issue with sub-issues (the stances filter with includeSubIssues). */
  issueTree: string;
  /** An event with attendees (question 4). */
  event: string;
  /** The actor with the most edges: graph depth 2 starts here. */
  hub: string;
  /** A source many claims list. */
  source: string;
  /** A word of the hub's name, for search. */
  searchText: string;
  /** An ISO date range about a twelfth of the span of claim dates, from its middle. */
  asOfFrom: string;
  asOfTo: string;
}

const wk = wellKnownIds(DEFAULT_COUNTS);
const SYNTH = {
  actor: wk.actor,
  // Every synthetic issue holds the same number of claims; the second one has no sub-issues in play.
  issue: wk.issues[1] ?? wk.issueWithSubIssues,
  issueTree: wk.issueWithSubIssues,
  event: wk.event,
  hub: wk.hubActor,
  source: wk.source,
};

const SEEDED = {
  actor: 'donald-trump',
  issue: 'gaza-ceasefire',
  issueTree: 'iran-policy',
  event: 'netanyahu-trump-white-house-meeting-2026-02-11',
  hub: 'benjamin-netanyahu',
  source: 'reuters-iran-diplomacy-2026-02',
};

const DIR = path.join(import.meta.dirname, 'cypher');


const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function questionIds(db: Db, synth: boolean): Promise<QuestionIds> {
  const base = synth ? SYNTH : SEEDED;
  const [row] = await db.read(pick(await readCypherDir(DIR), 'question-ids', DIR), {
    ids: Object.values(base),
    actor: base.actor,
    hub: base.hub,
  });
  const missing = (row?.missing as string[] | undefined) ?? [];
  if (missing.length) {
    throw new Error(`The graph lacks nodes the questions ask about: ${missing.join(', ')}. Run npm run synth (or npm run seed) into it first.`);
  }
  const min = Date.parse(String(row?.minAsOf ?? '2025-01-01'));
  const max = Date.parse(String(row?.maxAsOf ?? '2026-12-31'));
  const from = min + Math.floor((max - min) / 2 / DAY) * DAY;
  const to = from + Math.max(DAY, Math.floor((max - min) / 12 / DAY) * DAY);
  return {
    synth,
    ...base,
    partner: String(row?.partner ?? base.hub),
    searchText: synth ? String(row?.hubWord ?? 'synth') : 'Iran missiles',
    asOfFrom: isoDay(from),
    asOfTo: isoDay(to),
  };
}
