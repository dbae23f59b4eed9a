import type { SharedCache } from './sharedCache.js';

/**
 * One request's view of the shared cache: it passes every get and set through, and keeps the
 * tags of every value the request's loaders used, whether found in the cache or read from
 * Neo4j. Those tags are what the request's answer depends on: the response cache
 * (responses.ts) tags a stored answer with them, so that a change to anything the answer
 * read evicts it.
 */
export class RequestCache {
  readonly tags = new Set<string>();

  constructor(readonly shared: SharedCache) {}

  get enabled(): boolean {
    return this.shared.enabled;
  }

  mark(): number {
    return this.shared.mark();
  }

  get(key: string): { value: unknown; tags: readonly string[] } | undefined {
    const hit = this.shared.get(key);
    if (hit) this.read(hit.tags);
    return hit;
  }

  set(key: string, value: unknown, tags: readonly string[], since: number, bytes: number): void {
    this.read(tags);
    this.shared.set(key, value, tags, since, bytes);
  }

  /** Notes that the request's answer depends on these tags (a page's items, say). */
  read(tags: Iterable<string>): void {
    for (const tag of tags) this.tags.add(tag);
  }
}
