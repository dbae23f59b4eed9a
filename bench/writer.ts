/**
 * The second client of the cached-with-writes column: over its own Bolt connection it renames
 * one node the questions read every 100 ms, alternating each node between its own name and a
 * marked one, so the cached target's entries really are evicted while it is measured. It
 * writes only between resume() and pause(), around each measured run: between runs the bench
 * waits for the JVM to be idle (measure.ts, settle), which a writer would keep from happening.
 * Every name is put back when it stops, so the graph ends as it began.
 */
import path from 'node:path';
import type { Db } from '../src/graph/db.js';
import { pick, readCypherDir } from './cypherFiles.js';
import type { QuestionIds } from './ids.js';

const DIR = path.join(import.meta.dirname, 'cypher');
export const WRITE_EVERY_MS = 100;

export interface Writer {
  resume(): void;
  pause(): void;
  /** Stops writing, restores every name; resolves with how many writes were made and how many failed. */
  stop(): Promise<{ writes: number; failures: number }>;
}

/** What the i-th write sets: the nodes in turn, each alternately marked and restored. */
export function nthWrite(nodes: ReadonlyArray<{ id: string; name: string }>, i: number): { id: string; name: string } {
  const node = nodes[i % nodes.length]!;
  const marked = Math.floor(i / nodes.length) % 2 === 0;
  return { id: node.id, name: marked ? `${node.name} (bench write)` : node.name };
}

export async function startWriter(db: Db, ids: QuestionIds): Promise<Writer> {
  const queries = await readCypherDir(DIR);
  const targets = pick(queries, 'write-targets', DIR);
  const write = pick(queries, 'write-name', DIR);
  const nodes = (await db.read(targets, { ids: [ids.actor, ids.issue, ids.event] })).map((r) => ({ id: String(r.id), name: String(r.name) }));
  if (!nodes.length) throw new Error('The bench writer found none of the nodes the questions read');
  let writes = 0;
  let failures = 0;
  let stopped = false;
  let paused = true;
  let wake: (() => void) | undefined;
  const rename = (w: { id: string; name: string }) => db.writeTransaction(write.name, (run) => run(write, w));
  const loop = (async () => {
    while (!stopped) {
      if (paused) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const started = Date.now();
      try {
        await rename(nthWrite(nodes, writes));
      } catch {
        failures++;
      }
      writes++;
      await new Promise((r) => setTimeout(r, Math.max(0, WRITE_EVERY_MS - (Date.now() - started))));
    }
  })();
  return {
    resume() {
      paused = false;
      wake?.();
    },
    pause() {
      paused = true;
    },
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      for (const node of nodes) await rename(node);
      return { writes, failures };
    },
  };
}
