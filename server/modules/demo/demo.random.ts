/** A small seeded PRNG (mulberry32) so that the demo data is the same on every machine. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  uint32(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weightedPick<T>(entries: ReadonlyArray<readonly [T, number]>): T;
  shuffle<T>(items: readonly T[]): T[];
  /** Uniform date `YYYY-MM-DD` in [from, to], both included. */
  date(from: string, to: string): string;
  /** An independent stream, so that changing one part of the demo does not reshuffle the rest. */
  fork(label: string): Rng;
}

const DAY_MS = 86_400_000;

function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** FNV-1a, to turn a seed and a label into a new seed. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const nextUint = mulberry32(seed);
  const next = () => nextUint() / 4_294_967_296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const rng: Rng = {
    next,
    uint32: nextUint,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weightedPick<T>(entries: ReadonlyArray<readonly [T, number]>): T {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      if (!(total > 0)) throw new Error('weightedPick needs a positive total weight');
      let r = next() * total;
      for (const [item, weight] of entries) {
        r -= weight;
        if (r < 0) return item;
      }
      return (entries.findLast(([, weight]) => weight > 0) as readonly [T, number])[0];
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
    date(from: string, to: string): string {
      const start = Date.parse(`${from}T00:00:00Z`);
      const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY_MS);
      return new Date(start + int(0, days) * DAY_MS).toISOString().slice(0, 10);
    },
    fork: (label) => createRng(hash32(`${seed}:${label}`)),
  };
  return rng;
}

/** A valid UUIDv7 whose time part is `timeMs` and whose random bits come from the PRNG. */
export function demoId(rng: Rng, timeMs: number): string {
  const time = Math.floor(timeMs).toString(16).padStart(12, '0');
  const bytes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const word = rng.uint32();
    bytes.push(word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff);
  }
  const hex = (b: number) => b.toString(16).padStart(2, '0');
  const randA = (0x7000 | ((((bytes[0] as number) << 8) | (bytes[1] as number)) & 0x0fff)).toString(
    16,
  );
  const variant = hex(0x80 | ((bytes[2] as number) & 0x3f)) + hex(bytes[3] as number);
  const randB = bytes.slice(4, 10).map(hex).join('');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-${randA}-${variant}-${randB}`;
}
