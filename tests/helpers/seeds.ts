import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../../src/config.js';

/** A stance claim as written in seeds/stances.yaml. */
export interface SeedStance {
  id: string;
  holder: string;
  issue: string;
  stance: string;
  attribution: string;
  asOf?: string;
  position: string;
  quote?: string;
  sources: string[];
}

const read = <T>(name: string): T[] =>
  (parse(readFileSync(path.join(ROOT, 'seeds', `${name}.yaml`), 'utf8')) as Record<string, T[]>)[name] ?? [];

/**
 * The seed files the run's Neo4j was loaded from, read straight from YAML: tests assert the
 * API's answers against these facts instead of numbers copied into the tests.
 */
export const seeds = {
  actors: read<{ id: string; name: string }>('actors'),
  organizations: read<{ id: string; name: string; parent?: string }>('organizations'),
  issues: read<{ id: string; name: string; parent?: string }>('issues'),
  events: read<{ id: string; name: string; date?: string; status: 'PLANNED' | 'HELD' | 'CANCELLED' }>('events'),
  sources: read<{ id: string; title: string }>('sources'),
  stances: read<SeedStance>('stances'),
  affiliations: read<{ actor: string; organization: string; role?: string }>('affiliations'),
  attendances: read<{ attendee: string; event: string; role?: string }>('attendances'),
};

/** The issue and every issue under it, at any depth. */
export function issueWithDescendants(id: string): Set<string> {
  const ids = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const i of seeds.issues) {
      if (i.parent && ids.has(i.parent) && !ids.has(i.id)) {
        ids.add(i.id);
        grew = true;
      }
    }
  }
  return ids;
}
