import type { ApolloServerPlugin } from '@apollo/server';
import type { AuthConfig } from '../../config.js';
import { checkCredential } from '../http/auth.js';
import type { Context } from '../request/context.js';

/**
 * Adds `extensions.stancegraph` to every response: how many Cypher round trips the request
 * waited through (`roundTrips`) and how many queries it sent (`queries`). Clients and tests
 * can see batching work (or stop working); off in production, where it would only be noise.
 */
export const roundTripsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        const { roundTrips, sent } = contextValue.runner;
        result.extensions = { ...result.extensions, stancegraph: { roundTrips, queries: sent.length } };
      },
    };
  },
};

/**
 * Refuses an operation its credential may not run at all (auth.ts, checkCredential) once the
 * operation is known and before anything runs: UNAUTHENTICATED, with HTTP 401.
 */
export function credentialsPlugin(auth: AuthConfig): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation) checkCredential(contextValue.credential, operation.operation, auth);
        },
      };
    },
  };
}
