/**
 * The article cut up for the rules: tokens with their part of speech and offsets, sentences
 * and paragraphs. wink-nlp (with its small English model, shipped inside the npm package)
 * tokenizes, tags and splits sentences; this module adds what the rules need on top:
 * UTF-16 offsets into the original text, a sentence cut at every line break (news text puts
 * headlines, bullets and table rows on lines of their own, without a full stop), and which
 * lines are headlines.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One token: `text.slice(start, end) === value`. */
export interface Token {
  value: string;
  /** Universal POS tag from wink's model: PROPN, NOUN, VERB, AUX, ADJ, ... */
  pos: string;
  start: number;
  end: number;
}

export interface Sentence {
  /** Index among the article's sentences. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** The line (paragraph) it belongs to: news text puts each paragraph on its own line. */
  paragraph: number;
  /** A headline or section title (Title Case, no full stop) rather than running text. */
  heading: boolean;
  /** A table row or a list item: facts in short form. */
  list: boolean;
  tokens: Token[];
}

export interface AnalysedText {
  text: string;
  sentences: Sentence[];
}

// The model loads once per process (a few hundred ms); every draft after that is warm.
let nlp: ReturnType<typeof winkNLP> | undefined;
function engine() {
  nlp ??= winkNLP(model);
  return nlp;
}

/** Title Case: most words of four or more start upper-case, as headlines do. */
function isHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (isList(trimmed)) return false;
  if (/[.!?:"”]$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  if (!words.length) return true;
  const upper = words.filter((w) => /^[A-Z]/.test(w)).length;
  return upper / words.length >= 0.6 || trimmed.split(/\s+/).length <= 12;
}

const isList = (line: string) => /^[|\-*•–]/.test(line.trim());

/** Tokens, sentences and paragraphs of `text`, with offsets into it. */
export function analyse(text: string): AnalysedText {
  const { its } = engine();
  const doc = engine().readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // wink keeps every character (its tokens and the spaces before them rebuild the text), but
  // may normalise a space character; so each token is found in the text from where the last
  // one ended rather than by adding up lengths.
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    if (at < 0) return; // a token wink rewrote: skipped, the offsets of the rest stay right
    tokens.push({ value, pos: tags[i] ?? 'X', start: at, end: at + value.length });
    cursor = at + value.length;
  });

  // Sentence boundaries: wink's, plus every line break.
  const cuts = new Set<number>();
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first] = s.out(its.span) as [number, number];
    const t = tokens[first];
    if (t) cuts.add(t.start);
  });
  const lines: Array<{ start: number; end: number; paragraph: number }> = [];
  let paragraph = 0;
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (m[0].trim()) lines.push({ start: m.index!, end: m.index! + m[0].length, paragraph: paragraph++ });
  }
  const sentences: Sentence[] = [];
  let ti = 0;
  for (const line of lines) {
    const heading = isHeadline(text.slice(line.start, line.end));
    const list = isList(text.slice(line.start, line.end));
    let current: Token[] = [];
    const flush = () => {
      if (!current.length) return;
      const start = current[0]!.start;
      const end = current[current.length - 1]!.end;
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), paragraph: line.paragraph, heading, list, tokens: current });
      current = [];
    };
    while (ti < tokens.length && tokens[ti]!.start < line.end) {
      const t = tokens[ti]!;
      if (t.start >= line.start) {
        if (cuts.has(t.start) && current.length) flush();
        current.push(t);
      }
      ti++;
    }
    flush();
  }
  return { text, sentences };
}
