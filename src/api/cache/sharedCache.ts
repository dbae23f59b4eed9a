import { LRUCache } from 'lru-cache';
import type { Change } from '../../feed/messages.js';
import { changeTags } from './tags.js';

interface Entry {
  value: unknown;
  tags: readonly string[];
  size: number;
}

/** An eviction batch, remembered so that a read which began before it does not store stale rows. */
interface Eviction {
  seq: number;
  tags: ReadonlySet<string> | 'all';
}

/** How many recent evictions are remembered; a read older than all of them stores nothing. */
const RECENT = 1024;

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries removed because a change touched them. */
  evicted: number;
  entries: number;
  bytes: number;
}

/**
 * Loader results kept across requests, bounded in bytes (least recently used go first) and
 * kept fresh by the change feed: `evict` removes every entry a change touches (tags.ts).
 *
 * A read that began before an eviction may answer after it with what it read before the
 * commit; storing that would keep the old value until the next change. So each read notes
 * `mark()` when it starts, and `set` stores only if no eviction since then touched its tags.
 *
 * Off until `enable()`: the cache is only as fresh as the feed, so whoever owns the feed turns
 * it on while the feed is up and off (dropping everything) when it is lost.
 */
export class SharedCache {
  private readonly lru: LRUCache<string, Entry>;
  private readonly byTag = new Map<string, Set<string>>();
  private readonly recent: Eviction[] = [];
  private seq = 0;
  private on = false;
  private readonly counts = { hits: 0, misses: 0, evicted: 0 };

  constructor(readonly maxBytes: number) {
    this.lru = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      sizeCalculation: (entry) => entry.size,
      dispose: (entry, key) => this.untag(key, entry.tags),
    });
  }

  get enabled(): boolean {
    return this.on;
  }

  /** Starts caching, from empty: nothing read before this moment is stored. */
  enable(): void {
    this.clear();
    this.on = true;
  }

  /** Drops everything and stops caching until enable(). */
  disable(): void {
    this.on = false;
    this.clear();
  }

  /** Drops everything (a resync: changes may have been missed). */
  clear(): void {
    this.remember('all');
    this.lru.clear();
    this.byTag.clear();
  }

  /** A token for `set`: the eviction sequence number when a read began. */
  mark(): number {
    return this.seq;
  }

  get(key: string): { value: unknown; tags: readonly string[] } | undefined {
    if (!this.on) return undefined;
    const entry = this.lru.get(key);
    if (entry) this.counts.hits++;
    else this.counts.misses++;
    return entry && { value: entry.value, tags: entry.tags };
  }

  /**
   * Stores a value read since `since` (from mark()), unless a change since then may have made
   * it stale. `bytes` is the value's rough size in memory (tags.ts valueFacts).
   */
  set(key: string, value: unknown, tags: readonly string[], since: number, bytes: number): void {
    if (!this.on || this.staleSince(since, tags)) return;
    const size = 2 * key.length + bytes + 64;
    this.lru.set(key, { value, tags, size });
    // A value larger than the whole cache is not stored; tagging it would leak the tags.
    if (this.lru.has(key)) for (const tag of tags) this.tag(tag, key);
  }

  /** Removes every entry the changes touch; returns how many. Safe to call when off. */
  evict(changes: readonly Change[]): number {
    const tags = new Set(changes.flatMap(changeTags));
    if (tags.size === 0) return 0;
    this.remember(tags);
    let removed = 0;
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) if (this.lru.delete(key)) removed++;
    }
    this.counts.evicted += removed;
    return removed;
  }

  stats(): CacheStats {
    return { ...this.counts, entries: this.lru.size, bytes: this.lru.calculatedSize };
  }

  private staleSince(since: number, tags: readonly string[]): boolean {
    if (since === this.seq) return false;
    const oldest = this.recent[0];
    // Evictions older than what is remembered may have touched it: assume they did.
    if (!oldest || oldest.seq > since + 1) return true;
    return this.recent.some((e) => e.seq > since && (e.tags === 'all' || tags.some((t) => (e.tags as ReadonlySet<string>).has(t))));
  }

  private remember(tags: Eviction['tags']): void {
    this.recent.push({ seq: ++this.seq, tags });
    if (this.recent.length > RECENT) this.recent.shift();
  }

  private tag(tag: string, key: string): void {
    let keys = this.byTag.get(tag);
    if (!keys) this.byTag.set(tag, (keys = new Set()));
    keys.add(key);
  }

  private untag(key: string, tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      keys.delete(key);
      if (keys.size === 0) this.byTag.delete(tag);
    }
  }
}
