/**
 * Events: meetings, talks, visits, strikes, attacks, wars, elections, deadlines and
 * decisions, found by their nouns and verbs. Each gets the sentence's date, a location ("in
 * Oman", "at the Elysee"), its participants (the people and organizations the sentence
 * names around the trigger, less those only cited as sources), and a status from the verb and
 * tense: will meet / is set to / scheduled: PLANNED; met / held / hosted: HELD; called off /
 * cancelled: CANCELLED. An event agrees with one of the catalog when its participants and date
 * do (then it is that event, `new: false`); mentions of one event across sentences ("the
 * meeting", "the talks") are merged into one.
 */
import type { Catalog, CatalogEntity } from '../catalog.js';
import type { DraftEvent, EventStatus } from '../draft.js';
import { datesAgree, type FoundDate, tenseOf } from './dates.js';
import { evidenceOf } from './evidence.js';
import type { EntitySpan } from './mentions.js';
import type { Sentence } from './text.js';
import { slugify } from './candidates.js';
import { words } from './issues.js';

/** Trigger words by event kind (the project's event kinds). */
const TRIGGERS: Array<[string, RegExp]> = [
  ['meeting', /\b(meet|meets|met|meeting|meetings|summit|encounter|host|hosts|hosted|hosting|sit-down)\b/i],
  ['talks', /\b(talks|negotiations|discussions|dialogue)\b/i],
  ['visit', /\b(visit|visits|visited|trip|travell?ing to|travell?ed to|arrived in|arriving in)\b/i],
  ['attack', /\b(strikes?|struck|attack(?:s|ed)?|bombing|raid|assault)\b/i],
  ['war', /\b(war)\b/i],
  ['election', /\b(elections?|vote|polls)\b/i],
  ['deadline', /\b(deadline)\b/i],
  ['decision', /\b(authori[sz]ed|approved|decided|voted to)\b/i],
  ['agreement', /\b(ceasefire|truce|accords?|peace agreement|peace deal)\b/i],
  ['announcement', /\b(recognition of|recogni[sz]ed)\b/i],
  ['other', /\b(poll|survey)\b/i],
  ['announcement', /\b(interviews?)\b/i],
  ['other', /\b(return(?:ed|s|ing)? to (?:office|power|the presidency|the White House)|sworn in)\b/i],
  ['other', /\b(ousting|ouster|overthrow|toppling)(?= of\b)/i],
  ['other', /\b(crackdown)\b/i],
];

/**
 * Events told by one party's act rather than by a meeting of several: an attack, a poll, an
 * interview, a return to office, an ouster, a crackdown. Their participants are the agent the
 * trigger names ("X's attack", "the X poll", "X returned to office") and the one it acts on
 * ("an attack on Y", "the ousting of Y", "a crackdown in Y"), not everyone in the clause.
 */
const AGENT_TRIGGER = /^(?:strikes?|struck|attack(?:s|ed)?|bombing|raid|assault|poll|survey|interviews?|return|returned|returns|returning|sworn in|ousting|ouster|overthrow|toppling|crackdown|recognition of|recogni[sz]ed)/i;
/** An act named as one person's doing ("X's support and gestures, including recognition of Y"): its agent is the clause's first person. */
const PERSONAL_ACT = /^(?:recognition of|recogni[sz]ed)$/i;
/** An agreement told by its broker ("the brokering of the X Accords", "a ceasefire agreement he helped to broker"). */
const BROKERED = /\b(?:brokering of|brokered|helped (?:to )?broker|to broker)\b/i;
/** An election told as a span of years ("election cycles between 2019 and 2021"): one election a year. */
const YEAR_SPAN = /\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|through)\s+((?:19|20)\d\d)\b/;
/** Words that may stand between an agent and its act ("X’ October 2023 cross-border attack"), but not a clause's function words. */
const NOT_MODIFIER = /\b(and|or|the|a|an|of|by|to|that|which|who|has|have|had|was|were|is|are|with|for|in|on|at|after|since|from|as|said|says)\b/i;

const CANCELLED = /\b(called off|cancell?ed|scrapped|postponed indefinitely|abandoned)\b/i;
/** A trigger that is itself a past verb says the event happened. */
const PAST_TRIGGER = /^(met|hosted|visited|struck|attacked|authori[sz]ed|approved|decided|voted to|travell?ed to|arrived in)$/i;
/** Words near the trigger that put the event ahead. */
const PLANNED_NEAR = /\b(will|is set to|are set to|set to|scheduled|is due|are due|plans? to|planning to|to meet|upcoming|expected|prepares? to|preparing to|looming|next|ahead of|would|could)\b/i;
/** Words near the trigger that say it took place. */
const HELD_NEAR = /\b(met|held|hosted|visited|took place|was held|were held|joined|struck|launched|concluded|signed|authori[sz]ed|approved|ended|after|holds|in place|in effect)\b/i;
const MEETING_FAMILY = new Set(['meeting', 'talks', 'visit']);
/** Clause breaks that end a trigger's reach for participants. */
const CLAUSE_END = /[;–—]|,\s*(?:which|who|whose|while|as|amid|according)\b|\baccording to\b[^,.;]*,?|\b(?:comes?|came|coming) (?:as|amid)\b/i;
/** "The talks come as X and Y ...": what follows is the setting, another clause with its own event. */
const SETTING = /\b(?:comes?|came|coming) (?:as|amid)\b/i;

/** Where: "in Oman", "at the Elysee", "in Paris". */
function locationOf(sentence: Sentence, spans: EntitySpan[]): string | null {
  const m = /\b(?:in|at|(?:visit|trip|travel|journey|visits|trips) to)\s+(?:the\s+)?((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)*)/.exec(sentence.text);
  if (!m) return null;
  const name = m[1]!.replace(/['’]s$/, '');
  if (/^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/.test(name)) return null;
  const at = sentence.start + m.index! + m[0].indexOf(m[1]!);
  const span = spans.find((s) => s.start === at);
  if (span && span.kind === 'ACTOR') return null;
  return name;
}

export interface FoundEvents {
  events: DraftEvent[];
  /** Each event's participants with the role the sentence gives them. */
  roles: Map<string, Map<string, string | null>>;
}

/**
 * Whether a catalog event is the draft event: dates agree (or both undated) and participants
 * overlap. Two exceptions, both needing the same kind: the same day is enough with one shared
 * participant (one party's act on a given day is that act), and an undated mention is the
 * catalog's dated event when it is the only one of that kind with those participants (an
 * article often names a known event without its date: "since X's return to office").
 */
function matchCatalog(draft: DraftEvent, catalog: CatalogEntity[]): CatalogEntity | undefined {
  const parts = new Set(draft.participants ?? []);
  let best: CatalogEntity | undefined;
  let bestShared = 0;
  const undatedFits: CatalogEntity[] = [];
  for (const e of catalog) {
    const shared = (e.attendees ?? []).filter((a) => parts.has(a)).length;
    const need = Math.min(2, (e.attendees ?? []).length || 2);
    const kindAgrees = !e.eventKind || e.eventKind === draft.kind || (MEETING_FAMILY.has(e.eventKind) && MEETING_FAMILY.has(draft.kind));
    const sameDay = draft.datePrecision === 'DAY' && e.datePrecision === 'DAY' && draft.date === e.date && e.eventKind === draft.kind && shared >= 1;
    // A date on one side only is no agreement; both undated: the same kind between the same two or more.
    // Both undated, nothing but the parties to go on: all of the known event's, and two at least.
    const dated = draft.date && e.date ? datesAgree(draft.date, e.date.slice(0, draftLength(e))) : !draft.date && !e.date && e.eventKind === draft.kind && shared >= 2 && shared === (e.attendees ?? []).length;
    if (!draft.date && e.date && e.eventKind === draft.kind && shared >= need && shared === parts.size) undatedFits.push(e);
    if (((kindAgrees && shared >= need && dated) || sameDay) && shared > bestShared) [best, bestShared] = [e, shared];
  }
  if (best) return best;
  if (!draft.date && parts.size) {
    // Several known events hold all the participants of an undated mention ("the visit to X",
    // "a ceasefire agreement he helped to broker"): the one whose name and place the sentence
    // names most, when one does so strictly more than the others.
    const said = new Set(words(draft.evidence.sentence));
    const fits = catalog
      .filter((e) => e.eventKind === draft.kind || (MEETING_FAMILY.has(e.eventKind ?? '') && MEETING_FAMILY.has(draft.kind)))
      .filter((e) => [...parts].every((p) => (e.attendees ?? []).includes(p)))
      .map((e) => ({ e, named: [...new Set(words(`${e.name} ${e.location ?? ''}`))].filter((w) => said.has(w)).length }))
      .sort((a, b) => b.named - a.named);
    if (fits.length > 1 && fits[0]!.named >= 2 && fits[0]!.named > fits[1]!.named) return fits[0]!.e;
  }
  if (undatedFits.length === 1) return undatedFits[0];
  return undefined;
}

/** The people of `ids` who belong to `state`: affiliated with it, with a body PART_OF it, or of its country. */
function ofState(ids: string[], state: string, byId: Map<string, CatalogEntity>): string[] {
  const stateName = byId.get(state)?.name;
  const within = (org: string, depth = 0): boolean => org === state || (depth < 4 && !!byId.get(org)?.parent && within(byId.get(org)!.parent!, depth + 1)) || (!!stateName && byId.get(org)?.country === stateName);
  return ids.filter((id) => (byId.get(id)?.affiliations ?? []).some((a) => within(a.organization)));
}

/** "between X and Y": each pair of parties a sentence names after `at` (an agreement between X and Y, "as well as between Z and W"). */
function pairsAfter(spans: EntitySpan[], s: Sentence, at: number): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of s.text.slice(at - s.start).matchAll(/\bbetween\s+/g)) {
    const from = at + m.index! + m[0].length;
    const a = spans.find((sp) => sp.start === from && sp.kind !== 'PLACE' && sp.rule !== 'mention.demonym');
    if (!a) continue;
    const b = spans.find((sp) => sp.start > a.end && sp.kind !== 'PLACE' && /^\s+and\s+(?:the\s+)?$/.test(s.text.slice(a.end - s.start, sp.start - s.start)));
    if (b && b.id !== a.id) out.push([a.id, b.id]);
  }
  return out;
}

/** The agent right before an act ("X's attack", "the 2023 X attack", "X returned"), within 40 characters and no clause word between. */
function agentBefore(spans: EntitySpan[], from: number, at: number, text: (a: number, b: number) => string): EntitySpan | undefined {
  const last = spans.filter((sp) => sp.end <= at && sp.start >= from && at - sp.end <= 40 && sp.kind !== 'PLACE').sort((a, b) => b.end - a.end)[0];
  if (!last) return undefined;
  const between = text(last.end, at);
  return /^(?:['’]s?)?(?:\s+[\w.-]+){0,3}\s*$/.test(between) && !NOT_MODIFIER.test(between) && !/[,;]/.test(between) ? last : undefined;
}

/** Who or what an act falls on: "on Y", "of Y" (a person first: "the ousting of Y's ally, Z"), "in Y". */
function patientAfter(spans: EntitySpan[], at: number, to: number, text: (a: number, b: number) => string): EntitySpan | undefined {
  const after = spans.filter((sp) => sp.start >= at && sp.end <= to && sp.start - at <= 80 && sp.kind !== 'PLACE');
  const lead = (sp: EntitySpan) => text(at, sp.start);
  const onIt = after.find((sp) => /^\s*(?:on|against)\s+(?:[a-z-]+\s+){0,2}$/.test(lead(sp)));
  if (onIt) return onIt;
  if (/^\s*of\b/.test(text(at, at + 4))) return after.find((sp) => sp.kind === 'ACTOR') ?? after[0];
  return after.find((sp) => /\bin\s+$/.test(lead(sp)));
}

/** The resolved date of the sentence nearest the trigger. */
function nearestDate(dates: Array<FoundDate & { sentence: number }>, s: Sentence, at: number, from: number, to: number) {
  const here = dates.filter((d) => d.sentence === s.index && d.date && d.start >= from && d.end <= to);
  return here.sort((a, b) => Math.abs(a.start - s.start - at) - Math.abs(b.start - s.start - at))[0];
}

/** A catalog event's date at its precision. */
const draftLength = (e: CatalogEntity) => (e.datePrecision === 'YEAR' ? 4 : e.datePrecision === 'MONTH' ? 7 : 10);

/** Events of the article, each with its participants; merged across sentences. */
export function findEvents(
  sentences: Sentence[],
  spans: EntitySpan[],
  dates: Array<FoundDate & { sentence: number }>,
  catalog: Catalog,
  orgKinds: Map<string, string | null>,
  fallbackDate: { date: string | null; precision: DraftEvent['datePrecision'] },
  published: string | null = null,
): FoundEvents {
  const events: DraftEvent[] = [];
  const roles = new Map<string, Map<string, string | null>>();
  const catalogEvents = catalog.entities.filter((e) => e.kind === 'EVENT');
  const byId = new Map(catalog.entities.map((e) => [e.id, e]));
  for (const s of sentences) {
    if (s.heading) continue;
    // The sentence's first trigger, the first after "... comes as" (the setting is another
    // clause with its own event), each act of one party, and each agreement told by its
    // parties ("between X and Y") or its broker.
    const found = TRIGGERS.map(([kind, re]) => ({ kind, m: re.exec(s.text) })).filter((t) => t.m).sort((a, b) => a.m!.index - b.m!.index);
    const setting = SETTING.exec(s.text);
    const afterSetting = setting ? found.find((t) => t.m!.index > setting.index) : undefined;
    const told = (t: (typeof found)[number]) => t.kind === 'agreement' && (pairsAfter(spans, s, s.start + t.m!.index).length > 0 || BROKERED.test(s.text));
    for (const trigger of found.filter((t, i) => i === 0 || AGENT_TRIGGER.test(t.m![0]) || t === afterSetting || told(t))) {
    // Participants: the people and organizations of the trigger's clause; cited sources
    // ("according to X", outlets) and people inside quotes are not.
    const tPos = s.start + trigger.m!.index;
    let from = s.start;
    let to = s.end;
    for (const m of s.text.matchAll(new RegExp(CLAUSE_END.source, 'gi'))) {
      const at = s.start + m.index!;
      if (at < tPos) from = at + m[0].length;
      else if (at > tPos) {
        to = Math.min(to, at);
        break;
      }
    }
    const inQuote = (sp: EntitySpan) => {
      const before = s.text.slice(0, sp.start - s.start);
      return ((before.match(/[“"]/g) ?? []).length - (before.match(/[”]/g) ?? []).length) % 2 === 1;
    };
    let participants = spans
      .filter((sp) => sp.start >= from && sp.end <= to && sp.kind !== 'PLACE' && sp.rule !== 'mention.demonym' && orgKinds.get(sp.id) !== 'outlet' && !inQuote(sp))
      .map((sp) => sp.id);
    participants = [...new Set(participants)];
    // "X's visit ..., as talks with Y ...": the one met is named after "with" a meeting word, maybe past a clause break.
    if (MEETING_FAMILY.has(trigger.kind)) {
      for (const sp of spans) {
        if (sp.start < s.start || sp.end > s.end || sp.kind !== 'ACTOR' || inQuote(sp)) continue;
        if (/\b(?:talks|meeting|meetings|meet|meets|met|discussions|negotiations|summit)\s+with\s+$/i.test(s.text.slice(Math.max(0, sp.start - s.start - 30), sp.start - s.start))) participants.push(sp.id);
      }
      participants = [...new Set(participants)];
    }
    // An act of one party: its agent and what it falls on, when the trigger names them.
    if (AGENT_TRIGGER.test(trigger.m![0])) {
      const slice = (a: number, b: number) => s.text.slice(a - s.start, b - s.start);
      const tAbs = s.start + trigger.m!.index;
      const agent = agentBefore(spans, from, tAbs, slice);
      const patient = patientAfter(spans, tAbs + trigger.m![0].length, to, slice);
      let acting = [agent, patient].filter((sp): sp is EntitySpan => !!sp && !inQuote(sp)).map((sp) => sp.id);
      if (trigger.kind === 'announcement') {
        // An interview: who gave it (the clause's first person) and the outlets it was given to,
        // here ("with X") or in the next sentence ("told X").
        const speaker = spans.find((sp) => sp.start >= from && sp.end <= tAbs && sp.kind === 'ACTOR');
        const next = sentences[s.index + 1];
        const outlets = spans.filter(
          (sp) =>
            sp.kind === 'ORGANIZATION' &&
            ((sp.start >= tAbs && sp.end <= to && /\bwith\s+(?:the\s+)?$/i.test(slice(Math.max(s.start, sp.start - 10), sp.start))) ||
              (next && !next.heading && sp.start >= next.start && sp.end <= next.end && /\btold\s+(?:the\s+)?$/i.test(next.text.slice(Math.max(0, sp.start - next.start - 10), sp.start - next.start)))),
        );
        acting = [speaker, ...outlets].filter((sp): sp is EntitySpan => !!sp).map((sp) => sp.id);
      }
      // "X joined Y's strikes": X takes part too.
      const joined = agent && spans.find((sp) => sp.end <= agent.start && sp.start >= from && /^\s+joined\s+(?:the\s+)?$/i.test(slice(sp.end, agent.start)));
      if (joined) acting.push(joined.id);
      // "X's support and gestures, including recognition of Y": the act is the clause's first person's.
      if (PERSONAL_ACT.test(trigger.m![0])) {
        const doer = spans.find((sp) => sp.start >= from && sp.end <= tAbs && sp.kind === 'ACTOR' && !inQuote(sp));
        acting = doer ? [doer.id] : [];
      }
      if (trigger.kind !== 'attack' || acting.length > 0) participants = [...new Set(acting)];
    }
    // An agreement told by its broker, not its parties: the broker, the clause's first person.
    if (trigger.kind === 'agreement' && !pairsAfter(spans, s, tPos).length && BROKERED.test(s.text)) {
      const broker = spans.find((sp) => sp.start >= from && sp.end <= to && sp.kind === 'ACTOR' && !inQuote(sp));
      participants = broker ? [broker.id] : [];
    }
    // An election of a state ("X's elections", "Xian elections"): those of the clause who belong to it.
    if (trigger.kind === 'election') {
      const state = spans.filter((sp) => sp.end <= tPos && sp.start >= from && tPos - sp.end <= 30 && orgKinds.get(sp.id) === 'state').pop();
      const own = state ? ofState(participants, state.id, byId) : [];
      if (own.length) participants = own;
    }
    const people = participants.filter((p) => !orgKinds.has(p));
    if ((trigger.kind === 'meeting' || trigger.kind === 'visit') && people.length >= 2) participants = people;
    const text = s.text;
    const tAt = trigger.m!.index;
    const tEnd = tAt + trigger.m![0].length;
    // Wars and attacks are mostly told as what happened: only an auxiliary right before the
    // trigger ("will strike", "threatened to carry out strikes") puts one ahead.
    const reach = trigger.kind === 'war' || trigger.kind === 'attack' ? 25 : 50;
    const near = text.slice(Math.max(0, tAt - reach), Math.min(text.length, tEnd + 20));
    const date = nearestDate(dates, s, tAt, from, to);
    // Dates compare at the coarser precision of the two ("Feb 10" is not after "February").
    const cut = (d: string) => d.slice(0, Math.min(date?.date?.length ?? 10, published?.length ?? 10));
    const brokered = trigger.kind === 'agreement' && BROKERED.test(s.text);
    const status: EventStatus = CANCELLED.test(s.text.slice(from - s.start, to - s.start))
      ? 'CANCELLED'
      : // An agreement someone brokered ("he helped to broker", "the US-brokered truce") was made.
        PAST_TRIGGER.test(trigger.m![0]) || brokered
        ? 'HELD'
        : PLANNED_NEAR.test(near)
          ? 'PLANNED'
          : HELD_NEAR.test(near)
            ? 'HELD'
            : date?.date && published && cut(date.date) < cut(published)
              ? 'HELD'
              : date?.date && published && cut(date.date) > cut(published)
                ? 'PLANNED'
                : // One party's act named by its noun ("the X attack") is mostly told after it happened.
                  tenseOf(text) === 'PAST' || AGENT_TRIGGER.test(trigger.m![0])
                  ? 'HELD'
                  : 'PLANNED';
    // "The meeting", "the talks" with no date: the event the article is already on, not a new one.
    if (!date && /\b(the|this|that|his|their)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, tAt - 25), tAt)) && events.some((e) => MEETING_FAMILY.has(e.kind) && MEETING_FAMILY.has(trigger.kind))) continue;
    if (participants.length === 0) continue;
    if (participants.length < 2 && !brokered && !['attack', 'election', 'deadline', 'decision', 'war', 'other', 'announcement'].includes(trigger.kind)) continue;
    // An agreement is told by its parties: "a truce between X and Y", "X and Y signed".
    if (trigger.kind === 'agreement' && !/\b(between|signed|agreed)\b/i.test(s.text) && !BROKERED.test(s.text)) continue;
    // One trigger may tell several events: an agreement "between X and Y, as well as between
    // Z and W" is two; "elections between 2019 and 2021" one a year.
    const variants: Array<{ participants: string[]; date: string | null; precision: DraftEvent['datePrecision']; rule: string }> = [];
    const pairs = trigger.kind === 'agreement' ? pairsAfter(spans, s, tPos) : [];
    const span = trigger.kind === 'election' ? YEAR_SPAN.exec(s.text) : null;
    if (pairs.length) for (const p of pairs) variants.push({ participants: p, date: date?.date ?? fallbackDate.date, precision: date?.precision ?? fallbackDate.precision, rule: 'between' });
    else if (span && Number(span[2]) > Number(span[1]) && Number(span[2]) - Number(span[1]) <= 8) {
      for (let y = Number(span[1]); y <= Number(span[2]); y++) variants.push({ participants, date: String(y), precision: 'YEAR', rule: 'year-span' });
    } else variants.push({ participants, date: date?.date ?? fallbackDate.date, precision: date?.precision ?? fallbackDate.precision, rule: '' });
    for (const v of variants) {
    const participants = v.participants;
    const draft: DraftEvent = {
      id: '',
      new: true,
      name: '',
      kind: trigger.kind,
      status,
      date: v.date,
      datePrecision: v.precision,
      location: locationOf(s, spans),
      participants,
      evidence: evidenceOf(s, `event.${trigger.kind}-${status.toLowerCase()}${v.rule ? `.${v.rule}` : ''}`, v.date ? 0.7 : 0.5),
    };
    // The same event told again: same kind, agreeing dates, a participant in common.
    const sameKind = (a: string, b: string) => a === b || (MEETING_FAMILY.has(a) && MEETING_FAMILY.has(b));
    const same = events.find(
      (e) => sameKind(e.kind, draft.kind) && (e.date === draft.date || datesAgree(e.date, draft.date)) && (e.participants ?? []).filter((p) => participants.includes(p)).length >= Math.min(2, participants.length),
    );
    if (same) {
      same.participants = [...new Set([...(same.participants ?? []), ...participants])];
      same.location ??= draft.location;
      continue;
    }
    events.push(draft);
    }
    }
  }
  for (const e of events) {
    const names = (e.participants ?? []).slice(0, 3);
    const hit = matchCatalog(e, catalogEvents);
    if (hit) {
      Object.assign(e, { id: hit.id, new: false, name: hit.name });
    } else {
      e.name = `${names.join(' and ')} ${e.kind}`.replace(/-/g, ' ');
      e.id = slugify(`${names.slice(0, 2).join(' ')} ${e.kind} ${e.date ?? ''}`);
    }
    roles.set(e.id, new Map((e.participants ?? []).map((p) => [p, null])));
  }
  return { events, roles };
}
