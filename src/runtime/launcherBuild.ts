import path from 'node:path';
import { ROOT } from '../config.js';
import { ensureMavenBuilt } from './mavenBuild.js';

export const LAUNCHER_DIR = path.join(ROOT, 'neo4j');
const TARGET = path.join(LAUNCHER_DIR, 'target');
const SOURCES = ['pom.xml', ...['Launcher', 'ChangeFeed'].map((c) => `src/main/java/org/stancegraph/neo4j/${c}.java`)];

/** The classpath of a built launcher. */
export const launcherClasspath = () =>
  [path.join(TARGET, 'classes'), path.join(TARGET, 'lib', '*')].join(path.delimiter);

// Kept importable from here: the launcher is what most readers look for.
export { checkMaven } from './mavenBuild.js';

/**
 * Builds the launcher with Maven when it has not been built from the current sources.
 * Only the first build needs the network (Maven Central); later starts run offline.
 */
export const ensureLauncherBuilt = () =>
  ensureMavenBuilt({ dir: LAUNCHER_DIR, sources: SOURCES, what: 'the embedded Neo4j launcher' });
