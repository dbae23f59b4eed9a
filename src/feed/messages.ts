/**
 * What the change feed plugin sends (neo4j/plugin/.../ChangeFeed.java), one JSON object per
 * line, and the change records the rest of the API works with.
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
 * Why a consumer may have missed changes: the plugin dropped its queue (`behind`), a
 * transaction was too large to list (`large transaction`), the connection to the feed was
 * lost or made again (`feed lost`, `feed back`), a feed sent a line that is not the feed's
 * (`feed garbled`), or two members' feeds told different changes under one transaction id
 * (`feeds disagree`).
 */
export type ResyncReason = 'behind' | 'large transaction' | 'feed lost' | 'feed back' | 'feed garbled' | 'feeds disagree';

export type FeedMessage =
  /** `database`: the Neo4j database the feed follows (feeds older than the plugin do not say). */
  | { type: 'hello'; lastTxId: number | null; database?: string }
  | ({ type: 'tx' } & FeedTx)
  | { type: 'resync'; reason: ResyncReason; txId?: number };

/**
 * Parses one feed line; undefined for a message type this version does not know (a newer
 * plugin's). Throws on a line that is not the feed's at all (not JSON, or a `tx` without its
 * id, time and changes): the caller cannot know what it missed.
 */
export function parseFeedLine(line: string): FeedMessage | undefined {
  const message = JSON.parse(line) as { type?: unknown; txId?: unknown; commitTime?: unknown; changes?: unknown };
  if (message === null || typeof message !== 'object') throw new Error('not a JSON object');
  if (message.type === 'tx') {
    if (!Number.isSafeInteger(message.txId) || typeof message.commitTime !== 'number' || !Array.isArray(message.changes)) {
      throw new Error('a tx line without txId, commitTime and changes');
    }
    return message as FeedMessage;
  }
  return message.type === 'hello' || message.type === 'resync' ? (message as FeedMessage) : undefined;
}
