/**
 * Every error a client sees carries an `extensions.code` from src/errors.ts. Our own errors
 * (StancegraphError) keep theirs; Apollo's parse, validation and input errors keep theirs
 * (they are in the list); graphql-armor's rejections become QUERY_TOO_COMPLEX; everything
 * else is an INTERNAL_SERVER_ERROR. In production, internal and database errors get a
 * generic message and no error has a stack trace: what went wrong is logged, not sent.
 */
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from '../config.js';
import { ErrorCode, StancegraphError } from '../errors.js';
import { logger } from '../logger.js';

/** Codes Apollo Server sets that are already in our list. */
const KEPT: ReadonlySet<unknown> = new Set([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_REQUEST,
]);
/** Codes Apollo Server sets for requests it cannot run at all. */
const BAD_REQUEST: ReadonlySet<unknown> = new Set([
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export const GENERIC_MESSAGES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.INTERNAL_SERVER_ERROR]: 'Internal server error',
  [ErrorCode.DATABASE_ERROR]: 'The database could not answer this request',
};

/** The first StancegraphError along the chain of original errors, if any. */
function ownError(error: unknown): StancegraphError | undefined {
  for (let e: unknown = error, i = 0; e && i < 10; e = (e as { originalError?: unknown }).originalError, i += 1) {
    if (e instanceof StancegraphError) return e;
  }
  return undefined;
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
