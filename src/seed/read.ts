import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { ErrorCode, StancegraphError } from '../errors.js';
import { checkRecord } from '../validate/check.js';
import { type Location, problemAt, type SeedFile, type SeedProblem, seedInvalid } from '../validate/problems.js';
import { checkReferences, type RawRecord } from '../validate/references.js';
import { emptySeedSet, KINDS, type Kind, type SeedSet } from '../validate/records.js';

/** A seed file's name (as messages should show it) and text. */
export interface SeedText {
  name: string;
  text: string;
}

const SEED_FILE = /\.(ya?ml|json)$/i;
/** `id: x`, `"id": "x"`: ids a file that does not parse probably defines. */
const ID_IN_TEXT = /["']?\bid["']?\s*:\s*["']?([a-z0-9-]+)/g;

/** A path as messages show it: relative to the working directory when inside it. */
export function displayPath(p: string): string {
  const abs = path.resolve(p);
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

const isKind = (key: string): key is Kind => (KINDS as readonly string[]).includes(key);

/**
 * Parses and validates seed files without touching the disk or the database: each file a
 * YAML (or JSON) mapping of kind to list of records, merged across files. Returns every
 * problem found, not only the first; `seeds` holds the records that passed their schema.
 */
export function checkSeeds(files: SeedText[]): { seeds: SeedSet; problems: SeedProblem[] } {
  const seeds = emptySeedSet(files.map((f) => f.name));
  const problems: SeedProblem[] = [];
  const records: RawRecord[] = [];
  const unparsedIds = new Set<string>();

  for (const { name, text } of files) {
    const lineCounter = new LineCounter();
    // YAML 1.2's core schema (the default) keeps 2026-02-11 a string; JSON is YAML too, so
    // .json files get line numbers the same way.
    const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const file: SeedFile = { name, doc, lineCounter };
    if (doc.errors.length) {
      for (const m of text.matchAll(ID_IN_TEXT)) unparsedIds.add(m[1]!);
      for (const e of doc.errors) {
        const line = e.linePos?.[0]?.line;
        // prettyErrors adds the position and an excerpt to the message; the line is kept apart.
        const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        problems.push({ file: name, ...(line === undefined ? {} : { line }), path: '', message: `YAML syntax error: ${message}` });
      }
      continue;
    }
    const top: unknown = doc.toJS();
    if (top === null || top === undefined) continue; // an empty file holds nothing, harmlessly
    if (typeof top !== 'object' || Array.isArray(top)) {
      problems.push(problemAt({ file, path: [] }, [], undefined, `expected a mapping with one or more of the keys ${KINDS.join(', ')}`));
      continue;
    }
    for (const [key, list] of Object.entries(top as Record<string, unknown>)) {
      const at: Location = { file, path: [key] };
      if (!isKind(key)) {
        problems.push(problemAt(at, [], undefined, `unknown top-level key; expected one of ${KINDS.join(', ')}`));
        continue;
      }
      if (list === null) continue; // `stances:` with nothing under it
      if (!Array.isArray(list)) {
        problems.push(problemAt(at, [], list, `expected a list of ${key}`));
        continue;
      }
      list.forEach((raw: unknown, i) => {
        const record: Location = { file, path: [key, i] };
        records.push({ kind: key, raw, at: record });
        const checked = checkRecord(key, raw, record);
        if (checked.ok) (seeds[key] as unknown[]).push(checked.record);
        else problems.push(...checked.problems);
      });
    }
  }
  problems.push(...checkReferences(records, unparsedIds));
  return { seeds, problems };
}

/**
 * Reads every .yaml, .yml and .json file directly in `dir` (in name order) and validates
 * the lot. Throws one SEED_INVALID error listing every problem; returns only clean seeds.
 */
export async function readSeeds(dir: string): Promise<SeedSet> {
  const shown = displayPath(dir);
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile() && SEED_FILE.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch (e) {
    throw new StancegraphError(ErrorCode.SEED_INVALID, `Cannot read the seed directory ${shown}: ${(e as Error).message}`);
  }
  if (!names.length) {
    throw seedInvalid(shown, [{ file: shown, path: '', message: 'no .yaml, .yml or .json files in this directory' }]);
  }
  const files = await Promise.all(
    names.map(async (n) => ({ name: displayPath(path.join(dir, n)), text: await readFile(path.join(dir, n), 'utf8') })),
  );
  const { seeds, problems } = checkSeeds(files);
  if (problems.length) throw seedInvalid(shown, problems);
  return seeds;
}
