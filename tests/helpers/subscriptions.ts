import type { Client, ClientOptions } from 'graphql-ws';

/** What a graphql-ws subscription delivered so far. */
export interface Received {
  /** Each `next` payload, data or errors, in order. */
  values: any[];
  /** The terminal error, when there was one. */
  errors: any[];
  /** Whether the stream ended (completed or failed). */
  done: boolean;
  /** How it ended: 'complete' or 'error'; undefined while it runs. */
  ended?: 'complete' | 'error';
  stop: () => void;
}

/** Subscribes through `client` and collects what arrives: each `next` payload, the terminal error, completion. */
export function collect(client: Client, query: string, variables?: Record<string, unknown>): Received {
  const received: Received = { values: [], errors: [], done: false, stop: () => undefined };
  received.stop = client.subscribe(
    { query, variables },
    {
      next: (value) => received.values.push(value),
      error: (error) => {
        received.errors.push(...(Array.isArray(error) ? error : [error]));
        received.done = true;
        received.ended = 'error';
      },
      complete: () => {
        received.done = true;
        received.ended ??= 'complete';
      },
    },
  );
  return received;
}

/** The RESYNC reasons among a stancesChanged subscriber's values, in order. */
export const resyncReasons = (r: Received): string[] =>
  r.values.flatMap((v) => (v.errors ?? []).filter((e: any) => e.extensions?.code === 'RESYNC').map((e: any) => e.extensions.reason));

/**
 * The client options docs/live.md gives for subscriptions that outlive an API restart: retry
 * without end, a refused connection too, waiting 1 s doubling to at most 10 s.
 */
export const RECONNECTING = {
  retryAttempts: Infinity,
  shouldRetry: () => true,
  retryWait: (retries: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(1_000 * 2 ** retries, 10_000))),
} satisfies Partial<ClientOptions>;
