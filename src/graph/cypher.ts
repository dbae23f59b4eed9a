import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../config.js';
import { ErrorCode, StancegraphError } from '../errors.js';

/**
 * A named query from `cypher/NAME.cypher`. Its text is there once `loadCypher()` has run.
 * `R` is the shape of one row it returns, declared once where the query is declared, so
 * callers get typed rows without casting.
 */
export interface CypherQuery<R = Record<string, unknown>> {
  readonly name: string;
  readonly text: string;
  /** Never set: carries the row type. */
  readonly __row?: R;
}

const registry = new Map<string, { name: string; text?: string }>();

/**
 * Declares a query a module uses, by its path under `cypher/` without the extension.
 * Declaring at import time lets start-up check every file exists before serving anything.
 */
export function cypher<R = Record<string, unknown>>(name: string): CypherQuery<R> {
  let entry = registry.get(name);
  if (!entry) registry.set(name, (entry = { name }));
  const e = entry;
  return {
    name,
    get text() {
      if (e.text === undefined) throw new Error(`Cypher query ${name} used before loadCypher() ran`);
      return e.text;
    },
  };
}

/**
 * Reads every declared query not read yet; a missing file stops start-up with the list of
 * what is missing. Each entry point calls it once its modules are imported; a second call
 * reads only what was declared since.
 */
export async function loadCypher(dir = path.join(ROOT, 'cypher')): Promise<void> {
  const missing: string[] = [];
  const unreadable: string[] = [];
  await Promise.all(
    [...registry.values()].filter((entry) => entry.text === undefined).map(async (entry) => {
      const file = path.join(dir, `${entry.name}.cypher`);
      try {
        entry.text = withoutCommentLines(await readFile(file, 'utf8'));
      } catch (e) {
        // Only a file that is not there is "missing"; any other failure says what it was.
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') missing.push(file);
        else unreadable.push(`${file} (${(e as Error).message})`);
      }
    }),
  );
  const problems = [
    ...(missing.length ? [`Missing Cypher files: ${missing.sort().join(', ')}`] : []),
    ...(unreadable.length ? [`Unreadable Cypher files: ${unreadable.sort().join(', ')}`] : []),
  ];
  if (problems.length) throw new StancegraphError(ErrorCode.STARTUP_FAILED, problems.join('\n'));
}

/**
 * The query as sent: its comment lines (the header saying what it answers, the notes on why)
 * are for readers of the file, and every request would otherwise pack, send and have Neo4j
 * hash them again (up to half of a file's bytes). Transactions carry the file's name in
 * their metadata, so Neo4j's query log still says where a query came from.
 */
export function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

/** Splits a file of several statements (schema.cypher) on `;` at line ends, dropping comment lines. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*(?:\r?\n|$)/)
    .map((s) => s.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n').trim())
    .filter(Boolean);
}
