import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../../errors.js';
import { logger } from '../../logger.js';

/** What body-parser (express.json) puts on the errors it raises. */
interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

/**
 * Errors raised before Apollo sees a request (a body that is not JSON, a body over the
 * limit, an unsupported charset) answered the way GraphQL over HTTP answers a request it
 * cannot run: a JSON `{ errors: [...] }` with a code, instead of Express's HTML page (which
 * carries a stack trace in development). Anything else is an internal error, logged and
 * answered with a generic message.
 */
export const bodyErrors: ErrorRequestHandler = (err: BodyParserError, _req, res, next) => {
  if (res.headersSent) {
    next(err);
    return;
  }
  const status = typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
  let message: string;
  if (err.type === 'entity.parse.failed') message = `The request body is not valid JSON: ${err.message}`;
  else if (err.type === 'entity.too.large') message = `The request body is larger than the limit of ${err.limit} bytes.`;
  else if (status < 500) message = `The request body cannot be read: ${err.message}`;
  else {
    logger.error({ err }, 'HTTP request failed before reaching GraphQL');
    message = 'Internal server error';
  }
  const code = status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL_SERVER_ERROR;
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};
