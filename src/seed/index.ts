/**
 * The seed loader, public API: seed files (YAML or JSON, see seeds/) are read, validated as a
 * whole (every problem reported at once, before anything is written), then written to Neo4j
 * in one transaction with batched Cypher from cypher/seed/.
 */
import path from 'node:path';
import { ROOT } from '../config.js';

/** The project's own seed data. */
export const SEEDS_DIR = path.join(ROOT, 'seeds');

export { type SeedProblem, formatProblem } from './problems.js';
export { checkSeeds, readSeeds, type SeedText } from './read.js';
export {
  ATTRIBUTIONS,
  EVENT_KINDS,
  KINDS,
  ORGANIZATION_KINDS,
  SLUG,
  STANCE_KINDS,
  type SeedSet,
  type ActorSeed,
  type AffiliationSeed,
  type AttendanceSeed,
  type EventSeed,
  type IssueSeed,
  type OrganizationSeed,
  type SourceSeed,
  type StanceSeed,
} from './schema.js';
export { prepareGraph } from './prepare.js';
export { isGraphEmpty, type SeedOptions, type SeedReport, seedGraph, writeSeeds } from './write.js';
