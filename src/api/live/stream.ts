import type { FeedTx, ResyncReason } from '../../feed/messages.js';

/** What subscribers receive: a committed transaction, or word that changes may have been missed. */
export type LiveEvent = { kind: 'tx'; tx: FeedTx } | { kind: 'resync'; reason: ResyncReason };

/** Events a subscriber may have waiting before it counts as fallen behind. */
export const SUBSCRIBER_QUEUE = 256;

/**
 * One subscriber's stream: events queue here (bounded) and are turned into the values it
 * receives by `map`, which may drop an event (returns []) or make several values of one.
 * A subscriber that lets SUBSCRIBER_QUEUE events pile up loses them for one `resync`, so the
 * server's memory never grows with a slow client.
 *
 * Written as an iterator rather than an async generator: `return()` must end a stream that
 * is waiting for its next event, which a suspended generator cannot do, and a stream a
 * client closed must leave the hub at once (a thousand subscribers opening and closing must
 * leave nothing behind: tests/runtime/subscriberChurn.test.ts).
 */
export class LiveStream<T> implements AsyncIterableIterator<T> {
  private queue: LiveEvent[] = [];
  private out: T[] = [];
  private waiting: ((event: LiveEvent | undefined) => void) | undefined;
  private done = false;

  constructor(
    private readonly map: (event: LiveEvent) => Promise<T[]> | T[],
    private readonly onClose: (stream: LiveStream<T>) => void,
    private readonly capacity = SUBSCRIBER_QUEUE,
    /**
     * Asked before each event: a value means the subscriber may no longer follow (its API
     * key was revoked); it gets that value as its last, and the stream ends.
     */
    private readonly guard?: () => Promise<T | undefined>,
  ) {}

  push(event: LiveEvent): void {
    if (this.done) return;
    if (this.waiting) {
      const wake = this.waiting;
      this.waiting = undefined;
      wake(event);
    } else if (this.queue.length >= this.capacity) {
      this.queue = [{ kind: 'resync', reason: 'behind' }];
    } else {
      this.queue.push(event);
    }
  }

  async next(): Promise<IteratorResult<T>> {
    while (!this.done) {
      const value = this.out.shift();
      if (value !== undefined) return { value, done: false };
      const event = this.queue.shift() ?? (await new Promise<LiveEvent | undefined>((resolve) => (this.waiting = resolve)));
      if (event === undefined) break;
      const last = this.guard && (await this.guard());
      if (last !== undefined && !this.done) {
        await this.return();
        return { value: last as T, done: false };
      }
      try {
        this.out.push(...(await this.map(event)));
      } catch (e) {
        // The subscription fails; its stream must not stay in the hub.
        await this.return();
        throw e;
      }
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.queue = [];
      this.out = [];
      this.waiting?.(undefined);
      this.waiting = undefined;
      this.onClose(this);
    }
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** Fans events out to every open stream. */
export class ChangeHub {
  private readonly streams = new Set<LiveStream<unknown>>();

  get size(): number {
    return this.streams.size;
  }

  publish(event: LiveEvent): void {
    for (const stream of this.streams) stream.push(event);
  }

  /** A new stream; it leaves the hub when its consumer returns it, or when `guard` ends it (LiveStream). */
  open<T>(map: (event: LiveEvent) => Promise<T[]> | T[], guard?: () => Promise<T | undefined>): LiveStream<T> {
    const stream = new LiveStream<T>(map, (s) => this.streams.delete(s as LiveStream<unknown>), SUBSCRIBER_QUEUE, guard);
    this.streams.add(stream as LiveStream<unknown>);
    return stream;
  }

  /** Ends every stream (the server is stopping). */
  closeAll(): void {
    for (const stream of [...this.streams]) void stream.return();
  }
}
