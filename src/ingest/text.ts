/**
 * Checks an article's text before anything is drafted or written: not empty, valid UTF-8
 * (from a file), no NULs or control bytes (from GraphQL), within the size bound, in English.
 * Each failure is a BAD_USER_INPUT naming the check, the value's place and the bound.
 */
import { createHash } from 'node:crypto';
import { badInput, type StancegraphError } from '../errors.js';
import { englishShare, looksEnglish, MIN_ENGLISH_SHARE } from './language.js';

/** Where the text came from, for messages: `--file a.txt`, `input.text`. */
export type TextOrigin = string;

const invalid = (origin: TextOrigin, message: string, extensions: Record<string, unknown> = {}): StancegraphError =>
  badInput(`${origin}: ${message}; nothing was written`, { field: origin, ...extensions });

/**
 * The text of a file's bytes, refused when they are not UTF-8 (a PDF, a Word file, Latin-1
 * text): TextDecoder's fatal mode throws at the first invalid sequence rather than
 * replacing it with U+FFFD, so no mangled text reaches the graph. A byte-order mark is dropped.
 */
export function decodeArticleBytes(bytes: Uint8Array, origin: TextOrigin): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw invalid(origin, `not UTF-8 text (an invalid byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at offset ${at}): save the article as UTF-8 plain text`, { offset: at });
  }
  return text;
}

/**
 * Where the first bad sequence starts, for the message only (the fatal decode has already
 * refused the bytes): a lead byte that starts nothing, or one whose continuation bytes are
 * missing. Overlong forms and surrogates, which this scan lets pass, report offset 0.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    const more = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (more < 0) return i;
    for (let k = 1; k <= more; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += more + 1;
  }
  return 0;
}

// C0 controls but tab, line feed and carriage return; DEL and the C1 controls. A NUL or a
// form feed in an article means binary data or a broken export, never prose.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** What checkArticleText found, for the draft's warnings and the stored text. */
export interface CheckedText {
  text: string;
  /** Its size in UTF-8 bytes. */
  bytes: number;
  /** SHA-256 of the text as stored (hex): the same text ingested twice is found by it. */
  hash: string;
}

/**
 * The text, checked: refused when empty or whitespace, holding control characters, longer
 * than `maxBytes` in UTF-8, or not English. Line endings become `\n`, so a file saved on
 * Windows and the same text pasted into GraphQL hash alike and offsets agree.
 */
export function checkArticleText(raw: string, maxBytes: number, origin: TextOrigin): CheckedText {
  const text = raw.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw invalid(origin, text.length ? `only whitespace (${text.length} characters)` : 'empty text');
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw invalid(origin, `holds the control character U+${code} at offset ${control.index}: binary data, not article text`, { offset: control.index });
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw invalid(origin, `${bytes} bytes, over the limit of ${maxBytes} (STANCEGRAPH_INGEST_MAX_BYTES): ingest one article at a time`, { bytes, maxBytes });
  }
  if (!looksEnglish(text)) {
    const { share, words } = englishShare(text);
    throw invalid(
      origin,
      `does not read as English (${(share * 100).toFixed(0)}% of its ${words} words are common English words, under ${MIN_ENGLISH_SHARE * 100}%): the extractor reads English only`,
      { englishShare: share },
    );
  }
  return { text, bytes, hash: createHash('sha256').update(text).digest('hex') };
}
