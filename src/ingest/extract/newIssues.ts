/**
 * New issues: what a stance cue governs may be a question the graph does not hold yet ("has
 * long resisted eventual Palestinian statehood", "floated the relocation of X"). Its noun
 * phrase is then proposed as a new issue (kind ISSUE, `new: true`), and the stance is on it;
 * the ingest's proposals make the stance depend on the issue's proposal (proposals.ts), as a
 * stance by a new actor depends on the actor's.
 *
 * The phrase is read from wink's parts of speech: adjectives and nouns up to a noun, with one
 * "of" complement ("relocation of villagers"); a head that says how rather than what
 * ("the prospect for", "efforts to", "steps toward") gives way to its complement; and words
 * that grade rather than name ("eventual", "further", "controversial") are left out.
 */
import type { Span } from '../draft.js';
import { slugify } from './candidates.js';
import type { EntitySpan } from './mentions.js';
import type { Sentence, Token } from './text.js';

/** Heads that say how or how much, not what: their complement (of, for, on, to, toward) is the issue. */
const GENERIC = new Set(
  `prospect prospects possibility possibilities idea ideas question questions issue issues matter matters effort efforts step steps measure measures
  plan plans proposal proposals push call calls demand demands move moves way ways part parts kind sort form level degree range notion vision
  stance position approach push-back pressure support backing progress talk need needs goal goals aim aims hope hopes chance chances prospect
  terms set series number lot deal deals arrangement arrangements framework agreement agreements something anything everything action actions`.split(/\s+/),
);

/** Adjectives that grade or date a thing rather than name it. */
const GRADING = new Set(
  `eventual further broader broad new possible controversial robust firm firmer any some significant deeper deep renewed greater more full final narrow
  narrower wider wide such potential future current ongoing major key strong stronger tough tougher better best high-stakes fragile clear own other
  same little big small large long short recent immediate urgent serious real genuine certain specific various several many much whole entire
  complete total partial gradual`.split(/\s+/),
);

const CONTENT = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** A noun phrase a cue governs, as proposed for a new issue. */
export interface IssuePhrase {
  /** As the issue's name: the words of the text, the first capitalised. */
  name: string;
  /** Its slug, the proposed issue's id. */
  id: string;
  /** The head noun, lower case. */
  head: string;
  /** How many words it has (adjectives, nouns, names; "of" and hyphens not counted). */
  words: number;
  /** Its common nouns and adjectives, lower case (demonyms and names left out). */
  common: string[];
  span: Span;
}

/**
 * The noun phrases of `tokens` (of one sentence) between `from` and `to` (offsets in the
 * article), in order. Tokens inside a person's name are skipped: a person is a holder, not
 * an issue.
 */
export function nounPhrases(s: Sentence, from: number, to: number, spans: EntitySpan[]): IssuePhrase[] {
  const tokens = s.tokens.filter((t) => t.start >= from && t.end <= to && !spans.some((sp) => sp.kind === 'ACTOR' && t.start < sp.end && t.end > sp.start));
  const out: IssuePhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run = runAt(tokens, i);
    if (!run.length) {
      i++;
      continue;
    }
    i = tokens.indexOf(run[run.length - 1]!) + 1;
    const h = run[run.length - 1]!;
    // "the prospect for X", "efforts to X", "a plan suggesting X": the next phrase is the issue.
    if (GENERIC.has(h.value.toLowerCase())) continue;
    let phrase = run;
    // "relocation of villagers": one "of" complement belongs to the head.
    const next = tokens[i];
    if (next && /^of$/i.test(next.value)) {
      const at = i + 1 + (tokens[i + 1]?.pos === 'DET' ? 1 : 0);
      const complement = runAt(tokens, at, true);
      if (complement.length) {
        phrase = [...run, ...tokens.slice(i, at).filter((t) => t.pos !== 'DET'), ...complement];
        i = at + complement.length;
      }
    }
    const first = phrase[0]!;
    const last = phrase[phrase.length - 1]!;
    const raw = s.text.slice(first.start - s.start, last.end - s.start);
    out.push({
      name: raw.charAt(0).toUpperCase() + raw.slice(1),
      id: slugify(raw),
      head: h.value.toLowerCase(),
      words: phrase.filter((t) => CONTENT.has(t.pos)).length,
      common: phrase.filter((t) => (t.pos === 'NOUN' || t.pos === 'ADJ') && !/^[A-Z]/.test(t.value)).map((t) => t.value.toLowerCase()),
      span: { start: first.start, end: last.end, text: raw },
    });
  }
  return out;
}

/** The content words from `i` on (adjectives, nouns, names, numbers), less the grading adjectives that open it. */
function runAt(tokens: Token[], i: number, complement = false): Token[] {
  const run: Token[] = [];
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "far-right", "2,000-pound": a hyphen inside a word joins it.
    const hyphen = /^[-–]$/.test(t.value) && run.length > 0 && tokens[k - 1]!.end === t.start && tokens[k + 1]?.start === t.end;
    if (CONTENT.has(t.pos) || hyphen) run.push(t);
    else break;
  }
  while (run.length && run[0]!.pos === 'ADJ' && GRADING.has(run[0]!.value.toLowerCase())) run.shift();
  // A phrase ends on its head noun; a complement may end on a name ("of villagers", "of the river delta").
  while (run.length && run[run.length - 1]!.pos !== 'NOUN' && !(complement && run[run.length - 1]!.pos === 'PROPN')) run.pop();
  return run;
}

/**
 * Whether the catalog's best issues miss what the phrase names: none of its common words (its
 * nouns and adjectives in lower case; names and demonyms say whose, not what) is a word of
 * their names. "Nuclear ambitions" is the nuclear programme; "relocation of villagers" is
 * not Palestinian statehood.
 */
export function namesOtherIssue(phrase: IssuePhrase, issueNames: string[]): boolean {
  if (!phrase.common.length) return false;
  const norm = (w: string) => w.toLowerCase().replace(/['’]s$/, '').replace(/(?<=[a-z]{3})s$/, '');
  const known = new Set(issueNames.flatMap((n) => n.split(/[^A-Za-z'’]+/)).filter(Boolean).map(norm));
  return !phrase.common.some((w) => known.has(norm(w)));
}
