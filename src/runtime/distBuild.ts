import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../config.js';

/**
 * Builds dist/ as `npm start` does (scripts/build.mjs; a no-op when src/ has not changed),
 * for whatever starts the API as npm start runs it: the tests' started APIs, the bench's
 * targets. Throws, naming the exit code, when the build fails (esbuild has printed why).
 */
export function buildDist(): void {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`scripts/build.mjs failed (exit ${build.status}): the API cannot run as npm start runs it`);
}
