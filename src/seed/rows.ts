import type { PartialDate } from '../graph/partialDate.js';
import type { SeedSet } from '../validate/records.js';

/**
 * The parameter rows of the seed queries in cypher/seed/, one list per query. Absent values
 * are null: the queries set properties from a map, and Neo4j stores no property for a null.
 * Dates travel as ISO strings and become DATE values in Cypher (`date(row.date)`).
 */
export interface SeedRows {
  sources: Array<Record<string, unknown>>;
  actors: Array<Record<string, unknown>>;
  organizations: Array<Record<string, unknown>>;
  issues: Array<Record<string, unknown>>;
  events: Array<Record<string, unknown>>;
  /** Every seeded issue and organization, with its parent or null. */
  partOf: Array<{ id: string; parent: string | null }>;
  /** Every seeded event, with the issues it concerns and its sources. */
  concerns: Array<{ id: string; issues: string[]; sources: string[] }>;
  /** Every seeded node but sources, with the sources that mention it. */
  mentions: Array<{ id: string; sources: string[] }>;
  stances: Array<Record<string, unknown>>;
  attendances: Array<Record<string, unknown>>;
  affiliations: Array<Record<string, unknown>>;
}

const date = (d: PartialDate | undefined) => d?.date ?? null;

/** Who wrote a record through the API and when (absent in hand-written seeds: nulls, not stored). */
const history = (x: { createdAt?: string; createdBy?: string; updatedAt?: string; updatedBy?: string }) => ({
  createdAt: x.createdAt ?? null,
  createdBy: x.createdBy ?? null,
  updatedAt: x.updatedAt ?? null,
  updatedBy: x.updatedBy ?? null,
});
const precision = (d: PartialDate | undefined) => d?.precision ?? null;

export function seedRows(s: SeedSet): SeedRows {
  return {
    sources: s.sources.map((x) => ({
      id: x.id,
      title: x.title,
      publisher: x.publisher ?? null,
      publishedAt: date(x.publishedAt),
      publishedAtPrecision: precision(x.publishedAt),
      file: x.file ?? null,
      ...history(x),
    })),
    actors: s.actors.map((x) => ({
      id: x.id,
      name: x.name,
      aliases: x.aliases,
      title: x.title ?? null,
      description: x.description ?? null,
      ...history(x),
    })),
    organizations: s.organizations.map((x) => ({
      id: x.id,
      name: x.name,
      aliases: x.aliases,
      kind: x.kind ?? null,
      country: x.country ?? null,
      description: x.description ?? null,
      ...history(x),
    })),
    issues: s.issues.map((x) => ({ id: x.id, name: x.name, description: x.description ?? null, ...history(x) })),
    events: s.events.map((x) => ({
      id: x.id,
      name: x.name,
      kind: x.kind ?? null,
      date: date(x.date),
      datePrecision: precision(x.date),
      status: x.status,
      location: x.location ?? null,
      description: x.description ?? null,
      ...history(x),
    })),
    partOf: [...s.issues, ...s.organizations].map((x) => ({ id: x.id, parent: x.parent ?? null })),
    concerns: s.events.map((x) => ({ id: x.id, issues: x.issues, sources: x.sources })),
    mentions: [...s.actors, ...s.organizations, ...s.issues, ...s.events].map((x) => ({ id: x.id, sources: x.sources })),
    stances: s.stances.map((x) => ({
      id: x.id,
      holder: x.holder,
      issue: x.issue,
      stance: x.stance,
      position: x.position,
      attribution: x.attribution,
      asOf: date(x.asOf),
      asOfPrecision: precision(x.asOf),
      quote: x.quote ?? null,
      sources: x.sources,
      retractedAt: x.retractedAt ?? null,
      retractedBy: x.retractedBy ?? null,
      retractionReason: x.retractionReason ?? null,
      ...history(x),
    })),
    attendances: s.attendances.map((x) => ({
      attendee: x.attendee,
      event: x.event,
      role: x.role ?? null,
      sources: x.sources,
      ...history(x),
    })),
    affiliations: s.affiliations.map((x) => ({
      actor: x.actor,
      organization: x.organization,
      role: x.role ?? null,
      sources: x.sources,
      ...history(x),
    })),
  };
}
