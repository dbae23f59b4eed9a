/**
 * What one relationship costs Neo4j to write, at its floor: relationships created inside the
 * database by one query (no rows sent, no lookups, no index or constraint on the type), in
 * one transaction each, timed from the client. It says how far `npm run synth`'s rate can go
 * on this machine: a synthetic claim cannot cost less than the claim-shaped figure.
 *
 *   npm run bench:write-floor [-- --count 20000 --rounds 3]
 *
 * It writes into the bench's graph (its own embedded store, or NEO4J_URI) relationships of a
 * type of its own, BENCH_WRITE_FLOOR, between synthetic nodes, and deletes them after each run.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../src/config.js';
import { pick, readCypherDir } from './cypherFiles.js';
import { openBenchGraph } from './graph.js';

const DIR = path.join(ROOT, 'bench', 'write-floor');

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, not "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '20000' }, rounds: { type: 'string', default: '3' } } });
  const count = positive('count', values.count);
  const rounds = positive('rounds', values.rounds);
  const queries = await readCypherDir(DIR);
  const shapes = ['bare', 'claim-shaped'].map((name) => pick(queries, name, DIR));
  const remove = pick(queries, 'delete', DIR);
  const graph = await openBenchGraph(process.env);
  try {
    if (!graph.synth) throw new Error('The bench graph has no synthetic nodes to write between');
    console.log(`${count} relationships per transaction, ${rounds} round(s); the first round warms the JVM's compiler.`);
    for (let round = 1; round <= rounds; round++) {
      for (const query of shapes) {
        const start = performance.now();
        await graph.db.writeTransaction(query.name, (run) => run(query, { count }));
        const ms = performance.now() - start;
        console.log(`round ${round}  ${query.name.padEnd(24)} ${((ms * 1000) / count).toFixed(1).padStart(6)} µs each  ${Math.round((count / ms) * 1000).toLocaleString('en-US').padStart(7)}/s`);
        // Deleted in transactions of 10,000: one for all would hold every change in the heap at once.
        for (let left = true; left; ) {
          const [row] = await graph.db.writeTransaction(remove.name, (run) => run(remove, { count: 10_000 }));
          left = Number(row?.deleted ?? 0) > 0;
        }
      }
    }
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
