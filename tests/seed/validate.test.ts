import { describe, expect, it } from 'vitest';
import { ErrorCode, StancegraphError } from '../../src/errors.js';
import { checkSeeds, formatProblem, readSeeds, type SeedProblem, SEEDS_DIR } from '../../src/seed/index.js';
import { seedDir } from '../helpers/seedDirs.js';

// Validation alone: no database. A small world every case starts from.
const BASE = `sources:
  - id: s1
    title: A source
actors:
  - id: donald-trump
    name: Donald Trump
organizations:
  - id: israel
    name: Israel
    kind: state
issues:
  - id: iran-policy
    name: Policy toward Iran
  - id: iran-ballistic-missiles
    name: Iran's missiles
    parent: iran-policy
events:
  - id: meeting
    name: A meeting
    date: 2026-02-11
    status: HELD
    issues: [iran-policy]
`;

const check = (...texts: string[]) => checkSeeds(texts.map((text, i) => ({ name: `f${i}.yaml`, text })));
const one = (problems: SeedProblem[]) => {
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0]!;
};

describe('seed validation', () => {
  it('accepts a clean set, keeping unquoted dates as strings and reading an unquoted year', () => {
    const { seeds, problems } = check(
      BASE,
      `stances:
  - {id: c1, holder: donald-trump, issue: iran-policy, stance: OPPOSES, attribution: STATED, asOf: 2025, position: P, sources: [s1]}`,
    );
    expect(problems).toEqual([]);
    expect(seeds.events[0]!.date).toEqual({ date: '2026-02-11', precision: 'DAY' });
    expect(seeds.stances[0]!.asOf).toEqual({ date: '2025-01-01', precision: 'YEAR' });
    expect(seeds.actors[0]!.aliases).toEqual([]);
  });

  it('names file, line, path, value and rule for an unknown enum value', () => {
    const p = one(
      check(BASE, `stances:\n  - id: c1\n    holder: donald-trump\n    issue: iran-policy\n    stance: AGREES\n    attribution: STATED\n    position: P\n    sources: [s1]\n`).problems,
    );
    expect(p).toMatchObject({ file: 'f1.yaml', line: 5, path: 'stances[0].stance', value: 'AGREES' });
    expect(formatProblem(p)).toBe('f1.yaml:5: stances[0].stance = "AGREES": expected one of SUPPORTS, OPPOSES, CONDITIONAL, MIXED');
  });

  it('requires a status on every event, one of PLANNED, HELD, CANCELLED, with file and line', () => {
    const { problems } = check(
      BASE,
      `events:
  - {id: announced, name: Announced, status: PLANNED}
  - {id: no-status, name: No status}
  - {id: bad-status, name: Bad status, status: DONE}`,
    );
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^f1\.yaml:3: events\[1\]\.status.*(required|expected one of PLANNED, HELD, CANCELLED)/),
      'f1.yaml:4: events[2].status = "DONE": expected one of PLANNED, HELD, CANCELLED',
    ]);
  });

  it('reports a dangling reference with a likely correction, and a reference to the wrong kind', () => {
    const { problems } = check(
      BASE,
      `attendances:
  - {attendee: donal-trump, event: meeting, sources: [s1]}
  - {attendee: iran-policy, event: meeting, sources: [s1]}
affiliations:
  - {actor: donald-trump, organization: meeting, sources: [s1]}`,
    );
    expect(problems.map(formatProblem)).toEqual([
      'f1.yaml:2: attendances[0].attendee = "donal-trump": no actor or organization has this id (did you mean "donald-trump"?)',
      'f1.yaml:3: attendances[1].attendee = "iran-policy": this id is an issue, not an actor or organization',
      'f1.yaml:5: affiliations[0].organization = "meeting": this id is an event, not an organization',
    ]);
  });

  it('rejects an id used twice across kinds and files, pointing at the first use', () => {
    const p = one(check(BASE, `issues:\n  - id: israel\n    name: Israel as an issue\n`).problems);
    expect(p).toMatchObject({ file: 'f1.yaml', line: 2, path: 'issues[0].id', value: 'israel' });
    expect(p.message).toContain('already used by an organization at f0.yaml:8 (organizations[0])');
  });

  it('requires a source on every stance, attendance and affiliation', () => {
    const { problems } = check(
      BASE,
      `stances:
  - {id: c1, holder: donald-trump, issue: iran-policy, stance: MIXED, attribution: ASSESSED, position: P, sources: []}
attendances:
  - {attendee: donald-trump, event: meeting}
affiliations:
  - {actor: donald-trump, organization: israel, sources: [s2]}`,
    );
    expect(problems.map(formatProblem)).toEqual([
      'f1.yaml:2: stances[0].sources = []: at least one source is required',
      'f1.yaml:4: attendances[0].sources: required, missing',
      'f1.yaml:6: affiliations[0].sources[0] = "s2": no source has this id',
    ]);
  });

  it('rejects unknown fields and top-level keys, bad slugs, bad dates, repeated pairs', () => {
    const { problems } = check(
      BASE,
      `actors:
  - id: Benjamin_Netanyahu
    name: Benjamin Netanyahu
    nmae: typo
events:
  - {id: e2, name: E, date: 2026-02-30, status: HELD}
attendances:
  - {attendee: donald-trump, event: meeting, sources: [s1]}
  - {attendee: donald-trump, event: meeting, role: host, sources: [s1]}
stance:
  - {}`,
    );
    const lines = problems.map(formatProblem);
    expect(lines).toContain('f1.yaml:2: actors[0].id = "Benjamin_Netanyahu": not a slug: lowercase letters and digits joined by single hyphens, like benjamin-netanyahu');
    expect(lines.find((l) => l.includes('actors[0].nmae'))).toMatch(/^f1\.yaml:4: actors\[0\]\.nmae = "typo": unknown field; a record of actors has id, name, aliases/);
    expect(lines.find((l) => l.includes('events[0].date'))).toMatch(/^f1\.yaml:6: events\[0\]\.date = "2026-02-30": not a date/);
    expect(lines.find((l) => l.includes('attendances[1]'))).toMatch(/^f1\.yaml:9: attendances\[1\]\.event = "meeting": donald-trump is already linked to meeting at f1\.yaml:8/);
    expect(lines.find((l) => l.startsWith('f1.yaml:11: stance'))).toContain('unknown top-level key; expected one of sources, actors');
    expect(lines).toHaveLength(5);
  });

  it('finds a PART_OF cycle and reports it once', () => {
    const p = one(
      check(`issues:
  - {id: a, name: A, parent: c}
  - {id: b, name: B, parent: a}
  - {id: c, name: C, parent: b}
organizations:
  - {id: o, name: O, parent: o-two}
  - {id: o-two, name: O2}`).problems,
    );
    expect(p.path).toMatch(/^issues\[\d\]\.parent$/);
    expect(p.message).toMatch(/^PART_OF cycle among issues: (a|b|c) -> (a|b|c) -> (a|b|c) -> \1$/);
  });

  it('reports a YAML syntax error with its line, and still checks the other files', () => {
    // s9 is (probably) defined in the file that does not parse: not called dangling; "nowhere" is.
    const { problems } = check(BASE, `sources:\n  - id: s9\n   title: x\n`, `actors:\n  - {id: x, name: X, sources: [s9, nowhere]}\n`);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^f1\.yaml:3: YAML syntax error: /),
      'f2.yaml:2: actors[0].sources[1] = "nowhere": no source has this id',
    ]);
  });

  it('merges kinds across .yaml, .yml and .json files of a directory, ignoring other files', async () => {
    const dir = await seedDir({
      'world.yaml': BASE,
      'more.yml': 'stances:\n  - {id: c1, holder: israel, issue: iran-ballistic-missiles, stance: OPPOSES, attribution: REPORTED, position: P, sources: [s1]}\n',
      'claims.json': JSON.stringify({ attendances: [{ attendee: 'israel', event: 'meeting', role: 'guest', sources: ['s1'] }] }, null, '\t'),
      'README.md': '# not a seed file',
    });
    const seeds = await readSeeds(dir);
    expect(seeds.files.map((f) => f.split('/').pop())).toEqual(['claims.json', 'more.yml', 'world.yaml']);
    expect([seeds.actors.length, seeds.issues.length, seeds.stances.length, seeds.attendances.length]).toEqual([1, 2, 1, 1]);
  });

  it('throws one SEED_INVALID error with every problem, the first twenty in the message', async () => {
    const bad = Array.from({ length: 25 }, (_, i) => `  - {id: a${i}, name: A, sources: [missing-${i}]}`).join('\n');
    const dir = await seedDir({ 'actors.yaml': `actors:\n${bad}\n` });
    const error = await readSeeds(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StancegraphError);
    const e = error as StancegraphError;
    expect(e.code).toBe(ErrorCode.SEED_INVALID);
    expect(e.extensions.problems).toHaveLength(25);
    expect(e.message).toContain('(25 problems); nothing was written');
    expect(e.message).toContain('actors.yaml:2: actors[0].sources[0] = "missing-0": no source has this id');
    expect(e.message).toContain('and 5 more');
    expect(e.message).not.toContain('missing-24');
  });

  it('rejects a directory without seed files', async () => {
    const dir = await seedDir({ 'notes.txt': 'nothing' });
    await expect(readSeeds(dir)).rejects.toMatchObject({ code: ErrorCode.SEED_INVALID, message: expect.stringContaining('no .yaml, .yml or .json files') });
  });

  it("accepts the project's own seeds", async () => {
    const seeds = await readSeeds(SEEDS_DIR);
    expect(seeds.files).toHaveLength(8);
  });
});
