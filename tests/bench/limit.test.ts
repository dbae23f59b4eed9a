// The bench's limit target (bench/limit/server.ts, one hand-written Cypher query per
// request) answers every question with the same data as the stancegraph API, on the seeded
// graph of the run's real Neo4j. This is what makes the bench's "limit" column a fair
// yardstick; the bench checks it again on the synthetic graph before timing anything.
import { afterAll, describe, expect, it } from 'vitest';
import { sameData } from '../../bench/normalize.js';
import { questionIds } from '../../bench/ids.js';
import { startLimitServer } from '../../bench/limit/server.js';
import { questions } from '../../bench/questions.js';
import { requestBody } from '../../bench/check.js';
import { inProcessApi, ok } from '../helpers/api.js';

const api = await inProcessApi();
const limit = await startLimitServer({ driver: api.db.driver, database: api.db.database });
afterAll(() => limit.stop());
const ids = await questionIds(api.db, false);

describe('the limit answers like the API', () => {
  it.each(questions(ids).map((q) => [q.name, q] as const))('%s', async (_, q) => {
    const expected = ok(await api.run(q.query, q.variables, q.name));
    const response = await fetch(limit.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: requestBody(q, 'limit') });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    // Not vacuous: the seeded graph answers each question with data.
    expect(JSON.stringify(expected).length).toBeGreaterThan(40);
    expect(sameData(expected, body.data)).toEqual({ same: true });
  });
});
