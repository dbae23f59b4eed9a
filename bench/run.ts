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
 * Exits non-zero when a question differs or fails, or on bad input. Ctrl-C stops every child.
 */
import path from 'node:path';
import { ROOT } from '../src/config.js';
import { type Answer, collectAnswers, compareAnswers, requestBody } from './check.js';
import { graphSize, openBenchGraph, type BenchGraph } from './graph.js';
import { questionIds } from './ids.js';
import { measure, warm } from './measure.js';
import { OptionsError, readOptions } from './options.js';
import { type Question, questions as allQuestions } from './questions.js';
import { comparisonTable, machine, type QuestionResult, targetTable, writeJson } from './report.js';
import {
  answersHttp,
  ensurePeerInstalled,
  externalTarget,
  type RunningTarget,
  startTarget,
  stopAllTargets,
  TARGET_TITLES,
  TargetError,
  type TargetName,
} from './targets.js';

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

  graph = await openBenchGraph(process.env);
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
      try {
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
          const m = await measure(load, pids);
          target.assertAlive();
          r.targets[name]!.runs.push(m);
          console.log(`  ${q.name.padEnd(22)} ${Math.round(m.reqPerS).toString().padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms${m.errors ? `  ${m.errors} errors` : ''}`);
        }
      } finally {
        await target.stop();
      }
    }
  }

  console.log(`\n## Results (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${machine().cpus} cores, ${machine().memoryGb} GB)\n`);
  for (const name of options.targets) console.log(`${targetTable(name, results)}\n`);
  console.log(comparisonTable(results, options.targets));
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
