/** A small seeded generator (mulberry32): the same practice every run, so caches stay valid. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Pick {
  random: () => number;
  int(min: number, max: number): number;
  one<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  sentence(words: readonly string[], min: number, max: number): string;
}

export function picker(seed: number): Pick {
  const random = seeded(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const one = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return {
    random,
    int,
    one,
    chance: (p) => random() < p,
    sentence: (words, min, max) => Array.from({ length: int(min, max) }, () => one(words)).join(' '),
  };
}
