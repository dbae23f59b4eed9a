/**
 * Which quotes a stance carries. A quote is evidence of its speaker's stance: a QUOTE
 * proposal belongs to the STANCE proposals of the same speaker whose evidence sentence holds
 * it. Accepting the quote puts it on those stances (on the claim when the stance is accepted
 * already, else when it is); rejecting it keeps the extractor's copy of it off them. Pure:
 * both sides are read from the draft's stored proposals.
 */
import type { ProposalRow } from './review.js';

type Props = Record<string, unknown>;

const parse = (text: string | null): Props => (text ? (JSON.parse(text) as Props) : {});

/**
 * The ids a proposal's field may stand for: as drafted, as edited, and what the proposal it
 * depends on for it was accepted as (a new actor's slug, perhaps edited).
 */
function idsOf(p: ProposalRow, field: string, current?: unknown): Set<string> {
  const drafted = parse(p.payload)[field];
  const ids = new Set<string>();
  for (const v of [drafted, parse(p.edits)[field], current]) if (typeof v === 'string') ids.add(v);
  for (const d of p.deps) if (d && d.target === drafted && d.result) ids.add(d.result);
  return ids;
}

/** Where a proposal's evidence sentence or a quote lies in the text. */
function span(p: ProposalRow): { start: number; end: number } | null {
  const at = p.kind === 'QUOTE' ? parse(p.payload) : parse(p.evidence);
  return typeof at.start === 'number' && typeof at.end === 'number' ? { start: at.start, end: at.end } : null;
}

/** True when the quote and the stance name one speaker and the quote lies in the stance's sentence. */
export function quoteOfStance(quote: ProposalRow, stance: ProposalRow, speaker?: unknown, holder?: unknown): boolean {
  const [q, s] = [span(quote), span(stance)];
  if (!q || !s || q.start >= s.end || q.end <= s.start) return false;
  const holders = idsOf(stance, 'holder', holder);
  return [...idsOf(quote, 'speaker', speaker)].some((id) => holders.has(id));
}

/** The quote's text, as its payload holds it. */
export const quoteText = (quote: ProposalRow): string | null => {
  const text = parse(quote.payload).text;
  return typeof text === 'string' && text.trim() ? text : null;
};
