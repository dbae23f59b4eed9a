/**
 * `npm run cypher-shell [-- ARGS]`: the real cypher-shell (fetched from Maven Central on first
 * use) connected to the running database: NEO4J_URI with its credentials, or the embedded one
 * `npm start`/`npm run neo4j` serves (found through its listen.json). ARGS pass through:
 * `-f file.cypher`, `--format plain`, a query.
 */
import { spawn } from 'node:child_process';
import { loadConfig } from '../config.js';
import { javaBinary } from '../runtime/java.js';
import { runningDatabase } from '../runtime/running.js';
import { CYPHER_SHELL_MAIN, cypherShellClasspath, ensureToolsBuilt } from '../runtime/toolsBuild.js';
import { runCli } from './runCli.js';

await runCli(async () => {
  // Checked first: with no database there is nothing to build the shell for.
  const target = runningDatabase(loadConfig());
  await ensureToolsBuilt();
  const connection = ['-a', target.uri];
  if (target.database) connection.push('-d', target.database);
  // The password goes through cypher-shell's own environment variables, not the command line
  // where `ps` would show it.
  const env = { ...process.env };
  delete env.NEO4J_USERNAME;
  delete env.NEO4J_PASSWORD;
  if (target.password !== undefined) Object.assign(env, { NEO4J_USERNAME: target.username ?? 'neo4j', NEO4J_PASSWORD: target.password });
  const shell = spawn(javaBinary(), ['-cp', cypherShellClasspath(), CYPHER_SHELL_MAIN, ...connection, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
  // The shell owns the terminal; Ctrl-C is its to handle (it cancels the running query).
  process.on('SIGINT', () => {});
  process.exitCode = await new Promise<number>((resolve, reject) => {
    shell.on('error', reject);
    shell.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
});
