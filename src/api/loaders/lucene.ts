/**
 * Turns what a user types into a query for the full-text index. The text stays a query
 * parameter (never spliced into Cypher), but Lucene parses it: unescaped, `Mar-a-Lago` reads
 * as "Mar NOT a NOT Lago" and a lone `"` is a syntax error. So no character the user types
 * acts as syntax: a word of letters and digits is a term (AND, OR, NOT lower-cased, so they
 * are words, not operators); any other word is a quoted phrase with `"` and `\` escaped.
 *
 * A plain word also matches as a prefix (`netan` finds Netanyahu). A word with punctuation
 * inside (`Mar-a-Lago`, `U.S.`) is searched as a phrase, so its parts must appear together:
 * searched as separate words, the `a` of Mar-a-Lago would match half the graph.
 */
const OPERATOR = /^(AND|OR|NOT|TO)$/;

/** A Lucene query for the words of `text`, any of which may match; '' when there are none. */
export function toLuceneQuery(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      if (/^[\p{L}\p{N}]+$/u.test(w)) {
        const word = OPERATOR.test(w) ? w.toLowerCase() : w;
        return word.length > 1 ? `(${word} OR ${word}*)` : word;
      }
      return `"${w.replace(/["\\]/g, (c) => `\\${c}`)}"`;
    })
    .join(' ');
}

/** A Lucene query for exactly `value` as one term of a keyword-analyzed index (a source id). */
export const exactTerm = (value: string): string => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
