/**
 * The leave-one-out split of the seeds for one article: the graph the extractor drafts
 * against (every fact some other article supports), and the facts only this article gives
 * or shares (the truth its draft is compared with).
 */
import { formatPartialDate } from '../../src/graph/partialDate.js';
import type { SeedSet } from '../../src/seed/index.js';

/**
 * The seeds without what only `source` supports: a record whose sources are exactly
 * [source] goes, the others lose `source` from their lists, and records that point at a
 * removed record go too (an attendance of a removed event, a parent that is gone).
 */
export function seedsWithout(seeds: SeedSet, source: string): SeedSet {
  const keep = <T extends { sources: string[] }>(list: T[]): T[] =>
    list
      .filter((r) => !(r.sources.length > 0 && r.sources.every((s) => s === source)))
      .map((r) => ({ ...r, sources: r.sources.filter((s) => s !== source) }));
  const actors = keep(seeds.actors);
  const organizations = keep(seeds.organizations);
  const issues = keep(seeds.issues);
  const events = keep(seeds.events);
  const ids = new Set([...actors, ...organizations, ...issues, ...events].map((r) => r.id));
  const stakeholders = new Set([...actors, ...organizations].map((r) => r.id));
  return {
    ...seeds,
    sources: seeds.sources.filter((s) => s.id !== source),
    actors,
    organizations: organizations.map((o) => (o.parent && !ids.has(o.parent) ? { ...o, parent: undefined } : o)),
    issues: issues.map((i) => (i.parent && !ids.has(i.parent) ? { ...i, parent: undefined } : i)),
    events: events.map((e) => ({ ...e, issues: e.issues.filter((i) => ids.has(i)) })),
    stances: keep(seeds.stances).filter((s) => stakeholders.has(s.holder) && ids.has(s.issue)),
    attendances: keep(seeds.attendances).filter((a) => stakeholders.has(a.attendee) && ids.has(a.event)),
    affiliations: keep(seeds.affiliations).filter((a) => ids.has(a.actor) && ids.has(a.organization)),
  };
}

/** What the seeds say one article holds: the truth its draft is scored against. */
export interface Truth {
  source: string;
  /** Actors and organizations MENTIONED_IN the article that the left-out graph still has. */
  knownEntities: Set<string>;
  /** Those it does not: only this article names them. Ids with their names and aliases. */
  newEntities: Map<string, string[]>;
  /** Quotes of the article's STATED claims, with the claims' holders. */
  quotes: Map<string, Set<string>>;
  events: Array<{ id: string; status: string; date: string | null; kind: string | null; attendees: Set<string>; known: boolean }>;
  attendances: Set<string>;
  affiliations: Set<string>;
  /** holder|issue -> the stances the seeds give that pair from this article. */
  stances: Map<string, Set<string>>;
  /** The issues the left-out graph holds: a stance on another is out of the extractor's reach (it proposes no issues). */
  issuesInGraph: Set<string>;
  /** Issues of the article's records that the left-out graph does not hold: ids with their names (seed issues have no aliases). */
  newIssues: Map<string, string[]>;
}

export function truthFor(seeds: SeedSet, without: SeedSet, source: string): Truth {
  const cites = (r: { sources: string[] }) => r.sources.includes(source);
  const left = new Set([...without.actors, ...without.organizations, ...without.events].map((r) => r.id));
  const stakeholders = [...seeds.actors, ...seeds.organizations].filter(cites);
  const quotes = new Map<string, Set<string>>();
  for (const s of seeds.stances.filter(cites)) {
    if (!s.quote) continue;
    quotes.set(s.quote, new Set([...(quotes.get(s.quote) ?? []), s.holder]));
  }
  const stances = new Map<string, Set<string>>();
  for (const s of seeds.stances.filter(cites)) {
    const k = `${s.holder}|${s.issue}`;
    stances.set(k, new Set([...(stances.get(k) ?? []), s.stance]));
  }
  return {
    source,
    knownEntities: new Set(stakeholders.filter((r) => left.has(r.id)).map((r) => r.id)),
    newEntities: new Map(stakeholders.filter((r) => !left.has(r.id)).map((r) => [r.id, [r.name, ...r.aliases]])),
    quotes,
    events: seeds.events.filter(cites).map((e) => ({
      id: e.id,
      status: e.status,
      date: e.date ? formatPartialDate(e.date.date, e.date.precision) : null,
      kind: e.kind ?? null,
      attendees: new Set(seeds.attendances.filter((a) => a.event === e.id).map((a) => a.attendee)),
      known: left.has(e.id),
    })),
    attendances: new Set(seeds.attendances.filter(cites).map((a) => `${a.attendee}|${a.event}`)),
    affiliations: new Set(seeds.affiliations.filter(cites).map((a) => `${a.actor}|${a.organization}`)),
    stances,
    issuesInGraph: new Set(without.issues.map((i) => i.id)),
    newIssues: new Map(seeds.issues.filter((i) => cites(i) && !without.issues.some((w) => w.id === i.id)).map((i) => [i.id, [i.name]])),
  };
}
