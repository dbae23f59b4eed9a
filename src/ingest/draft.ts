/**
 * The draft of an article's facts: the contract of `npm run ingest -- --dry-run --format json`
 * and of what the review queue stores (../shared/design.md, "Ingest"). Field names are part
 * of the contract; fields may be added, never renamed.
 *
 * Offsets are UTF-16 code-unit offsets into the stored article text (JavaScript string
 * indices), end exclusive, so `text.slice(start, end)` is the span.
 */

/** Why a proposal was made: the sentence it came from, where, the rule that fired, how sure. */
export interface Evidence {
  sentence: string;
  /** Offsets of the sentence in the article text. */
  start: number;
  end: number;
  /** The extraction rule's name, e.g. `event.verb-tense`, `stance.cue`, `affiliation.apposition`. */
  rule: string;
  /** In [0, 1]. */
  confidence: number;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityKind = 'ACTOR' | 'ORGANIZATION' | 'ISSUE' | 'EVENT' | 'PLACE';
export type EventStatus = 'PLANNED' | 'HELD' | 'CANCELLED';
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';
export type StanceKind = 'SUPPORTS' | 'OPPOSES' | 'CONDITIONAL' | 'MIXED';
export type Attribution = 'STATED' | 'REPORTED' | 'ASSESSED';

export interface DraftSource {
  id: string;
  title: string;
  /** YYYY-MM-DD, or null when the article gave none (relative dates then stay unresolved). */
  publishedAt: string | null;
  publisher?: string | null;
  url?: string | null;
}

export interface DraftEntity {
  /** The existing entity's id, or the proposed slug of a new one. */
  id: string;
  kind: EntityKind;
  name: string;
  /** True when no entity of the graph matched. */
  new: boolean;
  mentions: Span[];
  /** New entities: the title or post an apposition gave ("Iran's foreign minister"). */
  title?: string | null;
  /** Organizations: state, government, party, ... when the text says. */
  orgKind?: string | null;
  evidence?: Evidence;
}

export interface DraftQuote {
  text: string;
  start: number;
  end: number;
  /** An entity id of the draft, or null when no speaker was found. */
  speaker: string | null;
  /** Direct quotation or reported speech (weaker evidence). */
  kind?: 'DIRECT' | 'REPORTED';
  rule?: string;
  confidence: number;
}

export interface DraftEvent {
  id: string;
  /** False when matched to an existing event (participants and date agree). */
  new: boolean;
  name: string;
  kind: string;
  status: EventStatus;
  /** YYYY-MM-DD (DAY), YYYY-MM (MONTH), YYYY (YEAR), or null when unresolved. */
  date: string | null;
  datePrecision: DatePrecision | null;
  location: string | null;
  participants?: string[];
  evidence: Evidence;
}

export interface DraftAttendance {
  holder: string;
  event: string;
  role: string | null;
  evidence: Evidence;
}

export interface DraftAffiliation {
  actor: string;
  organization: string;
  role: string | null;
  evidence: Evidence;
}

export interface DraftStance {
  holder: string;
  issue: string;
  stance: StanceKind;
  attribution: Attribution;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when unresolved. */
  asOf: string | null;
  quote: string | null;
  /** One sentence in the draft's words, for the curator to edit. */
  position?: string | null;
  evidence: Evidence;
}

export interface Draft {
  source: DraftSource;
  entities: DraftEntity[];
  quotes: DraftQuote[];
  events: DraftEvent[];
  attendances: DraftAttendance[];
  affiliations: DraftAffiliation[];
  stances: DraftStance[];
  /** What the extractor could not do, e.g. relative dates left unresolved for want of a publication date. */
  warnings?: string[];
}

/** The article as the extractor sees it. */
export interface Article {
  text: string;
  source: DraftSource;
}
