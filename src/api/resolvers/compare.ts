/**
 * The rule behind `compare(a, b)`: on each issue both stakeholders hold claims on, take each
 * side's latest claim (by asOf; an undated claim counts as the oldest; on equal dates the
 * claim id first in alphabetical order wins, so the answer never depends on row order) and
 * call the issue an agreement when the two have the same stance kind, a divergence otherwise.
 * Pure, so it is unit-tested without a database.
 */
import type { IssueComparisonRow, StanceRow } from '../../graph/rows.js';

/** Newest first; undated last; then by claim id. */
export function byRecency(x: StanceRow, y: StanceRow): number {
  const dx = x.asOf ?? '';
  const dy = y.asOf ?? '';
  if (dx !== dy) return dx < dy ? 1 : -1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

function byIssue(stances: readonly StanceRow[]): Map<string, StanceRow[]> {
  const map = new Map<string, StanceRow[]>();
  for (const s of stances) map.set(s.issueId, [...(map.get(s.issueId) ?? []), s]);
  for (const list of map.values()) list.sort(byRecency);
  return map;
}

export interface StanceComparison {
  agreements: IssueComparisonRow[];
  divergences: IssueComparisonRow[];
}

export function compareStances(a: readonly StanceRow[], b: readonly StanceRow[]): StanceComparison {
  const ofA = byIssue(a);
  const ofB = byIssue(b);
  const result: StanceComparison = { agreements: [], divergences: [] };
  for (const issueId of [...ofA.keys()].filter((id) => ofB.has(id)).sort()) {
    const sa = ofA.get(issueId)!;
    const sb = ofB.get(issueId)!;
    const row: IssueComparisonRow = { issueId, a: sa, b: sb, latestA: sa[0]!, latestB: sb[0]! };
    (row.latestA.stance === row.latestB.stance ? result.agreements : result.divergences).push(row);
  }
  return result;
}
