/**
 * Events: meetings, talks, visits, strikes, attacks, wars, elections, deadlines and
 * decisions, found by their nouns and verbs. Each gets the sentence's date, a location ("in
 * Oman", "at the White House"), its participants (the people and organizations the sentence
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
];

const CANCELLED = /\b(called off|cancell?ed|scrapped|postponed indefinitely|abandoned)\b/i;
const PLANNED = /\b(will|is set to|are set to|scheduled|is due|are due|plans? to|planning|upcoming|is expected to|are expected to|prepares? to|preparing to|ahead of|to meet|next|could|would)\b/i;
const HELD = /\b(met|held|hosted|visited|took place|struck|attacked|launched|concluded|signed|was|were|had been|arrived|authori[sz]ed|approved|joined|ended)\b/i;

/** Where: "in Oman", "at the White House", "in Washington". */
function locationOf(sentence: Sentence, spans: EntitySpan[]): string | null {
  const m = /\b(?:in|at)\s+(?:the\s+)?((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)*)/.exec(sentence.text);
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

/** Whether a catalog event is the draft event: dates agree (or both undated) and participants overlap. */
function matchCatalog(draft: DraftEvent, catalog: CatalogEntity[]): CatalogEntity | undefined {
  const parts = new Set(draft.participants ?? []);
  let best: CatalogEntity | undefined;
  let bestShared = 0;
  for (const e of catalog) {
    const shared = (e.attendees ?? []).filter((a) => parts.has(a)).length;
    const need = Math.min(2, (e.attendees ?? []).length || 2);
    const dated = draft.date && e.date ? datesAgree(draft.date, e.date.slice(0, draftLength(e))) : !draft.date && !e.date && e.kind === 'EVENT';
    if (shared >= need && dated && shared > bestShared) [best, bestShared] = [e, shared];
  }
  return best;
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
): FoundEvents {
  const events: DraftEvent[] = [];
  const roles = new Map<string, Map<string, string | null>>();
  const catalogEvents = catalog.entities.filter((e) => e.kind === 'EVENT');
  for (const s of sentences) {
    if (s.heading) continue;
    const trigger = TRIGGERS.map(([kind, re]) => ({ kind, m: re.exec(s.text) })).filter((t) => t.m).sort((a, b) => a.m!.index - b.m!.index)[0];
    if (!trigger) continue;
    // Cited sources ("according to X", outlets) and people inside quotes are not participants.
    const cut = /\b(according to|reported|told|said)\b/i.exec(s.text);
    const limit = cut && cut.index > trigger.m!.index ? s.start + cut.index : s.end;
    const inQuote = (sp: EntitySpan) => {
      const before = s.text.slice(0, sp.start - s.start);
      return ((before.match(/[“"]/g) ?? []).length - (before.match(/[”]/g) ?? []).length) % 2 === 1;
    };
    let participants = spans
      .filter((sp) => sp.start >= s.start && sp.end <= limit && sp.kind !== 'PLACE' && orgKinds.get(sp.id) !== 'outlet' && !inQuote(sp))
      .map((sp) => sp.id);
    participants = [...new Set(participants)];
    const people = participants.filter((p) => !orgKinds.has(p));
    if ((trigger.kind === 'meeting' || trigger.kind === 'visit') && people.length >= 2) participants = people;
    const date = dates.find((d) => d.sentence === s.index && d.date);
    const text = s.text;
    const status: EventStatus = CANCELLED.test(text)
      ? 'CANCELLED'
      : PLANNED.test(text.slice(0, trigger.m!.index + trigger.m![0].length + 40)) && !/\b(met|held|hosted)\b/i.test(trigger.m![0])
        ? 'PLANNED'
        : HELD.test(text) || tenseOf(text) === 'PAST'
          ? 'HELD'
          : 'PLANNED';
    // "The meeting" with no one named: the event the article is already on.
    if (participants.length === 0) {
      const prev = events[events.length - 1];
      if (prev && /\b(the|this|that)\s+\w*\s*$/i.test(text.slice(0, trigger.m!.index))) {
        prev.participants = prev.participants ?? [];
      }
      continue;
    }
    if (participants.length < 2 && !['attack', 'election', 'deadline', 'decision', 'war'].includes(trigger.kind)) continue;
    const draft: DraftEvent = {
      id: '',
      new: true,
      name: '',
      kind: trigger.kind,
      status,
      date: date?.date ?? fallbackDate.date,
      datePrecision: date?.precision ?? fallbackDate.precision,
      location: locationOf(s, spans),
      participants,
      evidence: evidenceOf(s, `event.${trigger.kind}-${status.toLowerCase()}`, date ? 0.7 : 0.5),
    };
    // The same event told again: same kind, agreeing dates, a participant in common.
    const same = events.find(
      (e) => e.kind === draft.kind && (e.date === draft.date || datesAgree(e.date, draft.date)) && (e.participants ?? []).some((p) => participants.includes(p)),
    );
    if (same) {
      same.participants = [...new Set([...(same.participants ?? []), ...participants])];
      same.location ??= draft.location;
      continue;
    }
    events.push(draft);
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
