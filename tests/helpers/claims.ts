import type { Db } from '../../src/graph/db.js';

/** The five sources of the corpus, by article number (000 to 004), for tables of expected claims. */
export const [A000, A001, A002, A003, A004] = [
  'mar-a-lago-preview-divergences',
  'mar-a-lago-domestic-survival',
  'white-house-visit-2025-departure',
  'washington-gaza-ceasefire-dialogue',
  'reuters-iran-diplomacy-2026-02',
];

/** id, holder, issue, stance, attribution, asOf as written in the seeds (null: undated), sources, quote (null: none). */
export type Claim = [string, string, string, string, string, string | null, string[], string | null];

/** A seed date as the graph stores it: the first day of its period, and its precision. */
export function stored(asOf: string | null) {
  if (asOf === null) return { asOf: null, asOfPrecision: null };
  const precision = asOf.length === 4 ? 'YEAR' : asOf.length === 7 ? 'MONTH' : 'DAY';
  return { asOf: precision === 'YEAR' ? `${asOf}-01-01` : precision === 'MONTH' ? `${asOf}-01` : asOf, asOfPrecision: precision };
}

/** The claim with this id as the graph holds it (no row when there is none), in the shape `expected` builds. */
export function storedClaim(db: Db, id: string) {
  return db.read(
    {
      name: 'test/stored-claim',
      text: `MATCH (h)-[s:HOLDS_STANCE {id: $id}]->(i:Issue)
       RETURN h.id AS holder, i.id AS issue, s.stance AS stance, s.attribution AS attribution,
         toString(s.asOf) AS asOf, s.asOfPrecision AS asOfPrecision, s.sources AS sources, s.quote AS quote`,
    },
    { id },
  );
}

/** What `storedClaim` returns for a row of a `Claim` table. */
export function expected([, holder, issue, stance, attribution, asOf, sources, quote]: Claim) {
  return [{ holder, issue, stance, attribution, ...stored(asOf), sources, quote }];
}
