/**
 * The extractor: an article and the catalog in, a draft out. Offline and deterministic: the
 * same text and catalog give the same draft. Each kind of proposal has its rules in a file of
 * this folder; this one runs them in order, each on what the earlier ones found:
 * text (tokens, sentences) -> mentions of known entities (names, aliases, honorifics,
 * titles) -> new entity candidates -> appositions (titles, affiliations) -> dates -> quotes
 * and speakers -> events and attendances -> stances.
 */
import type { Catalog } from '../catalog.js';
import type { Article, Draft, DraftAttendance, DraftEntity, Span } from '../draft.js';
import { findAppositions } from './appositions.js';
import { evidenceOf } from './evidence.js';
import { demonymMentions, peopleInsideNames, postsOfKnownPeople } from './implied.js';
import { findCandidates } from './candidates.js';
import { findDates, parsePublication } from './dates.js';
import { findEvents } from './events.js';
import { IssueMatcher } from './issues.js';
import { type EntitySpan, MentionMatcher } from './mentions.js';
import { findQuotes, findReportedSpeech } from './quotes.js';
import { findStances } from './stances.js';
import { tableStances } from './tables.js';
import { relationStances } from './relations.js';
import { analyse } from './text.js';
import { findTitles, type PersonProfile, profiles } from './titles.js';

/** What is built from a catalog once and reused for every article drafted against it. */
interface Prepared {
  mentions: MentionMatcher;
  people: PersonProfile[];
  issues: IssueMatcher;
  states: Map<string, string>;
}
const prepared = new WeakMap<Catalog, Prepared>();

function prepare(catalog: Catalog): Prepared {
  let p = prepared.get(catalog);
  if (!p) {
    const states = new Map<string, string>();
    for (const e of catalog.entities) if (e.kind === 'ORGANIZATION' && e.orgKind === 'state') for (const n of [e.name, ...e.aliases]) states.set(n.toLowerCase(), e.id);
    p = { mentions: new MentionMatcher(catalog), people: profiles(catalog), issues: new IssueMatcher(catalog), states };
    prepared.set(catalog, p);
  }
  return p;
}

export function extractDraft(article: Article, catalog: Catalog): Draft {
  const { text, source } = article;
  const prep = prepare(catalog);
  const byId = new Map(catalog.entities.map((e) => [e.id, e]));
  const analysed = analyse(text);
  const { sentences } = analysed;
  const warnings: string[] = [];

  // Entities: known ones by name, then by title, then new candidates in what is left.
  const named = prep.mentions.find(text);
  const titled = findTitles(text, prep.people, named);
  const byAdjective = demonymMentions(text, prep.states, [...named, ...titled]);
  const known = [...named, ...titled, ...byAdjective];
  const posts = postsOfKnownPeople(text, sentences, catalog, known);
  const taken = [...known, ...peopleInsideNames(catalog, named)].sort((a, b) => a.start - b.start);
  const candidates = findCandidates(sentences, taken, new Set(byId.keys()));
  const spans: EntitySpan[] = [...taken, ...candidates.spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const people = new Set([...catalog.entities.filter((e) => e.kind === 'ACTOR').map((e) => e.id), ...candidates.entities.filter((e) => e.kind === 'ACTOR').map((e) => e.id)]);

  const entities: DraftEntity[] = [];
  const mentionsOf = new Map<string, Span[]>();
  for (const s of [...taken, ...posts.mentions]) mentionsOf.set(s.id, [...(mentionsOf.get(s.id) ?? []), { start: s.start, end: s.end, text: s.text }]);
  for (const [id, mentions] of mentionsOf) {
    const e = byId.get(id)!;
    entities.push({ id, kind: e.kind as DraftEntity['kind'], name: e.name, new: false, mentions });
  }
  entities.push(...candidates.entities);

  const appositions = findAppositions(text, sentences, spans, people, catalog);
  const { titles } = appositions;
  const affiliations = [...appositions.affiliations];
  for (const a of posts.affiliations) if (!affiliations.some((b) => b.actor === a.actor && b.organization === a.organization)) affiliations.push(a);
  for (const e of candidates.entities) if (titles.has(e.id)) e.title = titles.get(e.id)!;

  // Dates, against the publication date.
  const published = parsePublication(source.publishedAt);
  const { dates, unresolved } = findDates(sentences, published);
  if (!published && unresolved) warnings.push(`No publication date: ${unresolved} relative date(s) (weekdays, "last week", months without a year) left unresolved.`);
  else if (published && unresolved) warnings.push(`The publication date ${source.publishedAt} has no day: ${unresolved} date(s) relative to a day (weekdays, "last week") left unresolved.`);

  // Quotes and their speakers; reported speech.
  const speakerIndex = { spans, people };
  const quotes = [...findQuotes(text, sentences, speakerIndex), ...findReportedSpeech(sentences, speakerIndex)].sort((a, b) => a.start - b.start);

  // Events and attendances.
  const orgKinds = new Map<string, string | null>();
  for (const e of catalog.entities) if (e.kind === 'ORGANIZATION') orgKinds.set(e.id, e.orgKind ?? null);
  for (const e of candidates.entities) if (e.kind !== 'ACTOR') orgKinds.set(e.id, e.orgKind ?? null);
  const { events } = findEvents(sentences, spans, dates, catalog, orgKinds, { date: null, precision: null }, source.publishedAt ?? null);
  const nameOf = (id: string) => byId.get(id)?.name ?? candidates.entities.find((e) => e.id === id)?.name ?? id;
  const uniqueEvents = new Map<string, (typeof events)[number]>();
  for (const e of events) {
    if (e.new) e.name = `${(e.participants ?? []).slice(0, 3).map(nameOf).join(', ')} ${e.kind}`;
    if (!uniqueEvents.has(e.id)) uniqueEvents.set(e.id, e);
  }
  const attendances: DraftAttendance[] = [...uniqueEvents.values()].flatMap((e) =>
    (e.participants ?? []).map((holder) => ({ holder, event: e.id, role: null, evidence: { ...e.evidence, rule: 'attendance.participant' } })),
  );

  // Stances.
  const asOfPub = source.publishedAt ?? null;
  const spokespeople = new Map<string, string>();
  for (const a of affiliations) if (/spokes/i.test(a.role ?? '')) spokespeople.set(a.actor, a.organization);
  for (const e of catalog.entities) for (const a of e.affiliations ?? []) if (/spokes/i.test(a.role ?? '')) spokespeople.set(e.id, a.organization);
  const stakeholders = new Set([...catalog.entities.filter((e) => e.kind === 'ACTOR' || e.kind === 'ORGANIZATION').map((e) => e.id), ...candidates.entities.filter((e) => e.kind !== 'PLACE').map((e) => e.id)]);
  const cued = findStances(sentences, spans, prep.issues, {
    quotes,
    asOf: (s) => dates.find((d) => d.sentence === s.index && d.date)?.date ?? asOfPub,
    states: prep.states,
    spokespeople,
    stakeholders,
    known: new Set(byId.keys()),
    proposeIssue: (phrase, s) => {
      const had = entities.find((e) => e.id === phrase.id);
      if (had) had.mentions.push(phrase.span);
      else entities.push({ id: phrase.id, kind: 'ISSUE', name: phrase.name, new: true, mentions: [phrase.span], evidence: evidenceOf(s, 'issue.cue-object', 0.4) });
    },
  });
  const stances = [...cued];
  const asOfSentence = (s: (typeof sentences)[number]) => dates.find((d) => d.sentence === s.index && d.date)?.date ?? asOfPub;
  for (const r of relationStances(sentences, spans, prep.issues, quotes, stakeholders, asOfSentence)) {
    if (!stances.some((s) => s.holder === r.holder && s.issue === r.issue)) stances.push(r);
  }
  for (const t of tableStances(sentences, spans, prep.issues, stakeholders, asOfPub)) {
    if (!stances.some((s) => s.holder === t.holder && s.issue === t.issue)) stances.push(t);
  }

  return {
    source,
    entities,
    quotes,
    events: [...uniqueEvents.values()],
    attendances,
    affiliations,
    stances,
    ...(warnings.length ? { warnings } : {}),
  };
}


