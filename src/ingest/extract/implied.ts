/**
 * Entities a text names without their names: a state by its people's adjective ("Iranian
 * proxies" names Iran, "former Peruvian president" Peru), a person inside an organization's
 * name ("the Reyes administration" names Reyes), and the body a known person holds a post in
 * when the text gives that post ("Prime Minister X" names the government X is prime minister
 * of, per the catalog's affiliations; the affiliation is proposed too).
 */
import type { Catalog } from '../catalog.js';
import type { DraftAffiliation } from '../draft.js';
import { evidenceOf } from './evidence.js';
import { DEMONYMS } from './lexicon.js';
import { escapeRegExp, type EntitySpan } from './mentions.js';
import type { Sentence } from './text.js';
import { countryNames } from './titles.js';

const DEMONYM_SHAPE = new RegExp(`\\b(?:[A-Z][a-z]+(?:i|ian|ean|ese|ish)|${Object.keys(DEMONYMS).filter((k) => /^[a-z]+$/.test(k) && k.length > 3).map((k) => k[0]!.toUpperCase() + k.slice(1)).join('|')})\\b`, 'g');

/** States named by their adjective. */
export function demonymMentions(text: string, states: Map<string, string>, taken: EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const m of text.matchAll(DEMONYM_SHAPE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    const id = countryNames(m[0]).slice(1).map((n) => states.get(n)).find(Boolean);
    if (id) out.push({ start, end, text: m[0], id, kind: 'ORGANIZATION', rule: 'mention.demonym', confidence: 0.6 });
  }
  return out;
}

/** People whose surname is inside an organization's mention ("Reyes administration"). */
export function peopleInsideNames(catalog: Catalog, spans: EntitySpan[]): EntitySpan[] {
  const surnames = new Map<string, string[]>();
  for (const e of catalog.entities) if (e.kind === 'ACTOR') {
    const last = e.name.split(/\s+/).pop()!;
    surnames.set(last, [...(surnames.get(last) ?? []), e.id]);
  }
  const out: EntitySpan[] = [];
  for (const s of spans) {
    if (s.kind !== 'ORGANIZATION') continue;
    for (const w of s.text.split(/[\s’']+/)) {
      const ids = surnames.get(w);
      if (ids?.length === 1) out.push({ start: s.start + s.text.indexOf(w), end: s.start + s.text.indexOf(w) + w.length, text: w, id: ids[0]!, kind: 'ACTOR', rule: 'mention.inside-name', confidence: 0.6 });
    }
  }
  return out;
}

/** Bodies named by a known person's post, and the affiliations that post confirms. */
export function postsOfKnownPeople(text: string, sentences: Sentence[], catalog: Catalog, spans: EntitySpan[]): { mentions: EntitySpan[]; affiliations: DraftAffiliation[] } {
  const byId = new Map(catalog.entities.map((e) => [e.id, e]));
  const mentions: EntitySpan[] = [];
  const affiliations: DraftAffiliation[] = [];
  const seen = new Set<string>();
  for (const s of spans) {
    const actor = byId.get(s.id);
    if (!actor || actor.kind !== 'ACTOR') continue;
    const around = text.slice(Math.max(0, s.start - 40), s.end);
    for (const a of actor.affiliations ?? []) {
      if (!a.role || !new RegExp(`\\b${escapeRegExp(a.role)}\\b`, 'i').test(around)) continue;
      const org = byId.get(a.organization);
      if (!org) continue;
      const sentence = sentences.find((x) => x.start <= s.start && s.start < x.end);
      if (org.orgKind === 'government') mentions.push({ start: s.start, end: s.end, text: s.text, id: org.id, kind: 'ORGANIZATION', rule: 'mention.post', confidence: 0.5 });
      const key = `${actor.id}|${org.id}`;
      if (sentence && !seen.has(key)) {
        seen.add(key);
        affiliations.push({ actor: actor.id, organization: org.id, role: a.role, evidence: evidenceOf(sentence, 'affiliation.known-post', 0.6) });
      }
    }
  }
  return { mentions, affiliations };
}
