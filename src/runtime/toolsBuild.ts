import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LAUNCHER_DIR } from './launcherBuild.js';
import { ensureMavenBuilt } from './mavenBuild.js';

/** The Maven project that fetches the analysts' tools: cypher-shell and Neo4j Browser. */
export const TOOLS_DIR = path.join(LAUNCHER_DIR, 'tools');
/** Neo4j Browser's static files, unpacked from its jar. */
export const BROWSER_DIR = path.join(TOOLS_DIR, 'target', 'browser');
/** cypher-shell's main class; its jars are in target/lib. */
export const CYPHER_SHELL_MAIN = 'org.neo4j.shell.Main';
export const cypherShellClasspath = () => path.join(TOOLS_DIR, 'target', 'lib', '*');

// Neo4j Browser's stylesheet imports its fonts from Google; offline that request fails (the
// page falls back to system fonts) and online it leaks the visit. The import is dropped.
const GOOGLE_FONTS = /@import url\(https:\/\/fonts\.googleapis\.com\/[^)]*\);?/g;

function dropRemoteFonts(): void {
  for (const file of readdirSync(BROWSER_DIR).filter((f) => f.endsWith('.js') || f.endsWith('.css'))) {
    const full = path.join(BROWSER_DIR, file);
    const text = readFileSync(full, 'utf8');
    if (GOOGLE_FONTS.test(text)) writeFileSync(full, text.replace(GOOGLE_FONTS, ''));
    GOOGLE_FONTS.lastIndex = 0;
  }
}

let building: Promise<void> | undefined;

/**
 * Fetches cypher-shell and Neo4j Browser with Maven on first use (about 100 MB from Maven
 * Central), offline after that. Concurrent callers share one build.
 */
export function ensureToolsBuilt(): Promise<void> {
  building ??= ensureMavenBuilt({ dir: TOOLS_DIR, sources: ['pom.xml'], what: 'cypher-shell and Neo4j Browser' })
    .then(dropRemoteFonts)
    .catch((e: unknown) => {
      building = undefined; // a later call may try again (the network may be back)
      throw e;
    });
  return building;
}
