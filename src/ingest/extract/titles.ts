/**
 * Titles that stand for a person: "the president", "the Israeli leader", "the former Syrian
 * president". A title names someone when exactly one known person fits it (their title or
 * the roles of their affiliations hold the post, their country matches the adjective); when
 * several fit, the one mentioned last before it, as a reader would take it.
 */
import type { Catalog } from '../catalog.js';
import { DEMONYMS, LEADER_POSTS, ROLE_HEADS } from './lexicon.js';
import { escapeRegExp, type EntitySpan } from './mentions.js';

/** What a person is known as: posts and the countries they serve. */
export interface PersonProfile {
  id: string;
  posts: string[];
  countries: string[];
}

/** Profiles of the catalog's people, from their titles and affiliations. */
export function profiles(catalog: Catalog): PersonProfile[] {
  const byId = new Map(catalog.entities.map((e) => [e.id, e]));
  const statesOf = (orgId: string): string[] => {
    const out: string[] = [];
    for (let o = byId.get(orgId), depth = 0; o && depth < 5; o = o.parent ? byId.get(o.parent) : undefined, depth++) {
      if (o.orgKind === 'state') out.push(o.name.toLowerCase());
      if (o.country) out.push(o.country.toLowerCase());
    }
    return out;
  };
  return catalog.entities
    .filter((e) => e.kind === 'ACTOR')
    .map((e) => {
      const posts = [e.title ?? '', ...(e.affiliations ?? []).map((a) => a.role ?? '')].filter(Boolean).map((p) => p.toLowerCase());
      const countries = (e.affiliations ?? []).flatMap((a) => statesOf(a.organization));
      // "Prime Minister of Chile", "US special envoy": the title names the country too.
      for (const p of posts) {
        const of = /\b(?:of|to)\s+(.+)$/.exec(p)?.[1];
        if (of) countries.push(of.replace(/^the\s+/, ''));
        const adj = /^(\S+)\s/.exec(p)?.[1];
        if (adj) countries.push(...countryNames(adj));
      }
      return { id: e.id, posts, countries };
    });
}

/** The country names a word may stand for: "Chilean" and "Chile" for chile, "US" for united states. */
export function countryNames(word: string): string[] {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const out = [w];
  if (DEMONYMS[w]) out.push(DEMONYMS[w]);
  for (const suffix of ['ian', 'an', 'n', 'i', 'ese', 'ish']) if (w.endsWith(suffix) && w.length - suffix.length >= 4) out.push(w.slice(0, -suffix.length));
  return out;
}

/** Whether a person's countries include one the adjective may name ("Israeli" fits israel). */
export function fitsCountry(p: PersonProfile, adjective: string): boolean {
  const names = countryNames(adjective);
  return p.countries.some((c) => names.some((n) => c === n || (n.length >= 4 && c.startsWith(n))));
}

const POSTS = [...new Set([...LEADER_POSTS, ...ROLE_HEADS])].sort((a, b) => b.length - a.length);
const TITLE = new RegExp(
  `\\b[Tt]he\\s+(?:(former|outgoing)\\s+)?(?:([A-Z][\\w.]*)\\s+)?(${POSTS.map(escapeRegExp).join('|')})\\b(?!\\s+(?:of|to)\\b)`,
  'g',
);

const holds = (p: PersonProfile, post: string) =>
  post === 'leader' ? p.posts.some((x) => LEADER_POSTS.some((l) => x.includes(l))) : p.posts.some((x) => new RegExp(`\\b${escapeRegExp(post)}\\b`).test(x));

/**
 * Title mentions in `text` not already covered by `taken` (names and aliases found before),
 * resolved to the one person who fits, or to the last mentioned of several.
 */
export function findTitles(text: string, people: PersonProfile[], taken: EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  const overlaps = (s: number, e: number) => taken.some((t) => t.start < e && s < t.end);
  for (const m of text.matchAll(TITLE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const [, former, adjective, post] = m;
    const fits = people.filter(
      (p) =>
        holds(p, post!) &&
        Boolean(former) === p.posts.some((x) => x.includes('former')) &&
        (!adjective || fitsCountry(p, adjective)),
    );
    let id: string | undefined;
    let confidence = 0.8;
    if (fits.length === 1) id = fits[0]!.id;
    else if (fits.length > 1) {
      const ids = new Set(fits.map((f) => f.id));
      const before = taken.filter((t) => t.end <= start && ids.has(t.id)).pop();
      id = before?.id;
      confidence = 0.6;
    }
    if (id) out.push({ start, end, text: m[0], id, kind: 'ACTOR', rule: adjective ? 'mention.title-country' : 'mention.title', confidence });
  }
  return out;
}
