/**
 * What a cached loader result depends on, as tags, and which tags a change touches. A node's
 * tag is its id. A result is tagged with its key's ids and with the id of every node or claim
 * it holds, so a change to any of them evicts it; a relationship's change touches both ends
 * and its own id. Results over an issue's whole subtree also depend on relationships between
 * other nodes (a claim on a sub-issue), so they share one more tag that any claim or PART_OF
 * change touches.
 */
import type { Change } from '../../feed/messages.js';

/**
 * Results that depend on which nodes are of a kind (a page of actors, with its total) carry
 * that kind's tag and ANY_KIND_TAG. A node created or deleted touches the tags of its own
 * labels, so a new Source leaves cached pages of actors alone. An update touches every kind:
 * a page already holds each of its nodes' ids, so only a change of labels or of the id moves
 * a node between pages, and the feed reports an update with the labels after it, which cannot
 * tell a removed label; over-evicting pages is the safe side there.
 */
export const kindTag = (label: string): string => `\u0000kind:${label}`;
export const ANY_KIND_TAG = '\u0000kinds';

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

/** What the cache needs to know of a loaded value, found in one walk. */
export interface ValueFacts {
  /** The `id` of every object in it (nodes, claims), however deep. */
  ids: string[];
  /** Roughly the bytes it holds in memory, for the cache's size bound. */
  bytes: number;
}

/**
 * The ids and rough size of a loaded value. One walk gives both: sizing by JSON.stringify
 * cost as much again as the walk, on every miss of a long list.
 */
export function valueFacts(value: unknown): ValueFacts {
  const facts: ValueFacts = { ids: [], bytes: 0 };
  walk(value, facts);
  return facts;
}

function walk(value: unknown, facts: ValueFacts): void {
  if (typeof value === 'string') {
    facts.bytes += 16 + 2 * value.length;
  } else if (Array.isArray(value)) {
    facts.bytes += 16 + 8 * value.length;
    for (const v of value) walk(v, facts);
  } else if (value !== null && typeof value === 'object') {
    facts.bytes += 24;
    for (const k in value) {
      const v = (value as Record<string, unknown>)[k];
      facts.bytes += 8;
      if (k === 'id' && typeof v === 'string') facts.ids.push(v);
      walk(v, facts);
    }
  } else {
    facts.bytes += 8;
  }
}

/**
 * Labels of nodes that are no part of the model: the review queue (Proposal, SourceText), the
 * audit trail, API keys and the schema's version. No read answer holds them (the review
 * queue's reads bypass the cache, drafts.ts), so their changes evict nothing: without this,
 * every ingest, rejection or audit entry would drop every cached page (ANY_KIND_TAG). A label not
 * listed here evicts, the safe side.
 */
export const NON_MODEL_LABELS: ReadonlySet<string> = new Set(['Proposal', 'SourceText', 'AuditEntry', 'ApiKey', 'SchemaVersion']);

/** Relationships to or from those nodes (a proposal's or a text's link to its Source). */
export const NON_MODEL_TYPES: ReadonlySet<string> = new Set(['PROPOSED_IN', 'TEXT_OF']);

const outsideModel = (labels: readonly string[]) => labels.some((l) => NON_MODEL_LABELS.has(l));

/** The tags a committed change makes stale. */
export function changeTags(change: Change): string[] {
  if (change.entity === 'node') {
    if (outsideModel(change.labels)) return [];
    // A node of no model kind (no Entity label) is no page's, but nothing says what reads it: the safe side.
    const kinds = change.op === 'updated' || !change.labels.includes('Entity') ? [ANY_KIND_TAG] : change.labels.map(kindTag);
    return change.id === null ? kinds : [change.id, ...kinds];
  }
  if (NON_MODEL_TYPES.has(change.type) || outsideModel(change.startLabels) || outsideModel(change.endLabels)) return [];
  const tags = [change.start, change.end, change.id].filter((t): t is string => t !== null);
  if (TREE_TYPES.has(change.type)) tags.push(TREE_TAG);
  return tags;
}
