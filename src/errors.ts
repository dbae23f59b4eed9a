import { GraphQLError, type GraphQLErrorOptions } from 'graphql';

/**
 * The one list of error codes stancegraph reports, in GraphQL `extensions.code`, in CLI
 * messages and in exit paths. It sits below both the graph access and the API so that
 * the data layer can raise them without importing the API.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  // No credential where one is needed, or one that is not valid.
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  // A valid credential whose role may not do this.
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_ERROR: 'DATABASE_ERROR',
  CONSTRAINT_VIOLATION: 'CONSTRAINT_VIOLATION',
  SEED_INVALID: 'SEED_INVALID',
  CONFIG_INVALID: 'CONFIG_INVALID',
  STARTUP_FAILED: 'STARTUP_FAILED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // Sent on a subscription (stancesChanged) in place of a value: changes may have been
  // missed; read again, the stream goes on.
  RESYNC: 'RESYNC',
  // Raised by Apollo Server itself; listed so clients see every code in one place.
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  // The HTTP request is not a GraphQL request the server can run: no query, an unknown
  // operationName, a persisted-query hash (not supported), a mutation over GET.
  BAD_REQUEST: 'BAD_REQUEST',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Every error stancegraph raises on purpose: a GraphQLError, so the API passes it through as is. */
export class StancegraphError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options: GraphQLErrorOptions = {}) {
    super(message, { ...options, extensions: { ...options.extensions, code } });
    this.code = code;
    this.name = 'StancegraphError';
  }
}

export const badInput = (message: string, extensions?: Record<string, unknown>) =>
  new StancegraphError(ErrorCode.BAD_USER_INPUT, message, { extensions });

export const notFound = (message: string, extensions?: Record<string, unknown>) =>
  new StancegraphError(ErrorCode.NOT_FOUND, message, { extensions });
