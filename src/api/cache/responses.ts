/**
 * Whole answers kept across requests, beside the loaders' entries and in the same bounded,
 * feed-kept cache. A query asked again with the same document and variables is answered
 * without executing it: no resolver runs, no loader is asked. Each stored answer is tagged
 * with the tags of everything its request read (requestCache.ts), so any change that would
 * evict one of those loader entries evicts the answer too, and a request during which such a
 * change landed stores nothing (SharedCache's mark). An answer is kept only when every query
 * its request sent was one that reports what it read (the loaders and the pages of nodes by
 * id); one that used search, graph, a stances page or an events page is not, nor one with
 * errors, nor a mutation.
 */
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { Context } from '../request/context.js';
import { LOADER_QUERIES } from '../loaders/index.js';
import { TAGGED_READS } from '../loaders/reads.js';
import { valueFacts } from './tags.js';

const TAGGED = new Set([...LOADER_QUERIES, ...TAGGED_READS]);

const responseKey = (queryHash: string, operationName: string | null | undefined, variables: unknown) =>
  `response\u0000${queryHash}\u0000${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;

/**
 * The answers being worked out now, by key. A request that finds its answer in the works
 * waits for it and then looks in the cache again, instead of working it out a second time:
 * after a change evicts a long answer, the clients asking it at that moment would otherwise
 * each rebuild it at once. It finds the answer only if it was stored, so only if no change
 * touched it meanwhile; else it works the answer out itself.
 */
const inFlight = new Map<string, Promise<void>>();
const WAIT_MS = 5_000;

export const responseCachePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    const cache = contextValue.cache;
    if (!cache?.enabled) return;
    const since = cache.mark();
    let key: string | undefined;
    let served = false;
    let done: (() => void) | undefined;
    const stored = (k: string) => {
      const hit = cache.shared.get(k);
      if (!hit) return null;
      served = true;
      // A fresh result object: plugins may add extensions to it; the data is shared and read-only.
      const { data } = hit.value as FormattedExecutionResult;
      return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single' as const, singleResult: { data } } };
    };
    return {
      async responseForOperation({ operation, queryHash, request }) {
        if (operation.operation !== 'query') return null;
        const k = responseKey(queryHash ?? request.query ?? '', request.operationName, request.variables);
        key = k;
        const pending = inFlight.get(k);
        // Bounded, in case the request working it out never reaches willSendResponse.
        if (pending) await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, WAIT_MS).unref())]);
        const hit = stored(k);
        if (hit || inFlight.has(k)) return hit;
        inFlight.set(k, new Promise<void>((resolve) => (done = resolve)));
        return null;
      },
      async willSendResponse({ response, contextValue: ctx }) {
        try {
          if (served || !key || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length || !result.data) return;
          if (!ctx.runner.sent.every((name) => TAGGED.has(name))) return;
          cache.shared.set(key, { data: result.data }, [...cache.tags], since, valueFacts(result.data).bytes);
        } finally {
          if (done) {
            inFlight.delete(key!);
            done();
          }
        }
      },
    };
  },
};
