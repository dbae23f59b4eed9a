import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ErrorCode, StancegraphError } from '../errors.js';
import { logger } from '../logger.js';

/** Fails with what to do when Maven, needed for the first build only, cannot be run. */
export function checkMaven(mvn = 'mvn'): void {
  const error = spawnSync(mvn, ['-v'], { encoding: 'utf8' }).error;
  if (error) {
    throw new StancegraphError(
      ErrorCode.STARTUP_FAILED,
      `Maven is needed once to fetch Neo4j and its tools from Maven Central and build the embedded launcher, but "${mvn}" could not be run (${error.message}). ` +
        'Install Maven 3.6+, or set NEO4J_URI to use a Neo4j of your own.',
    );
  }
}

export interface MavenProject {
  /** The folder holding pom.xml. */
  dir: string;
  /** Files (relative to dir) whose content decides whether a new build is needed. */
  sources: string[];
  /** What the build makes, for messages: "the embedded Neo4j launcher". */
  what: string;
}

const stampFile = (dir: string) => path.join(dir, 'target', 'stancegraph-build.stamp');

function sourceHash({ dir, sources }: MavenProject): string {
  const h = createHash('sha256');
  for (const f of sources) h.update(readFileSync(path.join(dir, f)));
  return h.digest('hex');
}

/** Whether target/ was built from the current sources. */
export const isBuilt = (project: MavenProject) =>
  existsSync(stampFile(project.dir)) && readFileSync(stampFile(project.dir), 'utf8') === sourceHash(project);

/**
 * Runs `mvn package` on a project when target/ was not built from its current sources,
 * then stamps target/ with their hash. Only the first build needs Maven Central.
 */
export async function ensureMavenBuilt(project: MavenProject): Promise<void> {
  if (isBuilt(project)) return;
  checkMaven();
  logger.info(`Building ${project.what} with Maven (first run only; fetches from Maven Central)`);
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-q', '-f', path.join(project.dir, 'pom.xml'), 'package'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => output.push(...chunk.toString().split('\n'));
    mvn.stdout.on('data', keep);
    mvn.stderr.on('data', keep);
    mvn.on('error', reject);
    mvn.on('close', resolve);
  });
  if (code !== 0) {
    const tail = output.filter(Boolean).slice(-20).join('\n');
    throw new StancegraphError(ErrorCode.STARTUP_FAILED, `Building ${project.what} failed (mvn exited ${code}). Maven's last lines:\n${tail}`);
  }
  writeFileSync(stampFile(project.dir), sourceHash(project));
}
