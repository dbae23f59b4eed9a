import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SEEDS_DIR } from '../../src/seed/index.js';
import { tempDir } from './tempDirs.js';

/**
 * Temporary seed directories for tests, removed after the file's tests: a copy of seeds/
 * with edits (to break or change one thing in otherwise real data), or files written whole.
 */
/** Text replacements in one file of the copy; `from` must occur in it, so a test cannot silently miss. */
export type Edit = { file: string; from: string | RegExp; to: string } | { file: string; append: string };

export async function copySeeds(edits: Edit[] = []): Promise<string> {
  const dir = await tempDir('seeds');
  await cp(SEEDS_DIR, dir, { recursive: true });
  for (const edit of edits) {
    const file = path.join(dir, edit.file);
    const text = await readFile(file, 'utf8');
    if ('append' in edit) {
      await writeFile(file, text + edit.append);
      continue;
    }
    if (typeof edit.from === 'string' ? !text.includes(edit.from) : !edit.from.test(text)) {
      throw new Error(`copySeeds: ${String(edit.from)} is not in ${edit.file}`);
    }
    await writeFile(file, text.replace(edit.from, edit.to));
  }
  return dir;
}

export async function seedDir(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('seeds');
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}
