import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.js';
import { ErrorCode, StancegraphError } from '../errors.js';
import { logger } from '../logger.js';

export const LAUNCHER_DIR = path.join(ROOT, 'neo4j');
const TARGET = path.join(LAUNCHER_DIR, 'target');
const STAMP = path.join(TARGET, 'stancegraph-build.stamp');
const SOURCES = ['pom.xml', 'src/main/java/org/stancegraph/neo4j/Launcher.java'];

/** The classpath of a built launcher. */
export const launcherClasspath = () =>
  [path.join(TARGET, 'classes'), path.join(TARGET, 'lib', '*')].join(path.delimiter);

function sourceHash(): string {
  const h = createHash('sha256');
  for (const f of SOURCES) h.update(readFileSync(path.join(LAUNCHER_DIR, f)));
  return h.digest('hex');
}

/** Fails with what to do when Maven, needed for the first build only, cannot be run. */
export function checkMaven(mvn = 'mvn'): void {
  const error = spawnSync(mvn, ['-v'], { encoding: 'utf8' }).error;
  if (error) {
    throw new StancegraphError(
      ErrorCode.STARTUP_FAILED,
      `Maven is needed once to fetch Neo4j from Maven Central and build the embedded launcher, but "${mvn}" could not be run (${error.message}). ` +
        'Install Maven 3.6+, or set NEO4J_URI to use a Neo4j of your own.',
    );
  }
}

/**
 * Builds the launcher with Maven when it has not been built from the current sources.
 * Only the first build needs the network (Maven Central); later starts run offline.
 */
export async function ensureLauncherBuilt(): Promise<void> {
  const hash = sourceHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return;

  checkMaven();
  logger.info('Building the embedded Neo4j launcher with Maven (first run only; fetches Neo4j from Maven Central)');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-q', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => output.push(...chunk.toString().split('\n'));
    mvn.stdout.on('data', keep);
    mvn.stderr.on('data', keep);
    mvn.on('error', reject);
    mvn.on('close', resolve);
  });
  if (code !== 0) {
    const tail = output.filter(Boolean).slice(-20).join('\n');
    throw new StancegraphError(
      ErrorCode.STARTUP_FAILED,
      `Building the embedded Neo4j launcher failed (mvn exited ${code}). Maven's last lines:\n${tail}`,
    );
  }
  writeFileSync(STAMP, hash);
}
