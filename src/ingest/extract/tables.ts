/**
 * Stances stated in a table, as web copies of news often carry them: a row per stakeholder
 * ("| Chile | Disarmament of militant factions | ... |") or a column per stakeholder
 * ("| Issue | U.S. Perspective | Israeli Position |"). Each cell that matches an issue of the
 * catalog is a stance of the row's (or column's) stakeholder, REPORTED (the article reports
 * it); "dependent on", "conditional", "only if" make it CONDITIONAL, "end of", "against"
 * OPPOSES.
 */
import type { DraftStance, StanceKind } from '../draft.js';
import { evidenceOf } from './evidence.js';
import type { IssueMatcher } from './issues.js';
import type { EntitySpan } from './mentions.js';
import type { Sentence } from './text.js';

interface Cell {
  text: string;
  start: number;
  end: number;
}

function cells(s: Sentence): Cell[] {
  const out: Cell[] = [];
  for (const m of s.text.matchAll(/[^|]+/g)) {
    if (!m[0].trim()) continue;
    const start = s.start + m.index! + (m[0].length - m[0].trimStart().length);
    out.push({ text: m[0].trim(), start, end: start + m[0].trim().length });
  }
  return out;
}

const stanceOf = (cell: string): StanceKind =>
  /\b(dependent on|depends on|conditional|only if|subject to|controlled|monitored)\b/i.test(cell)
    ? 'CONDITIONAL'
    : /\b(end of|against|halt|cessation|no\s)\b/i.test(cell)
      ? 'OPPOSES'
      : 'SUPPORTS';

/** Stances from every table of the article. */
export function tableStances(sentences: Sentence[], spans: EntitySpan[], issues: IssueMatcher, stakeholders: Set<string>, asOf: string | null): DraftStance[] {
  const out: DraftStance[] = [];
  const holderIn = (c: Cell) => spans.find((sp) => sp.start >= c.start && sp.end <= c.end && stakeholders.has(sp.id))?.id;
  const rows = sentences.filter((s) => s.list && s.text.trim().startsWith('|'));
  let header: Cell[] | undefined;
  let previous: Sentence | undefined;
  for (const row of rows) {
    const line = row.text.trim();
    // A table starts after a line that is not one of its rows.
    if (!previous || row.paragraph !== previous.paragraph + 1) header = undefined;
    previous = row;
    if (/^\|[\s|:-]+\|?$/.test(line)) continue; // |---|---|
    const cs = cells(row);
    if (!header) {
      header = cs;
      continue;
    }
    const columnHolders = header.map(holderIn);
    const rowHolder = cs[0] ? holderIn(cs[0]) : undefined;
    cs.forEach((c, i) => {
      if (i === 0) return;
      const holder = rowHolder ?? columnHolders[i];
      if (!holder) return;
      const context = `${rowHolder ? header![i]?.text ?? '' : cs[0]?.text ?? ''} ${c.text}`;
      const issue = issues.match(context, 4)[0];
      if (!issue) return;
      out.push({
        holder,
        issue: issue.id,
        stance: stanceOf(c.text),
        attribution: 'REPORTED',
        asOf,
        quote: null,
        position: `${stanceOf(c.text).toLowerCase()}, per a table of the article`,
        evidence: evidenceOf(row, 'stance.table', 0.5),
      });
    });
  }
  return out;
}
