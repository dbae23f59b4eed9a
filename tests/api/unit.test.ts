// Pure pieces of the API, without a database: row mapping, paging, search text, the compare
// rule, error formatting.
import { formatPartialDate } from '../../src/graph/partialDate.js';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { byRecency, compareStances } from '../../src/api/resolvers/compare.js';
import { createFormatError } from '../../src/api/server/formatError.js';
import type { StanceRow } from '../../src/graph/rows.js';
import { toLuceneQuery } from '../../src/api/loaders/lucene.js';
import { edgeId, isStakeholder, list, ofLabel } from '../../src/api/resolvers/mapping.js';
import { decodeCursor, encodeCursor, pageOf, pageSize, toConnection } from '../../src/api/request/paging.js';
import { Event as EventResolvers, Source as SourceResolvers } from '../../src/api/resolvers/nodes.js';
import { ErrorCode, StancegraphError } from '../../src/errors.js';
import { logger } from '../../src/logger.js';
import { apiConfig } from '../helpers/api.js';

const stance = (id: string, issueId: string, kind: StanceRow['stance'], asOf?: string): StanceRow => ({
  id,
  holderId: id.split(':')[0]!,
  issueId,
  stance: kind,
  position: 'p',
  attribution: 'STATED',
  asOf,
  sources: ['s'],
});

describe('row to GraphQL mapping', () => {
  it('writes stored dates to their precision', () => {
    expect(formatPartialDate('2026-02-11', 'DAY')).toBe('2026-02-11');
    expect(formatPartialDate('2026-02-01', 'MONTH')).toBe('2026-02');
    expect(formatPartialDate('2025-01-01', 'YEAR')).toBe('2025');
    expect(formatPartialDate(undefined, 'YEAR')).toBeNull();
  });

  it('gives events and sources partial dates and a precision only when dated', () => {
    const call = (f: unknown, row: unknown) => (f as (r: unknown) => unknown)(row);
    const event = { label: 'Event', id: 'e', name: 'E', date: '2026-02-01', datePrecision: 'MONTH' };
    expect(call(EventResolvers.date, event)).toBe('2026-02');
    expect(call(EventResolvers.datePrecision, event)).toBe('MONTH');
    expect(call(EventResolvers.datePrecision, { ...event, date: undefined })).toBeNull();
    const source = { label: 'Source', id: 's', title: 'T', publishedAt: '2026-02-01', publishedAtPrecision: 'MONTH' };
    expect(call(SourceResolvers.publishedAt, source)).toBe('2026-02');
  });

  it('reads absent lists as empty', () => {
    expect(list(undefined)).toEqual([]);
    expect(list(['a'])).toEqual(['a']);
  });

  it('narrows nodes by kind: another kind is null, not an error', () => {
    const issue = { label: 'Issue' as const, id: 'i', name: 'I' };
    expect(ofLabel(issue, 'Issue')).toBe(issue);
    expect(ofLabel(issue, 'Actor')).toBeNull();
    expect(ofLabel(null, 'Actor')).toBeNull();
    expect(isStakeholder({ label: 'Organization', id: 'o', name: 'O' })).toBe(true);
    expect(isStakeholder(issue)).toBe(false);
  });

  it('names graph edges stably', () => {
    expect(edgeId('HOLDS_STANCE', 'a', 'i', 'claim-1')).toBe('claim-1');
    expect(edgeId('PART_OF', 'gaza-ceasefire', 'gaza-war', null)).toBe('PART_OF:gaza-ceasefire->gaza-war');
  });
});

describe('paging', () => {
  it('bounds the page size and names a bad value', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(100)).toBe(100);
    for (const bad of [101, -1]) {
      const error = (() => {
        try {
          pageSize(bad);
        } catch (e) {
          return e as StancegraphError;
        }
      })();
      expect(error?.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(error?.message).toContain(String(bad));
    }
  });

  it('round-trips cursors and refuses foreign or forged ones', () => {
    const cursor = encodeCursor('event', ['2026-02-11', 'netanyahu-trump-white-house-meeting-2026-02-11']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('event', cursor)).toEqual(['2026-02-11', 'netanyahu-trump-white-house-meeting-2026-02-11']);
    expect(decodeCursor('actor', null)).toBeNull();
    const forged = [cursor.slice(0, -3), 'not a cursor!', encodeCursor('actor', ['x']), Buffer.from('{"a":1}').toString('base64url')];
    for (const bad of forged) {
      expect(() => decodeCursor('event', bad)).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
    }
  });

  it('shapes a page into a connection', () => {
    const page = pageOf([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2, 7);
    const connection = toConnection('actor', page, (n) => [n.id], null);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(connection.pageInfo.endCursor).toBe(connection.edges[1]!.cursor);
    expect(decodeCursor('actor', connection.pageInfo.endCursor)).toEqual(['b']);
    expect(connection.totalCount).toBe(7);
    expect(toConnection('actor', pageOf([], 2, 0), (n: { id: string }) => [n.id], 'x').pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe('search text to Lucene', () => {
  it('keeps user text from acting as query syntax', () => {
    expect(toLuceneQuery('Mar-a-Lago')).toBe('"Mar-a-Lago"');
    expect(toLuceneQuery('"')).toBe('"\\""');
    expect(toLuceneQuery('a\\b')).toBe('"a\\\\b"');
    expect(toLuceneQuery('Iran AND missiles')).toBe('(Iran OR Iran*) (and OR and*) (missiles OR missiles*)');
    expect(toLuceneQuery('   ')).toBe('');
  });
});

describe('compare rule', () => {
  it('orders claims newest first, undated last, then by id', () => {
    const sorted = [stance('x:b', 'i', 'SUPPORTS', '2025-01-01'), stance('x:u', 'i', 'MIXED'), stance('x:a', 'i', 'OPPOSES', '2025-01-01'), stance('x:n', 'i', 'MIXED', '2026-02-10')].sort(byRecency);
    expect(sorted.map((s) => s.id)).toEqual(['x:n', 'x:a', 'x:b', 'x:u']);
  });

  it('compares the latest claims on issues both hold claims on', () => {
    const a = [
      stance('a:old', 'strikes', 'MIXED', '2025-01-01'),
      stance('a:new', 'strikes', 'CONDITIONAL', '2026-02-10'),
      stance('a:1', 'disarm', 'SUPPORTS', '2026-02-01'),
      stance('a:only', 'alone', 'SUPPORTS', '2026-02-01'),
    ];
    const b = [stance('b:1', 'strikes', 'CONDITIONAL', '2025-01-01'), stance('b:2', 'disarm', 'SUPPORTS')];
    const { agreements, divergences } = compareStances(a, b);
    expect(agreements.map((c) => c.issueId)).toEqual(['disarm', 'strikes']);
    expect(agreements[1]!.latestA.id).toBe('a:new');
    expect(agreements[1]!.a.map((s) => s.id)).toEqual(['a:new', 'a:old']);
    expect(divergences).toEqual([]);
    const flipped = compareStances([stance('a:old', 'strikes', 'MIXED', '2027-01-01')], b);
    expect(flipped.divergences.map((c) => c.issueId)).toEqual(['strikes']);
  });
});

describe('error formatting', () => {
  const internal = new GraphQLError('Cannot read properties of undefined (secret path /srv/x)', {
    originalError: new TypeError('secret'),
  });
  const formatted = (error: GraphQLError) => ({
    message: error.message,
    extensions: { ...error.extensions, stacktrace: ['at somewhere'] },
  });

  it('masks unknown errors in production: generic message, no stack; the details go to the log', () => {
    const log = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const format = createFormatError(apiConfig({ env: 'production' }));
    const out = format(formatted(internal), internal);
    expect(out.message).toBe('Internal server error');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ err: internal }), internal.message);
    log.mockRestore();
  });

  it('keeps them readable outside production, still with a code from the list', () => {
    const log = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const out = createFormatError(apiConfig())(formatted(internal), internal);
    log.mockRestore();
    expect(out.message).toContain('secret path');
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('keeps our own codes and messages, and maps Apollo codes into the list', () => {
    const format = createFormatError(apiConfig({ env: 'production' }));
    const own = new StancegraphError(ErrorCode.BAD_USER_INPUT, 'first must be between 0 and 100, got 101');
    const wrapped = new GraphQLError(own.message, { originalError: own, extensions: own.extensions });
    expect(format(formatted(wrapped), wrapped)).toMatchObject({ message: own.message, extensions: { code: 'BAD_USER_INPUT' } });
    const unknownOp = new GraphQLError('Unknown operation named "X".', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
    expect(format(formatted(unknownOp), unknownOp).extensions?.code).toBe('BAD_REQUEST');
    const tokens = new GraphQLError('Syntax Error: Document contains more that 2000 tokens. Parsing aborted.', {
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(format(formatted(tokens), tokens).extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const db = new StancegraphError(ErrorCode.DATABASE_ERROR, 'Query api/x failed: Neo.ClientError.Something');
    vi.spyOn(logger, 'error').mockImplementationOnce(() => undefined);
    expect(format(formatted(db), db)).toMatchObject({ message: 'The database could not answer this request', extensions: { code: 'DATABASE_ERROR' } });
  });
});
