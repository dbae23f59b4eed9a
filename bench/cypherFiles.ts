import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CypherQuery } from '../src/graph/cypher.js';

/**
 * Every `.cypher` file in `dir`, by file name without the extension. The bench's queries live
 * beside it (bench/cypher/, bench/limit/) rather than in the product's cypher/ registry: they
 * are the bench's, and the limit's are a yardstick, not part of the API.
 */
export async function readCypherDir(dir: string): Promise<Map<string, CypherQuery>> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  const entries = await Promise.all(
    files.map(async (f): Promise<[string, CypherQuery]> => {
      const name = f.slice(0, -'.cypher'.length);
      return [name, { name: `${path.basename(dir)}/${name}`, text: await readFile(path.join(dir, f), 'utf8') }];
    }),
  );
  return new Map(entries);
}

/** One query of `readCypherDir`, or an error naming the missing file. */
export function pick(queries: Map<string, CypherQuery>, name: string, dir: string): CypherQuery {
  const q = queries.get(name);
  if (!q) throw new Error(`No ${path.join(dir, `${name}.cypher`)}: the bench needs it`);
  return q;
}
