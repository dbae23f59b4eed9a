import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ErrorCode, StancegraphError } from '../errors.js';

const MIN_JAVA = 17;

/** The `java` to run: JAVA_HOME's when set, else the one on PATH. */
export function javaBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Parses the major version out of `java -version` output ("17.0.15", "1.8.0_392", "21"). */
export function javaMajor(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** Fails with what to do when Java is missing or older than 17. */
export function checkJava(java = javaBinary()): void {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new StancegraphError(
      ErrorCode.STARTUP_FAILED,
      `Java ${MIN_JAVA} or newer is needed to run the embedded Neo4j, but "${java}" could not be run (${result.error.message}). ` +
        `Install a JDK ${MIN_JAVA}+ (or set JAVA_HOME), or set NEO4J_URI to use a Neo4j of your own.`,
    );
  }
  const major = javaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MIN_JAVA) {
    throw new StancegraphError(
      ErrorCode.STARTUP_FAILED,
      `The embedded Neo4j needs Java ${MIN_JAVA} or newer; "${java} -version" reports ${major ?? 'an unknown version'}. ` +
        `Install a JDK ${MIN_JAVA}+ (or point JAVA_HOME at one), or set NEO4J_URI.`,
    );
  }
}
