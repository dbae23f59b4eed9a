import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * A document asking for an operation type the schema does not define (a mutation or a
 * subscription, today) is the client's mistake. graphql-js 16 only finds out while
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
