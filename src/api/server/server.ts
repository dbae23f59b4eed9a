import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import type { Config } from '../../config.js';
import { armor } from './armor.js';
import { bookmarkPlugin } from './bookmarks.js';
import type { Context } from '../request/context.js';
import { createFormatError } from './formatError.js';
import { credentialsPlugin, roundTripsPlugin } from './plugins.js';
import { responseCachePlugin } from '../cache/responses.js';
import { MutationBatchRule } from './mutationBatch.js';
import { resolvers } from '../resolvers/index.js';
import { KnownOperationTypesRule, NoSubscriptionOverHttpRule } from './operationTypes.js';
import { loadTypeDefs } from './typeDefs.js';
import { graphiqlLandingPage } from '../surfaces/graphiql.js';

/** The executable schema: Apollo serves it over HTTP, graphql-ws over WebSocket. */
export const createSchema = (): GraphQLSchema => makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });

export interface ApolloOptions {
  config: Config;
  /** From createSchema(); made here when absent. */
  schema?: GraphQLSchema;
  /** The HTTP server to drain on stop(); absent for in-process use (executeOperation). */
  httpServer?: Server;
}

/**
 * The Apollo Server for stancegraph, without HTTP: startHttpServer mounts it, tests call
 * executeOperation on it with a context from createContext. Outside production it reports
 * round trips, includes stack traces and serves GraphiQL with the example operations;
 * in production none of that.
 */
export function createApolloServer({ config, httpServer, schema = createSchema() }: ApolloOptions): ApolloServer<Context> {
  const production = config.env === 'production';
  const bounds = armor(config);
  const plugins: Array<ApolloServerPlugin<Context>> = [
    ...(bounds.plugins as Array<ApolloServerPlugin<Context>>),
    credentialsPlugin(config.auth),
    bookmarkPlugin,
    responseCachePlugin,
    // stancegraph sets no cache hints; Apollo's default cache-control plugin would still
    // wrap every field's resolver to compute them.
    ApolloServerPluginCacheControlDisabled(),
    production
      ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
      : graphiqlLandingPage(),
  ];
  if (!production) plugins.push(roundTripsPlugin);
  if (httpServer) plugins.push(ApolloServerPluginDrainHttpServer({ httpServer }));

  return new ApolloServer<Context>({
    schema,
    plugins,
    validationRules: [...bounds.validationRules, KnownOperationTypesRule, MutationBatchRule, NoSubscriptionOverHttpRule],
    parseOptions: bounds.parseOptions,
    formatError: createFormatError(config),
    includeStacktraceInErrorResponses: !production,
    // Introspection feeds the playground and codegen; in production the schema is
    // published in the repository instead, unless STANCEGRAPH_INTROSPECTION=true turns it on
    // for a public read API whose clients' tooling introspects.
    introspection: config.introspection ?? !production,
    // One operation per HTTP request: a batch would multiply every bound above.
    allowBatchedHttpRequests: false,
    // Automatic persisted queries need a shared cache stancegraph does not run.
    persistedQueries: false,
    // src/main.ts owns SIGINT/SIGTERM: it stops the API, then Neo4j. Apollo's own handlers
    // would stop the API a second time and re-raise the signal before Neo4j is closed.
    stopOnTerminationSignals: false,
  });
}
