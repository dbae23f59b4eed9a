import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, StancegraphError } from '../../src/errors.js';
import type { Db } from '../../src/graph/db.js';
import { readSeeds, type SeedProblem, type SeedSet, SEEDS_DIR, seedGraph } from '../../src/seed/index.js';
import { type GraphSnapshot, graphSnapshot } from '../helpers/graph.js';
import { testDb } from '../helpers/neo4j.js';
import { copySeeds, type Edit } from '../helpers/seedDirs.js';

// Each case breaks one thing in a copy of the real seeds, then seeds it with reset: the
// whole directory is rejected before anything is deleted or written.
let db: Db;
let seeds: SeedSet;
let before: GraphSnapshot;

beforeAll(async () => {
  db = await testDb();
  seeds = await readSeeds(SEEDS_DIR);
  before = await graphSnapshot(db);
});

/** Seeds the edited copy, expects SEED_INVALID, and returns its problems; the graph must not change. */
async function rejected(edits: Edit[]): Promise<{ error: StancegraphError; problems: SeedProblem[] }> {
  const dir = await copySeeds(edits);
  const error = await seedGraph(db, dir, { reset: true }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StancegraphError);
  const e = error as StancegraphError;
  expect(e.code).toBe(ErrorCode.SEED_INVALID);
  expect(await graphSnapshot(db)).toEqual(before);
  return { error: e, problems: e.extensions.problems as SeedProblem[] };
}

const stanceIndex = (id: string) => seeds.stances.findIndex((s) => s.id === id);

const SYNTAX: Edit = { file: 'events.yaml', append: '  - id: [unclosed\n    name: oops\n' };
const DANGLING: Edit = { file: 'stances.yaml', from: 'holder: bezalel-smotrich', to: 'holder: bezalel-smotrch' };
const UNKNOWN_STANCE: Edit = {
  file: 'stances.yaml',
  from: /(id: donald-trump-mixed-iran-talks-scope-2026-02-10[\s\S]*?stance: )MIXED/,
  to: '$1AMBIVALENT',
};
const DUPLICATE: Edit = { file: 'issues.yaml', append: '  - id: donald-trump\n    name: Trump, as an issue\n' };
const NO_SOURCES: Edit = {
  file: 'attendances.yaml',
  from: '{attendee: benjamin-netanyahu, event: israeli-election-rounds-2019-2021, role: candidate, sources: [mar-a-lago-domestic-survival]}',
  to: '{attendee: benjamin-netanyahu, event: israeli-election-rounds-2019-2021, role: candidate}',
};

describe('broken seeds are rejected whole, naming file and path, and leave the graph as it was', () => {
  it('a YAML syntax error', async () => {
    const { error, problems } = await rejected([SYNTAX]);
    // Nothing else: the ids of the unparsed file are unknown, so references to them are not called dangling.
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatchObject({ file: expect.stringMatching(/events\.yaml$/), line: expect.any(Number), path: '' });
    expect(error.message).toMatch(/events\.yaml:\d+: YAML syntax error/);
  });

  it('a dangling reference', async () => {
    const { error, problems } = await rejected([DANGLING]);
    const index = stanceIndex('bezalel-smotrich-supports-renewed-gaza-fighting-2025-02');
    expect(problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/stances\.yaml$/), path: `stances[${index}].holder`, value: 'bezalel-smotrch' }),
    ]);
    expect(error.message).toContain(`stances[${index}].holder = "bezalel-smotrch": no actor or organization has this id (did you mean "bezalel-smotrich"?)`);
  });

  it('an unknown stance kind', async () => {
    const { problems } = await rejected([UNKNOWN_STANCE]);
    const index = stanceIndex('donald-trump-mixed-iran-talks-scope-2026-02-10');
    expect(problems).toEqual([
      expect.objectContaining({ path: `stances[${index}].stance`, value: 'AMBIVALENT', message: expect.stringContaining('SUPPORTS, OPPOSES, CONDITIONAL, MIXED') }),
    ]);
  });

  it('an id used by two kinds', async () => {
    const { problems } = await rejected([DUPLICATE]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/issues\.yaml$/),
        path: `issues[${seeds.issues.length}].id`,
        value: 'donald-trump',
        message: expect.stringMatching(/already used by an actor at .*actors\.yaml:\d+ \(actors\[0\]\)/),
      }),
    ]);
  });

  it('an attendance without sources', async () => {
    const { problems } = await rejected([NO_SOURCES]);
    expect(problems).toEqual([
      // Line 4: the first record, after the file's two comment lines and its key.
      expect.objectContaining({ file: expect.stringMatching(/attendances\.yaml$/), line: 4, path: 'attendances[0].sources', message: 'required, missing' }),
    ]);
  });

  it('all of these at once: every problem reported in one error', async () => {
    const { error, problems } = await rejected([SYNTAX, DANGLING, UNKNOWN_STANCE, DUPLICATE, NO_SOURCES]);
    const places = [...new Set(problems.map((p) => `${p.file.split('/').pop()} ${p.path}`))];
    expect(places).toEqual([
      'attendances.yaml attendances[0].sources',
      'events.yaml ',
      `issues.yaml issues[${seeds.issues.length}].id`,
      // sorted by file, then line
      `stances.yaml stances[${stanceIndex('donald-trump-mixed-iran-talks-scope-2026-02-10')}].stance`,
      `stances.yaml stances[${stanceIndex('bezalel-smotrich-supports-renewed-gaza-fighting-2025-02')}].holder`,
    ]);
    expect(error.message).toMatch(/\(\d+ problems\); nothing was written/);
  });
});
