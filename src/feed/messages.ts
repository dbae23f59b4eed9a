/**
 * What the embedded launcher's change feed sends (neo4j/.../ChangeFeed.java), one JSON object
 * per line, and the change records the rest of the API works with.
 */

export type ChangeOp = 'created' | 'updated' | 'deleted';

/** A node created, updated (properties or labels) or deleted by a committed transaction. */
export interface NodeChange {
  op: ChangeOp;
  entity: 'node';
  /** Every label the node has (had, when deleted). */
  labels: string[];
  /** Its `id` property; null for a node without one. */
  id: string | null;
  /** Property keys set or removed (every key, when created or deleted). */
  keys: string[];
}

/** A relationship created, updated or deleted, with the `id`s and labels of its ends. */
export interface RelationshipChange {
  op: ChangeOp;
  entity: 'relationship';
  type: string;
  /** The relationship's own `id` property: a HOLDS_STANCE edge's claim id; null for most types. */
  id: string | null;
  start: string | null;
  startLabels: string[];
  end: string | null;
  endLabels: string[];
  keys: string[];
}

export type Change = NodeChange | RelationshipChange;

/** One committed transaction's changes. */
export interface FeedTx {
  txId: number;
  /** Milliseconds since the epoch, Neo4j's commit time. */
  commitTime: number;
  changes: Change[];
}

/**
 * Why a consumer may have missed changes: the launcher dropped its queue (`behind`), a
 * transaction was too large to list (`large transaction`), or the connection to the feed was
 * lost or made again (`feed lost`, `feed back`).
 */
export type ResyncReason = 'behind' | 'large transaction' | 'feed lost' | 'feed back';

export type FeedMessage =
  | { type: 'hello'; lastTxId: number | null }
  | ({ type: 'tx' } & FeedTx)
  | { type: 'resync'; reason: ResyncReason; txId?: number };

/** Parses one feed line; undefined for a line this version does not know (a newer launcher's). */
export function parseFeedLine(line: string): FeedMessage | undefined {
  const message = JSON.parse(line) as { type?: unknown };
  return message.type === 'hello' || message.type === 'tx' || message.type === 'resync' ? (message as FeedMessage) : undefined;
}
