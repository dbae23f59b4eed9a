import { createHash } from 'node:crypto';
import type { Db } from '../../src/graph/db.js';
import type { SeedSet } from '../../src/seed/index.js';

/** Counts by label and relationship type, and a checksum of every node's and edge's properties. */
export interface GraphSnapshot {
  labels: Record<string, number>;
  types: Record<string, number>;
  checksum: string;
}

/** JSON with object keys sorted, so equal graphs hash equal whatever order Neo4j returns keys in. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The whole graph, summarised: two graphs with equal snapshots hold the same data. */
export async function graphSnapshot(db: Db): Promise<GraphSnapshot> {
  const nodes = await db.read({
    name: 'test/snapshot-nodes',
    // API keys and the schema version are not data (seed --reset keeps them): not in a snapshot of the data.
    text: 'MATCH (n) WHERE NOT n:ApiKey AND NOT n:SchemaVersion RETURN labels(n) AS labels, properties(n) AS props, [k IN keys(n) | valueType(n[k])] AS types ORDER BY n.id',
  });
  const rels = await db.read({
    name: 'test/snapshot-relationships',
    text: `MATCH (a)-[r]->(b)
      RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props, [k IN keys(r) | valueType(r[k])] AS types
      ORDER BY type, from, to, r.id`,
  });
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const n of nodes) for (const l of n.labels as string[]) labels[l] = (labels[l] ?? 0) + 1;
  for (const r of rels) types[r.type as string] = (types[r.type as string] ?? 0) + 1;
  const hash = createHash('sha256');
  for (const n of nodes) hash.update(stable({ ...n, labels: [...(n.labels as string[])].sort(), types: [...(n.types as string[])].sort() }));
  for (const r of rels) hash.update(stable({ ...r, types: [...(r.types as string[])].sort() }));
  return { labels, types, checksum: hash.digest('hex') };
}

/** The counts a graph seeded from `s` (and nothing else) must have. */
export function expectedCounts(s: SeedSet): Pick<GraphSnapshot, 'labels' | 'types'> {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const nodes = [s.sources, s.actors, s.organizations, s.issues, s.events];
  return {
    labels: {
      Entity: sum(nodes.map((l) => l.length)),
      Source: s.sources.length,
      Actor: s.actors.length,
      Organization: s.organizations.length,
      Issue: s.issues.length,
      Event: s.events.length,
    },
    types: {
      HOLDS_STANCE: s.stances.length,
      ATTENDED: s.attendances.length,
      AFFILIATED_WITH: s.affiliations.length,
      PART_OF: [...s.issues, ...s.organizations].filter((x) => x.parent !== undefined).length,
      CONCERNS: sum(s.events.map((e) => e.issues.length)),
      MENTIONED_IN: sum([...s.actors, ...s.organizations, ...s.issues, ...s.events].map((x) => x.sources.length)),
    },
  };
}
