/**
 * How a draft is scored against the seeds' facts for its article (docs/ingest-eval.md says
 * the same in prose). Every metric is a count of matches over a count of truths (recall) or
 * of proposals (precision), so articles add up: the overall figures sum the counts.
 */
import type { Draft } from '../../src/ingest/draft.js';
import type { Truth } from './leaveOneOut.js';
import { datesAgree } from '../../src/ingest/extract/dates.js';
import { words } from '../../src/ingest/extract/issues.js';

/** A ratio kept as its counts. */
export interface Ratio {
  hit: number;
  of: number;
}

export interface Scores {
  entities: { recall: Ratio; precision: Ratio };
  newEntities: { recall: Ratio; precision: Ratio };
  /** New place proposals that name no seed entity: not scored (the seeds hold no places). */
  places: number;
  quoteSpeakers: { found: Ratio; right: Ratio };
  events: { recall: Ratio; precision: Ratio; status: Ratio };
  attendances: { recall: Ratio; precision: Ratio };
  affiliations: { recall: Ratio; precision: Ratio };
  stances: { recall: Ratio; recallInGraph: Ratio; precision: Ratio; agreement: Ratio };
  /** New issue proposals against the seed issues only this article gives. */
  newIssues: { recall: Ratio; precision: Ratio };
  /** What was missed and what was proposed wrongly, for the report's "which rule misses what". */
  misses: Record<string, string[]>;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/^(mr|mrs|ms|dr)\.?\s+/, '')
    .replace(/'s$/, '')
    .replace(/\s+/g, ' ')
    .trim();

const MEETINGS = new Set(['meeting', 'talks', 'visit']);
const kindsAgree = (a: string | null, b: string | null) => a === b || (MEETINGS.has(a ?? '') && MEETINGS.has(b ?? ''));

export function score(draft: Draft, truth: Truth): Scores {
  const misses: Record<string, string[]> = {};
  const miss = (k: string, v: string) => (misses[k] ??= []).push(v);

  // Entities of the graph: a seed actor or organization MENTIONED_IN the article that the
  // left-out graph holds, listed in the draft as existing (new: false).
  const listed = draft.entities.filter((e) => !e.new && (e.kind === 'ACTOR' || e.kind === 'ORGANIZATION')).map((e) => e.id);
  const entityHits = listed.filter((id) => truth.knownEntities.has(id));
  for (const id of truth.knownEntities) if (!listed.includes(id)) miss('entities missed', id);
  for (const id of listed) if (!truth.knownEntities.has(id)) miss('entities not in the seeds for this article', id);

  // New entities: a draft entity marked new matches a seed entity only this article names
  // when its slug is the seed's id or its name one of the seed's name and aliases.
  const idMap = new Map<string, string>();
  const newDraft = draft.entities.filter((e) => e.new && e.kind !== 'ISSUE');
  const matchedTruth = new Set<string>();
  for (const e of newDraft) {
    for (const [id, names] of truth.newEntities) {
      if (matchedTruth.has(id)) continue;
      if (e.id === id || names.some((n) => norm(n) === norm(e.name))) {
        idMap.set(e.id, id);
        matchedTruth.add(id);
        break;
      }
    }
  }
  for (const id of truth.newEntities.keys()) if (!matchedTruth.has(id)) miss('new entities missed', id);
  // Places: the seeds hold no places (a state is an organization), so a place proposal that
  // names no seed entity can be neither right nor wrong; it is counted apart, not as an error.
  const places = newDraft.filter((e) => e.kind === 'PLACE' && !idMap.has(e.id));
  for (const e of newDraft) if (!idMap.has(e.id) && e.kind !== 'PLACE') miss('new entities not in the seeds', `${e.name} (${e.kind})`);
  if (places.length) miss('places proposed (not scored)', places.map((e) => e.name).join(', '));
  const map = (id: string | null) => (id ? idMap.get(id) ?? id : null);

  // New issues: a draft issue marked new matches a seed issue the left-out graph lacks when
  // its slug is the seed's id, its name one of the seed's name and aliases, or the content
  // words of one name (five-letter stems, as the issue matcher cuts them) all occur in the
  // other with two at least in common ("Relocation of Palestinians" and "Relocating
  // Palestinians to neighbouring countries"). Several proposals may match one seed issue.
  const issueMap = new Map<string, string>();
  const newIssues = draft.entities.filter((e) => e.new && e.kind === 'ISSUE');
  const contains = (a: string, b: string) => {
    const [x, y] = [new Set(words(a)), new Set(words(b))];
    const [small, big] = x.size <= y.size ? [x, y] : [y, x];
    return small.size >= 2 && [...small].every((w) => big.has(w));
  };
  for (const e of newIssues) {
    for (const [id, names] of truth.newIssues) {
      if (e.id === id || names.some((n) => norm(n) === norm(e.name) || contains(n, e.name))) {
        issueMap.set(e.id, id);
        break;
      }
    }
    if (!issueMap.has(e.id)) miss('new issues not in the seeds', e.name);
  }
  const issuesHit = new Set(issueMap.values());
  for (const id of truth.newIssues.keys()) if (!issuesHit.has(id)) miss('new issues missed', id);

  // Quote speakers: each quote of a STATED claim is looked for among the draft's direct
  // quotes (its words inside a quote's text); right when the speaker is the claim's holder.
  let found = 0;
  let right = 0;
  for (const [q, holders] of truth.quotes) {
    const hit = draft.quotes.find((d) => d.kind !== 'REPORTED' && norm(d.text).includes(norm(q)));
    if (!hit) {
      miss('quotes not found', q);
      continue;
    }
    found++;
    if (holders.has(map(hit.speaker) ?? '')) right++;
    else miss('quote speakers wrong', `"${q}": ${hit.speaker ?? 'none'} (seeds: ${[...holders].join(', ')})`);
  }

  // Events: an existing event by its id; a new one matches a seed event of the article when
  // their dates agree (or, when one is undated, their kinds do) and they share attendees (two,
  // or all the seed event has when it has fewer), or, for a seed event with no attendees,
  // the kind.
  const eventMap = new Map<string, string>();
  const usedTruth = new Set<string>();
  // Every admissible (draft, seed) pair, best first (same id, then most attendees shared, then
  // a date on both sides), taken one to one.
  const candidates: Array<{ d: string; t: string; rank: number }> = [];
  for (const e of draft.events) {
    const parts = new Set((e.participants ?? []).map((p) => map(p)!));
    for (const t of truth.events) {
      if (!e.new) {
        if (e.id === t.id) candidates.push({ d: e.id, t: t.id, rank: 1000 });
        continue;
      }
      if (e.date && t.date && !datesAgree(e.date, t.date)) continue;
      // Undated on either side: the kinds must agree too (meeting, talks and visit count as one).
      if ((!e.date || !t.date) && !kindsAgree(e.kind, t.kind)) continue;
      const shared = [...t.attendees].filter((a) => parts.has(a)).length;
      const ok = t.attendees.size ? shared >= Math.min(2, t.attendees.size) : e.kind === t.kind;
      if (ok) candidates.push({ d: e.id, t: t.id, rank: shared * 10 + (e.date && t.date ? 1 : 0) });
    }
  }
  candidates.sort((a, b) => b.rank - a.rank);
  for (const p of candidates) {
    if (eventMap.has(p.d) || usedTruth.has(p.t)) continue;
    eventMap.set(p.d, p.t);
    usedTruth.add(p.t);
  }
  for (const e of draft.events) if (!eventMap.has(e.id)) miss('events not in the seeds', `${e.name} (${e.date ?? 'undated'})`);
  let statusRight = 0;
  for (const [d, t] of eventMap) {
    const de = draft.events.find((e) => e.id === d)!;
    const te = truth.events.find((e) => e.id === t)!;
    if (de.status === te.status) statusRight++;
    else miss('event status wrong', `${t}: ${de.status} (seeds: ${te.status})`);
  }
  for (const t of truth.events) if (!usedTruth.has(t.id)) miss('events missed', t.id);

  // Attendances: (attendee, event) with the event mapped as above.
  const att = new Set(draft.attendances.map((a) => `${map(a.holder)}|${eventMap.get(a.event) ?? a.event}`));
  const attHits = [...att].filter((k) => truth.attendances.has(k)).length;
  for (const k of truth.attendances) if (!att.has(k)) miss('attendances missed', k);

  // Affiliations: (actor, organization).
  const aff = new Set(draft.affiliations.map((a) => `${map(a.actor)}|${map(a.organization)}`));
  const affHits = [...aff].filter((k) => truth.affiliations.has(k)).length;
  for (const k of truth.affiliations) if (!aff.has(k)) miss('affiliations missed', k);
  for (const k of aff) if (!truth.affiliations.has(k)) miss('affiliations not in the seeds', k);

  // Stances: distinct (holder, issue) pairs; agreement on the stance for pairs found.
  const pairs = new Map<string, Set<string>>();
  for (const s of draft.stances) {
    const k = `${map(s.holder)}|${issueMap.get(s.issue) ?? s.issue}`;
    pairs.set(k, new Set([...(pairs.get(k) ?? []), s.stance]));
  }
  let pairHits = 0;
  let agree = 0;
  for (const [k, st] of pairs) {
    const t = truth.stances.get(k);
    if (!t) {
      miss('stance pairs not in the seeds', k);
      continue;
    }
    pairHits++;
    if ([...st].some((x) => t.has(x))) agree++;
    else miss('stances disagreeing', `${k}: ${[...st].join('/')} (seeds: ${[...t].join('/')})`);
  }
  for (const k of truth.stances.keys()) if (!pairs.has(k)) miss('stance pairs missed', `${k}${truth.issuesInGraph.has(k.split('|')[1]!) ? '' : ' (issue not in the graph)'}`);
  const inGraph = [...truth.stances.keys()].filter((k) => truth.issuesInGraph.has(k.split('|')[1]!));

  return {
    entities: { recall: { hit: entityHits.length, of: truth.knownEntities.size }, precision: { hit: entityHits.length, of: listed.length } },
    newEntities: { recall: { hit: matchedTruth.size, of: truth.newEntities.size }, precision: { hit: idMap.size, of: newDraft.length - places.length } },
    places: places.length,
    quoteSpeakers: { found: { hit: found, of: truth.quotes.size }, right: { hit: right, of: truth.quotes.size } },
    events: { recall: { hit: usedTruth.size, of: truth.events.length }, precision: { hit: eventMap.size, of: draft.events.length }, status: { hit: statusRight, of: eventMap.size } },
    attendances: { recall: { hit: attHits, of: truth.attendances.size }, precision: { hit: attHits, of: att.size } },
    affiliations: { recall: { hit: affHits, of: truth.affiliations.size }, precision: { hit: affHits, of: aff.size } },
    stances: { recall: { hit: pairHits, of: truth.stances.size }, recallInGraph: { hit: inGraph.filter((k) => pairs.has(k)).length, of: inGraph.length }, precision: { hit: pairHits, of: pairs.size }, agreement: { hit: agree, of: pairHits } },
    newIssues: { recall: { hit: issuesHit.size, of: truth.newIssues.size }, precision: { hit: issueMap.size, of: newIssues.length } },
    misses,
  };
}

/** Sums the counts of several articles' scores. */
export function total(all: Scores[]): Omit<Scores, 'misses' | 'places'> {
  const add = (a: Ratio, b: Ratio): Ratio => ({ hit: a.hit + b.hit, of: a.of + b.of });
  const zero = (): Ratio => ({ hit: 0, of: 0 });
  const t: Omit<Scores, 'misses' | 'places'> = {
    entities: { recall: zero(), precision: zero() },
    newEntities: { recall: zero(), precision: zero() },
    quoteSpeakers: { found: zero(), right: zero() },
    events: { recall: zero(), precision: zero(), status: zero() },
    attendances: { recall: zero(), precision: zero() },
    affiliations: { recall: zero(), precision: zero() },
    stances: { recall: zero(), recallInGraph: zero(), precision: zero(), agreement: zero() },
    newIssues: { recall: zero(), precision: zero() },
  };
  for (const s of all) {
    for (const group of Object.keys(t) as Array<keyof typeof t>) {
      const g = t[group] as Record<string, Ratio>;
      const src = s[group] as Record<string, Ratio>;
      for (const k of Object.keys(g)) g[k] = add(g[k]!, src[k]!);
    }
  }
  return t;
}
