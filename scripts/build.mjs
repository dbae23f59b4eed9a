// Transpiles src/ to dist/ (same tree, ES modules for Node 20), which `npm start` runs.
//
// Why not run src/ through tsx as the other commands do: tsx's loader hooks live in a thread
// of their own, with its own V8 heap, for the life of the process. The API is the one
// long-running process, so it runs plain JavaScript: about 45 MB less resident memory, idle
// and under load. esbuild is the transpiler tsx itself uses, so what runs is what the tests
// ran; types are checked by `npm run typecheck`, not here.
//
// dist/ mirrors src/ one level below the project root, as src/ is, so paths made from a
// module's own location (src/config.ts ROOT) name the same files from either.
//   node scripts/build.mjs      (npm run build; npm start runs it first)
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, version } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');
const stampFile = (dir) => path.join(dir, '.sources');

const files = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile())
  .map((f) => path.join(f.parentPath, f.name))
  .sort();
const isModule = (file) => file.endsWith('.ts') && !file.endsWith('.d.ts');
const sources = files.filter(isModule);
// Files served or read beside the modules (the explorer's page, script and styles) are copied.
const assets = files.filter((file) => !isModule(file));

// What dist/ was built from: an unchanged tree is not rebuilt, so a second `npm start`
// beside a running one never rewrites files the first may still import (lazily).
const hash = createHash('sha256').update(version);
for (const file of files) hash.update(path.relative(src, file)).update('\0').update(readFileSync(file)).update('\0');
const stamp = hash.digest('hex');
if (existsSync(stampFile(dist)) && readFileSync(stampFile(dist), 'utf8') === stamp) process.exit(0);

// Built beside, then swapped in: a module deleted from src/ does not live on in dist/, and
// no process sees a half-written tree.
const next = `${dist}.${process.pid}`;
const old = `${dist}.old.${process.pid}`;
try {
  await build({
    entryPoints: sources,
    outdir: next,
    outbase: src,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  for (const file of assets) cpSync(file, path.join(next, path.relative(src, file)));
  writeFileSync(stampFile(next), stamp);
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(next, dist);
} finally {
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}
