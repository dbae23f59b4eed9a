// The corrections of the seed review, as stored in the seeded graph: every corrected or
// added claim with its id, stance, attribution, date and sources, the events' statuses, and
// the edges the review removed or moved. Values are written out here on purpose: a seed edit that changes
// one of them must change this file too, and say why.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/graph/db.js';
import { A000, A001, A002, A003, A004, type Claim, expected, storedClaim } from '../helpers/claims.js';
import { testDb } from '../helpers/neo4j.js';

let db: Db;
const run = (text: string, params = {}) => db.read({ name: 'test/corrections', text }, params);
beforeAll(async () => {
  db = await testDb();
});

const CLAIMS: Claim[] = [
  // donald-trump-supports-us-israel-alliance-2026-02 split by period; the quote dated to the first term.
  ['donald-trump-supports-us-israel-alliance-first-term', 'donald-trump', 'us-israel-alliance', 'SUPPORTS', 'STATED', null, [A002], 'never had a better friend in the White House'],
  ['donald-trump-supports-us-israel-alliance-2025-02', 'donald-trump', 'us-israel-alliance', 'SUPPORTS', 'REPORTED', '2025-02', [A002], null],
  ['donald-trump-supports-us-israel-alliance-2025', 'donald-trump', 'us-israel-alliance', 'SUPPORTS', 'REPORTED', '2025', [A001], null],
  ['donald-trump-supports-us-israel-alliance-2026-02', 'donald-trump', 'us-israel-alliance', 'SUPPORTS', 'REPORTED', '2026-02', [A004], null],
  // Netanyahu on missiles, split: 000 (2025) and 004 (2026-02, the reporter's expectation).
  ['benjamin-netanyahu-opposes-iran-ballistic-missiles-2025', 'benjamin-netanyahu', 'iran-ballistic-missiles', 'OPPOSES', 'REPORTED', '2025', [A000], null],
  ['benjamin-netanyahu-opposes-iran-ballistic-missiles-2026-02', 'benjamin-netanyahu', 'iran-ballistic-missiles', 'OPPOSES', 'ASSESSED', '2026-02', [A004], null],
  // Trump on withdrawal, split: 001 (2025, an expectation) and 004 (2026-02, his plan).
  ['donald-trump-supports-israeli-withdrawal-from-gaza-2025', 'donald-trump', 'israeli-withdrawal-from-gaza', 'SUPPORTS', 'ASSESSED', '2025', [A001], null],
  ['donald-trump-supports-israeli-withdrawal-from-gaza-2026-02', 'donald-trump', 'israeli-withdrawal-from-gaza', 'SUPPORTS', 'REPORTED', '2026-02', [A004], null],
  // Trump on the US-brokered ceasefire, split: 000 paraphrases (REPORTED); 004 quotes his spokeswoman (STATED on his behalf).
  ['donald-trump-supports-us-brokered-gaza-ceasefire-2025', 'donald-trump', 'us-brokered-gaza-ceasefire', 'SUPPORTS', 'REPORTED', '2025', [A000], null],
  ['donald-trump-supports-gaza-ceasefire-2026-02', 'donald-trump', 'us-brokered-gaza-ceasefire', 'SUPPORTS', 'STATED', '2026-02', [A004], "implement President Trump's historic Gaza peace agreement"],
  // The same paraphrase in 000 made these STATED.
  ['donald-trump-supports-international-stabilisation-force-2025', 'donald-trump', 'international-stabilisation-force', 'SUPPORTS', 'REPORTED', '2025', [A000], null],
  ['donald-trump-supports-gaza-post-war-governance-2025', 'donald-trump', 'gaza-post-war-governance', 'SUPPORTS', 'REPORTED', '2025', [A000], null],
  // Phase 2 of the US-brokered deal: Trump on 001's expectation; his administration on 000's report.
  ['donald-trump-supports-gaza-ceasefire-phase-2-2025', 'donald-trump', 'gaza-ceasefire-phase-2', 'SUPPORTS', 'ASSESSED', '2025', [A001], null],
  ['trump-administration-supports-gaza-ceasefire-phase-2-2025', 'trump-administration', 'gaza-ceasefire-phase-2', 'SUPPORTS', 'REPORTED', '2025', [A000], null],
  // Attribution fixes on Iran.
  ['trump-administration-supports-us-iran-negotiations-2025', 'trump-administration', 'us-iran-negotiations', 'SUPPORTS', 'REPORTED', '2025', [A000], null],
  ['benjamin-netanyahu-conditional-us-iran-negotiations-2026-02', 'benjamin-netanyahu', 'us-iran-negotiations', 'CONDITIONAL', 'STATED', '2026-02', [A004], 'our perceptions of the principles in the negotiations'],
  ['benjamin-netanyahu-supports-iran-talks-scope-2026-02', 'benjamin-netanyahu', 'iran-talks-scope', 'SUPPORTS', 'ASSESSED', '2026-02', [A004], null],
  // 003: joint patrols are the US position; Israel's is border enforcement (the 2026-12 corpus review removed
  // israel-mixed-ceasefire-monitoring: 003 gives no view of Israel's on monitoring).
  ['trump-administration-supports-ceasefire-monitoring', 'trump-administration', 'ceasefire-monitoring', 'SUPPORTS', 'REPORTED', null, [A003], null],
  // Provenance: 000 speaks of his administration, not of him.
  ['donald-trump-mixed-military-strikes-on-iran-2025', 'donald-trump', 'military-strikes-on-iran', 'MIXED', 'REPORTED', '2025', [A001], null],
  // Missing claims, added.
  ['israel-supports-hamas-disarmament', 'israel', 'hamas-disarmament', 'SUPPORTS', 'REPORTED', null, [A003], null],
  ['israel-opposes-iran-proxy-support-2026-02', 'israel', 'iran-proxy-support', 'OPPOSES', 'REPORTED', '2026-02', [A004], null],
  ['palestinian-groups-supports-palestinian-political-recognition', 'palestinian-groups', 'palestinian-political-recognition', 'SUPPORTS', 'REPORTED', null, [A003], null],
  ['united-states-mixed-syria-and-lebanon-strategy-2025', 'united-states', 'syria-and-lebanon-strategy', 'MIXED', 'ASSESSED', '2025', [A000], null],
  ['israel-mixed-syria-and-lebanon-strategy-2025', 'israel', 'syria-and-lebanon-strategy', 'MIXED', 'ASSESSED', '2025', [A000], null],
  // Found in the review of every claim: periods and expectations the issue did not list.
  ['benjamin-netanyahu-supports-us-israel-alliance-2025-02', 'benjamin-netanyahu', 'us-israel-alliance', 'SUPPORTS', 'REPORTED', '2025-02', [A002], null],
  ['benjamin-netanyahu-supports-us-israel-alliance-2025', 'benjamin-netanyahu', 'us-israel-alliance', 'SUPPORTS', 'REPORTED', '2025', [A000, A001], null],
  ['united-states-opposes-iran-nuclear-programme-2026-02', 'united-states', 'iran-nuclear-programme', 'OPPOSES', 'REPORTED', '2026-02', [A004], null],
  ['united-states-supports-military-strikes-on-iran-2025-06', 'united-states', 'military-strikes-on-iran', 'SUPPORTS', 'REPORTED', '2025-06', [A004], null],
  ['benjamin-netanyahu-supports-saudi-normalization-2025', 'benjamin-netanyahu', 'saudi-normalization', 'SUPPORTS', 'ASSESSED', '2025', [A001], null],
  ['benjamin-netanyahu-supports-abraham-accords-expansion-2025', 'benjamin-netanyahu', 'abraham-accords-expansion', 'SUPPORTS', 'ASSESSED', '2025', [A001], null],
  ['anna-kelly-supports-gaza-ceasefire-2026-02', 'anna-kelly', 'us-brokered-gaza-ceasefire', 'SUPPORTS', 'STATED', '2026-02', [A004], "implement President Trump's historic Gaza peace agreement"],
];

describe('corrected claims (seed review)', () => {
  it.each(CLAIMS)('%s', async (...claim) => {
    expect(await storedClaim(db, claim[0])).toEqual(expected(claim));
  });

  it('a STATED claim on a holder’s behalf names who spoke', async () => {
    const [row] = await run(`MATCH ()-[s:HOLDS_STANCE {id: 'donald-trump-supports-gaza-ceasefire-2026-02'}]->() RETURN s.position AS position`);
    expect(row!.position).toContain('spokeswoman Anna Kelly');
  });

  it('no claim on Trump’s us-israel-alliance is dated 2026 on first-term evidence any more', async () => {
    const rows = await run(`MATCH (:Actor {id: 'donald-trump'})-[s:HOLDS_STANCE]->(:Issue {id: 'us-israel-alliance'})
      WHERE s.quote IS NOT NULL RETURN s.id AS id, s.asOf AS asOf`);
    expect(rows).toEqual([{ id: 'donald-trump-supports-us-israel-alliance-first-term', asOf: null }]);
  });
});

describe('separate truces (seed review)', () => {
  it('keeps the six-week truce of early 2025 and the later US-brokered ceasefire apart, under one umbrella', async () => {
    const rows = await run(`MATCH (i:Issue)-[:PART_OF]->(p:Issue)
      WHERE i.id IN ['gaza-six-week-truce', 'gaza-six-week-truce-phase-2', 'us-brokered-gaza-ceasefire', 'gaza-ceasefire-phase-2']
      RETURN i.id AS issue, p.id AS parent ORDER BY issue`);
    expect(rows).toEqual([
      { issue: 'gaza-ceasefire-phase-2', parent: 'us-brokered-gaza-ceasefire' },
      { issue: 'gaza-six-week-truce', parent: 'gaza-ceasefire' },
      { issue: 'gaza-six-week-truce-phase-2', parent: 'gaza-six-week-truce' },
      { issue: 'us-brokered-gaza-ceasefire', parent: 'gaza-ceasefire' },
    ]);
    const concerns = await run(`MATCH (e:Event)-[:CONCERNS]->(i:Issue)
      WHERE e.id IN ['gaza-truce-2025', 'israel-hamas-phase-2-negotiations-2025-02', 'us-brokered-gaza-ceasefire-agreement']
        AND i.id IN ['gaza-ceasefire', 'gaza-six-week-truce', 'gaza-six-week-truce-phase-2', 'us-brokered-gaza-ceasefire', 'gaza-ceasefire-phase-2']
      RETURN e.id AS event, collect(i.id) AS issues ORDER BY event`);
    expect(concerns.map((r) => ({ ...r, issues: (r.issues as string[]).sort() }))).toEqual([
      { event: 'gaza-truce-2025', issues: ['gaza-six-week-truce', 'gaza-six-week-truce-phase-2'] },
      { event: 'israel-hamas-phase-2-negotiations-2025-02', issues: ['gaza-six-week-truce-phase-2'] },
      { event: 'us-brokered-gaza-ceasefire-agreement', issues: ['gaza-ceasefire-phase-2', 'us-brokered-gaza-ceasefire'] },
    ]);
  });

  it('leaves on the gaza-ceasefire umbrella only the claims of 003, which names no agreement', async () => {
    const rows = await run(`MATCH ()-[s:HOLDS_STANCE]->(:Issue {id: 'gaza-ceasefire'}) RETURN s.id AS id, s.sources AS sources ORDER BY id`);
    expect(rows).toEqual([
      { id: 'israel-conditional-gaza-ceasefire', sources: [A003] },
      { id: 'palestinian-groups-conditional-gaza-ceasefire', sources: [A003] },
      { id: 'trump-administration-supports-gaza-ceasefire', sources: [A003] },
    ]);
  });

  it('records Israel and Hamas as parties to the US-brokered ceasefire', async () => {
    const rows = await run(`MATCH (p)-[a:ATTENDED]->(:Event {id: 'us-brokered-gaza-ceasefire-agreement'})
      RETURN p.id AS party, a.role AS role, a.sources AS sources ORDER BY party`);
    expect(rows).toEqual([
      { party: 'donald-trump', role: 'broker', sources: [A000, A004] },
      { party: 'hamas', role: 'party', sources: [A000, A004] },
      { party: 'israel', role: 'party', sources: [A000, A004] },
    ]);
  });
});

describe('events as the sources tell them (seed review)', () => {
  it('stores the three announced Netanyahu-Trump meetings, and everything else only announced, as PLANNED', async () => {
    const rows = await run(`MATCH (e:Event {status: 'PLANNED'}) RETURN e.id AS id ORDER BY id`);
    expect(rows.map((r) => r.id)).toEqual([
      'israel-hamas-phase-2-negotiations-2025-02', // 002: talks "set to resume"
      'israeli-budget-deadline-2026-03',
      'israeli-general-election-2026-10',
      'netanyahu-trump-mar-a-lago-meeting-2025', // 000: preparing to meet
      'netanyahu-trump-white-house-meeting-2026-02-11', // 004: Trump will host him
      'netanyahu-trump-white-house-visit-2025-02', // 002: departed to meet
    ]);
  });

  it('gives every event a status, and no event a status no source gives', async () => {
    const [row] = await run(`MATCH (e:Event) RETURN count(e) AS events,
      count(CASE WHEN e.status IN ['PLANNED', 'HELD'] THEN 1 END) AS known, count(CASE WHEN e.status = 'CANCELLED' THEN 1 END) AS cancelled`);
    expect(row).toEqual({ events: row!.events, known: row!.events, cancelled: 0 });
  });
});

describe('edges the review removed or moved', () => {
  it('has no "at risk" attendance of a deadline', async () => {
    expect(await run(`MATCH (:Organization {id: 'israeli-government'})-[a:ATTENDED]->(:Event {id: 'israeli-budget-deadline-2026-03'}) RETURN a`)).toEqual([]);
  });

  it('places only Kushner at the Oman talks, as leading the US team', async () => {
    const rows = await run(`MATCH (a:Actor)-[r:ATTENDED]->(:Event {id: 'us-iran-talks-oman-2026-02-06'}) RETURN a.id AS actor, r.role AS role`);
    expect(rows).toEqual([{ actor: 'jared-kushner', role: 'led the US team' }]);
  });

  // The 2026-12 corpus review: Kushner led the US team at the Iran talks, so he is affiliated with the United States in that role.
  it('affiliates Witkoff, Rubio and Kushner with the United States, as 004 does, and Biden with nothing', async () => {
    const rows = await run(`MATCH (a:Actor)-[f:AFFILIATED_WITH]->(o)
      WHERE a.id IN ['steve-witkoff', 'marco-rubio', 'jared-kushner']
      RETURN a.id AS actor, o.id AS organization, f.role AS role, f.sources AS sources ORDER BY actor`);
    expect(rows).toEqual([
      { actor: 'jared-kushner', organization: 'united-states', role: 'head of the US team at the Iran talks', sources: [A004] },
      { actor: 'marco-rubio', organization: 'united-states', role: 'Secretary of State', sources: [A004] },
      { actor: 'steve-witkoff', organization: 'united-states', role: 'special envoy', sources: [A004] },
    ]);
    expect(await run(`MATCH (a:Actor {id: 'joe-biden'}) RETURN a`)).toEqual([]);
    expect(await run(`MATCH (o:Organization {id: 'biden-administration'}) RETURN o.id AS id`)).toEqual([{ id: 'biden-administration' }]);
  });

  it('has every affiliation’s sources among the sources that mention both its ends', async () => {
    const rows = await run(`MATCH (a)-[f:AFFILIATED_WITH]->(o)
      WITH a, o, [s IN f.sources WHERE NOT EXISTS { (o)-[:MENTIONED_IN]->(:Source {id: s}) } OR NOT EXISTS { (a)-[:MENTIONED_IN]->(:Source {id: s}) }] AS unmentioned
      WHERE size(unmentioned) > 0 RETURN a.id AS actor, o.id AS organization, unmentioned`);
    expect(rows).toEqual([]);
  });

  it('records the 004 publisher as the article gives it: a Reuters story republished by ST', async () => {
    const [row] = await run(`MATCH (s:Source {id: $id}) RETURN s.publisher AS publisher`, { id: A004 });
    expect(row).toEqual({ publisher: 'ST, from Reuters' });
  });
});
