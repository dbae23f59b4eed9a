/**
 * Same data before timing: answers are compared after normalizing what may legitimately
 * differ between targets, and nothing else. Lists come back in whatever order each target
 * produces (the peer cannot order nested lists the way stancegraph does), so every list of
 * objects is sorted, by `id` when its items have one, else by their canonical text; object
 * keys are sorted. No field is dropped. Pure, so it is unit-tested without a server.
 */

/** JSON values as GraphQL returns them. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A canonical copy of `value`: object keys sorted, lists of objects sorted (by id, else by their canonical JSON). */
export function normalize(value: Json): Json {
  if (Array.isArray(value)) {
    const items = value.map(normalize);
    if (!items.every(isObject)) return items;
    const keyed = items.map((item) => ({ item, key: typeof item.id === 'string' ? `0${item.id}` : `1${JSON.stringify(item)}` }));
    keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    return keyed.map((k) => k.item);
  }
  if (isObject(value)) {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) out[key] = normalize(value[key] as Json);
    return out;
  }
  return value;
}

/** Where two normalized values differ: up to `max` lines of `path: expected ≠ actual`. */
export function differences(expected: Json, actual: Json, max = 10): string[] {
  const out: string[] = [];
  const show = (v: Json | undefined) => {
    const text = v === undefined ? '(absent)' : JSON.stringify(v);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  };
  const walk = (a: Json | undefined, b: Json | undefined, at: string) => {
    if (out.length >= max) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) out.push(`${at}: ${a.length} items ≠ ${b.length} items`);
      for (let i = 0; i < Math.min(a.length, b.length); i += 1) walk(a[i], b[i], `${at}[${i}]`);
      return;
    }
    if (isObject(a) && isObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[key], b[key], at ? `${at}.${key}` : key);
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${at || '(root)'}: ${show(a)} ≠ ${show(b)}`);
  };
  walk(expected, actual, '');
  return out;
}

/** Whether two answers hold the same data; the differences when not. */
export function sameData(expected: Json, actual: Json): { same: true } | { same: false; differences: string[] } {
  const d = differences(normalize(expected), normalize(actual));
  return d.length ? { same: false, differences: d } : { same: true };
}

/**
 * A relationship connection of @neo4j/graphql (`xConnection { edges { properties node } }`)
 * as stancegraph's list of edge objects: `shape` builds one item from an edge's properties
 * and its node.
 */
export function fromEdges<T>(
  connection: { edges: Array<{ properties: Record<string, Json>; node: Record<string, Json> }> } | null | undefined,
  shape: (properties: Record<string, Json>, node: Record<string, Json>) => T,
): T[] {
  return (connection?.edges ?? []).map((e) => shape(e.properties, e.node));
}
