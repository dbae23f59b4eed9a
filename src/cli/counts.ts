/** Counts by label and by relationship type, as the seed and synth commands print them. */
export const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** "nodes: 118 (Actor 11, ...)" and "relationships: 456 (HOLDS_STANCE 81, ...)". */
export function countLines(report: { nodes: Record<string, number>; relationships: Record<string, number> }): string[] {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ');
  return [`nodes: ${sum(report.nodes)} (${list(report.nodes)})`, `relationships: ${sum(report.relationships)} (${list(report.relationships)})`];
}
