// Which changes evict cached read answers: the model's nodes and edges do; the review queue's,
// the audit trail's, API keys' and the schema version's never do (no read answer holds them).
// Pure mapping of feed changes to cache tags: no database needed.
import { describe, expect, it } from 'vitest';
import { ANY_KIND_TAG, changeTags, kindTag } from '../../src/api/cache/tags.js';
import type { Change } from '../../src/feed/messages.js';

const node = (labels: string[], id: string | null, op: Change['op'] = 'created'): Change => ({ op, entity: 'node', labels, id, keys: ['id'] });
const rel = (type: string, start: string | null, startLabels: string[], end: string | null, endLabels: string[]): Change => ({
  op: 'created',
  entity: 'relationship',
  type,
  id: null,
  start,
  startLabels,
  end,
  endLabels,
  keys: [],
});

describe('cache tags of a change', () => {
  it('an ingest\'s own nodes and links evict nothing; its Source evicts pages of sources, not of other kinds', () => {
    expect(changeTags(node(['Proposal'], 'a-2026-02-09/entity/x'))).toEqual([]);
    expect(changeTags(node(['Proposal'], 'a-2026-02-09/entity/x', 'updated'))).toEqual([]);
    expect(changeTags(node(['SourceText'], null))).toEqual([]);
    expect(changeTags(rel('PROPOSED_IN', 'a-2026-02-09/entity/x', ['Proposal'], 'a-2026-02-09', ['Entity', 'Source']))).toEqual([]);
    expect(changeTags(rel('TEXT_OF', null, ['SourceText'], 'a-2026-02-09', ['Entity', 'Source']))).toEqual([]);
    const source = changeTags(node(['Entity', 'Source'], 'a-2026-02-09'));
    expect(source).toEqual(['a-2026-02-09', kindTag('Entity'), kindTag('Source')]);
    expect(source).not.toContain(kindTag('Actor'));
    expect(source).not.toContain(ANY_KIND_TAG);
  });

  it('an update may have moved a node between kinds or ids, which the feed cannot tell: it evicts every page', () => {
    expect(changeTags(node(['Entity', 'Actor'], 'donald-trump', 'updated'))).toEqual(['donald-trump', ANY_KIND_TAG]);
    expect(changeTags(node(['Entity', 'Actor'], 'donald-trump', 'deleted'))).toEqual(['donald-trump', kindTag('Entity'), kindTag('Actor')]);
  });

  it('audit entries, API keys and the schema version evict nothing; a model node or edge does', () => {
    for (const label of ['AuditEntry', 'ApiKey', 'SchemaVersion']) expect(changeTags(node([label], 'some-id'))).toEqual([]);
    expect(changeTags(rel('MENTIONED_IN', 'donald-trump', ['Entity', 'Actor'], 'a-2026-02-09', ['Entity', 'Source']))).toEqual(['donald-trump', 'a-2026-02-09']);
    // A label nobody listed evicts: the safe side.
    expect(changeTags(node(['Something'], null))).toEqual([ANY_KIND_TAG]);
  });
});
