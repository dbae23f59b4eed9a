import { pino } from 'pino';

/**
 * One logger for the process. JSON lines on stderr, so stdout stays free for a CLI's own
 * output; LOG_LEVEL=debug shows each Cypher query by name.
 */
export const logger = pino(
  { name: 'stancegraph', level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info') },
  pino.destination(2),
);
