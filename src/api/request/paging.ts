/**
 * Relay cursor paging, shared by every connection: page-size bounds and opaque cursors.
 * A cursor is base64url of the item's sort key as JSON, tagged with the list it came from,
 * so a cursor from one list (or a hand-made string) is refused instead of silently
 * misplacing the page.
 */
import { badInput } from '../../errors.js';
import type { Page } from '../../graph/rows.js';

export const DEFAULT_PAGE_SIZE = 20;
/** Bounds what one request can ask of the database in one list; clients page for more. */
export const MAX_PAGE_SIZE = 100;

/** The page size `first` asks for: DEFAULT_PAGE_SIZE when absent, else 0..MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined, argumentName = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`${argumentName} must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`, { argumentName, value: first });
  }
  return first;
}

/** Which list a cursor belongs to, and how many parts its sort key has. */
export type CursorKind = 'actor' | 'organization' | 'issue' | 'source' | 'event' | 'stance' | 'draft';
const KEY_PARTS: Record<CursorKind, number> = { actor: 1, organization: 1, issue: 1, source: 1, event: 2, stance: 2, draft: 1 };

export function encodeCursor(kind: CursorKind, key: readonly string[]): string {
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');
}

/** The sort key in `cursor`, or null when there is none; BAD_USER_INPUT when it is not one of this list's cursors. */
export function decodeCursor(kind: CursorKind, cursor: string | null | undefined, argumentName = 'after'): string[] | null {
  if (cursor === null || cursor === undefined) return null;
  const invalid = () => badInput(`${argumentName} is not a valid ${kind} cursor: ${JSON.stringify(cursor)}`, { argumentName, value: cursor });
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(parsed) ||
    parsed[0] !== kind ||
    parsed.length !== KEY_PARTS[kind] + 1 ||
    !parsed.every((p) => typeof p === 'string' && p.length > 0)
  ) {
    throw invalid();
  }
  return parsed.slice(1) as string[];
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Shapes a page into a Relay connection; `keyOf` gives an item's sort key. */
export function toConnection<T>(kind: CursorKind, page: Page<T>, keyOf: (item: T) => string[], after: unknown): Connection<T> {
  const edges = page.items.map((node) => ({ cursor: encodeCursor(kind, keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: after !== null && after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.total,
  };
}

/** Turns rows fetched with LIMIT size + 1 into a page: the extra row only says another page follows. */
export function pageOf<T>(items: T[], size: number, total: number): Page<T> {
  return { items: items.slice(0, size), total, hasNextPage: items.length > size };
}
