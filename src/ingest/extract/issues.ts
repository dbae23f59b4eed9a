/**
 * Matching a stretch of text to the catalog's issues by their names, aliases and
 * descriptions: words cut to a five-letter stem (so "negotiations" meets "negotiating" and
 * "missiles" meets "missile"), weighted by how rare they are among the issues (a word every
 * Iran issue shares says little about which one), a name's words counting twice a
 * description's, and scaled by the share of the name's words the text holds (an issue named
 * by all its words beats one that merely shares a common word).
 */
import type { Catalog } from '../catalog.js';

const STOP = new Set(
  `a an the of to in on for and or but with by from at as is are was were be been being it its this that these those whether should must would could
  can may might will shall not no than then so such into over under about after before between against during including include includes other own
  their them they his her he she we our us you your which who whom what when where how why all any each more most some also only very much many
  has have had do does did done up down out off new old one two three first second part parts way ways topic umbrella question`.split(/\s+/),
);

/** A word as the matcher compares it. */
export const stem = (w: string) => {
  const x = w.toLowerCase().replace(/['’]s$/, '').replace(/[^a-z0-9]/g, '');
  return x.length > 5 ? x.slice(0, 5) : x;
};

export function words(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z'’-]*|\d+/g) ?? [])
    .flatMap((w) => w.split('-'))
    .filter((w) => w && !STOP.has(w.toLowerCase().replace(/['’]s$/, '')))
    .map(stem)
    .filter((w) => w.length > 1);
}

interface IndexedIssue {
  id: string;
  parent: string | null;
  name: Set<string>;
  description: Set<string>;
}

export interface IssueMatch {
  id: string;
  score: number;
  /** The stems of the text that matched the issue's name. */
  hits: string[];
}

/** The issues of a catalog, ready to match. */
export class IssueMatcher {
  private readonly issues: IndexedIssue[];
  private readonly idf = new Map<string, number>();
  private readonly byId = new Map<string, IndexedIssue>();
  private readonly names = new Map<string, string[]>();

  constructor(catalog: Catalog) {
    this.issues = catalog.entities
      .filter((e) => e.kind === 'ISSUE')
      .map((e) => ({
        id: e.id,
        parent: e.parent ?? null,
        name: new Set(words([e.name, ...e.aliases].join(' '))),
        description: new Set(words(e.description ?? '')),
      }));
    for (const i of this.issues) this.byId.set(i.id, i);
    for (const e of catalog.entities) if (e.kind === 'ISSUE') this.names.set(e.id, [e.name, ...e.aliases]);
    const df = new Map<string, number>();
    for (const i of this.issues) for (const w of new Set([...i.name, ...i.description])) df.set(w, (df.get(w) ?? 0) + 1);
    const n = Math.max(1, this.issues.length);
    for (const [w, d] of df) this.idf.set(w, Math.log(1 + n / d));
  }

  /** An issue's name and aliases. */
  namesOf(id: string): string[] {
    return this.names.get(id) ?? [];
  }

  /** Whether `ancestor` is `issue`'s parent, or its parent's, and so on (PART_OF). */
  isAncestor(ancestor: string, issue: string): boolean {
    let at = this.byId.get(issue)?.parent ?? null;
    for (let depth = 0; at && depth < 8; depth++) {
      if (at === ancestor) return true;
      at = this.byId.get(at)?.parent ?? null;
    }
    return false;
  }

  /**
   * The matches with every issue that a more specific matched one is part of left out (the
   * war gives way to its ceasefire phase when the words name both, the phase by a word of its
   * own): `share` is how close to the broader issue's score the narrower one must come.
   */
  narrowest(matches: IssueMatch[], share = 0.5): IssueMatch[] {
    // The narrower must be named by a word of its own ("phase", "disarmament"), not only by the broader's.
    const ownWord = (n: IssueMatch, m: IssueMatch) => n.hits.some((h) => !m.hits.includes(h));
    return matches.filter((m) => !matches.some((n) => n !== m && n.score >= share * m.score && this.isAncestor(m.id, n.id) && ownWord(n, m)));
  }

  /**
   * The issues `text` is about, best first: at least one word of the issue's name or two of
   * its description, and a score above `min`.
   */
  match(text: string, min = 2.5): IssueMatch[] {
    const ws = new Set(words(text));
    const scored: IssueMatch[] = [];
    for (const i of this.issues) {
      let score = 0;
      let nameHits = 0;
      let descHits = 0;
      const hits: string[] = [];
      for (const w of ws) {
        const idf = this.idf.get(w) ?? 0;
        if (i.name.has(w)) {
          score += 2 * idf;
          nameHits++;
          hits.push(w);
        } else if (i.description.has(w)) {
          score += idf;
          descHits++;
        }
      }
      // A share of the name's words found: an issue named by all its words beats one that
      // merely shares a common word.
      score *= 0.5 + (nameHits / Math.max(1, i.name.size)) * 0.5;
      // One word of a longer name alone ("war") is too little: a second word of the name or
      // of the description must agree.
      const enough = nameHits >= 2 || (nameHits === 1 && (descHits >= 1 || i.name.size <= 2)) || descHits >= 2;
      if (enough && score >= min) scored.push({ id: i.id, score: Math.round(score * 100) / 100, hits });
    }
    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return scored;
  }
}
