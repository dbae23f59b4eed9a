/**
 * Positions told by a relation rather than a cue word: news says who stands with whom by
 * naming the tie ("their longstanding alliance", "the X–Y alliance", "our ally Y", "Y, a
 * close X ally"). Each party named that way is proposed as supporting the catalog issue the
 * relation's words match (an alliance issue, relations between two states), REPORTED, or
 * STATED when it is the speaker's own quoted words. No party, or no issue matched: nothing.
 */
import type { DraftQuote, DraftStance } from '../draft.js';
import { evidenceOf } from './evidence.js';
import type { IssueMatcher } from './issues.js';
import type { EntitySpan } from './mentions.js';
import type { Sentence } from './text.js';

const RELATION = /\b(alliance|relations|relationship|partnership|ally)\b/gi;

/** Stances from relation nouns, one per holder and issue. */
export function relationStances(
  sentences: Sentence[],
  spans: EntitySpan[],
  issues: IssueMatcher,
  quotes: DraftQuote[],
  stakeholders: Set<string>,
  asOf: (s: Sentence) => string | null,
): DraftStance[] {
  const out: DraftStance[] = [];
  for (const s of sentences) {
    if (s.heading || s.text.trim().startsWith('|')) continue;
    const here = spans.filter((sp) => sp.start >= s.start && sp.end <= s.end && stakeholders.has(sp.id) && sp.kind !== 'PLACE');
    for (const m of s.text.matchAll(RELATION)) {
      const at = s.start + m.index!;
      const end = at + m[0].length;
      const lead = s.text.slice(Math.max(0, m.index! - 40), m.index!);
      const quote = quotes.find((q) => q.kind === 'DIRECT' && q.start <= at && at < q.end && q.speaker);
      let holders: string[] = [];
      let rule = 'stance.relation';
      if (quote && /\bour\s+(?:\w+\s+)?$/i.test(lead)) {
        // "our ally Y", in the speaker's own words.
        holders = [quote.speaker!];
        rule = 'stance.relation-quote';
      } else if (/\btheir\s+(?:[\w-]+\s+){0,2}$/i.test(lead)) {
        // "their longstanding alliance": the people the sentence names before it.
        holders = here.filter((sp) => sp.end <= at && sp.kind === 'ACTOR' && !inQuote(s, sp)).map((sp) => sp.id);
      } else {
        // "the X–Y alliance", "a close X ally": the parties named right before the noun.
        const before = here.filter((sp) => sp.end <= at && at - sp.end <= 25 && sp.kind === 'ORGANIZATION' && !inQuote(s, sp) && /^[\s–—-]*(?:[A-Z][\w.]*[\s–—-]*)*(?:close\s+|key\s+|main\s+)?$/.test(s.text.slice(sp.end - s.start, m.index!)));
        holders = before.map((sp) => sp.id);
      }
      holders = [...new Set(holders)];
      if (!holders.length) continue;
      // The relation's words and the parties' names around it say which issue.
      // ("ally" and "alliance" are one relation, though their stems differ.)
      const words = s.text.slice(Math.max(0, m.index! - 30), end - s.start + 10).replace(/\ball(?:y|ies)\b/gi, 'alliance');
      // The relation noun is itself the cue, so one word of the issue's name is enough (the
      // bar is lower than for a cue's object, which must say what it is about).
      const top = issues.match(words, 2)[0];
      if (!top) continue;
      for (const holder of holders) {
        if (out.some((o) => o.holder === holder && o.issue === top.id)) continue;
        out.push({
          holder,
          issue: top.id,
          stance: 'SUPPORTS',
          attribution: rule === 'stance.relation-quote' ? 'STATED' : 'REPORTED',
          asOf: asOf(s),
          quote: rule === 'stance.relation-quote' && quote!.text.length <= 200 ? quote!.text : null,
          position: `supports (relation "${m[0]}")`,
          evidence: evidenceOf(s, rule, 0.4),
        });
      }
    }
  }
  return out;
}

function inQuote(s: Sentence, sp: EntitySpan): boolean {
  const before = s.text.slice(0, sp.start - s.start);
  return (before.match(/[“]/g) ?? []).length > (before.match(/[”]/g) ?? []).length;
}
