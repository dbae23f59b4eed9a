import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.js';
import { ErrorCode, StancegraphError } from '../errors.js';
import { logger } from '../logger.js';
import { checkJava } from './java.js';

/**
 * The Maven Wrapper (neo4j/mvnw, from maven-wrapper-plugin, with neo4j/.mvn/): it fetches the
 * Maven its properties name from Maven Central on first use, so a machine needs only Node and
 * Java. It sits beside the Maven projects it builds, not at the repository root, which is Node's.
 */
export const MAVEN_WRAPPER = path.join(ROOT, 'neo4j', 'mvnw');

/** Fails with what to do when the Maven Wrapper, needed for the first build only, cannot be run. */
export function checkMaven(wrapper = MAVEN_WRAPPER): void {
  try {
    accessSync(wrapper, constants.X_OK);
  } catch (e) {
    throw new StancegraphError(
      ErrorCode.STARTUP_FAILED,
      `The Maven Wrapper ${wrapper} builds the embedded Neo4j launcher on the first start, but it cannot be run (${(e as Error).message}). ` +
        `Restore it from the repository (git checkout -- neo4j/mvnw, then chmod +x ${wrapper}), or set NEO4J_URI to use a Neo4j of your own.`,
    );
  }
}

// What Maven and the wrapper print when Maven Central cannot be reached: the wrapper fetching
// Maven itself (curl, wget or its Java downloader), then Maven resolving the projects' artifacts.
const UNREACHABLE =
  /Failed to fetch|Could not transfer|Could not resolve (?:dependencies|plugin|artifact)|UnknownHost|Unknown host|Connection refused|Network is unreachable|timed out|Temporary failure in name resolution/i;

/** The message of a failed build: what Maven said, and what to do when it was the network. */
export function buildFailure(what: string, code: number | null, output: string[]): string {
  const tail = output.filter(Boolean).slice(-20).join('\n');
  if (UNREACHABLE.test(output.join('\n'))) {
    return (
      `Building ${what} needs Maven Central once (Maven itself and Neo4j, about 130 MB), and Maven Central could not be reached. ` +
      'Run the first start again with the network (behind a proxy: https_proxy for the wrapper, a <proxy> in ~/.m2/settings.xml for Maven); ' +
      `later starts run offline. Maven's last lines:\n${tail}`
    );
  }
  return `Building ${what} failed (the Maven Wrapper exited ${code}). Maven's last lines:\n${tail}`;
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
 * Runs `mvnw package` on a project when target/ was not built from its current sources,
 * then stamps target/ with their hash. Only the first build needs Maven Central.
 */
export async function ensureMavenBuilt(project: MavenProject): Promise<void> {
  if (isBuilt(project)) return;
  checkJava(); // the wrapper and Maven run on it: say so in our words, not the wrapper's
  checkMaven();
  logger.info(`Building ${project.what} with Maven (first run only; fetches from Maven Central)`);
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const mvn = spawn(MAVEN_WRAPPER, ['-B', '-q', '-f', path.join(project.dir, 'pom.xml'), 'package'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => output.push(...chunk.toString().split('\n'));
    mvn.stdout.on('data', keep);
    mvn.stderr.on('data', keep);
    mvn.on('error', reject);
    mvn.on('close', resolve);
  });
  if (code !== 0) throw new StancegraphError(ErrorCode.STARTUP_FAILED, buildFailure(project.what, code, output));
  writeFileSync(stampFile(project.dir), sourceHash(project));
}
