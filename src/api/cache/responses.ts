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
import type { Context } from '../context.js';
import { LOADER_QUERIES } from '../loaders/index.js';
import { TAGGED_READS } from '../loaders/reads.js';
import { valueFacts } from './tags.js';

const TAGGED = new Set([...LOADER_QUERIES, ...TAGGED_READS]);

const responseKey = (queryHash: string, operationName: string | null | undefined, variables: unknown) =>
  `response\u0000${queryHash}\u0000${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;

export const responseCachePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    const cache = contextValue.cache;
    if (!cache?.enabled) return;
    const since = cache.mark();
    let key: string | undefined;
    let served = false;
    return {
      async responseForOperation({ operation, queryHash, request }) {
        if (operation.operation !== 'query') return null;
        key = responseKey(queryHash ?? request.query ?? '', request.operationName, request.variables);
        const hit = cache.shared.get(key);
        if (!hit) return null;
        served = true;
        // A fresh result object: plugins may add extensions to it; the data is shared and read-only.
        const stored = hit.value as FormattedExecutionResult;
        return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: stored.data } } };
      },
      async willSendResponse({ response, contextValue: ctx }) {
        if (served || !key || response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        if (result.errors?.length || !result.data) return;
        if (!ctx.runner.sent.every((name) => TAGGED.has(name))) return;
        cache.shared.set(key, { data: result.data }, [...cache.tags], since, valueFacts(result.data).bytes);
      },
    };
  },
};
