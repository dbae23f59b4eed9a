import type { Server } from 'node:http';
import { type DocumentNode, GraphQLError, type GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from '../../config.js';
import { ErrorCode, StancegraphError } from '../../errors.js';
import type { Db } from '../../graph/db.js';
import { armor } from '../armor.js';
import { createContext } from '../context.js';
import { createFormatError } from '../formatError.js';
import { KnownOperationTypesRule } from '../operationTypes.js';
import type { LiveGraph } from './liveGraph.js';

/** Gives an error raised outside Apollo the code Apollo would have given it. */
const withCode = (error: GraphQLError, code: ErrorCode) =>
  error instanceof StancegraphError || error.extensions?.code ? error : new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, originalError: error, extensions: { code } });

/**
 * graphql-ws on the HTTP server's /graphql: the same schema, the same document bounds
 * (graphql-armor's rules and the token limit) and the same error codes as queries over
 * HTTP. Returns what stops it: every socket is closed, every stream ended.
 */
export function serveSubscriptions({ httpServer, schema, config, db, live }: { httpServer: Server; schema: GraphQLSchema; config: Config; db: Db; live: LiveGraph }) {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const bounds = armor(config);
  const rules = [...specifiedRules, ...bounds.validationRules, KnownOperationTypesRule];
  const formatError = createFormatError(config);
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  const server = useServer(
    {
      schema,
      context: () => createContext({ db, config, live }),
      onSubscribe: (_ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query, bounds.parseOptions);
        } catch (e) {
          return [withCode(e as GraphQLError, ErrorCode.GRAPHQL_PARSE_FAILED)];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors.map((e) => withCode(e, ErrorCode.GRAPHQL_VALIDATION_FAILED));
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
    },
    wss,
  );
  return {
    async stop() {
      live.hub.closeAll();
      await server.dispose();
    },
  };
}
