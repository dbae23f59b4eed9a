import { EventEmitter } from 'node:events';
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { logger } from '../logger.js';
import { type FeedTx, parseFeedLine, type ResyncReason } from './messages.js';

export interface FeedClientEvents {
  /** Connected and greeted: from now on every commit arrives. */
  up: [];
  /** The connection was lost; the client keeps trying to connect again. */
  down: [];
  tx: [FeedTx];
  /** Changes may have been missed (see ResyncReason). */
  resync: [ResyncReason];
}

export interface FeedClientOptions {
  /** The launcher's buffer bound for this consumer, in characters (tests make it small). */
  bufferChars?: number;
  /** Longest wait between two connection attempts. */
  maxRetryMs?: number;
}

/**
 * A consumer of the embedded launcher's change feed. `locate` gives the feed's `host:port`
 * each time it connects (a restarted `npm run neo4j` listens on a new port, read from its
 * listen.json), or undefined while no feed is there. It connects again, with backoff, for as
 * long as it runs, and reports each loss (`down`) and each return (`up`, after a `resync`
 * with reason `feed back`, since commits may have happened in between).
 */
export class FeedClient extends EventEmitter<FeedClientEvents> {
  private socket: Socket | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private everUp = false;
  private retryMs = 100;
  private _connected = false;

  constructor(
    private readonly locate: () => string | undefined,
    private readonly options: FeedClientOptions = {},
  ) {
    super();
  }

  get connected(): boolean {
    return this._connected;
  }

  start(): this {
    this.attempt();
    return this;
  }

  /** Resolves once connected, or rejects after `timeoutMs`. */
  waitUntilUp(timeoutMs = 30_000): Promise<void> {
    if (this._connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('up', onUp);
        reject(new Error(`the change feed did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      const onUp = () => {
        clearTimeout(timer);
        resolve();
      };
      this.once('up', onUp);
    });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.socket?.destroy();
  }

  private attempt(): void {
    if (this.stopped) return;
    let address: string | undefined;
    try {
      address = this.locate();
    } catch (e) {
      logger.warn({ err: (e as Error).message }, 'cannot locate the change feed');
    }
    if (!address) return this.retry();
    const [host, port] = splitAddress(address);
    const socket = connect({ host, port });
    this.socket = socket;
    if (this.options.bufferChars !== undefined) socket.write(`${JSON.stringify({ buffer: this.options.bufferChars })}\n`);
    socket.on('error', () => {
      // 'close' follows and handles it.
    });
    socket.on('close', () => this.lost(socket));
    // readline re-emits the socket's errors on the interface, where nobody listening would
    // crash the process (a JVM killed under us refuses the reconnect); 'close' handles them.
    createInterface({ input: socket })
      .on('line', (line) => this.receive(line))
      .on('error', () => {});
  }

  private receive(line: string): void {
    let message;
    try {
      message = parseFeedLine(line);
    } catch {
      logger.warn({ line: line.slice(0, 200) }, 'unreadable change feed line');
      return;
    }
    if (!message) return;
    if (message.type === 'hello') {
      this._connected = true;
      this.retryMs = 100;
      // Commits made while disconnected were not seen.
      if (this.everUp) this.emit('resync', 'feed back');
      this.everUp = true;
      this.emit('up');
    } else if (message.type === 'tx') {
      this.emit('tx', message);
    } else {
      this.emit('resync', message.reason);
    }
  }

  private lost(socket: Socket): void {
    if (socket !== this.socket || this.stopped) return;
    this.socket = undefined;
    if (this._connected) {
      this._connected = false;
      logger.warn('lost the change feed; connecting again');
      this.emit('down');
    }
    this.retry();
  }

  private retry(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.attempt(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, this.options.maxRetryMs ?? 2_000);
  }
}

function splitAddress(address: string): [string, number] {
  const i = address.lastIndexOf(':');
  return [address.slice(0, i), Number(address.slice(i + 1))];
}
