/**
 * Every error a client sees carries an `extensions.code` from src/errors.ts. Our own errors
 * (StancegraphError) keep theirs; Apollo's parse, validation and input errors keep theirs
 * (they are in the list); graphql-armor's rejections become QUERY_TOO_COMPLEX; everything
 * else is an INTERNAL_SERVER_ERROR. In production, internal and database errors get a
 * generic message and no error has a stack trace: what went wrong is logged, not sent.
 */
import { ApolloServerErrorCode, ApolloServerValidationErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from '../../config.js';
import { ErrorCode, StancegraphError } from '../../errors.js';
import { logger } from '../../logger.js';

/** Codes Apollo Server sets that are already in our list. */
const KEPT: ReadonlySet<unknown> = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
]);
/** Codes Apollo Server sets for requests it cannot run at all. */
const BAD_REQUEST: ReadonlySet<unknown> = new Set<string>([
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);
/** Apollo's own validation rules (introspection off in production): a document that does not fit. */
const VALIDATION: ReadonlySet<unknown> = new Set<string>(Object.values(ApolloServerValidationErrorCode));

export const GENERIC_MESSAGES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.INTERNAL_SERVER_ERROR]: 'Internal server error',
  [ErrorCode.DATABASE_ERROR]: 'The database could not answer this request',
};

/**
 * Ours, wherever it was raised: as is, thrown in a resolver (graphql-js wraps it with a path,
 * which unwrapResolverError removes), or reported by a validation rule such as armor's
 * (Apollo wraps it in its own GRAPHQL_VALIDATION_FAILED error, ours as the originalError).
 */
function ownError(error: unknown): StancegraphError | undefined {
  const candidates = [error, unwrapResolverError(error), (error as { originalError?: unknown } | null)?.originalError];
  return candidates.find((e): e is StancegraphError => e instanceof StancegraphError);
}

/** graphql-js' own token limit (parseOptions.maxTokens), worded by graphql-js. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th\w+ \d+ tokens\./; // graphql-js 16 writes "more that"

export function createFormatError(config: Config) {
  const production = config.env === 'production';
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const own = ownError(error);
    const apolloCode = formatted.extensions?.code;
    let code: ErrorCode;
    if (own) code = own.code;
    else if (TOKEN_LIMIT.test(formatted.message)) code = ErrorCode.QUERY_TOO_COMPLEX;
    else if (KEPT.has(apolloCode)) code = apolloCode as ErrorCode;
    else if (BAD_REQUEST.has(apolloCode)) code = ErrorCode.BAD_REQUEST;
    else if (VALIDATION.has(apolloCode)) code = ErrorCode.GRAPHQL_VALIDATION_FAILED;
    else code = ErrorCode.INTERNAL_SERVER_ERROR;

    if (code === ErrorCode.INTERNAL_SERVER_ERROR || code === ErrorCode.DATABASE_ERROR) {
      logger.error({ err: error, path: formatted.path, code }, formatted.message);
    } else if (code === ErrorCode.DATABASE_UNAVAILABLE) {
      logger.warn({ path: formatted.path }, formatted.message);
    }

    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    return {
      ...formatted,
      message: (production && GENERIC_MESSAGES[code]) || formatted.message,
      extensions: { ...extensions, ...(production ? {} : stacktrace ? { stacktrace } : {}), code },
    };
  };
}
