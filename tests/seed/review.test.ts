// The 2026-12 corpus review, as stored in the seeded graph: each claim the review corrected
// or added, with its id, stance, attribution, date, sources and quote; the ids it retired;
// Kushner's and Netanyahu's posts; and the 2019-2021 election cycles found by a range query.
// Values are written out on purpose: a seed edit that changes one must change this file too,
// and say why. docs/corpus.md ("Review") gives the reason for each.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import type { Db } from '../../src/graph/db.js';
import { type Api, inProcessApi, ok } from '../helpers/api.js';
import { A000, A001, A002, A003, A004, type Claim, expected, storedClaim } from '../helpers/claims.js';
import { testDb } from '../helpers/neo4j.js';

let db: Db;
let api: Api;
const run = (text: string, params = {}) => db.read({ name: 'test/review', text }, params);
beforeAll(async () => {
  db = await testDb();
  api = await inProcessApi({}, db);
});

const CORRECTED: Claim[] = [
  ['donald-trump-supports-hamas-disarmament-2026-02', 'donald-trump', 'hamas-disarmament', 'SUPPORTS', 'REPORTED', '2026-02', [A004], null],
  // Was CONDITIONAL: 004 gives no condition, only an eventual prospect.
  ['donald-trump-supports-palestinian-statehood-2026-02', 'donald-trump', 'palestinian-statehood', 'SUPPORTS', 'REPORTED', '2026-02', [A004], null],
  ['donald-trump-opposes-iran-nuclear-programme-2026-02-10', 'donald-trump', 'iran-nuclear-programme', 'OPPOSES', 'STATED', '2026-02-10', [A004], 'no-brainer'],
  ['donald-trump-mixed-military-strikes-on-iran-2025', 'donald-trump', 'military-strikes-on-iran', 'MIXED', 'REPORTED', '2025', [A001], null],
  ['benjamin-netanyahu-opposes-iran-proxy-support-2025-02', 'benjamin-netanyahu', 'iran-proxy-support', 'OPPOSES', 'STATED', '2025-02', [A002], 'Iranian terror axis'],
  // Hedged reporting from unnamed officials: ASSESSED.
  ['benjamin-netanyahu-conditional-gaza-ceasefire-phase-2-2025', 'benjamin-netanyahu', 'gaza-ceasefire-phase-2', 'CONDITIONAL', 'ASSESSED', '2025', [A001], null],
  ['benjamin-netanyahu-supports-renewed-gaza-fighting-2025', 'benjamin-netanyahu', 'renewed-gaza-fighting', 'SUPPORTS', 'ASSESSED', '2025', [A001], null],
  ['benjamin-netanyahu-conditional-us-iran-negotiations-2026-02', 'benjamin-netanyahu', 'us-iran-negotiations', 'CONDITIONAL', 'STATED', '2026-02', [A004], 'our perceptions of the principles in the negotiations'],
  // Was on hamas-disarmament.
  ['israeli-military-supports-hamas-defeat-2025', 'israeli-military', 'hamas-defeat', 'SUPPORTS', 'REPORTED', '2025', [A001], null],
  ['israel-mixed-syria-and-lebanon-strategy-2025', 'israel', 'syria-and-lebanon-strategy', 'MIXED', 'ASSESSED', '2025', [A000], null],
  ['united-states-mixed-syria-and-lebanon-strategy-2025', 'united-states', 'syria-and-lebanon-strategy', 'MIXED', 'ASSESSED', '2025', [A000], null],
  ['trump-administration-supports-ceasefire-monitoring', 'trump-administration', 'ceasefire-monitoring', 'SUPPORTS', 'REPORTED', null, [A003], null],
  // Dated to the statement's month, not to the day of the talks it is about.
  ['iran-opposes-iran-talks-scope-2026-02', 'iran', 'iran-talks-scope', 'OPPOSES', 'STATED', '2026-02', [A004], null],
  // Saudi officials' words on the record: STATED.
  ['saudi-arabia-supports-palestinian-concessions-for-normalization-2025-02', 'saudi-arabia', 'palestinian-concessions-for-normalization', 'SUPPORTS', 'STATED', '2025-02', [A002], null],
];

const ADDED: Claim[] = [
  ['israel-supports-military-strikes-on-iran-2025-06', 'israel', 'military-strikes-on-iran', 'SUPPORTS', 'REPORTED', '2025-06', [A004], null],
  ['palestinian-groups-supports-gaza-humanitarian-access', 'palestinian-groups', 'gaza-humanitarian-access', 'SUPPORTS', 'REPORTED', null, [A003], null],
  ['united-states-supports-us-israel-alliance-2025', 'united-states', 'us-israel-alliance', 'SUPPORTS', 'REPORTED', '2025', [A000], null],
  ['united-states-supports-us-israel-alliance-2026-02', 'united-states', 'us-israel-alliance', 'SUPPORTS', 'REPORTED', '2026-02', [A004], null],
  ['donald-trump-conditional-military-strikes-on-iran-2026-01', 'donald-trump', 'military-strikes-on-iran', 'CONDITIONAL', 'REPORTED', '2026-01', [A004], null],
  ['benjamin-netanyahu-opposes-iran-proxy-support-2025', 'benjamin-netanyahu', 'iran-proxy-support', 'OPPOSES', 'REPORTED', '2025', [A000], null],
  ['benjamin-netanyahu-supports-pressure-on-iran-2025', 'benjamin-netanyahu', 'pressure-on-iran', 'SUPPORTS', 'ASSESSED', '2025', [A001], null],
];

/** Ids the review retired: a claim whose stance, issue or date changed, and one the source does not support. */
const RETIRED = [
  'donald-trump-conditional-palestinian-statehood-2026-02',
  'israeli-military-supports-hamas-disarmament-2025',
  'iran-opposes-iran-talks-scope-2026-02-06',
  'israel-mixed-ceasefire-monitoring',
];

async function position(id: string): Promise<string> {
  const [row] = await run(`MATCH ()-[s:HOLDS_STANCE {id: $id}]->() RETURN s.position AS position`, { id });
  return row!.position as string;
}

describe('claims the review corrected (2026-12 corpus review)', () => {
  it.each(CORRECTED)('%s', async (...claim) => {
    expect(await storedClaim(db, claim[0])).toEqual(expected(claim));
  });

  it.each(RETIRED)('retires %s', async (id) => {
    expect(await storedClaim(db, id)).toEqual([]);
  });

  it('leaves Israel no claim on ceasefire monitoring, which 003 does not give it', async () => {
    expect(await run(`MATCH (:Organization {id: 'israel'})-[s:HOLDS_STANCE]->(:Issue {id: 'ceasefire-monitoring'}) RETURN s.id`)).toEqual([]);
  });

  it('says the plan foresees disarmament and withdrawal, as 004 does, rather than requiring them', async () => {
    for (const id of ['donald-trump-supports-hamas-disarmament-2026-02', 'donald-trump-supports-israeli-withdrawal-from-gaza-2026-02']) {
      const text = await position(id);
      expect(text).toContain('foresees');
      expect(text).not.toMatch(/requires/);
    }
  });

  it('names who spoke in the STATED claim made on Saudi Arabia’s behalf', async () => {
    expect(await position('saudi-arabia-supports-palestinian-concessions-for-normalization-2025-02')).toContain('Saudi officials');
  });

  it('says "not fully aligned" on Syria and Lebanon, and no longer that the strategy is coordinated', async () => {
    for (const id of ['israel-mixed-syria-and-lebanon-strategy-2025', 'united-states-mixed-syria-and-lebanon-strategy-2025']) {
      const text = await position(id);
      expect(text).toContain('not fully aligned');
      expect(text).not.toMatch(/is coordinated/);
    }
  });
});

describe('facts the review added (2026-12 corpus review)', () => {
  it.each(ADDED)('%s', async (...claim) => {
    expect(await storedClaim(db, claim[0])).toEqual(expected(claim));
  });

  it('puts pressure on Iran under Iran policy, and the Mar-a-Lago meeting on it', async () => {
    expect(await run(`MATCH (:Issue {id: 'pressure-on-iran'})-[:PART_OF]->(p:Issue) RETURN p.id AS parent`)).toEqual([{ parent: 'iran-policy' }]);
    expect(await run(`MATCH (e:Event)-[:CONCERNS]->(:Issue {id: 'pressure-on-iran'}) RETURN e.id AS event`)).toEqual([{ event: 'netanyahu-trump-mar-a-lago-meeting-2025' }]);
  });

  it('gives Kushner the same role on the US team in his affiliation as in his attendance of the Oman talks', async () => {
    const rows = await run(`MATCH (k:Actor {id: 'jared-kushner'})-[f:AFFILIATED_WITH]->(o:Organization)
      MATCH (k)-[a:ATTENDED]->(:Event {id: 'us-iran-talks-oman-2026-02-06'})
      RETURN o.id AS organization, f.role AS affiliation, a.role AS attendance, f.sources AS sources`);
    expect(rows).toEqual([{ organization: 'united-states', affiliation: 'head of the US team at the Iran talks', attendance: 'led the US team', sources: [A004] }]);
  });

  it('affiliates Netanyahu with his security cabinet, which sits in the Israeli government', async () => {
    const rows = await run(`MATCH (:Actor {id: 'benjamin-netanyahu'})-[f:AFFILIATED_WITH]->(c:Organization {id: 'israeli-security-cabinet'})-[:PART_OF]->(g)
      RETURN f.role AS role, f.sources AS sources, g.id AS parent`);
    expect(rows).toEqual([{ role: 'head', sources: [A004], parent: 'israeli-government' }]);
  });
});

describe('the 2019-2021 election cycles (2026-12 corpus review)', () => {
  const inRange = async (from: string, to: string) => {
    const text = await readFile(path.join(ROOT, 'cypher', 'queries', 'events-in-range.cypher'), 'utf8');
    const rows = await db.read({ name: 'queries/events-in-range.cypher', text }, { from, to });
    return rows.filter((r) => r.kind === 'election' && (r.date as string) < '2026');
  };

  it.each([
    ['2019', 'israeli-election-rounds-2019-2021'],
    ['2020', 'israeli-election-rounds-2020'],
    ['2021', 'israeli-election-rounds-2021'],
  ])('a range query over %s finds the cycle of that year, with Netanyahu as candidate', async (year, event) => {
    const rows = await inRange(`${year}-01-01`, `${year}-12-31`);
    expect(rows.map((r) => ({ date: r.date, event: r.event, status: r.status, attendees: r.attendees }))).toEqual([
      { date: year, event, status: 'HELD', attendees: ['Benjamin Netanyahu (candidate)'] },
    ]);
  });

  it('the API’s events(from:, to:) over 2020 finds the 2020 cycle', async () => {
    const data = ok(await api.run(`{ events(from: "2020-01-01", to: "2020-12-31") { edges { node { id date datePrecision } } } }`));
    expect(data.events.edges.map((e: { node: unknown }) => e.node)).toEqual([{ id: 'israeli-election-rounds-2020', date: '2020', datePrecision: 'YEAR' }]);
  });

  it('a range across the whole period finds all three years, in order', async () => {
    const rows = await inRange('2019-01-01', '2021-12-31');
    expect(rows.map((r) => r.event)).toEqual(['israeli-election-rounds-2019-2021', 'israeli-election-rounds-2020', 'israeli-election-rounds-2021']);
  });
});
