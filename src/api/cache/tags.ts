/**
 * What a cached loader result depends on, as tags, and which tags a change touches. A node's
 * tag is its id. A result is tagged with its key's ids and with the id of every node or claim
 * it holds, so a change to any of them evicts it; a relationship's change touches both ends
 * and its own id. Results over an issue's whole subtree also depend on relationships between
 * other nodes (a claim on a sub-issue), so they share one more tag that any claim or PART_OF
 * change touches.
 */
import type { Change } from '../../feed/messages.js';

/** Results that follow PART_OF down a tree (Issue.stances with includeSubIssues). */
export const TREE_TAG = '\u0000tree';
const TREE_TYPES = new Set(['HOLDS_STANCE', 'PART_OF']);

/** The tags of a loader key: the key itself when an id, or a composite key's string values. */
export function keyTags(key: unknown): string[] {
  if (typeof key === 'string') return [key];
  if (key === null || typeof key !== 'object') return [];
  const record = key as Record<string, unknown>;
  const tags = Object.values(record).filter((v): v is string => typeof v === 'string');
  if (record.includeSubIssues === true) tags.push(TREE_TAG);
  return tags;
}

/** The `id` of every object in a loaded value (nodes, claims), however deep. */
export function valueTags(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const v of value) valueTags(v, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') into.push(v);
      else if (v !== null && typeof v === 'object') valueTags(v, into);
    }
  }
  return into;
}

/** The tags a committed change makes stale. */
export function changeTags(change: Change): string[] {
  if (change.entity === 'node') return change.id === null ? [] : [change.id];
  const tags = [change.start, change.end, change.id].filter((t): t is string => t !== null);
  if (TREE_TYPES.has(change.type)) tags.push(TREE_TAG);
  return tags;
}
