/** A seeded pseudo-random source: the same seed always gives the same sequence, on every platform. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** `n` distinct elements of a list (all of it when shorter), in random order. */
  sample<T>(list: readonly T[], n: number): T[];
}

/**
 * mulberry32: a tiny 32-bit generator, fast and good enough for benchmark data (not for cryptography).
 *
 * @example
 * const rng = createRng(42);
 * rng.int(1, 6); // the same number on every run
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => {
      if (list.length === 0) throw new Error("cannot pick from an empty list");
      return list[int(0, list.length - 1)]!;
    },
    sample: (list, n) => {
      const copy = [...list];
      const count = Math.min(n, copy.length);
      for (let i = 0; i < count; i++) {
        const j = int(i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, count);
    },
  };
}
