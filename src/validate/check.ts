/**
 * The one validator: a record of any kind checked against its format (records.ts) and its
 * references (references.ts). The seed loader checks every record of a corpus with
 * `checkRecord` and then their references together; a curation mutation checks its one
 * record with `checkInput`, against the graph's facts. Same rules, same messages; only the
 * place differs: a file and line for a seed, the input path (`input.sources[1]`) for a mutation.
 */
import type { z } from 'zod';
import { type Location, type PathSegment, problemAt, type SeedProblem } from './problems.js';
import { RECORD_SCHEMAS, type Kind } from './records.js';
import { checkReferences, type GraphFacts } from './references.js';

export type RecordOf<K extends Kind> = z.output<(typeof RECORD_SCHEMAS)[K]>;

function valueAt(raw: unknown, p: readonly PathSegment[]): unknown {
  let v = raw;
  for (const seg of p) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** Zod's issues as problems at the record: an unknown field names itself, a missing one says so. */
function schemaProblems(kind: Kind, at: Location, raw: unknown, error: z.ZodError): SeedProblem[] {
  const fields = Object.keys(RECORD_SCHEMAS[kind].shape).join(', ');
  return error.issues.flatMap((issue) => {
    const inner = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        problemAt(at, [...inner, key], valueAt(raw, [...inner, key]), `unknown field; a record of ${kind} has ${fields}`),
      );
    }
    const value = valueAt(raw, inner);
    const message = value === undefined && issue.code === 'invalid_type' ? 'required, missing' : issue.message;
    return [problemAt(at, inner, value, message)];
  });
}

/** One record against its kind's format: the parsed record (defaults applied), or its problems. */
export function checkRecord<K extends Kind>(
  kind: K,
  raw: unknown,
  at: Location,
): { ok: true; record: RecordOf<K> } | { ok: false; problems: SeedProblem[] } {
  const parsed = RECORD_SCHEMAS[kind].safeParse(raw);
  if (parsed.success) return { ok: true, record: parsed.data as RecordOf<K> };
  return { ok: false, problems: schemaProblems(kind, at, raw, parsed.error) };
}

/** A problem with a mutation's input: where in the input (`input.sources[1]`), the value, what is wrong. */
export interface InputProblem {
  path: string;
  value?: unknown;
  message: string;
}

/** Where a mutation's record sits: its argument, with no file. */
const INPUT: Location = { file: { name: '' }, path: ['input'] };

/**
 * A mutation's record against the format and against the graph (`facts`: the kinds of the
 * ids it names, the PART_OF chains above its parent): every problem at once.
 */
export function checkInput<K extends Kind>(
  kind: K,
  raw: Record<string, unknown>,
  facts: GraphFacts,
): { ok: true; record: RecordOf<K> } | { ok: false; problems: InputProblem[] } {
  const checked = checkRecord(kind, raw, INPUT);
  const problems = [...(checked.ok ? [] : checked.problems), ...checkReferences([{ kind, raw, at: INPUT }], new Set(), facts)];
  if (checked.ok && !problems.length) return checked;
  return { ok: false, problems: problems.map(({ path, value, message }) => ({ path, ...(value === undefined ? {} : { value }), message })) };
}
