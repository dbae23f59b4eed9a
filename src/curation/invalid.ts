import { badInput, type StancegraphError } from '../errors.js';
import type { InputProblem } from '../validate/check.js';

const show = (value: unknown): string => {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
};

/**
 * The BAD_USER_INPUT a mutation raises for its input's problems: each with its path and
 * value in the message (`input.sources[1] = "nope": no source has this id`), all of them in
 * `extensions.problems`, the first one's path and value in `extensions.field` and `value`.
 */
export function inputInvalid(problems: InputProblem[]): StancegraphError {
  const lines = problems.map((p) => `${p.path}${'value' in p ? ` = ${show(p.value)}` : ''}: ${p.message}`);
  const [first] = problems;
  return badInput(`Invalid input; nothing was written: ${lines.join('; ')}`, {
    field: first?.path,
    ...(first && 'value' in first ? { value: first.value } : {}),
    problems,
  });
}

/** A problem with one argument of a mutation that takes ids rather than an input object. */
export const argumentInvalid = (argumentName: string, value: unknown, message: string): StancegraphError =>
  badInput(`${argumentName} = ${show(value)}: ${message}; nothing was written`, { argumentName, field: argumentName, value });
