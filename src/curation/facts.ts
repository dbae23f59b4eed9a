import { cypher } from '../graph/cypher.js';
import type { TxRunner } from '../graph/db.js';
import type { Kind } from '../validate/records.js';
import type { GraphFacts } from '../validate/references.js';

const Q = {
  facts: cypher<{ kinds: Array<[string, string]>; parents: Array<[string, string]> }>('curation/facts'),
  lock: cypher<{ locked: number }>('curation/lock'),
};

/** A node's kind label as the validator names kinds. */
export const KIND_OF_LABEL: Record<string, Kind> = {
  Actor: 'actors',
  Organization: 'organizations',
  Issue: 'issues',
  Event: 'events',
  Source: 'sources',
};

/**
 * What the validator needs to know of the graph about one record, read inside the mutation's
 * transaction: the kinds of the ids it names and the PART_OF chains above `chainsFrom`.
 */
export async function readFacts(run: TxRunner, ids: readonly string[], chainsFrom: readonly string[] = []): Promise<GraphFacts> {
  const [row] = await run(Q.facts, { ids: [...new Set(ids)], chainsFrom: [...new Set(chainsFrom)] });
  return {
    kinds: new Map((row?.kinds ?? []).flatMap(([id, label]) => (KIND_OF_LABEL[label] ? [[id, KIND_OF_LABEL[label]]] : []))),
    parents: new Map(row?.parents ?? []),
  };
}

/**
 * Serialises concurrent writes to the same nodes until the transaction ends (cypher/curation/lock),
 * so each reads what the one before committed: twenty recordStance calls for one claim make
 * one edge, and each keeps who created it first.
 */
export async function lockNodes(run: TxRunner, ids: readonly string[]): Promise<void> {
  await run(Q.lock, { ids: [...new Set(ids)] });
}
