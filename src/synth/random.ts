/**
 * A small seeded pseudo-random generator for the synthetic graph. Hand-written rather than
 * a library on purpose: the same flags must give the same graph byte for byte, forever, and
 * ten lines we own cannot change their sequence under a dependency upgrade.
 *
 * mulberry32 (Tommy Ettinger, public domain): 32 bits of state, period 2^32, good enough
 * statistics for picking names and ends of edges; not for anything secret.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [lo, hi], both included. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }

  /** k distinct integers in [0, n), in the order drawn; k is capped at n. Meant for small k. */
  distinct(k: number, n: number): number[] {
    const out = new Set<number>();
    const want = Math.min(k, n);
    while (out.size < want) out.add(this.int(n));
    return [...out];
  }
}

/**
 * A 32-bit seed for one stream, mixed from the run's seed and the stream's numbers (murmur3's
 * finaliser): each kind of row, and each node whose rows are needed twice, gets its own
 * stream, so generating one kind never shifts another and a node's draws can be replayed.
 */
export function streamSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}
