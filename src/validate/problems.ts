import { type Document, isNode, type LineCounter } from 'yaml';
import { ErrorCode, StancegraphError } from '../errors.js';

/** One thing wrong with the seed files, precise enough to fix without searching. */
export interface SeedProblem {
  /** The file, as given (relative to the working directory when inside it). */
  file: string;
  /** 1-based line of the offending value, when the parser knows it. */
  line?: number;
  /** Where inside the file: `stances[12].holder`; empty for a problem with the file itself. */
  path: string;
  /** The offending value; absent when the value is missing. */
  value?: unknown;
  message: string;
}

export type PathSegment = string | number;

/** A parsed file and the means to turn a path inside it into a line number. */
export interface SeedFile {
  name: string;
  doc?: Document.Parsed;
  lineCounter?: LineCounter;
}

/** Where a record sits: its file and its path there (`['stances', 12]`). */
export interface Location {
  file: SeedFile;
  path: PathSegment[];
}

export function formatPath(path: readonly PathSegment[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The line of the deepest node along `path` that the document has (a missing field: its record). */
function lineOf(file: SeedFile, path: readonly PathSegment[]): number | undefined {
  const { doc, lineCounter } = file;
  if (!doc || !lineCounter) return undefined;
  for (let n = path.length; n >= 0; n -= 1) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** A problem at `at` (a record), optionally deeper inside it (`['holder']`). */
export function problemAt(at: Location, inner: readonly PathSegment[], value: unknown, message: string): SeedProblem {
  const path = [...at.path, ...inner];
  const problem: SeedProblem = { file: at.file.name, path: formatPath(path), message };
  const line = lineOf(at.file, path);
  if (line !== undefined) problem.line = line;
  if (value !== undefined) problem.value = value;
  return problem;
}

/** "seeds/actors.yaml:12 (actors[3])": where another record sits, for messages about pairs of records. */
export function placeOf(at: Location): string {
  const line = lineOf(at.file, at.path);
  return `${at.file.name}${line === undefined ? '' : `:${line}`} (${formatPath(at.path)})`;
}

const show = (value: unknown): string => {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
};

/** `seeds/stances.yaml:45: stances[12].holder = "donal-trump": no actor or organization has this id` */
export function formatProblem(p: SeedProblem): string {
  const where = `${p.file}${p.line === undefined ? '' : `:${p.line}`}`;
  const what = p.path ? `${p.path}${'value' in p ? ` = ${show(p.value)}` : ''}: ` : '';
  return `${where}: ${what}${p.message}`;
}

const SHOWN = 20;

/**
 * The one error a bad seed directory raises: every problem at once, sorted by file and line,
 * the first few in the message and all of them in `extensions.problems`.
 */
export function seedInvalid(dir: string, problems: SeedProblem[]): StancegraphError {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const lines = sorted.slice(0, SHOWN).map((p) => `  ${formatProblem(p)}`);
  if (sorted.length > SHOWN) lines.push(`  and ${sorted.length - SHOWN} more`);
  const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
  return new StancegraphError(ErrorCode.SEED_INVALID, `Seed data in ${dir} is invalid (${count}); nothing was written:\n${lines.join('\n')}`, {
    extensions: { problems: sorted },
  });
}
