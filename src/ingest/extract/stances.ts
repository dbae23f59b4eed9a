/**
 * Stance proposals: a cue word gives the stance (insists on, demands, backs: SUPPORTS;
 * rejects, refuses, warns against: OPPOSES; if / unless / as long as after it: CONDITIONAL),
 * the words after the cue give the issue (issues.ts), the sentence's subject before the cue
 * gives the holder, and the attribution follows the README's rules: STATED when the holder's
 * own words (a quote, or "X said that ...") or a spokesperson's carry it; ASSESSED when it is
 * an expectation or someone's reading ("is expected to", "is seen as", "analysts say");
 * REPORTED otherwise. A supporting cue aimed at stopping something ("committed to containing
 * X", "pushing for curbs on X") opposes X.
 */
import type { Attribution, DraftQuote, DraftStance, StanceKind } from '../draft.js';
import { evidenceOf } from './evidence.js';
import { type IssueMatcher, stem, words } from './issues.js';
import type { EntitySpan } from './mentions.js';
import type { Sentence } from './text.js';
import { countryNames } from './titles.js';
import { type IssuePhrase, namesOtherIssue, nounPhrases } from './newIssues.js';

const CUES: Array<[StanceKind, RegExp]> = [
  ['OPPOSES', /\b(reject(?:s|ed|ing)?|refus(?:es|ed|ing|e)|oppos(?:es|ed|ing|e)|(?:am|is|are|was|were) against|warn(?:s|ed|ing)? (?:against|of|about)|condemn(?:s|ed|ing)?|rul(?:es|ed|ing) out|resist(?:s|ed|ing)?|block(?:s|ed|ing)?|froze|freez(?:es|ing)|wary of|concerned (?:that|about|over)|fear(?:s|ed|ing)?|denounc(?:es|ed|ing)|criticis(?:es|ed)|criticiz(?:es|ed)|accus(?:es|ed|ing)|vow(?:s|ed)? to retaliate|lifted|halt(?:s|ed)?)\b/gi],
  ['SUPPORTS', /\b(support(?:s|ed|ing)?(?: for)?|back(?:s|ed|ing)?(?: for)?|insist(?:s|ed|ing)? on|insisted|demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|urg(?:es|ed|ing|e)|push(?:es|ed|ing)? (?:for|ahead with)|press(?:es|ed|ing)? (?:for|\w+ to)|press(?:es|ed)?|seek(?:s|ing)?|sought|advocat(?:es|ed|ing)(?: for)?|favou?r(?:s|ed|ing)?|endors(?:es|ed|ing)|committed to|commitment to|want(?:s|ed)?|approv(?:es|ed)|authori[sz]ed|pledg(?:es|ed) to|vow(?:s|ed)? to|aim(?:s|ed|ing)? (?:to|at)|emphasi[sz](?:es|ed)|placed emphasis on|welcom(?:es|ed)|looking to|determined to|in favou?r of|prioriti[sz](?:es|ed|ing)|focus(?:es|ed)? on|floated|threaten(?:s|ed)? to|voic(?:es|ed) support|supportive of|plan|proposal|vision|insistence)\b/gi],
];
const CONDITION = /\b(if|unless|as long as|provided (?:that)?|only if|on condition|dependent on|depends? on|in the event (?:that|of)|must include|precondition|in exchange for|in return for|until|so long as|on the condition)\b/i;
const AGAINST_OBJECT = /\b(contain(?:ing|ment)?|curb(?:s|ing)?|limit(?:s|ing|ations)?|counter(?:ing)?|stop(?:ping)?|end(?:ing)? to|an end to|halt(?:ing)?|prevent(?:ing)?|restrict(?:ing|ions)?|constrain(?:ing|ts)?|confront(?:ing)?|dismantl(?:e|ing)|cessation of|against)\b/i;
const ASSESSED = /\b(expected to|is seen as|are seen as|seen as|likely|may|might|could|appears? to|seems? to|is viewed|are viewed|believed to|analysts?|observers?|experts?|reading|set to)\b/i;
const SAID = /\b(said|says|told|stated|declared|announced|insisted|emphasi[sz]ed|stressed|vowed|pledged)\b/i;
const PREPOSITION_BEFORE = /\b(of|with|to|for|on|by|from|against|over|between|in|at|within|including|like|such as|according to|than)\s+(?:the\s+)?$/i;
/** Words before a supporting cue that turn it round: "caution about endorsing", "did not back". */
const NEGATED = /\b(not|never|no longer|caution(?:ed)? (?:about|against)|reluctant to|hesitant to|refus\w* to|declined to|wary of)\s+(?:\w+\s+)?$/i;

/** How far (characters) the words a cue governs reach before another cue starts its own stance. */
const CUE_SPAN = 30;

/** A catalog match scoring below this may give way to a new issue the cue's noun phrase names. */
const WEAK_MATCH = 8;
/** Heads of noun phrases that name an act or a state of things: what an issue is about. */
const ACTION_NOUN = /(?:tion|sion|ment|hood|ship|ance|ence|ity|ure|age|al|ing|ade|ion)s?$/;

/** A second issue is proposed from the same words when it scores at least this share of the best. */
const SECOND_ISSUE = 0.8;

/**
 * Where the first of `stems` occurs in `text` (its length when none does); a common word
 * first, since a name says whose the issue is ("talks with Iran to include curbs on Tehran's
 * missiles": the missiles, not Iran, are what the curbs aim at).
 */
function firstHit(text: string, stems: string[]): number {
  let best = text.length;
  let common = text.length;
  for (const m of text.matchAll(/[A-Za-z][A-Za-z'’-]*/g)) {
    if (!stems.includes(stem(m[0]))) continue;
    best = Math.min(best, m.index!);
    if (/^[a-z]/.test(m[0])) common = Math.min(common, m.index!);
  }
  return common < text.length ? common : best;
}

export interface StanceContext {
  quotes: DraftQuote[];
  /** Resolved date for a sentence (its first), else the publication date. */
  asOf: (sentence: Sentence) => string | null;
  /** Organizations of the catalog's states by lower-case name, for "Saudi officials". */
  states: Map<string, string>;
  /** People who speak for an organization (a spokesperson's affiliation). */
  spokespeople: Map<string, string>;
  stakeholders: Set<string>;
  /** Called with each new issue a stance is proposed on (the phrase the cue governs). */
  proposeIssue?: (phrase: IssuePhrase, sentence: Sentence) => void;
  /** Ids the catalog already holds: a phrase whose slug is one is not new. */
  known?: Set<string>;
}

/** Stance proposals, one per holder and issue (the first and strongest evidence kept). */
export function findStances(sentences: Sentence[], spans: EntitySpan[], issues: IssueMatcher, ctx: StanceContext): DraftStance[] {
  const out: DraftStance[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    if (s.heading || s.text.trim().startsWith('|')) continue; // tables: tables.ts
    const inSentence = spans.filter((sp) => sp.start >= s.start && sp.end <= s.end && ctx.stakeholders.has(sp.id));
    const quotes = ctx.quotes.filter((q) => q.start >= s.start - 1 && q.start <= s.end && q.kind === 'DIRECT');
    const all = CUES.flatMap(([stance, re]) => [...s.text.matchAll(re)].map((m) => ({ stance, at: m.index!, end: m.index! + m[0].length, word: m[0] })))
      .sort((a, b) => a.at - b.at);
    // A cue inside the words of the one before ("sought backing for measures aimed at")
    // elaborates it: one stance, the first cue's, over the whole stretch.
    const cues: typeof all = [];
    for (const c of all) {
      // "renewed US support": a cue word used as a noun names no one's stance unless it says for what.
      // (wink tags some third-person verbs as nouns: only a determiner or an adjective before
      // the word, "this renewed US support", "his backing", makes it one.)
      const k = s.tokens.findIndex((t) => t.start === s.start + c.at);
      const pos = (d: number) => s.tokens[k - d]?.pos ?? '';
      const modified = (p: string) => p === 'DET' || p === 'ADJ' || p === 'PRON' || p === 'NUM';
      const noun = k >= 0 && s.tokens[k]!.pos === 'NOUN' && (modified(pos(1)) || (pos(1) === 'PROPN' && modified(pos(2))));
      if (noun && !/\b(for|of|on|to)$/i.test(c.word)) continue;
      if (!cues.length || c.at - cues[cues.length - 1]!.end > CUE_SPAN) cues.push(c);
    }
    cues.forEach((cue, i) => {
      const cueAt = s.start + cue.at;
      const quote = quotes.find((q) => q.start <= cueAt && cueAt < q.end && q.speaker);
      const holders = quote?.speaker ? [quote.speaker] : holdersBefore(s, inSentence, cueAt, ctx);
      for (const holder of holders) propose(cue, i, holder, quote);
    });
    function propose(cue: (typeof cues)[number], i: number, holder: string, quote: DraftQuote | undefined) {
      const objectEnd = cues[i + 1] ? cues[i + 1]!.at : s.text.length;
      // People's names say who, not what about: masked before matching issues.
      let masked = s.text;
      for (const sp of spans) if (sp.kind === 'ACTOR' && sp.start >= s.start && sp.end <= s.end) masked = masked.slice(0, sp.start - s.start) + ' '.repeat(sp.end - sp.start) + masked.slice(sp.end - s.start);
      let object = masked.slice(cue.end, objectEnd);
      let [from, to] = [s.start + cue.end, s.start + objectEnd];
      let antecedent = false;
      // "... statehood, which X has long resisted": the object is the clause's antecedent.
      if (words(object).length < 2) {
        const relative = [...masked.slice(0, cue.at).matchAll(/\b(which|that|whom)\b|[–—]/g)].pop();
        [from, to] = relative ? [s.start + Math.max(0, relative.index! - 60), s.start + relative.index!] : [s.start, s.start + cue.at];
        object = masked.slice(from - s.start, to - s.start);
        antecedent = true;
      }
      const matches = issues.match(object);
      let top = matches[0] ?? issues.match(s.text, 5)[0];
      // Further issues the same words are about, when they score near the best; of a broad
      // issue and a narrower one part of it, both named as strongly, the narrower (the war
      // gives way to its ceasefire's terms).
      let found = top ? issues.narrowest([top, ...matches.slice(1, 3).filter((m) => m.score >= SECOND_ISSUE * top!.score)], 0) : [];
      // What the cue governs names no issue of the catalog: its noun phrase is a new one.
      const phrases = nounPhrases(s, from, to, spans);
      const phrase = antecedent ? phrases[phrases.length - 1] : phrases[0];
      // A new issue is proposed only for a phrase naming an act or a state of things (its head
      // a noun like "relocation", "statehood", "blockade") of two words or more, and only when
      // no catalog issue matched or the best one is weak: matched by one common word at most
      // (names and demonyms say whose, not what), not by the phrase's head, and sharing no
      // common word with it ("nuclear ambitions" is the nuclear programme).
      const lower = new Set((object.match(/\b[a-z][a-z'’-]*/g) ?? []).flatMap((w) => w.split('-')).map(stem));
      const weak = (p: IssuePhrase) => !top!.hits.includes(stem(p.head)) && namesOtherIssue(p, issues.namesOf(top!.id)) && top!.hits.filter((h) => lower.has(h)).length <= 1 && top!.score < WEAK_MATCH;
      if (phrase && phrase.words >= 2 && ACTION_NOUN.test(phrase.head) && !ctx.known?.has(phrase.id) && (!matches.length || weak(phrase))) {
        top = { id: phrase.id, score: 5, hits: words(phrase.name) };
        found = [top];
        ctx.proposeIssue?.(phrase, s);
      }
      if (!top) return;
      const conditional = CONDITION.test(s.text.slice(cue.at));
      const spoken = quote ?? quotes.find((q) => q.speaker === holder || ctx.spokespeople.get(q.speaker ?? '') === holder);
      const before = s.text.slice(0, cue.at);
      let attribution: Attribution = 'REPORTED';
      let rule = 'stance.cue';
      if (spoken) [attribution, rule] = ['STATED', 'stance.quote'];
      else if (ASSESSED.test(before.slice(-60)) || /\b(analysts?|observers?)\b/i.test(s.text)) [attribution, rule] = ['ASSESSED', 'stance.expectation'];
      else if (SAID.test(before) && inSentence.some((sp) => sp.id === holder && sp.start < s.start + before.search(SAID))) [attribution, rule] = ['STATED', 'stance.reported-speech'];
      for (const issue of found) {
        // A supporting cue aimed against the issue ("support for action against X's missiles")
        // opposes it: the words just before the issue's first word say which way.
        const at = firstHit(object, issue.hits);
        let stance: StanceKind = cue.stance;
        const lead = object.slice(Math.max(0, at - 45), at);
        const aimed = AGAINST_OBJECT.exec(lead);
        // "a deal that does not include limits on X", "a deal without curbs on X": the negation undoes the aim.
        const against = !!aimed && !/\b(not|never|no|without|lacks?|lacking|fails? to)\s+(?:\w+\s+){0,2}$/i.test(lead.slice(0, aimed.index));
        if (stance === 'SUPPORTS' && against) stance = 'OPPOSES';
        else if (stance === 'OPPOSES' && against) stance = 'SUPPORTS'; // ruled out limits on X: for X
        if (NEGATED.test(s.text.slice(Math.max(0, cue.at - 30), cue.at))) stance = stance === 'SUPPORTS' ? 'OPPOSES' : 'SUPPORTS';
        if (conditional) stance = 'CONDITIONAL';
        const key = `${holder}|${issue.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          holder,
          issue: issue.id,
          stance,
          attribution,
          asOf: ctx.asOf(s),
          quote: spoken && spoken.text.length <= 200 ? spoken.text : null,
          position: `${stance.toLowerCase()} (cue "${cue.word}")`,
          evidence: evidenceOf(s, issue === top ? rule : `${rule}.second-issue`, Math.min(0.9, 0.4 + issue.score / 20) * (issue === top ? 1 : 0.8)),
        });
      }
    }
  }
  return out;
}

/** Where a clause starts: after a comma, a semicolon or a dash, or before "and", "but", "while". */
const CLAUSE_BREAK = /(?:[,;:–—]\s*|\s(?:and|but|while|whereas)\s)/g;

/**
 * The holders: the subject of the cue's clause (the first stakeholder named there that no
 * preposition governs and that is no possessive: in "X's cabinet approved", the cabinet
 * acts), else of the sentence before the cue; with "X and Y", both.
 */
function holdersBefore(s: Sentence, spans: EntitySpan[], cueAt: number, ctx: StanceContext): string[] {
  const quoteDepth = (at: number) => {
    const before = s.text.slice(0, at - s.start);
    return (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length > 0;
  };
  const eligible = (sp: EntitySpan) => {
    if (sp.start >= cueAt || quoteDepth(sp.start) || sp.rule === 'mention.demonym' || sp.rule === 'mention.inside-name') return false;
    // "with X seeking …", "with X looking to …": X is the subject of the -ing clause, not an object.
    const absolute = /\bwith\s+(?:the\s+)?$/i.test(s.text.slice(0, sp.start - s.start)) && /^\s+[a-z]+ing\b/.test(s.text.slice(sp.end - s.start));
    if (!absolute && PREPOSITION_BEFORE.test(s.text.slice(0, sp.start - s.start))) return false;
    return !/^['’]s\b/.test(s.text.slice(sp.end - s.start));
  };
  const head = s.text.slice(0, cueAt - s.start);
  // "X's support for", "X's insistence on", "X's Gaza plan": the possessor right before a cue noun holds it.
  const owner = [...spans].reverse().find((sp) => sp.end <= cueAt && !quoteDepth(sp.start) && /^['’]s?(?:\s+[A-Za-z-]+){0,2}\s+$/.test(s.text.slice(sp.end - s.start, cueAt - s.start)) && !/\b(?:is|are|was|were|has|have|had|will|would|and|the|a)\s+$/i.test(s.text.slice(sp.end - s.start, cueAt - s.start)));
  if (owner && owner.rule !== 'mention.demonym') return [owner.id];
  let clauseStart = s.start;
  for (const m of head.matchAll(CLAUSE_BREAK)) clauseStart = s.start + m.index! + m[0].length;
  // A clause's own subject opens it ("…, and Tehran has responded"); a name further in is
  // an object or a modifier ("…, has sought firmer U.S. backing"), so the sentence's subject holds.
  const opening = spans.find((sp) => sp.start >= clauseStart && sp.start - clauseStart <= 8 && eligible(sp));
  const first = opening ?? spans.find(eligible);
  if (first) {
    const out = [first.id];
    // "France and Chile have accused": both hold it.
    const next = spans.find((sp) => sp.start > first.end && sp.start < cueAt && /^\s+and\s+(?:the\s+)?$/.test(s.text.slice(first.end - s.start, sp.start - s.start)));
    if (next && next.id !== first.id) out.push(next.id);
    return out;
  }
  // "Saudi officials", "Iranian leaders": the country speaks.
  const m = /\b([A-Z][a-z]+)\s+(officials|leaders|government|authorities|diplomats)\b/.exec(head);
  if (m) for (const n of countryNames(m[1]!)) if (ctx.states.get(n)) return [ctx.states.get(n)!];
  // No subject ("Support for X is waning, according to Y"): the one the position is credited to.
  const credited = spans.find((sp) => !quoteDepth(sp.start) && /\baccording to\s+(?:the\s+)?$/i.test(s.text.slice(0, sp.start - s.start)));
  if (credited) return [credited.id];
  return [];
}
