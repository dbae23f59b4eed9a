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
  /** An organization with members (the light question organizationMembers). */
  organization: string;
  /** The actor with the most edges: graph depth 2 starts here. */
  hub: string;
  /** A source many claims list. */
  source: string;
  /** A word of the hub's name, for search. */
  searchText: string;
  /** An ISO date range from the median claim date, holding about a twelfth of the dated claims. */
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
  organization: wk.organization,
  hub: wk.hubActor,
  source: wk.source,
};

const SEEDED = {
  actor: 'donald-trump',
  issue: 'gaza-ceasefire',
  issueTree: 'iran-policy',
  event: 'netanyahu-trump-white-house-meeting-2026-02-11',
  organization: 'united-states',
  hub: 'benjamin-netanyahu',
  source: 'reuters-iran-diplomacy-2026-02',
};

const DIR = path.join(import.meta.dirname, 'cypher');


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
  return {
    synth,
    ...base,
    partner: String(row?.partner ?? base.hub),
    searchText: synth ? String(row?.hubWord ?? 'synth') : 'Iran missiles',
    asOfFrom: String(row?.asOfFrom ?? '2025-01-01'),
    asOfTo: String(row?.asOfTo ?? '2026-12-31'),
  };
}
