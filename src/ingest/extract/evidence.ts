/** The evidence every proposal carries: its sentence, where it is, the rule, how sure. */
import type { Evidence } from '../draft.js';
import type { Sentence } from './text.js';

/** Evidence from a sentence, with the confidence rounded to two places. */
export function evidenceOf(sentence: Sentence, rule: string, confidence: number): Evidence {
  return { sentence: sentence.text, start: sentence.start, end: sentence.end, rule, confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100 };
}
