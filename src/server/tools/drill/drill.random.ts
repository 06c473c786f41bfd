import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * The drills' random choices come from a seeded generator, so that a drill
 * that found something can be run again the same way with `--seed`.
 */
export interface DrillRandom {
  /** A whole number in [0, n). */
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
}

export function drillRandom(seed: number): DrillRandom {
  const rng = xoroshiro128plus(seed);
  const int = (n: number) => uniformInt(rng, 0, Math.max(0, n - 1));
  return { int, pick: (list) => list[int(list.length)] };
}
