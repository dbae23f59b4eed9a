/**
 * The id a claim gets when the client gives none: holder, stance kind, issue and, when the
 * claim is dated, its asOf as written (`donald-trump-opposes-west-bank-annexation-2026-02`),
 * the pattern the seeds follow. Recording the same holder, kind, issue and date again
 * without an id therefore updates that claim rather than adding a second one; a second claim
 * of the same kind and date needs an id of its own.
 */
export function deriveClaimId(input: { holder: string; stance: string; issue: string; asOf?: string | null }): string {
  return [input.holder, input.stance.toLowerCase(), input.issue, ...(input.asOf ? [input.asOf] : [])].join('-');
}
