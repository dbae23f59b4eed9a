/**
 * The synthetic graph as parameter rows for the queries in cypher/synth/, generated lazily
 * (one row at a time, so a writer holds one batch, never 100k claims) and deterministically:
 * the same counts and seed give the same rows, in the same order, with the same values.
 * Pure: no database here, so it is unit-testable.
 *
 * Values follow the seed loader's rows (src/seed/rows.ts): dates are ISO strings of the
 * first day of their period, beside their precision; an absent value is null.
 */
import { ATTRIBUTIONS, EVENT_KINDS, ORGANIZATION_KINDS, STANCE_KINDS } from '../validate/records.js';
import type { DatePrecision } from '../graph/partialDate.js';
import {
  actorId,
  claimId,
  claimIssue,
  eventId,
  HUB_AFFILIATIONS,
  HUB_CLAIMS,
  HUB_EVERY,
  issueId,
  issueParent,
  organizationId,
  organizationParent,
  sourceId,
  type SynthCounts,
} from './ids.js';
import { Random, streamSeed } from './random.js';

export type Row = Record<string, unknown>;

/** The queries' row lists, in the order they must be written: nodes before their edges. */
export const ROW_KINDS = [
  'sources',
  'actors',
  'organizations',
  'issues',
  'events',
  'partOf',
  'concerns',
  'mentionedIn',
  'affiliations',
  'attendances',
  'stances',
] as const;
export type RowKind = (typeof ROW_KINDS)[number];
export const NODE_KINDS = ['sources', 'actors', 'organizations', 'issues', 'events'] as const;

// One stream number per kind of row (never renumber: it would change every graph).
const STREAM: Record<RowKind | 'mentions', number> = {
  sources: 1,
  actors: 2,
  organizations: 3,
  issues: 4,
  events: 5,
  partOf: 6,
  concerns: 7,
  mentionedIn: 8,
  affiliations: 9,
  attendances: 10,
  stances: 11,
  mentions: 12,
};

const PUBLISHERS = ['Synthetic Wire', 'The Daily Sample', 'Placeholder Post', 'Benchmark Times', 'Example Herald'];
const TOPICS = ['water rights', 'border crossings', 'energy prices', 'trade tariffs', 'prisoner exchanges', 'reconstruction funds', 'air defence', 'election timing', 'sanctions relief', 'port access'];
const TITLES = ['minister', 'envoy', 'adviser', 'negotiator', 'spokesperson', 'analyst', 'lawmaker', 'commander', 'ambassador', 'mayor'];
const COUNTRIES = ['Arland', 'Borovia', 'Caledra', 'Doria', 'Estmark', 'Fenwick', 'Galdor', 'Hesper'];
const LOCATIONS = ['Arland City', 'Borovia Harbour', 'Caledra Palace', 'Doria Summit Hall', 'Estmark Airbase', 'Fenwick Embassy'];
const ATTENDANCE_ROLES = ['host', 'guest', 'negotiator', 'observer', 'mediator', 'delegate'];
const AFFILIATION_ROLES = ['member', 'chair', 'spokesperson', 'adviser', 'envoy', 'director'];
const CONDITIONS = ['the hostages are released', 'a ceasefire holds', 'the vote passes', 'funding is guaranteed', 'inspectors get access'];
const POSITIONS: Record<(typeof STANCE_KINDS)[number], string[]> = {
  SUPPORTS: ['Backs {issue} as proposed', 'Calls for {issue} to move ahead', 'Endorses {issue} and urges quick action'],
  OPPOSES: ['Rejects {issue} outright', 'Argues against {issue}', 'Calls {issue} a mistake'],
  CONDITIONAL: ['Backs {issue} only if {condition}', 'Would accept {issue} once {condition}'],
  MIXED: ['Supports parts of {issue} and opposes others', 'Is divided on {issue}'],
};

// 2023-01-01 to 2026-12-31, in days.
const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAYS = 4 * 365 + 1;

/** A date in 2023-2026, mostly to the day or month, as the seed loader writes it. */
function partialDate(r: Random): { date: string; precision: DatePrecision } {
  const day = new Date(FIRST_DAY + r.int(DAYS) * 86_400_000).toISOString().slice(0, 10);
  const u = r.next();
  if (u < 0.6) return { date: day, precision: 'DAY' };
  if (u < 0.95) return { date: `${day.slice(0, 7)}-01`, precision: 'MONTH' };
  return { date: `${day.slice(0, 4)}-01-01`, precision: 'YEAR' };
}

/** 1 to `most` distinct source ids. */
const someSources = (r: Random, counts: SynthCounts, most: number) =>
  r.distinct(r.between(1, most), counts.sources).map(sourceId);

const issueName = (i: number) => `Synthetic Issue ${i}`;

/**
 * The sources that mention a node (1-3), from a stream of its own, so that an event's
 * CONCERNS edges can carry the same sources as its MENTIONED_IN edges.
 */
function mentions(seed: number, kind: RowKind, i: number, counts: SynthCounts): string[] {
  return someSources(new Random(streamSeed(seed, STREAM.mentions, STREAM[kind], i)), counts, 3);
}

function* sources(counts: SynthCounts, r: Random) {
  for (let i = 0; i < counts.sources; i++) {
    const published = r.chance(0.95) ? partialDate(r) : undefined;
    yield {
      id: sourceId(i),
      title: `Synthetic report ${i} on ${r.pick(TOPICS)}`,
      publisher: r.pick(PUBLISHERS),
      publishedAt: published?.date ?? null,
      publishedAtPrecision: published?.precision ?? null,
    };
  }
}

function* actors(counts: SynthCounts, r: Random) {
  for (let i = 0; i < counts.actors; i++) {
    const title = r.chance(0.8) ? r.pick(TITLES) : null;
    yield {
      id: actorId(i),
      name: `Synthetic Actor ${i}`,
      aliases: r.chance(0.3) ? [`Actor ${i}`, `SA-${i}`] : [`Actor ${i}`],
      title,
      description: `A synthetic ${title ?? 'person'} from ${r.pick(COUNTRIES)}, generated for benchmarks.`,
    };
  }
}

function* organizations(counts: SynthCounts, r: Random) {
  for (let i = 0; i < counts.organizations; i++) {
    const kind = r.pick(ORGANIZATION_KINDS);
    const country = r.pick(COUNTRIES);
    yield {
      id: organizationId(i),
      name: `Synthetic Organization ${i}`,
      aliases: [`Org ${i}`],
      kind,
      country,
      description: `A synthetic ${kind} in ${country}, generated for benchmarks.`,
    };
  }
}

function* issues(counts: SynthCounts, r: Random) {
  for (let i = 0; i < counts.issues; i++) {
    yield { id: issueId(i), name: issueName(i), description: `A synthetic question on ${r.pick(TOPICS)}.` };
  }
}

function* events(counts: SynthCounts, r: Random) {
  for (let i = 0; i < counts.events; i++) {
    const kind = r.pick(EVENT_KINDS);
    const date = r.chance(0.95) ? partialDate(r) : undefined;
    yield {
      id: eventId(i),
      name: `Synthetic Event ${i}`,
      kind,
      date: date?.date ?? null,
      datePrecision: date?.precision ?? null,
      location: r.pick(LOCATIONS),
      description: `A synthetic ${kind} on ${r.pick(TOPICS)}.`,
    };
  }
}

/** Child to parent: the issue trees, then the organization trees. */
function* partOf(counts: SynthCounts) {
  for (let i = 0; i < counts.issues; i++) {
    const parent = issueParent(i, counts.issues);
    if (parent !== undefined) yield { child: issueId(i), parent: issueId(parent) };
  }
  for (let i = 0; i < counts.organizations; i++) {
    const parent = organizationParent(i);
    if (parent !== undefined) yield { child: organizationId(i), parent: organizationId(parent) };
  }
}

/** Each event concerns 1-2 issues, with the event's own sources (as the seed loader does). */
function* concerns(counts: SynthCounts, r: Random, seed: number) {
  for (let i = 0; i < counts.events; i++) {
    const sources = mentions(seed, 'events', i, counts);
    for (const issue of r.distinct(r.between(1, 2), counts.issues)) {
      yield { event: eventId(i), issue: issueId(issue), sources };
    }
  }
}

/** Each actor, organization, issue and event is mentioned in 1-3 sources. */
function* mentionedIn(counts: SynthCounts, seed: number) {
  const kinds: Array<[RowKind, number, (i: number) => string]> = [
    ['actors', counts.actors, actorId],
    ['organizations', counts.organizations, organizationId],
    ['issues', counts.issues, issueId],
    ['events', counts.events, eventId],
  ];
  for (const [kind, n, id] of kinds) {
    for (let i = 0; i < n; i++) {
      for (const source of mentions(seed, kind, i, counts)) yield { id: id(i), source };
    }
  }
}

/** Each actor is affiliated with 1-2 organizations; the hub with HUB_AFFILIATIONS. */
function* affiliations(counts: SynthCounts, r: Random) {
  for (let i = 0; i < counts.actors; i++) {
    const k = i === 0 ? HUB_AFFILIATIONS : r.between(1, 2);
    for (const org of r.distinct(k, counts.organizations)) {
      yield { actor: actorId(i), organization: organizationId(org), role: r.pick(AFFILIATION_ROLES), sources: someSources(r, counts, 2) };
    }
  }
}

/**
 * Each event has 3-8 attendees (fewer if there are fewer stakeholders), actors four times
 * out of five, organizations otherwise; the hub attends every HUB_EVERY-th event.
 */
function* attendances(counts: SynthCounts, r: Random) {
  const stakeholders = counts.actors + counts.organizations;
  const id = (s: number) => (s < counts.actors ? actorId(s) : organizationId(s - counts.actors));
  for (let i = 0; i < counts.events; i++) {
    const want = Math.min(r.between(3, 8), stakeholders);
    const chosen = new Set<number>(i % HUB_EVERY === 0 ? [0] : []);
    while (chosen.size < want) {
      chosen.add(r.chance(0.8) ? r.int(counts.actors) : counts.actors + r.int(counts.organizations));
    }
    for (const s of chosen) {
      yield { attendee: id(s), event: eventId(i), role: r.pick(ATTENDANCE_ROLES), sources: someSources(r, counts, 2) };
    }
  }
}

/**
 * Claim k is on issue k mod issues; its holder is an actor nine times out of ten, an
 * organization otherwise, except the first HUB_CLAIMS claims, which the hub holds.
 */
function* stances(counts: SynthCounts, r: Random) {
  for (let k = 0; k < counts.claims; k++) {
    const issue = claimIssue(k, counts);
    const holder = k < HUB_CLAIMS ? actorId(0) : r.chance(0.9) ? actorId(r.int(counts.actors)) : organizationId(r.int(counts.organizations));
    const stance = r.pick(STANCE_KINDS);
    const condition = r.pick(CONDITIONS);
    const asOf = r.chance(0.95) ? partialDate(r) : undefined;
    yield {
      id: claimId(k),
      holder,
      issue: issueId(issue),
      stance,
      position: `${r.pick(POSITIONS[stance]).replace('{issue}', issueName(issue)).replace('{condition}', condition)}.`,
      attribution: r.pick(ATTRIBUTIONS),
      asOf: asOf?.date ?? null,
      asOfPrecision: asOf?.precision ?? null,
      quote: r.chance(0.2) ? `We will not move on issue ${issue} until ${condition}.` : null,
      sources: someSources(r, counts, 3),
    };
  }
}

/**
 * The rows of one kind, from the start: each call replays the same sequence. Every kind has
 * its own stream, so the rows of one kind do not depend on the counts of kinds it does not
 * reference.
 */
export function synthRows(kind: RowKind, counts: SynthCounts, seed: number): Iterable<Row> {
  const r = new Random(streamSeed(seed, STREAM[kind]));
  switch (kind) {
    case 'sources':
      return sources(counts, r);
    case 'actors':
      return actors(counts, r);
    case 'organizations':
      return organizations(counts, r);
    case 'issues':
      return issues(counts, r);
    case 'events':
      return events(counts, r);
    case 'partOf':
      return partOf(counts);
    case 'concerns':
      return concerns(counts, r, seed);
    case 'mentionedIn':
      return mentionedIn(counts, seed);
    case 'affiliations':
      return affiliations(counts, r);
    case 'attendances':
      return attendances(counts, r);
    case 'stances':
      return stances(counts, r);
  }
}
