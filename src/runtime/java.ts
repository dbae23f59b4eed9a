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
      `Java was not found: "${java}" could not be run (${result.error.message}). Java ${MIN_JAVA} or newer is needed to run the embedded Neo4j ` +
        `(Node and Java are stancegraph's only prerequisites). Install a JDK ${MIN_JAVA} or newer (on Debian: apt-get install openjdk-${MIN_JAVA}-jdk-headless), ` +
        'or set JAVA_HOME to one; or set NEO4J_URI to use a Neo4j of your own.',
    );
  }
  const major = javaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MIN_JAVA) {
    throw new StancegraphError(
      ErrorCode.STARTUP_FAILED,
      `Java is older than ${MIN_JAVA}: "${java} -version" reports ${major ?? 'an unknown version'}, and the embedded Neo4j needs Java ${MIN_JAVA} or newer. ` +
        `Install Java ${MIN_JAVA} or newer and put it first on PATH, or set JAVA_HOME to it; or set NEO4J_URI.`,
    );
  }
}
