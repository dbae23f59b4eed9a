// Loading the named Cypher files: a file that is not there is "missing"; a file that is there
// but cannot be read is reported as such, with the reason, not taken for a missing one.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.js';
import { cypher, loadCypher } from '../../src/graph/cypher.js';
import { tempDir } from '../helpers/tempDirs.js';

describe('loadCypher', () => {
  it('reads declared files, and names missing and unreadable ones apart', async () => {
    const dir = await tempDir('cypher');
    await mkdir(path.join(dir, 'probe'));
    await writeFile(path.join(dir, 'probe', 'ok.cypher'), '// Answers: nothing.\nRETURN 1 AS one\n');
    await mkdir(path.join(dir, 'probe', 'a-directory.cypher')); // exists, but reading it fails (EISDIR)
    const ok = cypher('probe/ok');
    cypher('probe/absent');
    cypher('probe/a-directory');
    const error = await loadCypher(dir).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ErrorCode.STARTUP_FAILED });
    const message = (error as Error).message;
    expect(message).toContain(`Missing Cypher files: ${path.join(dir, 'probe', 'absent.cypher')}`);
    expect(message).toMatch(/Unreadable Cypher files: .*a-directory\.cypher \(EISDIR/);
    expect(message.split('\n').find((l) => l.startsWith('Missing'))).not.toContain('a-directory');
    expect(ok.text).toContain('RETURN 1 AS one');
  });
});
