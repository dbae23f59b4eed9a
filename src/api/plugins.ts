import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';

/**
 * Adds `extensions.stancegraph.roundTrips` to every response: how many Cypher queries the
 * request ran. Clients and tests can see batching work (or stop working); off in production,
 * where it would only be noise.
 */
export const roundTripsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, stancegraph: { roundTrips: contextValue.runner.sent.length } };
      },
    };
  },
};
