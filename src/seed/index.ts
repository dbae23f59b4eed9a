/**
 * The seed loader, public API and the one way in from outside src/seed/: seed files (YAML or
 * JSON, see seeds/) are read, validated as a whole (every problem reported at once, before
 * anything is written), then written to Neo4j in one transaction with batched Cypher from
 * cypher/seed/. The record format itself is in format.ts.
 */
import path from 'node:path';
import { ROOT } from '../config.js';

/** The project's own seed data. */
export const SEEDS_DIR = path.join(ROOT, 'seeds');

export { type SeedProblem, formatProblem } from '../validate/problems.js';
export { checkSeeds, displayPath, readSeeds } from './read.js';
export type { SeedSet } from '../validate/records.js';
export { prepareGraph } from './prepare.js';
export { isGraphEmpty, type SeedReport, seedGraph, writeSeeds } from './write.js';
