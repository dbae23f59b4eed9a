// Node and Java 17 are the only prerequisites. What a fresh machine meets when one is missing
// or old, when Maven Central cannot be reached on the first build, and when the store was
// written by a newer Neo4j: each message says what to do, in the README's words.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '../../src/errors.js';
import { checkJava, javaBinary, javaMajor } from '../../src/runtime/java.js';
import { buildFailure, checkMaven, ensureMavenBuilt, isBuilt, MAVEN_WRAPPER } from '../../src/runtime/mavenBuild.js';
import { newerStoreAdvice } from '../../src/runtime/storeVersion.js';
import { tempDir } from '../helpers/tempDirs.js';

/** A JDK home whose bin/java prints `java -version` output of the given version, as a JDK does, on stderr. */
async function fakeJdk(version: string): Promise<string> {
  const home = await tempDir('fake-jdk');
  await mkdir(path.join(home, 'bin'));
  const java = path.join(home, 'bin', 'java');
  await writeFile(java, `#!/bin/sh\necho 'openjdk version "${version}" 2020-01-14' >&2\n`);
  await chmod(java, 0o755);
  return home;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('Java', () => {
  it('reads the major version of old and new version strings', () => {
    expect(javaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajor('java version "1.8.0_392"')).toBe(8);
    expect(javaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajor('no java here')).toBeUndefined();
  });

  it('says what to do when Java is missing', () => {
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(
      expect.objectContaining({
        code: ErrorCode.STARTUP_FAILED,
        message: expect.stringMatching(/^Java was not found: "\/nonexistent\/bin\/java".*install a JDK 17 or newer.*JAVA_HOME/i),
      }),
    );
  });

  it('says what to do when JAVA_HOME names a Java older than 17', async () => {
    const home = await fakeJdk('11.0.2');
    const java = javaBinary({ JAVA_HOME: home });
    expect(java).toBe(path.join(home, 'bin', 'java'));
    expect(() => checkJava(java)).toThrow(/^Java is older than 17: ".*" reports 11.*put it first on PATH, or set JAVA_HOME to it/);
  });

  it('says what to do when the java on PATH is older than 17', async () => {
    const home = await fakeJdk('1.8.0_392');
    vi.stubEnv('JAVA_HOME', undefined);
    vi.stubEnv('PATH', path.join(home, 'bin'));
    expect(() => checkJava()).toThrow(/^Java is older than 17: "java -version" reports 8/);
  });

  it('accepts Java 17 and newer', async () => {
    expect(() => checkJava()).not.toThrow(); // this machine's own, which runs the tests' Neo4j
    const java21 = path.join(await fakeJdk('21.0.1'), 'bin', 'java');
    expect(() => checkJava(java21)).not.toThrow();
  });
});

describe('the Maven Wrapper', () => {
  it('is committed executable, so no Maven install is needed', () => {
    expect(() => checkMaven()).not.toThrow();
    expect(MAVEN_WRAPPER).toMatch(/neo4j[/\\]mvnw$/);
  });

  it('says what to do when the wrapper cannot be run', () => {
    expect(() => checkMaven('/nonexistent/mvnw')).toThrow(/Maven Wrapper \/nonexistent\/mvnw .*cannot be run.*git checkout -- neo4j\/mvnw.*NEO4J_URI/);
  });

  it('tells a build that could not reach Maven Central from any other failure', () => {
    expect(buildFailure('the launcher', 1, ['curl: (7) Failed to connect', 'Failed to fetch https://repo.maven.apache.org/x.zip'])).toMatch(
      /^Building the launcher needs Maven Central once .* Maven Central could not be reached\. Run the first start again with the network \(behind a proxy: https_proxy for the wrapper, a <proxy> in ~\/\.m2\/settings\.xml for Maven\)/,
    );
    expect(buildFailure('the launcher', 1, ['[ERROR] Could not transfer artifact org.neo4j:neo4j:pom:5.26.30 from/to central'])).toMatch(
      /Maven Central could not be reached/,
    );
    expect(buildFailure('the launcher', 1, ['[ERROR] COMPILATION ERROR', 'Launcher.java:[3,1] class, interface, enum, or record expected'])).toMatch(
      /^Building the launcher failed \(the Maven Wrapper exited 1\)\. Maven's last lines:\n\[ERROR\] COMPILATION ERROR/,
    );
  });

  it('on a first build without a way to Maven Central, says so and stamps nothing', async () => {
    const dir = await tempDir('mvn-offline');
    await writeFile(
      path.join(dir, 'pom.xml'),
      '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>' +
        '<groupId>t</groupId><artifactId>t</artifactId><version>1</version></project>\n',
    );
    // A Maven home the wrapper has never filled, and a repository where nothing listens
    // (port 9, discard): the wrapper must fetch Maven itself, and cannot.
    vi.stubEnv('MAVEN_USER_HOME', await tempDir('maven-home'));
    vi.stubEnv('MVNW_REPOURL', 'http://127.0.0.1:9/maven2');
    const project = { dir, sources: ['pom.xml'], what: 'a test project' };
    await expect(ensureMavenBuilt(project)).rejects.toThrow(
      expect.objectContaining({ code: ErrorCode.STARTUP_FAILED, message: expect.stringMatching(/^Building a test project needs Maven Central once .*could not be reached/) }),
    );
    expect(isBuilt(project)).toBe(false);
  });
});

describe('a store written by a newer Neo4j', () => {
  // Neo4j 5.26's own words for such a store, from its jars.
  const said = [
    "Log file contains entries with prefix 10, and the highest supported Kernel Version is V5_25. This indicates that the log files originates from an newer version of neo4j, which we don't support downgrading from.",
    "Unknown store version 'aligned-1.2'",
    "Database 'neo4j' is of a newer version than the current binaries. Downgrade is not supported.",
  ];

  it.each(said)('says what to do when Neo4j says: %s', (words) => {
    expect(newerStoreAdvice('/data/neo4j', `Neo4j failed to start: java.lang.RuntimeException (cause: ${words})`)).toMatch(
      /^The store at \/data\/neo4j was written by a newer Neo4j than this project's Neo4j 5\.26.*Point STANCEGRAPH_DATA_DIR at another folder.*move \/data\/neo4j away/,
    );
  });

  it('stays out of other start-up failures', () => {
    expect(newerStoreAdvice('/data/neo4j', 'Bolt port 127.0.0.1:7687 is already in use; stop what listens there or choose another port')).toBeUndefined();
  });
});
