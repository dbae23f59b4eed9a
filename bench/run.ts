/**
 * `npm run bench`: stancegraph side by side with @neo4j/graphql 7 and the limit (one
 * hand-written Cypher query per request), on one Neo4j and one graph (the synthetic one of
 * `npm run synth` when it is there).
 *
 * 1. The graph: the bench's own embedded Neo4j (.data/bench) or NEO4J_URI; schema applied,
 *    data generated when missing; its size printed.
 * 2. Same data: each target, started alone, answers every question once; answers are
 *    normalized and compared with stancegraph's; a target that differs is not timed there.
 * 3. Load: a warm-up round (every target, every question, unmeasured), then BENCH_REPEAT
 *    timed rounds in rotating target order; in each, every target, started alone, gets each
 *    question with autocannon (warm-up, then the measured run); CPU per request of the target
 *    and the JVM, and the target's memory, from /proc.
 * 4. Tables per target and side by side; JSON in bench/results/latest.json.
 *
 * The cached targets are stancegraph with its cross-request cache on (it needs the change feed
 * of a Neo4j the project started); `cached-writes` is measured while a second Bolt client
 * renames a node the questions read every 100 ms during each measured run (bench/writer.ts). Their same-data check
 * uses the second answer, served from the cache. Their hit rate, evictions and commit-to-
 * eviction delays come from the target's GET /cache-stats around each measured run.
 *
 * Exits non-zero when a question differs or fails, or on bad input. Ctrl-C stops every child.
 */
import path from 'node:path';
import { ROOT } from '../src/config.js';
import { buildDist } from '../src/runtime/distBuild.js';
import { cacheRun, fetchCacheStats } from './cacheStats.js';
import { type Answer, collectAnswers, compareAnswers, requestBody } from './check.js';
import { graphSize, openBenchGraph, type BenchGraph } from './graph.js';
import { questionIds } from './ids.js';
import { measure, type RunProbe, warm } from './measure.js';
import { OptionsError, readOptions } from './options.js';
import { type Question, questions as allQuestions } from './questions.js';
import { cacheTable, comparisonTable, machine, type QuestionResult, targetTable, writeJson } from './report.js';
import {
  answersHttp,
  ensurePeerInstalled,
  externalTarget,
  isCached,
  type RunningTarget,
  startTarget,
  stopAllTargets,
  TARGET_TITLES,
  TargetError,
  type TargetName,
} from './targets.js';
import { startWriter, type Writer } from './writer.js';

let graph: BenchGraph | undefined;
let shuttingDown = false;

async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    await stopAllTargets();
    await graph?.close();
  }
  process.exit(code);
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), process.env, path.join(ROOT, 'bench', 'results', 'latest.json'));
  // A BENCH_URL that answers nothing is a mistake to report, not a reason to start another server.
  if (options.benchUrl && options.targets.includes('stancegraph') && !(await answersHttp(options.benchUrl, 5_000))) {
    console.error(`Nothing answers at BENCH_URL=${options.benchUrl}. Start stancegraph there first, or unset BENCH_URL to let the bench start it.`);
    return 1;
  }
  if (options.targets.includes('peer')) ensurePeerInstalled();
  if (options.targets.some((t) => t === 'stancegraph' || isCached(t))) buildDist();

  graph = await openBenchGraph(process.env, options.claims);
  const cached = options.targets.filter(isCached);
  if (cached.length && !graph.feed?.listening) {
    throw new TargetError(
      `--targets ${cached.join(',')} needs the change feed of a Neo4j this project started, and ${graph.address.uri} has none: ` +
        (graph.feed
          ? `its launcher (pid in ${graph.feed.dataDir}/neo4j/listen.json) predates the feed; restart it with this checkout's launcher.`
          : `point NEO4J_URI at \`npm run neo4j\` and STANCEGRAPH_DATA_DIR at its data dir, or leave NEO4J_URI unset for the bench's own.`) +
        ' Or leave the cached targets out (--targets stancegraph,peer,limit).',
    );
  }
  const size = await graphSize(graph.db);
  const ids = await questionIds(graph.db, graph.synth);
  const qs = allQuestions(ids).filter((q) => !options.only.length || options.only.some((o) => q.name.includes(o) || q.title.includes(o)));
  if (!qs.length) throw new OptionsError(`--only ${options.only.join(', ')} matches no question; questions: ${allQuestions(ids).map((q) => q.name).join(', ')}`);
  console.log(`Graph at ${graph.address.uri}: ${Object.entries(size).map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`).join(', ')}${graph.synth ? ' (synthetic)' : ' (seeded, not synthetic)'}`);
  console.log(`Neo4j JVM pid: ${graph.jvmPid ?? 'unknown (its CPU is not reported)'}`);
  console.log(`${qs.length} questions × ${options.targets.join(', ')}; ${options.warmupS} s warm-up then ${options.durationS} s per run, ${options.repeat} run(s).\n`);

  const start = async (name: TargetName): Promise<RunningTarget> =>
    name === 'stancegraph' && options.benchUrl ? externalTarget(options.benchUrl) : startTarget(name, graph!.address);

  // Same data first.
  const answers = new Map<TargetName, Map<string, Answer>>();
  for (const name of options.targets) {
    const target = await start(name);
    try {
      // A cached target's first answers fill its cache; the second ones, served from it, are checked.
      if (isCached(name)) await collectAnswers(target, qs);
      answers.set(name, await collectAnswers(target, qs));
    } finally {
      await target.stop();
    }
  }
  const reference: TargetName = options.targets.includes('stancegraph') ? 'stancegraph' : options.targets[0]!;
  const check = compareAnswers(qs, answers, reference);
  for (const p of check.problems) console.error(`✗ ${p.question} on ${p.target}: ${p.lines.join('\n    ')}`);
  for (const q of qs) {
    const ref = answers.get(reference)?.get(q.name);
    const size = ref?.ok ? `${(JSON.stringify(ref.data).length / 1024).toFixed(1)} kB` : 'no answer';
    const row = [...(check.verdicts.get(q.name) ?? [])].map(([t, v]) => `${t} ${v}`).join(', ');
    console.log(`  ${q.name.padEnd(22)} ${size.padStart(9)}  ${row}`);
  }
  if (!check.problems.length) console.log(`Same data: every answer matches ${reference}'s.`);
  if (options.checkOnly) return check.problems.length ? 1 : 0;

  // Then load, one target at a time. Neo4j's JIT compiles the code paths each target's
  // queries take as they run, so the first target timed on a fresh JVM would pay for all
  // of it: a warm-up round gives every target every question, unmeasured, before any timed
  // round. Timed rounds (BENCH_REPEAT) rotate the order of the targets.
  const results: QuestionResult[] = qs.map((question) => ({ question, targets: {} }));
  for (const r of results) {
    for (const name of options.targets) r.targets[name] = { verdict: check.verdicts.get(r.question.name)?.get(name) ?? 'n/a', runs: [] };
  }
  for (let round = 0; round <= options.repeat; round += 1) {
    const warmUp = round === 0;
    const order = options.targets.map((_, i) => options.targets[(i + Math.max(round - 1, 0)) % options.targets.length]!);
    console.log(warmUp ? '\nWarm-up round (not measured)' : `\nRound ${round} of ${options.repeat}`);
    for (const name of order) {
      const timed = results.filter((r) => ['same', 'reference'].includes(r.targets[name]!.verdict));
      if (!timed.length) continue;
      const target = await start(name);
      console.log(`${warmUp ? 'Warming' : 'Measuring'} ${TARGET_TITLES[name]} at ${target.url}${target.pid ? ` (pid ${target.pid})` : ''}`);
      let writer: Writer | undefined;
      try {
        if (name === 'cached-writes') writer = await startWriter(graph.db, ids);
        const probe: RunProbe<Awaited<ReturnType<typeof fetchCacheStats>>> | undefined = isCached(name)
          ? {
              start: async () => {
                const before = await fetchCacheStats(target.url);
                writer?.resume();
                return before;
              },
              loadDone: () => writer?.pause(),
              end: async (before) => ({ cache: cacheRun(before, await fetchCacheStats(target.url)) }),
            }
          : undefined;
        for (const r of timed) {
          const q: Question = r.question;
          const connections = q.connections === 1 ? 1 : options.connections;
          const load = { url: target.url, body: requestBody(q, name)!, connections, warmupS: options.warmupS, durationS: options.durationS };
          const pids = { target: target.pid, jvm: graph.jvmPid };
          if (warmUp) {
            await warm(load, pids);
            target.assertAlive();
            continue;
          }
          const m = await measure(load, pids, probe);
          target.assertAlive();
          r.targets[name]!.runs.push(m);
          const hits = m.cache && m.cache.hits + m.cache.misses ? `  hits ${((100 * m.cache.hits) / (m.cache.hits + m.cache.misses)).toFixed(1)}%` : '';
          console.log(`  ${q.name.padEnd(22)} ${Math.round(m.reqPerS).toString().padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms${m.errors ? `  ${m.errors} errors` : ''}${hits}`);
        }
      } finally {
        try {
          if (writer) {
            const w = await writer.stop();
            console.log(`  writer: ${w.writes} writes${w.failures ? `, ${w.failures} failed` : ''}; names restored`);
          }
        } finally {
          await target.stop();
        }
      }
    }
  }

  console.log(`\n## Results (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${machine().cpus} cores, ${machine().memoryGb} GB)\n`);
  for (const name of options.targets) console.log(`${targetTable(name, results)}\n`);
  console.log(comparisonTable(results, options.targets));
  if (cached.length) console.log(`\n${cacheTable(results, options.targets)}`);
  await writeJson(
    options.out,
    { date: new Date().toISOString(), machine: machine(), graph: size, synth: graph.synth, ids, options: { ...options, out: undefined }, problems: check.problems },
    results,
  );
  console.log(`\nJSON: ${path.relative(process.cwd(), options.out)}`);
  if (check.problems.length) {
    console.error(`\n${check.problems.length} answer(s) differ or failed (above): those were not timed.`);
    return 1;
  }
  return 0;
}

process.once('SIGINT', () => void shutdown(130));
process.once('SIGTERM', () => void shutdown(143));
try {
  const code = await main();
  await shutdown(code);
} catch (e) {
  const known = e instanceof OptionsError || e instanceof TargetError;
  console.error(known ? (e as Error).message : e);
  await shutdown(known && e instanceof OptionsError ? 2 : 1);
}
