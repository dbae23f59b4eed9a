import path from 'node:path';
import { ROOT } from '../config.js';
import { ensureMavenBuilt } from './mavenBuild.js';

export const LAUNCHER_DIR = path.join(ROOT, 'neo4j');
const TARGET = path.join(LAUNCHER_DIR, 'target');
const SOURCES = ['pom.xml', 'src/main/java/org/stancegraph/neo4j/Launcher.java'];

/** The change feed plugin's Maven project (neo4j/plugin) and the jar it makes. */
export const PLUGIN_DIR = path.join(LAUNCHER_DIR, 'plugin');
export const PLUGIN_JAR = path.join(PLUGIN_DIR, 'target', 'stancegraph-feed-plugin.jar');
const PLUGIN_SOURCES = [
  'pom.xml',
  ...['ChangeFeed', 'ChangeFeedExtensionFactory', 'FeedSettings', 'Json'].map((c) => `src/main/java/org/stancegraph/feed/${c}.java`),
  'src/main/resources/META-INF/services/org.neo4j.kernel.extension.ExtensionFactory',
  'src/main/resources/META-INF/services/org.neo4j.configuration.SettingsDeclaration',
];

/**
 * The classpath of a built launcher. `plugins` is a folder whose jars join it, as a server's
 * plugins/ folder does; by default the feed plugin's jar itself. Neo4j finds the plugin there
 * through its META-INF/services file: the launcher never registers the feed itself.
 */
export const launcherClasspath = (plugins?: string) =>
  [path.join(TARGET, 'classes'), path.join(TARGET, 'lib', '*'), plugins ? path.join(plugins, '*') : PLUGIN_JAR].join(path.delimiter);

// Kept importable from here: the launcher is what most readers look for.
export { checkMaven } from './mavenBuild.js';

/** Builds the feed plugin's jar (`npm run neo4j:plugin`) when it was not built from the current sources. */
export const ensurePluginBuilt = () =>
  ensureMavenBuilt({ dir: PLUGIN_DIR, sources: PLUGIN_SOURCES, what: 'the stancegraph change feed plugin' });

/**
 * Builds the launcher and the feed plugin with Maven when they have not been built from the
 * current sources. Only the first build needs the network (Maven Central); later starts run offline.
 */
export async function ensureLauncherBuilt(): Promise<void> {
  await ensurePluginBuilt();
  await ensureMavenBuilt({ dir: LAUNCHER_DIR, sources: SOURCES, what: 'the embedded Neo4j launcher' });
}
