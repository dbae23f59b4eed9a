import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.js';
import { parsePartialDate } from '../../src/graph/partialDate.js';
import {
  actorId,
  claimId,
  DEFAULT_COUNTS,
  HUB_CLAIMS,
  issueId,
  resolveCounts,
  ROW_KINDS,
  type Row,
  type RowKind,
  SYNTH_PREFIX,
  type SynthCounts,
  synthRows,
  wellKnownIds,
} from '../../src/synth/index.js';

// The generator alone: no database. The writer's tests are in synth.test.ts.
const SMALL: SynthCounts = { actors: 60, organizations: 25, issues: 20, events: 30, sources: 40, claims: 400 };
const rows = (kind: RowKind, counts = SMALL, seed = 1) => [...synthRows(kind, counts, seed)] as Row[];
const all = (counts = SMALL, seed = 1) => Object.fromEntries(ROW_KINDS.map((k) => [k, rows(k, counts, seed)]));

describe('the synthetic rows', () => {
  it('are the same for the same counts and seed, value for value, and differ with another seed', () => {
    expect(JSON.stringify(all())).toBe(JSON.stringify(all()));
    expect(JSON.stringify(rows('stances', SMALL, 2))).not.toBe(JSON.stringify(rows('stances', SMALL, 1)));
  });

  it('do not shift one kind when the count of an unrelated kind changes', () => {
    expect(rows('actors', { ...SMALL, claims: 10 })).toEqual(rows('actors'));
    expect(rows('sources', { ...SMALL, actors: 7 })).toEqual(rows('sources'));
  });

  it('hold the counts asked for, with ids in the fixed scheme', () => {
    const r = all();
    expect(r.actors!.map((x) => x.id)).toEqual(Array.from({ length: SMALL.actors }, (_, i) => actorId(i)));
    expect(r.stances!.map((x) => x.id)).toEqual(Array.from({ length: SMALL.claims }, (_, k) => claimId(k)));
    expect(r.sources).toHaveLength(SMALL.sources);
    expect(r.organizations).toHaveLength(SMALL.organizations);
    expect(r.issues).toHaveLength(SMALL.issues);
    expect(r.events).toHaveLength(SMALL.events);
    expect(actorId(42)).toBe('synth-actor-00042');
    expect(claimId(42)).toBe('synth-claim-000042');
    for (const kind of ['sources', 'actors', 'organizations', 'issues', 'events'] as const) {
      for (const x of r[kind]!) expect(x.id).toMatch(/^synth-[a-z]+-\d{5}$/);
    }
  });

  it('put claim k on issue k mod issues, so every issue holds the same number of claims', () => {
    const stances = rows('stances');
    stances.forEach((s, k) => expect(s.issue).toBe(issueId(k % SMALL.issues)));
    const perIssue = new Map<unknown, number>();
    for (const s of stances) perIssue.set(s.issue, (perIssue.get(s.issue) ?? 0) + 1);
    expect(new Set(perIssue.values())).toEqual(new Set([SMALL.claims / SMALL.issues]));
  });

  it('make the hub the busiest actor: the most claims, attendances and affiliations', () => {
    const count = (list: Row[], key: string) => {
      const n = new Map<unknown, number>();
      for (const x of list) n.set(x[key], (n.get(x[key]) ?? 0) + 1);
      return n;
    };
    const hub = wellKnownIds(SMALL).hubActor;
    for (const [kind, key] of [['stances', 'holder'], ['attendances', 'attendee'], ['affiliations', 'actor']] as const) {
      const n = count(rows(kind), key);
      expect(Math.max(...n.values()), kind).toBe(n.get(hub));
    }
    expect(count(rows('stances'), 'holder').get(hub)).toBeGreaterThanOrEqual(HUB_CLAIMS);
    expect(rows('attendances').filter((a) => a.event === wellKnownIds(SMALL).event).map((a) => a.attendee)).toContain(hub);
  });

  it('reference only nodes that exist, with the right kind at each end', () => {
    const r = all();
    const ids = (kind: string) => new Set(r[kind]!.map((x) => x.id));
    const [sources, actors, organizations, issues, events] = ['sources', 'actors', 'organizations', 'issues', 'events'].map(ids);
    const holders = new Set([...actors!, ...organizations!]);
    const sourced = (list: Row[]) => list.flatMap((x) => x.sources as string[]);
    for (const s of r.stances!) {
      expect(holders.has(s.holder as string)).toBe(true);
      expect(issues!.has(s.issue as string)).toBe(true);
    }
    for (const a of r.attendances!) expect(holders.has(a.attendee as string) && events!.has(a.event as string)).toBe(true);
    for (const a of r.affiliations!) expect(actors!.has(a.actor as string) && organizations!.has(a.organization as string)).toBe(true);
    for (const c of r.concerns!) expect(events!.has(c.event as string) && issues!.has(c.issue as string)).toBe(true);
    for (const m of r.mentionedIn!) expect(sources!.has(m.source as string)).toBe(true);
    for (const id of sourced([...r.stances!, ...r.attendances!, ...r.affiliations!, ...r.concerns!])) expect(sources!.has(id)).toBe(true);
  });

  it('give claims 1-3 distinct sources, events 3-8 distinct attendees, nodes 1-3 distinct mentions', () => {
    const r = all();
    for (const s of r.stances!) {
      const src = s.sources as string[];
      expect(src.length).toBeGreaterThanOrEqual(1);
      expect(src.length).toBeLessThanOrEqual(3);
      expect(new Set(src).size).toBe(src.length);
    }
    const group = (list: Row[], key: string, value: string) => {
      const g = new Map<unknown, unknown[]>();
      for (const x of list) g.set(x[key], [...(g.get(x[key]) ?? []), x[value]]);
      return [...g.values()];
    };
    const attendees = group(r.attendances!, 'event', 'attendee');
    expect(attendees).toHaveLength(SMALL.events);
    for (const a of attendees) {
      expect(a.length).toBeGreaterThanOrEqual(3);
      expect(a.length).toBeLessThanOrEqual(8);
      expect(new Set(a).size).toBe(a.length);
    }
    const mentions = group(r.mentionedIn!, 'id', 'source');
    expect(mentions).toHaveLength(SMALL.actors + SMALL.organizations + SMALL.issues + SMALL.events);
    for (const m of mentions) expect(new Set(m).size === m.length && m.length >= 1 && m.length <= 3).toBe(true);
  });

  it('write dates as the seed loader does: the first day of the period, beside its precision', () => {
    const stances = rows('stances', { ...DEFAULT_COUNTS, claims: 4_000 });
    const dated = stances.filter((s) => s.asOf !== null);
    for (const s of stances) expect(s.asOf === null).toBe(s.asOfPrecision === null);
    for (const s of dated) {
      const precision = s.asOfPrecision as string;
      const text = precision === 'DAY' ? s.asOf : precision === 'MONTH' ? (s.asOf as string).slice(0, 7) : (s.asOf as string).slice(0, 4);
      expect(parsePartialDate(text as string)).toEqual({ date: s.asOf, precision });
      expect((s.asOf as string) >= '2023-01-01' && (s.asOf as string) <= '2026-12-31').toBe(true);
    }
    // About 5% undated; most at DAY or MONTH precision.
    expect(dated.length / stances.length).toBeGreaterThan(0.9);
    expect(dated.length).toBeLessThan(stances.length);
    expect(dated.filter((s) => s.asOfPrecision !== 'YEAR').length / dated.length).toBeGreaterThan(0.85);
    for (const e of rows('events')) expect(e.date === null).toBe(e.datePrecision === null);
    for (const s of rows('sources')) expect(s.publishedAt === null).toBe(s.publishedAtPrecision === null);
  });

  it('build PART_OF trees: issue roots with two levels below, some organization trees, never a cycle', () => {
    const partOf = rows('partOf', { ...SMALL, issues: 100 });
    const index = (id: unknown) => Number(String(id).split('-').pop());
    for (const p of partOf) {
      expect(String(p.child).split('-')[1]).toBe(String(p.parent).split('-')[1]);
      expect(index(p.parent)).toBeLessThan(index(p.child));
    }
    const issueParents = new Map(partOf.filter((p) => String(p.child).startsWith('synth-issue')).map((p) => [p.child, p.parent]));
    expect(issueParents.size).toBe(90);
    const depth = (id: unknown): number => (issueParents.has(id) ? 1 + depth(issueParents.get(id)) : 0);
    expect(Math.max(...[...issueParents.keys()].map(depth))).toBe(2);
    expect(partOf.some((p) => p.parent === wellKnownIds(SMALL).organization)).toBe(true);
    expect(issueParents.get(wellKnownIds({ ...SMALL, issues: 100 }).subIssue)).toBe(wellKnownIds(SMALL).issueWithSubIssues);
  });

  it('name only synth- ids among the well-known ones', () => {
    const known = wellKnownIds(DEFAULT_COUNTS);
    expect(known.hubActor).toBe('synth-actor-00000');
    for (const id of Object.values(known).flat()) expect(id).toMatch(new RegExp(`^${SYNTH_PREFIX}`));
    expect(known.actors).toHaveLength(20);
    expect(known.issues).toHaveLength(10);
  });
});

describe('resolveCounts', () => {
  it('fills in the defaults', () => {
    expect(resolveCounts({ claims: 5 })).toEqual({ ...DEFAULT_COUNTS, claims: 5 });
  });

  it.each([
    [{ claims: 0 }, 'claims must be a positive integer, got 0'],
    [{ actors: -3 }, 'actors must be a positive integer, got -3'],
    [{ issues: 1.5 }, 'issues must be a positive integer, got 1.5'],
    [{ events: Number.NaN }, 'events must be a positive integer, got NaN'],
    [{ claimz: 3 } as Partial<SynthCounts>, 'Unknown count claimz'],
  ])('rejects %j with a message naming the count', (counts, message) => {
    let error: unknown;
    try {
      resolveCounts(counts);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    expect((error as Error).message).toContain(message);
  });
});
