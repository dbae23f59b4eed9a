/**
 * Posts given beside a name, which make an affiliation proposal and the title of a new
 * person: "Iran's foreign minister, Abbas Araghchi" (organization's post, name), "David
 * Varga, a researcher at the Halden Institute" (name, post at organization), "US
 * special envoy Tom Reyes" (country or organization, post, name), "Jane Doe, the
 * group's spokeswoman" (name, organization's post).
 */
import type { Catalog } from '../catalog.js';
import type { DraftAffiliation } from '../draft.js';
import { evidenceOf } from './evidence.js';
import { ROLE_HEADS, ROLE_MODIFIERS } from './lexicon.js';
import { escapeRegExp, type EntitySpan } from './mentions.js';
import type { Sentence } from './text.js';
import { countryNames } from './titles.js';

const MODS = `(?:(?:${ROLE_MODIFIERS.join('|')})\\s+)*`;
const HEADS = `(?:${[...ROLE_HEADS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
/** A post: modifiers, a head, and "of/to X" after it. */
const ROLE = `(${MODS}${HEADS}(?:\\s+(?:of|to)\\s+(?:the\\s+)?[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)*)?)`;

export interface Apposition {
  person: string;
  organization: string | null;
  role: string;
  rule: string;
}

/** Finds the organization a word before a post stands for: a mention ending there, or a country adjective. */
function orgBefore(spans: EntitySpan[], text: string, at: number, states: Map<string, string>): string | null {
  const span = spans.find((s) => s.kind !== 'PLACE' && s.end <= at && at - s.end <= 3 && /^(['’]s)?\s*$/.test(text.slice(s.end, at)));
  if (span) return span.id;
  const word = /([A-Z][\w.]*)\s*$/.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  if (!word) return null;
  for (const n of countryNames(word)) if (states.get(n)) return states.get(n)!;
  return null;
}

/** Affiliations and titles from appositions, for every person span. */
export function findAppositions(
  text: string,
  sentences: Sentence[],
  spans: EntitySpan[],
  people: Set<string>,
  catalog: Catalog,
): { affiliations: DraftAffiliation[]; titles: Map<string, string> } {
  const states = new Map<string, string>();
  for (const e of catalog.entities) if (e.kind === 'ORGANIZATION' && e.orgKind === 'state') for (const n of [e.name, ...e.aliases]) states.set(n.toLowerCase(), e.id);
  for (const s of spans) if (s.kind === 'ORGANIZATION' || s.kind === 'PLACE') states.set(s.text.toLowerCase(), states.get(s.text.toLowerCase()) ?? s.id);
  const affiliations: DraftAffiliation[] = [];
  const titles = new Map<string, string>();
  const seen = new Set<string>();
  const add = (sentence: Sentence, a: Apposition) => {
    const role = a.role.replace(/\s+/g, ' ').trim();
    if (!titles.has(a.person)) titles.set(a.person, role);
    if (!a.organization || a.organization === a.person) return;
    const key = `${a.person}|${a.organization}`;
    if (seen.has(key)) return;
    seen.add(key);
    affiliations.push({ actor: a.person, organization: a.organization, role, evidence: evidenceOf(sentence, a.rule, 0.75) });
  };
  for (const sentence of sentences) {
    if (sentence.heading) continue;
    const inside = spans.filter((s) => s.start >= sentence.start && s.end <= sentence.end);
    for (const p of inside.filter((s) => people.has(s.id))) {
      const before = sentence.text.slice(0, p.start - sentence.start);
      const after = sentence.text.slice(p.end - sentence.start);
      // ORG's post, NAME  /  ORG post NAME  (with an honorific allowed before NAME)
      const pre = new RegExp(`(?:^|[\\s(])${ROLE}\\s*,?\\s*(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?$`, 'i').exec(before);
      if (pre) {
        const roleAt = sentence.start + pre.index! + pre[0].indexOf(pre[1]!);
        const org = orgBefore(inside, text, roleAt, states);
        add(sentence, { person: p.id, organization: org, role: pre[1]!, rule: org ? 'affiliation.apposition-before' : 'title.apposition-before' });
        continue;
      }
      // NAME, a post at/of ORG  /  NAME, ORG's post
      const post = new RegExp(`^\\s*,\\s*(?:a|an|the)?\\s*${ROLE}\\s+(?:at|of|for|with|in)\\s+(?:the\\s+)?`, 'i').exec(after);
      if (post) {
        const orgAt = p.end + post[0].length;
        const org = inside.find((s) => s.start === orgAt && s.kind !== 'ACTOR');
        add(sentence, { person: p.id, organization: org?.id ?? null, role: post[1]!, rule: org ? 'affiliation.apposition-after' : 'title.apposition-after' });
        continue;
      }
      const possessive = /^\s*,\s*(?:the\s+)?/.exec(after);
      if (possessive) {
        const orgAt = p.end + possessive[0].length;
        const org = inside.find((s) => s.start === orgAt && s.kind !== 'ACTOR');
        const role = org ? new RegExp(`^['’]s\\s+${ROLE}`, 'i').exec(text.slice(org.end, sentence.end)) : null;
        if (org && role) add(sentence, { person: p.id, organization: org.id, role: role[1]!, rule: 'affiliation.apposition-possessive' });
      }
    }
  }
  return { affiliations, titles };
}
