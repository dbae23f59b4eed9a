/**
 * A cheap check that an article is in English, the only language the extractor's rules
 * read: the share of its words that are common English function words ("the", "of",
 * "and", "said", ...). The five corpus articles score 23% to 35%; a paragraph of French, German,
 * Spanish or Italian news prose scores 0% to 6%, as it shares only a few of these words
 * ("a", "in", "die" is not one); docs/ingest.md, "Bad input", has the measurements. A statistical detector
 * (franc-min) was weighed and not taken: one question, English or not, needs no model of
 * 80 languages.
 */

const FUNCTION_WORDS = new Set(
  (
    'the of and to a in is was that for on with as by at from it its be are were has have had ' +
    'this which who will would not but or an he she they his her their than after about ' +
    'said says also been over into more out up can could we our'
  ).split(' '),
);

/** Below this many words the share says too little: the text is taken as it is. */
export const MIN_WORDS_TO_JUDGE = 20;
/** The share under which a text is not taken for English. */
export const MIN_ENGLISH_SHARE = 0.15;

/** The share of the text's words that are English function words, and how many words it has. */
export function englishShare(text: string): { share: number; words: number } {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.length) return { share: 0, words: 0 };
  const hits = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  return { share: hits / words.length, words: words.length };
}

/** Whether the text reads as English: true for texts too short to judge. */
export function looksEnglish(text: string): boolean {
  const { share, words } = englishShare(text);
  return words < MIN_WORDS_TO_JUDGE || share >= MIN_ENGLISH_SHARE;
}
