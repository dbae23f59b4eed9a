import { distance } from 'fastest-levenshtein';
import type { Kind } from './records.js';
import { type Location, type PathSegment, placeOf, problemAt, type SeedProblem } from './problems.js';

/**
 * Checks that hold across records and files: ids unique across every kind, references that
 * resolve to a record of the right kind, no PART_OF cycles, no repeated edge. It reads the
 * raw records, not only the ones that passed their schema, so that one bad field does not
 * hide a dangling reference in the same record, nor make every reference to it dangle.
 *
 * The seed loader checks a whole corpus against itself; a mutation checks one record against
 * the graph as it is (`GraphFacts`): the same rules and messages, with the graph standing in
 * for the records a mutation does not carry.
 */

/** What the graph already holds, as far as the records refer to it. */
export interface GraphFacts {
  /** The kind of each id the records mention that the graph holds. */
  kinds: ReadonlyMap<string, Kind>;
  /** The PART_OF parent of each issue or organization on the chains above the records' parents. */
  parents: ReadonlyMap<string, string>;
}

export const NO_GRAPH: GraphFacts = { kinds: new Map(), parents: new Map() };

/** A record as read, before or after its schema: a problem can be placed from `at`. */
export interface RawRecord {
  kind: Kind;
  raw: unknown;
  at: Location;
}

const NOUN: Record<Kind, string> = {
  sources: 'source',
  actors: 'actor',
  organizations: 'organization',
  issues: 'issue',
  events: 'event',
  stances: 'stance claim',
  attendances: 'attendance',
  affiliations: 'affiliation',
};
const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

interface Target {
  kinds: Kind[];
  /** "actor or organization" */
  what: string;
}
const target = (...kinds: Kind[]): Target => ({ kinds, what: kinds.map((k) => NOUN[k]).join(' or ') });
const HOLDER = target('actors', 'organizations');
const SOURCE = target('sources');
const ISSUE = target('issues');

/** Which fields of which kind refer to which kinds; a list field refers once per element. */
const REFERENCES: Record<Kind, Array<[field: string, to: Target]>> = {
  sources: [],
  actors: [['sources', SOURCE]],
  organizations: [
    ['parent', target('organizations')],
    ['sources', SOURCE],
  ],
  issues: [
    ['parent', ISSUE],
    ['sources', SOURCE],
  ],
  events: [
    ['issues', ISSUE],
    ['sources', SOURCE],
  ],
  stances: [
    ['holder', HOLDER],
    ['issue', ISSUE],
    ['sources', SOURCE],
  ],
  attendances: [
    ['attendee', HOLDER],
    ['event', target('events')],
    ['sources', SOURCE],
  ],
  affiliations: [
    ['actor', target('actors')],
    ['organization', target('organizations')],
    ['sources', SOURCE],
  ],
};

/** Edges without an id of their own: one per pair, so a second would overwrite the first. */
const PAIRS: Partial<Record<Kind, [string, string]>> = {
  attendances: ['attendee', 'event'],
  affiliations: ['actor', 'organization'],
};

const fieldsOf = (raw: unknown): Record<string, unknown> =>
  raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};

/** The closest id of the wanted kinds, when one is close enough to be a likely typo. */
function suggestion(value: string, ids: Iterable<[string, Kind]>, kinds: Kind[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.floor(value.length / 3));
  for (const [id, kind] of ids) {
    if (!kinds.includes(kind)) continue;
    const d = distance(value, id);
    if (d <= bestDistance) [best, bestDistance] = [id, d];
  }
  return best;
}

/**
 * `unparsedIds`: what looks like an id in files that could not be parsed. A reference to one
 * of those is not called dangling (the syntax error is reported instead); any other is.
 */
export function checkReferences(
  records: RawRecord[],
  unparsedIds: ReadonlySet<string> = new Set(),
  graph: GraphFacts = NO_GRAPH,
): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const owners = new Map<string, RawRecord>();
  const kindOf = new Map<string, Kind>();

  for (const record of records) {
    const { id } = fieldsOf(record.raw);
    if (typeof id !== 'string') continue;
    const inGraph = graph.kinds.get(id);
    if (inGraph !== undefined && inGraph !== record.kind) {
      problems.push(problemAt(record.at, ['id'], id, `this id is ${withArticle(NOUN[inGraph])} in the graph; ids are unique across all kinds`));
    }
    const first = owners.get(id);
    if (first) {
      problems.push(
        problemAt(record.at, ['id'], id, `duplicate id: already used by ${withArticle(NOUN[first.kind])} at ${placeOf(first.at)}; ids are unique across all kinds`),
      );
    } else {
      owners.set(id, record);
      kindOf.set(id, record.kind);
    }
  }

  const check = (record: RawRecord, path: PathSegment[], value: unknown, to: Target) => {
    if (typeof value !== 'string') return; // a wrong type is the schema's problem
    const kind = kindOf.get(value) ?? graph.kinds.get(value);
    if (kind === undefined) {
      if (unparsedIds.has(value)) return;
      const close = suggestion(value, [...kindOf, ...graph.kinds], to.kinds);
      problems.push(problemAt(record.at, path, value, `no ${to.what} has this id${close ? ` (did you mean "${close}"?)` : ''}`));
    } else if (!to.kinds.includes(kind)) {
      problems.push(problemAt(record.at, path, value, `this id is ${withArticle(NOUN[kind])}, not ${withArticle(to.what)}`));
    }
  };

  const pairs = new Map<string, RawRecord>();
  for (const record of records) {
    const fields = fieldsOf(record.raw);
    for (const [field, to] of REFERENCES[record.kind]) {
      const value = fields[field];
      if (!Array.isArray(value)) {
        check(record, [field], value, to);
        continue;
      }
      const seen = new Set<unknown>();
      value.forEach((element, i) => {
        if (seen.has(element)) problems.push(problemAt(record.at, [field, i], element, 'listed twice'));
        seen.add(element);
        check(record, [field, i], element, to);
      });
    }
    const pair = PAIRS[record.kind];
    if (pair) {
      const [a, b] = [fields[pair[0]], fields[pair[1]]];
      if (typeof a !== 'string' || typeof b !== 'string') continue;
      const key = `${record.kind}\u0000${a}\u0000${b}`;
      const first = pairs.get(key);
      if (first) {
        problems.push(problemAt(record.at, [pair[1]], b, `${a} is already linked to ${b} at ${placeOf(first.at)}; one ${NOUN[record.kind]} per pair`));
      } else pairs.set(key, record);
    }
  }

  problems.push(...partOfCycles(records.filter((r) => r.kind === 'issues'), 'issues', graph.parents));
  problems.push(...partOfCycles(records.filter((r) => r.kind === 'organizations'), 'organizations', graph.parents));
  return problems;
}

/** Each PART_OF cycle once, reported on the record whose `parent` closes it. */
function partOfCycles(records: RawRecord[], kind: Kind, graphParents: ReadonlyMap<string, string>): SeedProblem[] {
  const byId = new Map<string, { record: RawRecord; parent: unknown }>();
  for (const record of records) {
    const { id, parent } = fieldsOf(record.raw);
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, { record, parent });
  }
  const problems: SeedProblem[] = [];
  const done = new Set<string>();
  for (const start of byId.keys()) {
    const chain = new Map<string, number>(); // id -> position, in walking order
    let id: string | undefined = start;
    while (id !== undefined && !done.has(id)) {
      if (chain.has(id)) {
        const ids = [...chain.keys()];
        const cycle = [...ids.slice(chain.get(id)), id];
        // Reported on the last record of the cycle (the graph's nodes have no place in a file).
        const last = byId.get([...ids].reverse().find((c) => byId.has(c))!)!;
        problems.push(problemAt(last.record.at, ['parent'], last.parent, `PART_OF cycle among ${kind}: ${cycle.join(' -> ')}`));
        break;
      }
      chain.set(id, chain.size);
      // A record's parent wins over the graph's: the record is what is about to be written.
      const parent: unknown = byId.has(id) ? byId.get(id)!.parent : graphParents.get(id);
      id = typeof parent === 'string' && (byId.has(parent) || graphParents.has(parent)) ? parent : undefined;
    }
    for (const c of chain.keys()) done.add(c);
  }
  return problems;
}
