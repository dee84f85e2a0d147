// A small seeded PRNG (mulberry32) and the choices the fuzzers make with it. Plain JS: the
// generators run in every runtime of the behaviour list. The same seed gives the same cases.

export class Rng {
  constructor(seed) {
    this.state = seed >>> 0;
  }

  u32() {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  float() {
    return this.u32() / 2 ** 32;
  }

  /** An integer in [lo, hi]. */
  int(lo, hi) {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  /** A size biased towards small: most draws are near 0, a few reach `max`. */
  size(max) {
    return Math.floor(max * this.float() ** 3);
  }

  bool(p = 0.5) {
    return this.float() < p;
  }

  pick(items) {
    return items[this.int(0, items.length - 1)];
  }

  /** Picks from `[[weight, value], ...]`; a function value is called. */
  weighted(choices) {
    let r = this.float() * choices.reduce((s, [w]) => s + w, 0);
    for (const [w, v] of choices) {
      if ((r -= w) < 0) return typeof v === "function" ? v() : v;
    }
    const v = choices[choices.length - 1][1];
    return typeof v === "function" ? v() : v;
  }

  bytes(n) {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.u32() & 255;
    return out;
  }
}

/** The seed of trial `i` of a run seeded with `seed`: trials replay alone from it. */
export const trialSeed = (seed, i) => (Math.imul(seed >>> 0, 0x9e3779b1) + i * 0x85ebca6b + 1) >>> 0;

/**
 * Shrinks a failing list of units: drops chunks while `fails(list)` stays true, within `budget`
 * checks. Returns the smallest failing list found.
 */
export async function shrinkList(units, fails, budget = 60) {
  let best = units;
  for (let chunk = Math.max(1, best.length >> 1); chunk >= 1 && budget > 0; chunk >>= 1) {
    for (let at = 0; at < best.length && budget > 0;) {
      const candidate = [...best.slice(0, at), ...best.slice(at + chunk)];
      budget--;
      if (candidate.length < best.length && (await fails(candidate))) best = candidate;
      else at += chunk;
    }
  }
  return best;
}
