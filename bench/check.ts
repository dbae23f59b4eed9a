/**
 * Same data before timing: every target answers every question it can once, the answers
 * are normalized (bench/normalize.ts) and compared with the reference target's (stancegraph
 * when it runs). A target whose answer differs or fails is not timed on that question.
 */
import type { Json } from './normalize.js';
import { sameData } from './normalize.js';
import type { Question } from './questions.js';
import type { RunningTarget, TargetName } from './targets.js';

/** The POST body a target gets for a question; undefined when the target cannot express it. */
export function requestBody(q: Question, target: TargetName): string | undefined {
  if (target === 'peer') return q.peer && JSON.stringify({ query: q.peer.query, variables: q.peer.variables, operationName: q.name });
  return JSON.stringify({ query: q.query, variables: q.variables, operationName: q.name });
}

export type Answer = { ok: true; data: Json } | { ok: false; error: string };

/** One answer, in stancegraph's shape (the peer's is mapped). */
export async function ask(url: string, q: Question, target: TargetName): Promise<Answer | undefined> {
  const body = requestBody(q, target);
  if (!body) return undefined;
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(120_000) });
    const text = await response.text();
    let json: { data?: Record<string, Json> | null; errors?: unknown[] };
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, error: `HTTP ${response.status}, not JSON: ${text.slice(0, 200)}` };
    }
    if (json.errors?.length || !json.data) return { ok: false, error: `HTTP ${response.status}: ${JSON.stringify(json.errors ?? 'no data').slice(0, 400)}` };
    return { ok: true, data: target === 'peer' ? q.peer!.toStancegraph(json.data) : json.data };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

export async function collectAnswers(target: RunningTarget, qs: Question[]): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  for (const q of qs) {
    const a = await ask(target.url, q, target.name);
    if (a) answers.set(q.name, a);
  }
  return answers;
}

/** Per question and target: whether it may be timed, and why not. */
export type Verdict = 'same' | 'reference' | 'differs' | 'error' | 'n/a';

export interface CheckResult {
  verdicts: Map<string, Map<TargetName, Verdict>>;
  /** What went wrong, for the report: question, target, lines. */
  problems: Array<{ question: string; target: TargetName; lines: string[] }>;
}

export function compareAnswers(qs: Question[], answers: Map<TargetName, Map<string, Answer>>, reference: TargetName): CheckResult {
  const verdicts = new Map<string, Map<TargetName, Verdict>>();
  const problems: CheckResult['problems'] = [];
  for (const q of qs) {
    const row = new Map<TargetName, Verdict>();
    verdicts.set(q.name, row);
    const ref = answers.get(reference)?.get(q.name);
    for (const [target, byQuestion] of answers) {
      const a = byQuestion.get(q.name);
      if (!a) {
        row.set(target, 'n/a');
      } else if (!a.ok) {
        row.set(target, 'error');
        problems.push({ question: q.name, target, lines: [a.error] });
      } else if (target === reference) {
        row.set(target, 'reference');
      } else if (!ref?.ok) {
        row.set(target, 'error');
        problems.push({ question: q.name, target, lines: [`the reference (${reference}) has no answer to compare with`] });
      } else {
        const same = sameData(ref.data, a.data);
        row.set(target, same.same ? 'same' : 'differs');
        if (!same.same) problems.push({ question: q.name, target, lines: [`differs from ${reference} (normalized; ${reference} ≠ ${target}):`, ...same.differences] });
      }
    }
  }
  return { verdicts, problems };
}
