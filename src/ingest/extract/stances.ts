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
import type { IssueMatcher } from './issues.js';
import type { EntitySpan } from './mentions.js';
import type { Sentence } from './text.js';
import { countryNames } from './titles.js';

const CUES: Array<[StanceKind, RegExp]> = [
  ['OPPOSES', /\b(reject(?:s|ed|ing)?|refus(?:es|ed|ing|e)|oppos(?:es|ed|ing|e)|(?:am|is|are|was|were) against|warn(?:s|ed|ing)? (?:against|of|about)|condemn(?:s|ed|ing)?|rul(?:es|ed|ing) out|resist(?:s|ed|ing)?|block(?:s|ed|ing)?|froze|freez(?:es|ing)|wary of|concerned (?:that|about|over)|fear(?:s|ed|ing)?|denounc(?:es|ed|ing)|criticis(?:es|ed)|criticiz(?:es|ed)|accus(?:es|ed|ing)|vow(?:s|ed)? to retaliate|lifted|halt(?:s|ed)?)\b/gi],
  ['SUPPORTS', /\b(support(?:s|ed|ing)?(?: for)?|back(?:s|ed|ing)?(?: for)?|insist(?:s|ed|ing)? on|insisted|demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|urg(?:es|ed|ing|e)|push(?:es|ed|ing)? (?:for|ahead with)|press(?:es|ed|ing)? (?:for|\w+ to)|press(?:es|ed)?|seek(?:s|ing)?|sought|advocat(?:es|ed|ing)(?: for)?|favou?r(?:s|ed|ing)?|endors(?:es|ed|ing)|committed to|commitment to|want(?:s|ed)?|approv(?:es|ed)|authori[sz]ed|pledg(?:es|ed) to|vow(?:s|ed)? to|aim(?:s|ed|ing)? (?:to|at)|emphasi[sz](?:es|ed)|placed emphasis on|welcom(?:es|ed)|looking to|determined to|in favou?r of|prioriti[sz](?:es|ed|ing)|focus(?:es|ed)? on|floated|threaten(?:s|ed)? to|voic(?:es|ed) support)\b/gi],
];
const CONDITION = /\b(if|unless|as long as|provided (?:that)?|only if|on condition|dependent on|depends? on|in the event (?:that|of)|must include|precondition|in exchange for)\b/i;
const AGAINST_OBJECT = /\b(contain(?:ing|ment)?|curb(?:s|ing)?|limit(?:s|ing|ations)?|counter(?:ing)?|stop(?:ping)?|end(?:ing)? to|an end to|halt(?:ing)?|prevent(?:ing)?|restrict(?:ing|ions)?|constrain(?:ing|ts)?|confront(?:ing)?|dismantl(?:e|ing)|cessation of|against|defeat(?:ing)?|victory over|disarm(?:ing)?)\b/i;
const ASSESSED = /\b(expected to|is seen as|are seen as|seen as|likely|may|might|could|appears? to|seems? to|is viewed|are viewed|believed to|analysts?|observers?|experts?|reading|set to)\b/i;
const SAID = /\b(said|says|told|stated|declared|announced|insisted|emphasi[sz]ed|stressed|vowed|pledged)\b/i;
const PREPOSITION_BEFORE = /\b(of|with|to|for|on|by|from|against|over|between|in|at|according to|than|and)\s+(?:the\s+)?$/i;

export interface StanceContext {
  quotes: DraftQuote[];
  /** Resolved date for a sentence (its first), else the publication date. */
  asOf: (sentence: Sentence) => string | null;
  /** Organizations of the catalog's states by lower-case name, for "Saudi officials". */
  states: Map<string, string>;
  /** People who speak for an organization (a spokesperson's affiliation). */
  spokespeople: Map<string, string>;
  stakeholders: Set<string>;
}

/** Stance proposals, one per holder and issue (the first and strongest evidence kept). */
export function findStances(sentences: Sentence[], spans: EntitySpan[], issues: IssueMatcher, ctx: StanceContext): DraftStance[] {
  const out: DraftStance[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    if (s.heading && !s.text.includes('|')) continue;
    const inSentence = spans.filter((sp) => sp.start >= s.start && sp.end <= s.end && ctx.stakeholders.has(sp.id));
    const quotes = ctx.quotes.filter((q) => q.start >= s.start - 1 && q.start <= s.end && q.kind === 'DIRECT');
    const cues = CUES.flatMap(([stance, re]) => [...s.text.matchAll(re)].map((m) => ({ stance, at: m.index!, end: m.index! + m[0].length, word: m[0] })))
      .sort((a, b) => a.at - b.at);
    cues.forEach((cue, i) => {
      const cueAt = s.start + cue.at;
      const quote = quotes.find((q) => q.start <= cueAt && cueAt < q.end && q.speaker);
      const holder = quote?.speaker ?? holderBefore(s, inSentence, cueAt, ctx);
      if (!holder) return;
      const objectEnd = cues[i + 1] ? cues[i + 1]!.at : s.text.length;
      const object = s.text.slice(cue.end, Math.max(objectEnd, Math.min(s.text.length, cue.end + 60)));
      const found = issues.match(object)[0] ?? issues.match(s.text, 5)[0];
      if (!found) return;
      let stance: StanceKind = cue.stance;
      const lead = object.slice(0, 40);
      if (stance === 'SUPPORTS' && AGAINST_OBJECT.test(lead)) stance = 'OPPOSES';
      if (CONDITION.test(s.text.slice(cue.at))) stance = 'CONDITIONAL';
      const spoken = quote ?? quotes.find((q) => q.speaker === holder || ctx.spokespeople.get(q.speaker ?? '') === holder);
      const before = s.text.slice(0, cue.at);
      let attribution: Attribution = 'REPORTED';
      let rule = 'stance.cue';
      if (spoken) [attribution, rule] = ['STATED', 'stance.quote'];
      else if (ASSESSED.test(before.slice(-60)) || /\b(analysts?|observers?)\b/i.test(s.text)) [attribution, rule] = ['ASSESSED', 'stance.expectation'];
      else if (SAID.test(before) && inSentence.some((sp) => sp.id === holder && sp.start < s.start + before.search(SAID))) [attribution, rule] = ['STATED', 'stance.reported-speech'];
      const key = `${holder}|${found.id}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        holder,
        issue: found.id,
        stance,
        attribution,
        asOf: ctx.asOf(s),
        quote: spoken && spoken.text.length <= 200 ? spoken.text : null,
        position: `${stance.toLowerCase()} (cue "${cue.word}")`,
        evidence: evidenceOf(s, rule, Math.min(0.9, 0.4 + found.score / 20)),
      });
    });
  }
  return out;
}

/** The sentence's subject before the cue: the first stakeholder named there that no preposition governs. */
function holderBefore(s: Sentence, spans: EntitySpan[], cueAt: number, ctx: StanceContext): string | undefined {
  const quoteDepth = (at: number) => {
    const before = s.text.slice(0, at - s.start);
    return ((before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length) > 0;
  };
  for (const sp of spans) {
    if (sp.start >= cueAt) break;
    if (quoteDepth(sp.start)) continue;
    const before = s.text.slice(0, sp.start - s.start);
    if (PREPOSITION_BEFORE.test(before)) continue;
    // "X's visit" names the holder of what follows only when the noun is the actor's own act.
    return sp.id;
  }
  // "Saudi officials", "Iranian leaders": the country speaks.
  const m = /\b([A-Z][a-z]+)\s+(officials|leaders|government|authorities|diplomats)\b/.exec(s.text.slice(0, cueAt - s.start));
  if (m) for (const n of countryNames(m[1]!)) if (ctx.states.get(n)) return ctx.states.get(n);
  return undefined;
}
