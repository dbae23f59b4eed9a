/**
 * Read-your-writes across replicas: a mutation's answer carries the Neo4j bookmark of its
 * write (in `extensions.bookmark` and the X-Stancegraph-Bookmark response header); a request
 * that sends it back in the X-Stancegraph-Bookmark header reads at least that state, on any
 * replica (Db.withBookmarks), and skips the cross-request cache, which may not have heard of
 * the write yet.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, StancegraphError } from '../../errors.js';
import type { Context } from '../request/context.js';

/** The header a client sends a bookmark back in, and the one a mutation's answer carries it in. */
export const BOOKMARK_HEADER = 'X-Stancegraph-Bookmark';

/** Neo4j's bookmarks are short base64-like strings ("FB:..."); a few per request at most. */
const BOOKMARK = /^[A-Za-z0-9:_+/=.-]{1,512}$/;
const MAX_BOOKMARKS = 16;

/** The bookmarks a request sent back, checked for shape; BAD_USER_INPUT (HTTP 400) when malformed. */
export function parseBookmarks(header: string | string[] | undefined): string[] {
  if (header === undefined) return [];
  const values = (Array.isArray(header) ? header.join(',') : header).split(',').map((b) => b.trim()).filter(Boolean);
  const bad = values.find((b) => !BOOKMARK.test(b));
  if (bad !== undefined || values.length > MAX_BOOKMARKS) {
    const shown = bad === undefined ? `${values.length} bookmarks` : JSON.stringify(bad.length > 40 ? `${bad.slice(0, 40)}...` : bad);
    throw new StancegraphError(
      ErrorCode.BAD_USER_INPUT,
      `${BOOKMARK_HEADER}: ${shown} is not a bookmark this API returned (send back the extensions.bookmark of a mutation's answer, up to ${MAX_BOOKMARKS}, comma-separated)`,
      { extensions: { http: { status: 400 } } },
    );
  }
  return values;
}

/** Puts the bookmark of a request's writes in its answer: `extensions.bookmark` and the response header. */
export const bookmarkPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const written = contextValue.bookmarks?.written ?? [];
        if (written.length === 0) return;
        const bookmark = written.join(',');
        response.http.headers.set(BOOKMARK_HEADER.toLowerCase(), bookmark);
        if (response.body.kind === 'single') {
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, bookmark };
        }
      },
    };
  },
};
