import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * A document asking for an operation type the schema does not define (a mutation, today)
 * is the client's mistake. graphql-js 16 only finds out while
 * executing, and Apollo then reports it as an INTERNAL_SERVER_ERROR; as a validation rule it
 * is a GRAPHQL_VALIDATION_FAILED answered with a 400, before anything runs.
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(`This API has no ${node.operation} operations: schema.graphql defines no ${node.operation} type.`, { nodes: node }),
    );
  },
});

/**
 * Apollo Server answers over HTTP, where a subscription cannot stream; graphql-ws serves them
 * on the same path over WebSocket. Saying so beats Apollo's own "not supported" 500.
 */
export const NoSubscriptionOverHttpRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'subscription') return;
    context.reportError(
      new GraphQLError('Subscriptions are served over WebSocket (the graphql-ws protocol) on /graphql, not over HTTP requests.', { nodes: node }),
    );
  },
});
