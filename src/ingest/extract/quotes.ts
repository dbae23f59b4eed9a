/**
 * Direct quotes and their speakers, and reported speech as weaker evidence. A speaker is
 * found, in this order, by: "…," said X / "…," X said (also "X told reporters", "X's office
 * said", "X was quoted as saying"); a pronoun there ("…," he said) to the last person named
 * before; X said: "…" or "what X called '…'" before the quote; "according to X"; and, when
 * nothing in the sentence names one, the speaker of the last quote in the same paragraph
 * (a quote that continues its speaker's paragraph).
 */
import type { DraftQuote } from '../draft.js';
import { SPEECH_VERBS } from './lexicon.js';
import type { EntitySpan } from './mentions.js';
import type { Sentence } from './text.js';

const SPEECH = `(?:${[...SPEECH_VERBS, 'called', 'calls', 'telling', 'saying'].join('|')})`;


/** A direct quote's offsets (inside its marks) and the sentences around it. */
interface QuoteSpan {
  start: number;
  end: number;
  paragraph: number;
}

function quoteSpans(text: string, sentences: Sentence[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const paragraphOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end)?.paragraph ?? -1;
  for (const line of text.matchAll(/[^\n]+/g)) {
    const base = line.index!;
    // Curly quotes pair by direction; straight ones by order, within the line.
    for (const m of line[0].matchAll(/“([^”]{2,}?)”|"([^"\n]{2,}?)"/g)) {
      const inner = m[1] ?? m[2]!;
      const start = base + m.index! + 1;
      out.push({ start, end: start + inner.length, paragraph: paragraphOf(start) });
    }
  }
  return out;
}

export interface SpeakerIndex {
  spans: EntitySpan[];
  /** Ids of people (actors, known and new). */
  people: Set<string>;
}

/** The span that starts at `at` (after spaces), if any. */
function spanAt(spans: EntitySpan[], at: number, text: string): EntitySpan | undefined {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return spans.find((s) => s.start === i || (s.start > i && s.start <= i + 4 && /^(the|a|an) $/i.test(text.slice(i, s.start))));
}

const lastPersonBefore = (idx: SpeakerIndex, at: number) => [...idx.spans].reverse().find((s) => s.end <= at && idx.people.has(s.id));

/** Finds quotes and their speakers. */
export function findQuotes(text: string, sentences: Sentence[], idx: SpeakerIndex): DraftQuote[] {
  const quotes: DraftQuote[] = [];
  const lastSpeakerOfParagraph = new Map<number, string>();
  for (const q of quoteSpans(text, sentences)) {
    const first = sentences.find((s) => s.start <= q.start && q.start <= s.end);
    const last = sentences.find((s) => s.start <= q.end && q.end <= s.end + 2) ?? first;
    if (!first || !last) continue;
    const ctxStart = first.start;
    const ctxEnd = last.end;
    const after = text.slice(q.end + 1, ctxEnd);
    const afterAt = q.end + 1;
    const before = text.slice(ctxStart, q.start - 1);
    let speaker: string | undefined;
    let rule = '';
    let confidence = 0;

    // After the quote: "…," said X / "…," X said / X told reporters / X's office said /
    // a government spokeswoman X said / X was quoted as telling Y / "…," he said.
    const lead = /^[\s,.!?’'"”]*/.exec(after)![0];
    const verb = new RegExp(`\\b${SPEECH}\\b`, 'i').exec(after.slice(lead.length, lead.length + 100).split(/[“"]/)[0]!);
    if (verb) {
      const verbAt = afterAt + lead.length + verb.index;
      if (!verb.index) {
        const s = spanAt(idx.spans, verbAt + verb[0].length, text.replace(/\bby\b/g, '  ')) ;
        if (s) [speaker, rule, confidence] = [s.id, 'quote.said-speaker', 0.9];
      } else {
        // Only a short stretch with no clause break can be the speaker ("Elysee
        // spokeswoman X said"); a person's adjective ("Israeli") never is.
        const gap = text.slice(afterAt + lead.length, verbAt);
        const between = gap.length <= 60 && !/[,;]/.test(gap) ? idx.spans.filter((s) => s.start >= afterAt && s.end <= verbAt && s.rule !== 'mention.demonym') : [];
        const subject = between.filter((s) => idx.people.has(s.id)).pop() ?? between[0];
        const pronoun = /^(he|she)\b/i.test(after.slice(lead.length));
        if (subject && !pronoun) [speaker, rule, confidence] = [subject.id, 'quote.speaker-said', 0.9];
        else if (pronoun) {
          const person = lastPersonBefore(idx, q.start);
          if (person) [speaker, rule, confidence] = [person.id, 'quote.pronoun', 0.75];
        }
      }
    }
    // X said: "…"; what X called "…"; X … quoted as telling Y: "…"
    if (!speaker) {
      const speechBefore = [...before.matchAll(new RegExp(`\\b${SPEECH}\\b`, 'gi'))].pop();
      if (speechBefore) {
        const verbAt = ctxStart + speechBefore.index!;
        const subject = [...idx.spans].reverse().find((s) => s.end <= verbAt && s.start >= ctxStart && s.rule !== 'mention.demonym');
        const pronoun = /\b(he|she)\s+(?:\w+\s+){0,4}$/i.exec(text.slice(ctxStart, verbAt));
        if (pronoun && (!subject || subject.end < ctxStart + pronoun.index!)) {
          const person = lastPersonBefore(idx, ctxStart + pronoun.index!);
          if (person) [speaker, rule, confidence] = [person.id, 'quote.pronoun', 0.7];
        } else if (subject) [speaker, rule, confidence] = [subject.id, 'quote.speaker-before', 0.8];
      }
    }
    // according to X
    if (!speaker) {
      const acc = /according to\s+/i.exec(text.slice(ctxStart, ctxEnd));
      const s = acc ? spanAt(idx.spans, ctxStart + acc.index + acc[0].length, text) : undefined;
      if (s) [speaker, rule, confidence] = [s.id, 'quote.according-to', 0.7];
    }
    // A quote that continues its speaker's paragraph.
    if (!speaker && lastSpeakerOfParagraph.has(q.paragraph)) {
      [speaker, rule, confidence] = [lastSpeakerOfParagraph.get(q.paragraph)!, 'quote.continues-paragraph', 0.6];
    }
    if (speaker) lastSpeakerOfParagraph.set(q.paragraph, speaker);
    quotes.push({ text: text.slice(q.start, q.end), start: q.start, end: q.end, speaker: speaker ?? null, kind: 'DIRECT', rule: rule || 'quote.no-speaker', confidence: speaker ? confidence : 0.3 });
  }
  return quotes;
}

/** Reported speech: "X said (that) …" with no quotation marks, weaker evidence than a quote. */
export function findReportedSpeech(sentences: Sentence[], idx: SpeakerIndex): DraftQuote[] {
  const out: DraftQuote[] = [];
  const verb = new RegExp(`^\\s*(?:,[^,]{0,80},\\s*)?(?:has\\s+|have\\s+|had\\s+)?(?:${SPEECH_VERBS.join('|')})\\b(?:\\s+(?:reporters|journalists))?\\s*(?:that\\s+)?`, 'i');
  for (const s of sentences) {
    if (s.heading || /[“”"]/.test(s.text)) continue;
    for (const span of idx.spans) {
      if (span.start < s.start || span.end > s.end) continue;
      const m = verb.exec(s.text.slice(span.end - s.start));
      if (!m) continue;
      const start = span.end + m[0].length;
      if (start >= s.end - 3) continue;
      out.push({ text: s.text.slice(start - s.start), start, end: s.end, speaker: span.id, kind: 'REPORTED', rule: 'quote.reported-speech', confidence: 0.5 });
      break;
    }
  }
  return out;
}


