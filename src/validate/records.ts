import { z } from 'zod';
import { parsePartialDate } from '../graph/partialDate.js';

/**
 * The record format, shared by the seed files and the curation mutations: what one record of
 * each kind may hold. Objects are strict (an unknown
 * field is an error, so a typo such as `atendee` cannot silently drop data); references
 * are checked afterwards, across files, in references.ts.
 */

/** The top-level keys a seed file may hold, in the order they are written. */
export const KINDS = ['sources', 'actors', 'organizations', 'issues', 'events', 'stances', 'attendances', 'affiliations'] as const;
export type Kind = (typeof KINDS)[number];

export const STANCE_KINDS = ['SUPPORTS', 'OPPOSES', 'CONDITIONAL', 'MIXED'] as const;
export const ATTRIBUTIONS = ['STATED', 'REPORTED', 'ASSESSED'] as const;
export const ORGANIZATION_KINDS = [
  'state',
  'government',
  'party',
  'armed-group',
  'agency',
  'military',
  'ngo',
  'outlet',
  'think-tank',
  'international-body',
  'coalition',
  'other',
] as const;
export const EVENT_KINDS = [
  'meeting',
  'talks',
  'visit',
  'decision',
  'attack',
  'war',
  'election',
  'deadline',
  'announcement',
  'agreement',
  'other',
] as const;

/** What the sources report about an event, as of the latest of them (see docs/model.md, Event). */
export const EVENT_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;

/** Readable, stable ids: `benjamin-netanyahu`, `iran-ballistic-missiles`. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Size bounds: far above anything the corpus holds (its longest text is a few hundred
 * characters), so they only stop a runaway input before it reaches the graph.
 */
export const RECORD_BOUNDS = { idLength: 200, textLength: 2_000, listLength: 100 } as const;

const id = z
  .string()
  .max(RECORD_BOUNDS.idLength, `longer than ${RECORD_BOUNDS.idLength} characters`)
  .regex(SLUG, 'not a slug: lowercase letters and digits joined by single hyphens, like benjamin-netanyahu');
// Whether a reference resolves is checked across all files later; here only its type.
const ref = z.string().min(1, 'empty id').max(RECORD_BOUNDS.idLength, `longer than ${RECORD_BOUNDS.idLength} characters`);
const text = z
  .string()
  .trim()
  .min(1, 'empty text')
  .max(RECORD_BOUNDS.textLength, `longer than ${RECORD_BOUNDS.textLength} characters`);
const list = <T extends z.ZodType>(of: T) =>
  z.array(of).max(RECORD_BOUNDS.listLength, `more than ${RECORD_BOUNDS.listLength} items`);
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: () => `expected one of ${values.join(', ')}` });

/**
 * "2026-02-11", "2026-02" or "2025". YAML reads an unquoted year as a number, so a whole
 * number is taken as its digits; unquoted full dates stay strings in YAML 1.2.
 */
const partialDate = z
  .preprocess((v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v), z.string())
  .transform((s, ctx) => {
    const parsed = parsePartialDate(s);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: 'not a date: expected YYYY-MM-DD, YYYY-MM or YYYY, and a real calendar date' });
      return z.NEVER;
    }
    return parsed;
  });

/** An instant as Neo4j writes a DATETIME: 2026-11-26T09:30:00.123Z. */
const instant = z.iso.datetime({ offset: true, error: () => 'not an instant: expected an ISO date-time such as 2026-11-26T09:30:00Z' });

/**
 * Who wrote a node or edge through the API, and when. Absent from hand-written seeds; the
 * export writes them, so a graph loaded back from an export keeps its history.
 */
const history = {
  createdAt: instant.optional(),
  createdBy: text.optional(),
  updatedAt: instant.optional(),
  updatedBy: text.optional(),
};

const mentions = list(ref).default([]);
const evidence = list(ref).min(1, 'at least one source is required');

export const SourceRecord = z.strictObject({
  id,
  title: text,
  publisher: text.optional(),
  publishedAt: partialDate.optional(),
  /** The article's file name in the corpus. */
  file: text.optional(),
  ...history,
});

export const ActorRecord = z.strictObject({
  id,
  name: text,
  aliases: list(text).default([]),
  title: text.optional(),
  description: text.optional(),
  sources: mentions,
  ...history,
});

export const OrganizationRecord = z.strictObject({
  id,
  name: text,
  aliases: list(text).default([]),
  kind: oneOf(ORGANIZATION_KINDS).optional(),
  country: text.optional(),
  parent: ref.optional(),
  description: text.optional(),
  sources: mentions,
  ...history,
});

export const IssueRecord = z.strictObject({
  id,
  name: text,
  description: text.optional(),
  parent: ref.optional(),
  sources: mentions,
  ...history,
});

export const EventRecord = z.strictObject({
  id,
  name: text,
  kind: oneOf(EVENT_KINDS).optional(),
  date: partialDate.optional(),
  /**
   * Required: whether an event happened is what an analyst must not have to guess. An
   * article announcing a meeting makes it PLANNED, and its attendances expected ones.
   */
  status: oneOf(EVENT_STATUSES),
  location: text.optional(),
  description: text.optional(),
  /** The issues the event concerns (CONCERNS edges). */
  issues: list(ref).default([]),
  sources: mentions,
  ...history,
});

export const StanceRecord = z.strictObject({
  id,
  holder: ref,
  issue: ref,
  stance: oneOf(STANCE_KINDS),
  attribution: oneOf(ATTRIBUTIONS),
  asOf: partialDate.optional(),
  position: text,
  quote: text.optional(),
  sources: evidence,
  ...history,
  /** A retracted claim stays in the graph, hidden from reads unless asked for (docs/curation.md, History). */
  retractedAt: instant.optional(),
  retractedBy: text.optional(),
  retractionReason: text.optional(),
});

export const AttendanceRecord = z.strictObject({
  attendee: ref,
  event: ref,
  role: text.optional(),
  sources: evidence,
  ...history,
});

export const AffiliationRecord = z.strictObject({
  actor: ref,
  organization: ref,
  role: text.optional(),
  sources: evidence,
  ...history,
});

export const RECORD_SCHEMAS = {
  sources: SourceRecord,
  actors: ActorRecord,
  organizations: OrganizationRecord,
  issues: IssueRecord,
  events: EventRecord,
  stances: StanceRecord,
  attendances: AttendanceRecord,
  affiliations: AffiliationRecord,
} as const;

export type SourceSeed = z.output<typeof SourceRecord>;
export type ActorSeed = z.output<typeof ActorRecord>;
export type OrganizationSeed = z.output<typeof OrganizationRecord>;
export type IssueSeed = z.output<typeof IssueRecord>;
export type EventSeed = z.output<typeof EventRecord>;
export type StanceSeed = z.output<typeof StanceRecord>;
export type AttendanceSeed = z.output<typeof AttendanceRecord>;
export type AffiliationSeed = z.output<typeof AffiliationRecord>;

/** Every record of every seed file of a directory, validated and merged. */
export interface SeedSet {
  /** The files read, as shown in messages. */
  files: string[];
  sources: SourceSeed[];
  actors: ActorSeed[];
  organizations: OrganizationSeed[];
  issues: IssueSeed[];
  events: EventSeed[];
  stances: StanceSeed[];
  attendances: AttendanceSeed[];
  affiliations: AffiliationSeed[];
}

/** A SeedSet with no records yet. */
export const emptySeedSet = (files: string[] = []): SeedSet => ({
  files,
  sources: [],
  actors: [],
  organizations: [],
  issues: [],
  events: [],
  stances: [],
  attendances: [],
  affiliations: [],
});
