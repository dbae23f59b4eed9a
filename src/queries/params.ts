import neo4j from 'neo4j-driver';
import { badInput } from '../errors.js';

/** A saved query's parameter type, as its example Cypher literal shows it. */
export type ParamType =
  | { kind: 'string' | 'date' | 'integer' | 'float' | 'boolean' }
  | { kind: 'list'; of: ParamType };

/** How a type is named in messages and in `--list`: `date (YYYY-MM-DD)`, `list of string`. */
export function describeType(type: ParamType): string {
  if (type.kind === 'list') return `list of ${describeType(type.of)} (comma-separated or a JSON array)`;
  return type.kind === 'date' ? 'date (YYYY-MM-DD)' : type.kind;
}

/** The type with its article, for sentences: "a date (YYYY-MM-DD)", "an integer". */
export const aType = (type: ParamType) => `${/^[aeiou]/.test(describeType(type)) ? 'an' : 'a'} ${describeType(type)}`;

/** The type of a Cypher literal from a `:param` line: `'x'`, `date('2026-01-01')`, `[1, 2]`, `42`, `4.2`, `true`. */
export function paramTypeOf(literal: string, where: string): ParamType {
  const s = literal.trim();
  if (/^'.*'$|^".*"$/.test(s)) return { kind: 'string' };
  if (/^date\(\s*'[^']*'\s*\)$/i.test(s)) return { kind: 'date' };
  if (/^-?\d+$/.test(s)) return { kind: 'integer' };
  if (/^-?\d*\.\d+(e-?\d+)?$/i.test(s)) return { kind: 'float' };
  if (/^(true|false)$/i.test(s)) return { kind: 'boolean' };
  if (s === 'null') return { kind: 'string' };
  const list = /^\[(.*)\]$/.exec(s);
  if (list) {
    const first = list[1]!.split(',')[0]!.trim();
    return { kind: 'list', of: first ? paramTypeOf(first, where) : { kind: 'string' } };
  }
  throw new Error(`${where}: cannot tell the type of the :param literal ${s}`);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Turns a command-line value into the Neo4j value its type asks for, or fails naming the
 * parameter, its type and the value. `null` passes null for any type (issue-tree's root).
 */
export function parseParam(name: string, type: ParamType, raw: string): unknown {
  if (raw === 'null') return null;
  const wrong = () => badInput(`parameter ${name} expects ${aType(type)}, got ${JSON.stringify(raw)}.`);
  switch (type.kind) {
    case 'string':
      return raw;
    case 'date': {
      const m = ISO_DATE.exec(raw);
      const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
      const real = m && new Date(Date.UTC(y, mo - 1, d)).toISOString().startsWith(raw);
      if (!real) throw wrong();
      return new neo4j.types.Date(y, mo, d);
    }
    case 'integer':
      // A plain JS number would reach Neo4j as a float, which LIMIT and range() refuse.
      if (!/^-?\d+$/.test(raw)) throw wrong();
      return neo4j.int(raw);
    case 'float':
      if (raw.trim() === '' || !Number.isFinite(Number(raw))) throw wrong();
      return Number(raw);
    case 'boolean':
      if (!/^(true|false)$/i.test(raw)) throw wrong();
      return raw.toLowerCase() === 'true';
    case 'list': {
      let items: string[];
      if (raw.trim().startsWith('[')) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(raw);
        } catch {
          throw wrong();
        }
        if (!Array.isArray(parsed)) throw wrong();
        items = parsed.map(String);
      } else {
        items = raw === '' ? [] : raw.split(',').map((x) => x.trim());
      }
      return items.map((item, i) => parseParam(`${name}[${i}]`, type.of, item));
    }
  }
}

/**
 * Parses `key=value` pairs against the query's parameters: every parameter must be given
 * once, and no unknown one. Every problem is reported at once.
 */
export function parseParams(
  query: { name: string; params: Array<{ name: string; type: ParamType }> },
  pairs: string[],
): Record<string, unknown> {
  const given = new Map<string, string>();
  const problems: string[] = [];
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      problems.push(`--param ${JSON.stringify(pair)} is not key=value`);
      continue;
    }
    given.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  const known = new Set(query.params.map((p) => p.name));
  for (const key of given.keys()) {
    if (!known.has(key)) {
      const expected = query.params.map((p) => p.name).join(', ') || 'none';
      problems.push(`no parameter ${key} (it takes: ${expected})`);
    }
  }
  const values: Record<string, unknown> = {};
  for (const p of query.params) {
    const raw = given.get(p.name);
    if (raw === undefined) {
      problems.push(`missing parameter ${p.name}: ${aType(p.type)} (--param ${p.name}=…)`);
      continue;
    }
    try {
      values[p.name] = parseParam(p.name, p.type, raw);
    } catch (e) {
      problems.push((e as Error).message.replace(/\.$/, ''));
    }
  }
  if (problems.length) throw badInput(`${query.name}: ${problems.join('; ')}.`);
  return values;
}
