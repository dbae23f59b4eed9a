/**
 * New entity candidates: runs of capitalised proper nouns that no catalog name covers,
 * classified as a person, an organization or a place by the words around and inside them
 * (an honorific or a post before a name, "Foundation" or "Council" inside one, "in" before a
 * place), with a proposed slug. A later mention by surname ("Reyes" after "Tom Reyes") or
 * with an honorific joins the first.
 */
import type { DraftEntity } from '../draft.js';
import { EVENT_WORDS, HONORIFICS, NOT_NAMES, ORG_AFTER, ORG_WORDS, PLACE_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon.js';
import type { EntitySpan } from './mentions.js';
import type { Sentence, Token } from './text.js';
import { evidenceOf } from './evidence.js';

/** `abbas-araghchi`: lower case, accents dropped, anything else a hyphen. */
export function slugify(name: string): string {
  return name
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const HONORIFIC = new Set(HONORIFICS.map((h) => h.replace(/\.$/, '')));
const HEAD_WORDS = new Set([...ROLE_HEADS.filter((r) => !r.includes(' ')), 'prime', 'vice']);
const ROLE_WORDS = new Set([...HEAD_WORDS, ...ROLE_MODIFIERS, 'finance', 'foreign', 'defence', 'defense', 'interior']);
const CONNECTORS = new Set(['of', 'al', 'bin', 'ibn', 'de', 'la', 'von', 'van', 'der', 'for', 'and', '&']);
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'at', 'near', 'across', 'into', 'towards', 'toward', 'via']);

const isCapital = (t: Token) => (/^[A-Z][\w'’.-]*$/.test(t.value) && !/^[A-Z]\.?$/.test(t.value)) || /^(al|el|bin|ibn|abu|de|van|von)-[A-Z]/.test(t.value);
/** "US-Iran", "Israeli-Palestinian": two names joined as an adjective, not a name. */
const isCompound = (t: Token) => /^[A-Z][\w.]*-[A-Z]/.test(t.value);
const bare = (v: string) => v.replace(/['’]s$/, '').replace(/[.,]$/, '');

interface Run {
  tokens: Token[];
  sentence: Sentence;
  /** The word before the run, lower case. */
  before: string;
  /** An honorific or post dropped from its front. */
  titled: boolean;
  after: Token[];
}

function runsOf(sentence: Sentence, taken: EntitySpan[]): Run[] {
  const runs: Run[] = [];
  const covered = (t: Token) => taken.some((s) => s.start < t.end && t.start < s.end);
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapital(t) || covered(t)) continue;
    let j = i;
    const run: Token[] = [];
    while (j < tokens.length) {
      const u = tokens[j]!;
      if (isCapital(u) && !covered(u)) run.push(u);
      else if (CONNECTORS.has(u.value.toLowerCase()) && run.length && tokens[j + 1] && (isCapital(tokens[j + 1]!) || tokens[j + 1]!.value === '-') && !covered(tokens[j + 1]!)) run.push(u);
      else if (u.value === '-' && run.length && tokens[j + 1] && isCapital(tokens[j + 1]!)) run.push(u);
      else break;
      j++;
      if (/['’]s$/.test(u.value) || tokens[j]?.value === "'s" || tokens[j]?.value === '’s') break; // a possessive ends a name
    }
    // Leading honorifics and posts say "a person follows"; they are not part of the name.
    let titled = false;
    while (run.length > 1 && (HONORIFIC.has(run[0]!.value.replace(/\.$/, '')) || ROLE_WORDS.has(run[0]!.value.toLowerCase()) || run[0]!.value === 'The' || (titled && run[0]!.value === 'of' && run.length > 2))) {
      if (HEAD_WORDS.has(run[0]!.value.toLowerCase()) || HONORIFIC.has(run[0]!.value.replace(/\.$/, ''))) titled = true;
      if (run[0]!.value === 'of') run.shift(); // "Secretary of State": the post's object goes too
      run.shift();
    }
    while (run.length && CONNECTORS.has(run[run.length - 1]!.value.toLowerCase())) run.pop();
    if (run.length) {
      const k = tokens.indexOf(run[0]!);
      const prev = bare(tokens[k - 1]?.value ?? '');
      runs.push({ tokens: run, sentence, before: prev.toLowerCase(), titled: titled || HONORIFIC.has(prev) || HEAD_WORDS.has(prev.toLowerCase()), after: tokens.slice(tokens.indexOf(run[run.length - 1]!) + 1, tokens.indexOf(run[run.length - 1]!) + 4) });
    }
    i = Math.max(i, j - 1);
  }
  return runs;
}

interface Classified {
  kind: 'ACTOR' | 'ORGANIZATION' | 'PLACE';
  orgKind: string | null;
  rule: string;
  confidence: number;
  /** A lower-case noun after the run that belongs to the name ("Biden administration"). */
  extend?: string;
  /** The lower-case word before the run belongs to the name ("security Cabinet"). */
  prefix?: boolean;
}

function classify(run: Run): Classified | undefined {
  const words = run.tokens.map((t) => bare(t.value));
  const lower = words.map((w) => w.toLowerCase());
  const first = run.tokens[0]!;
  if (words.every((w) => NOT_NAMES.has(w) || ROLE_WORDS.has(w.toLowerCase()))) return undefined;
  // A sentence's first word is capitalised anyway: it only counts when tagged a proper noun.
  if (first.start === run.sentence.start && run.tokens.length === 1 && first.pos !== 'PROPN') return undefined;
  if (!run.tokens.some((t) => t.pos === 'PROPN' || /^[A-Z]{2,}$/.test(t.value))) return undefined;
  if (run.tokens.length === 1 && (isCompound(first) || /^([A-Z]\.)+[A-Z]?\.?$/.test(first.value))) return undefined;
  // "Israeli hostages", "Yemeni forces": a people's adjective, not a name.
  if (run.tokens.length === 1 && /(i|ian|ean|ese|ish)$/.test(words[0]!) && /^[a-z]/.test(run.after[0]?.value ?? '')) return undefined;
  if (run.tokens.length === 1 && /(i|ian|ean|ese|ish)$/.test(words[0]!) && first.pos === 'ADJ') return undefined;
  if (lower.some((w) => EVENT_WORDS.has(w))) return undefined;
  if (run.tokens[run.tokens.length - 1]!.pos === 'ADJ') return undefined; // "Middle Eastern"
  if (/(i|ian|ean|ese|ish|can|ern)$/.test(words[words.length - 1]!) && /^[a-z]/.test(run.after[0]?.value ?? '')) return undefined; // "Trumpist American right"
  // "Israeli-Palestinian": two capitalised words joined by a hyphen make an adjective.
  if (run.tokens.some((t, i) => t.value === '-' && i > 0 && /^[A-Z]/.test(run.tokens[i - 1]!.value) && /^[A-Z]/.test(run.tokens[i + 1]?.value ?? ''))) return undefined;
  const nextWord = run.after[0]?.value.toLowerCase() ?? '';
  if (ORG_AFTER[nextWord] && !/['’]s$/.test(run.tokens[run.tokens.length - 1]!.value)) return { kind: 'ORGANIZATION', orgKind: ORG_AFTER[nextWord]!, rule: 'entity.org-noun-after', confidence: 0.6, extend: ['administration', 'government', 'ministry', 'cabinet', 'party', 'campaign'].includes(nextWord) ? run.after[0]!.value : undefined };
  // The last word is the head of a name: "Northern Fisheries Institute" is an institute.
  const head = lower[lower.length - 1]!;
  const placeFirst = PLACE_WORDS.has(head) || (!ORG_WORDS[head] && lower.some((w) => PLACE_WORDS.has(w)));
  if (placeFirst && run.tokens.length > 1) return { kind: 'PLACE', orgKind: null, rule: 'entity.place-word', confidence: 0.7 };
  const orgWord = ORG_WORDS[head] ? head : lower.find((w) => ORG_WORDS[w]);
  // "security Cabinet", "foreign Ministry": a capitalised body after a lower-case modifier.
  if (orgWord && run.tokens.length === 1 && /^[a-z]+$/.test(run.before) && first.start !== run.sentence.start) {
    return { kind: 'ORGANIZATION', orgKind: ORG_WORDS[orgWord]!, rule: 'entity.org-word', confidence: 0.55, prefix: true };
  }
  if (orgWord && run.tokens.length > 1) return { kind: 'ORGANIZATION', orgKind: ORG_WORDS[orgWord]!, rule: 'entity.org-word', confidence: 0.75 };
  if (lower.some((w) => PLACE_WORDS.has(w)) && run.tokens.length > 1) return { kind: 'PLACE', orgKind: null, rule: 'entity.place-word', confidence: 0.7 };
  if (run.titled && run.tokens.length <= 4) return { kind: 'ACTOR', orgKind: null, rule: 'entity.titled-name', confidence: 0.85 };
  const next = run.after.map((t) => t.value.toLowerCase());
  if (run.tokens.length === 1 && /^[A-Z]{2,}$/.test(first.value)) return { kind: 'ORGANIZATION', orgKind: null, rule: 'entity.acronym', confidence: 0.6 };
  if (PLACE_PREPOSITIONS.has(run.before) && run.tokens.length <= 3) return { kind: 'PLACE', orgKind: null, rule: 'entity.place-preposition', confidence: 0.6 };
  if (run.tokens.length >= 2 && run.tokens.length <= 4 && run.tokens.every((t) => t.pos === 'PROPN' || CONNECTORS.has(t.value.toLowerCase()) || t.value === '-')) {
    const person = (next[0] === ',' && /^(a|an|the|who)$/.test(next[1] ?? '')) || /^(said|says|told|added|wrote)$/.test(next[0] ?? '');
    return { kind: 'ACTOR', orgKind: null, rule: person ? 'entity.name-apposition' : 'entity.proper-name', confidence: person ? 0.8 : 0.55 };
  }
  if (run.tokens.length === 1 && /^(reported|said|says|wrote)$/.test(next[0] ?? '')) return { kind: 'ORGANIZATION', orgKind: 'outlet', rule: 'entity.reporting-org', confidence: 0.55 };
  // "the Kurds", "the Druze": a people or a movement named in the plural.
  if (run.tokens.length === 1 && run.before === 'the' && /[a-z]s$/.test(first.value) && first.pos === 'PROPN') return { kind: 'ORGANIZATION', orgKind: 'other', rule: 'entity.plural-group', confidence: 0.5 };
  return undefined;
}

/** New entities and their mentions, from the sentences of running text. */
export function findCandidates(sentences: Sentence[], taken: EntitySpan[], known: Set<string>): { entities: DraftEntity[]; spans: EntitySpan[] } {
  const byId = new Map<string, DraftEntity>();
  const spans: EntitySpan[] = [];
  const pending: Run[] = [];
  for (const s of sentences) {
    if (s.heading) continue;
    for (const run of runsOf(s, taken)) {
      const c = classify(run);
      if (!c) {
        pending.push(run);
        continue;
      }
      if (run.sentence.list && c.rule === 'entity.proper-name') continue; // table cells and bullets in Title Case
      const k = run.sentence.tokens.indexOf(run.tokens[0]!);
      const start = c.prefix ? run.sentence.tokens[k - 1]!.start : run.tokens[0]!.start;
      let end = run.tokens[run.tokens.length - 1]!.end;
      if (c.extend) end = run.after[0]!.end;
      const name = bare(s.text.slice(start - s.start, end - s.start)).replace(/^[a-z]/, (x) => x);
      const id = slugify(name);
      if (!id || known.has(id)) continue;
      const span: EntitySpan = { start, end: start + name.length, text: name, id, kind: c.kind, rule: c.rule, confidence: c.confidence };
      const entity = byId.get(id);
      if (entity) entity.mentions.push({ start, end: span.end, text: name });
      else {
        byId.set(id, { id, kind: c.kind, name, new: true, mentions: [{ start, end: span.end, text: name }], title: null, orgKind: c.orgKind, evidence: evidenceOf(s, c.rule, c.confidence) });
      }
      spans.push(span);
    }
  }
  // An acronym of a proposed name is that name ("WHO" after "World Health Organization").
  for (const e of [...byId.values()]) {
    if (!/^[A-Z]{2,6}$/.test(e.name)) continue;
    const full = [...byId.values()].find((o) => o !== e && o.name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('') === e.name);
    if (!full) continue;
    full.mentions.push(...e.mentions);
    byId.delete(e.id);
    for (const sp of spans) if (sp.id === e.id) Object.assign(sp, { id: full.id, kind: full.kind });
  }
  // A surname alone (or after an honorific) refers to a person already proposed.
  const people = [...byId.values()].filter((e) => e.kind === 'ACTOR' && e.name.includes(' '));
  for (const run of pending) {
    if (run.tokens.length !== 1) continue;
    const word = bare(run.tokens[0]!.value);
    const owners = people.filter((p) => p.name.split(/\s+/).pop() === word);
    if (owners.length !== 1) continue;
    const start = run.tokens[0]!.start;
    owners[0]!.mentions.push({ start, end: start + word.length, text: word });
    spans.push({ start, end: start + word.length, text: word, id: owners[0]!.id, kind: 'ACTOR', rule: 'mention.surname', confidence: 0.75 });
  }
  // A one-word organization or place that is the surname of a proposed person is that person.
  for (const e of [...byId.values()]) {
    if (e.name.includes(' ')) continue;
    const owner = people.filter((p) => p.name.split(/\s+/).pop() === e.name);
    if (owner.length !== 1) continue;
    owner[0]!.mentions.push(...e.mentions);
    byId.delete(e.id);
    for (const s of spans) if (s.id === e.id) Object.assign(s, { id: owner[0]!.id, kind: 'ACTOR' });
  }
  for (const e of byId.values()) e.mentions.sort((a, b) => a.start - b.start);
  return { entities: [...byId.values()], spans: spans.sort((a, b) => a.start - b.start) };
}
