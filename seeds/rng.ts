/** Small deterministic PRNG (mulberry32): the same seed gives the same dataset, byte for byte. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks with the given non-negative weights. */
  weighted<T>(items: readonly T[], weight: (t: T) => number): T {
    const total = items.reduce((s, t) => s + weight(t), 0);
    let r = this.next() * total;
    for (const t of items) {
      r -= weight(t);
      if (r < 0) return t;
    }
    return items[items.length - 1];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }

  /** A number with one decimal place, uniformly in [min, max]. */
  tenth(min: number, max: number): number {
    return this.int(Math.round(min * 10), Math.round(max * 10)) / 10;
  }
}

/** Adds `days` to an ISO date (UTC). */

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

/** Splits `totalTenths` into `n` positive integer parts between min and max (in tenths), exactly. */
export function splitTotal(rng: Rng, n: number, totalTenths: number, minT: number, maxT: number): number[] {
  if (n * minT > totalTenths || n * maxT < totalTenths)
    throw new Error(`cannot split ${totalTenths} into ${n} parts in [${minT}, ${maxT}]`);
  const parts = Array.from({ length: n }, () => rng.int(minT, maxT));
  let diff = totalTenths - parts.reduce((a, b) => a + b, 0);
  // Nudge parts one tenth at a time, within bounds, until the total is exact.
  let i = 0;
  while (diff !== 0) {
    const k = i % n;
    if (diff > 0 && parts[k] < maxT) {
      const step = Math.min(diff, maxT - parts[k], Math.max(1, Math.ceil(diff / n)));
      parts[k] += step;
      diff -= step;
    } else if (diff < 0 && parts[k] > minT) {
      const step = Math.min(-diff, parts[k] - minT, Math.max(1, Math.ceil(-diff / n)));
      parts[k] -= step;
      diff += step;
    }
    i++;
  }
  return parts;
}
