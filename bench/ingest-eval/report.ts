/** The eval's Markdown: one row per article and an overall row per metric, with the targets. */
import { type Ratio, type Scores, total } from './score.js';

export interface Timing {
  words: number;
  /** Warm drafting times, sorted, ms. */
  ms: number[];
}

export interface ArticleResult {
  source: string;
  file: string;
  published: string | null;
  scores: Scores;
  timing: Timing;
  coldMs: number;
}

const pct = (r: Ratio) => (r.of ? `${Math.round((100 * r.hit) / r.of)}% (${r.hit}/${r.of})` : `– (0/0)`);
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)] ?? NaN;
const ms = (t: Timing) => `${median(t.ms).toFixed(0)} ms (${t.ms[0]!.toFixed(0)}–${t.ms[t.ms.length - 1]!.toFixed(0)})`;

const METRICS: Array<[string, (s: Omit<Scores, 'misses' | 'places'>) => Ratio, string]> = [
  ['entities recall', (s) => s.entities.recall, '≥ 95%'],
  ['entities precision', (s) => s.entities.precision, '≥ 90%'],
  ['new entities recall', (s) => s.newEntities.recall, ''],
  ['new entities precision', (s) => s.newEntities.precision, ''],
  ['quotes found', (s) => s.quoteSpeakers.found, ''],
  ['quote speakers right', (s) => s.quoteSpeakers.right, '≥ 90%'],
  ['events recall', (s) => s.events.recall, ''],
  ['events precision', (s) => s.events.precision, ''],
  ['event status right', (s) => s.events.status, '≥ 90%'],
  ['attendances recall', (s) => s.attendances.recall, '≥ 75%'],
  ['attendances precision', (s) => s.attendances.precision, ''],
  ['affiliations recall', (s) => s.affiliations.recall, ''],
  ['affiliations precision', (s) => s.affiliations.precision, ''],
  ['new issues recall', (s) => s.newIssues.recall, ''],
  ['new issues precision', (s) => s.newIssues.precision, ''],
  ['holder–issue recall', (s) => s.stances.recall, '≥ 60%'],
  ['holder–issue recall, issue in the graph', (s) => s.stances.recallInGraph, ''],
  ['holder–issue precision', (s) => s.stances.precision, '≥ 60%'],
  ['stance agreement', (s) => s.stances.agreement, ''],
];

export function markdown(results: ArticleResult[], long: Timing, runs: number): string {
  const overall = total(results.map((r) => r.scores));
  const head = `| metric | ${results.map((r) => `\`${r.file.slice(0, 3)}\``).join(' | ')} | overall | target |`;
  const rule = `|---|${results.map(() => '---|').join('')}---|---|`;
  const rows = METRICS.map(([name, get, target]) => `| ${name} | ${results.map((r) => pct(get(r.scores))).join(' | ')} | **${pct(get(overall))}** | ${target} |`);
  const places = `| new places proposed (not scored) | ${results.map((r) => r.scores.places).join(' | ')} | ${results.reduce((n, r) => n + r.scores.places, 0)} | |`;
  const words = `| words | ${results.map((r) => r.timing.words).join(' | ')} | ${results.reduce((n, r) => n + r.timing.words, 0)} | |`;
  const times = `| draft, warm: median (min–max of ${runs}) | ${results.map((r) => ms(r.timing)).join(' | ')} | | < 1 s for 1,500 words |`;
  const cold = `| draft, first in the process (cold) | ${results.map((r) => `${r.coldMs.toFixed(0)} ms`).join(' | ')} | | |`;
  const articles = results.map((r) => `\`${r.file.slice(0, 3)}\` = ${r.source} (published: ${r.published ?? 'not given'})`).join('; ');
  return [
    head,
    rule,
    ...rows,
    places,
    words,
    times,
    cold,
    '',
    `A 1,500-word article (the corpus joined and cut at 1,500 words, at run time): ${ms(long)} warm, median (min–max) of ${runs} runs.`,
    '',
    `Articles: ${articles}.`,
  ].join('\n');
}
