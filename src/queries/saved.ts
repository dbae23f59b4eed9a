import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { closest } from 'fastest-levenshtein';
import { ROOT } from '../config.js';
import { badInput } from '../errors.js';
import { type ParamType, paramTypeOf } from './params.js';

/** Where the analysts' saved queries live; each file documents itself in its leading comment. */
export const QUERIES_DIR = path.join(ROOT, 'cypher', 'queries');

export interface SavedQuery {
  /** The file name without `.cypher`: what `npm run query NAME` takes. */
  name: string;
  /** What the query answers: the header's text before its `Parameters:` line. */
  answers: string;
  /** Each parameter with its type, read from the header's `:param NAME => literal` lines. */
  params: Array<{ name: string; type: ParamType }>;
  text: string;
}

/**
 * Reads one saved query's header. The `:param` lines are the ones an analyst pastes into
 * cypher-shell, so the Cypher literal there (`'…'`, `date('…')`, `[…]`, `42`) is also the
 * parameter's type: one place documents both.
 */
export function parseSavedQuery(name: string, text: string): SavedQuery {
  const header: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('//')) break;
    header.push(line.replace(/^\/\/ ?/, ''));
  }
  const end = header.findIndex((l) => l.startsWith('Parameters:'));
  const answers = (end < 0 ? header : header.slice(0, end)).join(' ').replace(/\s+/g, ' ').trim();
  const params = header.flatMap((l) => {
    const m = /^\s*:param\s+(\w+)\s*=>\s*(.+?)\s*;?\s*$/.exec(l);
    return m ? [{ name: m[1]!, type: paramTypeOf(m[2]!, `${name}.cypher`) }] : [];
  });
  return { name, answers, params, text };
}

/** Every saved query, by name. */
export function listSavedQueries(dir = QUERIES_DIR): SavedQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseSavedQuery(f.slice(0, -'.cypher'.length), readFileSync(path.join(dir, f), 'utf8')));
}

/** One saved query; an unknown name fails with the closest known one. */
export function findSavedQuery(name: string, dir = QUERIES_DIR): SavedQuery {
  const all = listSavedQueries(dir);
  const found = all.find((q) => q.name === name.replace(/\.cypher$/, ''));
  if (found) return found;
  const suggestion = closest(name, all.map((q) => q.name));
  throw badInput(
    `No saved query "${name}" in cypher/queries/. Did you mean "${suggestion}"? (npm run query -- --list shows them all.)`,
  );
}
