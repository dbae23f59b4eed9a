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
  /** The plugin's buffer bound for this consumer, in characters (tests make it small). */
  bufferChars?: number;
  /** Longest wait between two connection attempts. */
  maxRetryMs?: number;
  /** How long a connected feed has to say hello before it is taken for something else. */
  helloTimeoutMs?: number;
}

/** What the feed said when it greeted us. */
export interface FeedHello {
  lastTxId: number | null;
  /** The database it follows; absent from plugins that do not say. */
  database?: string;
}

/**
 * A consumer of one change feed (the plugin on one Neo4j server). `locate` gives the feed's
 * `host:port` each time it connects (a restarted `npm run neo4j` listens on a new port, read
 * from its listen.json; STANCEGRAPH_FEED_URI names fixed ones), or undefined while no feed is
 * there. It connects again, with backoff, for as long as it runs, and reports each loss
 * (`down`) and each return (`up`, after a `resync` with reason `feed back`, since commits may
 * have happened in between). An address that does not answer, or answers with something that
 * is not the feed (no hello, a line that is not the feed's), is logged once per outage and
 * tried again: the API serves on meanwhile, without what the feed gives.
 */
export class FeedClient extends EventEmitter<FeedClientEvents> {
  private socket: Socket | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private everUp = false;
  private retryMs = 100;
  private _connected = false;
  private helloTimer: NodeJS.Timeout | undefined;
  /** The problem last logged, so an address that stays down is logged once, not every retry. */
  private reported: string | undefined;
  private _hello: FeedHello | undefined;
  /** The address connected to (or last tried). */
  address: string | undefined;

  constructor(
    private readonly locate: () => string | undefined,
    private readonly options: FeedClientOptions = {},
  ) {
    super();
  }

  get connected(): boolean {
    return this._connected;
  }

  /** The greeting of the feed connected now. */
  get hello(): FeedHello | undefined {
    return this._connected ? this._hello : undefined;
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
    clearTimeout(this.helloTimer);
    this.socket?.destroy();
  }

  /** Logs a problem with the feed once, until the feed is up again. */
  private report(problem: string): void {
    if (this.reported === problem) return;
    this.reported = problem;
    logger.warn({ feed: this.address }, `change feed ${this.address}: ${problem}; trying again (meanwhile no cross-request cache)`);
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
    this.address = address;
    const [host, port] = splitAddress(address);
    const socket = connect({ host, port });
    this.socket = socket;
    if (this.options.bufferChars !== undefined) socket.write(`${JSON.stringify({ buffer: this.options.bufferChars })}\n`);
    socket.on('error', (e) => {
      // 'close' follows and handles it.
      this.report(`does not answer (${(e as NodeJS.ErrnoException).code ?? e.message})`);
    });
    socket.on('connect', () => {
      this.helloTimer = setTimeout(() => {
        this.report(`answered but sent no hello within ${this.options.helloTimeoutMs ?? 5_000} ms: is it the stancegraph feed plugin's address?`);
        socket.destroy();
      }, this.options.helloTimeoutMs ?? 5_000);
    });
    socket.on('close', () => this.lost(socket));
    // readline re-emits the socket's errors on the interface, where nobody listening would
    // crash the process (a JVM killed under us refuses the reconnect); 'close' handles them.
    createInterface({ input: socket })
      .on('line', (line) => this.receive(socket, line))
      .on('error', () => {});
  }

  private receive(socket: Socket, line: string): void {
    if (socket !== this.socket) return;
    let message;
    try {
      message = parseFeedLine(line);
    } catch (e) {
      // What came before may have been read wrong too, and what follows cannot be trusted:
      // the consumer is told it may have missed changes, and the connection is made anew.
      logger.warn({ feed: this.address, line: line.slice(0, 200), err: (e as Error).message }, 'change feed sent a line that is not the feed\'s; resync and reconnect');
      if (this._connected) this.emit('resync', 'feed garbled');
      else this.report('sent something that is not the feed');
      socket.destroy();
      return;
    }
    if (!message) return;
    if (message.type === 'hello') {
      clearTimeout(this.helloTimer);
      this._hello = { lastTxId: message.lastTxId, ...(message.database !== undefined ? { database: message.database } : {}) };
      this._connected = true;
      this.retryMs = 100;
      if (this.reported) logger.info({ feed: this.address }, `change feed ${this.address} answers again`);
      this.reported = undefined;
      // Commits made while disconnected were not seen.
      if (this.everUp) this.emit('resync', 'feed back');
      this.everUp = true;
      this.emit('up');
    } else if (!this._connected) {
      // A tx or resync before any hello: not the feed's protocol.
      this.report('spoke before saying hello');
      socket.destroy();
    } else if (message.type === 'tx') {
      this.emit('tx', message);
    } else {
      this.emit('resync', message.reason);
    }
  }

  private lost(socket: Socket): void {
    if (socket !== this.socket || this.stopped) return;
    this.socket = undefined;
    clearTimeout(this.helloTimer);
    if (this._connected) {
      this._connected = false;
      logger.warn({ feed: this.address }, 'lost the change feed; connecting again');
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
