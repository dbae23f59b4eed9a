import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from '../../config.js';
import { ErrorCode, StancegraphError } from '../../errors.js';
import type { Db } from '../../graph/db.js';
import { armor } from '../server/armor.js';
import { checkCredential, createAuthenticator } from '../http/auth.js';
import { createContext } from '../request/context.js';
import { createFormatError } from '../server/formatError.js';
import { KnownOperationTypesRule } from '../server/operationTypes.js';
import type { LiveGraph } from './liveGraph.js';

/**
 * graphql-js as the schema's makers load it (@graphql-tools/schema, Apollo: Node's own
 * resolution, the CommonJS build). A runner that resolves `graphql` to its ES module build
 * (vitest does) would hold a second copy, whose validate and execute refuse the schema as
 * "from another module or realm".
 */
const { execute, GraphQLError: SchemaGraphQLError, parse, specifiedRules, subscribe, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * A parse or validation error as graphql-ws passes it on (an error of the schema's copy of
 * graphql-js), with the code Apollo would have given it; ours keep theirs.
 */
const withCode = (error: GraphQLError, code: ErrorCode) =>
  new SchemaGraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error,
    extensions: { ...error.extensions, code: error instanceof StancegraphError ? error.code : (error.extensions?.code ?? code) },
  });

/**
 * graphql-ws on the HTTP server's /graphql: the same schema, the same document bounds
 * (graphql-armor's rules and the token limit) and the same error codes as queries over
 * HTTP. Returns what stops it: every socket is closed, every stream ended.
 */
/** The Authorization value a client put in graphql-ws's connection_init payload, if any. */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : undefined;
}

export function serveSubscriptions({ httpServer, schema, config, db, live }: { httpServer: Server; schema: GraphQLSchema; config: Config; db: Db; live: LiveGraph }) {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const bounds = armor(config);
  const rules = [...specifiedRules, ...bounds.validationRules, KnownOperationTypesRule];
  const formatError = createFormatError(config);
  const authenticate = createAuthenticator(config.auth, () => live.keys.keys());
  // graphql-armor hides field suggestions in production through an Apollo plugin, which
  // graphql-ws does not run: the same masking here.
  const production = config.env === 'production';
  const format = (errors: readonly GraphQLError[]) =>
    errors.map((e) => {
      const formatted = formatError(e.toJSON(), e);
      return production ? { ...formatted, message: formatted.message.replace(/ ?Did you mean .*\?$/, '') } : formatted;
    });
  const server = useServer(
    {
      schema,
      // graphql-ws's own import of graphql could be the other copy: these are the schema's.
      execute,
      subscribe,
      context: async (ctx) => createContext({ db, config, live, credential: await authenticate(authorizationOf(ctx.connectionParams)) }),
      onSubscribe: async (ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query, bounds.parseOptions);
        } catch (e) {
          return [withCode(e as GraphQLError, ErrorCode.GRAPHQL_PARSE_FAILED)];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors.map((e) => withCode(e, ErrorCode.GRAPHQL_VALIDATION_FAILED));
        // The same rule as over HTTP (STANCEGRAPH_READS): the credential comes in the
        // connection's init payload, `{ authorization: 'Bearer ...' }`, as a browser cannot set
        // headers on a WebSocket.
        try {
          checkCredential(await authenticate(authorizationOf(ctx.connectionParams)), 'subscription', config.auth);
        } catch (e) {
          return [withCode(e as GraphQLError, ErrorCode.UNAUTHENTICATED)];
        }
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
    },
    wss,
  );
  return {
    async stop() {
      // Sockets first, closed as "going away" (1001), which graphql-ws clients retry,
      // subscribing again once the API is back. A stream ended before its socket would send
      // `complete`, and a client never makes a completed subscription again.
      const disposed = server.dispose();
      live.hub.closeAll();
      await disposed;
    },
  };
}
