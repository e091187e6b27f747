/**
 * Duplicate detection beyond equality: the same owner registered twice with the name spelled
 * differently, the surnames swapped or the address abbreviated. Equal document numbers are
 * caught by a unique key elsewhere; this finds what a unique key cannot.
 */
import {
  ADDRESS_KEYWORDS,
  ADDRESS_ROAD_TYPES,
  normalizeAddress,
  normalizePhone,
  normalizeText,
} from './normalize.ts';

// Reused between calls so that comparing millions of short words allocates nothing; longer
// strings get their own buffers.
const SCRATCH_LENGTH = 64;
const scratchA = new Uint8Array(SCRATCH_LENGTH);
const scratchB = new Uint8Array(SCRATCH_LENGTH);

function matchFlags(scratch: Uint8Array, length: number): Uint8Array {
  if (length > SCRATCH_LENGTH) return new Uint8Array(length);
  scratch.fill(0, 0, length);
  return scratch;
}

/** Jaro–Winkler similarity in [0, 1], with the usual prefix scale 0.1 over at most 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = matchFlags(scratchA, a.length);
  const bMatched = matchFlags(scratchB, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] === 0 && a.charCodeAt(i) === b.charCodeAt(j)) {
        aMatched[i] = 1;
        bMatched[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    if (aMatched[i] === 0) continue;
    while (bMatched[j] === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) halfTranspositions++;
    j++;
  }
  const jaro =
    (matches / a.length + matches / b.length + (matches - halfTranspositions / 2) / matches) / 3;
  let prefix = 0;
  const maxPrefix = Math.min(4, a.length, b.length);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

// Particles of compound names ("María del Carmen", "De la Hoz") say nothing about who it is.
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los']);

function nameWords(raw: string): string[] {
  return normalizeText(raw)
    .split(' ')
    .filter((word) => word !== '' && !NAME_PARTICLES.has(word));
}

/** Below this, two name words are different names; Jaro–Winkler gives ~0.5 to unrelated words. */
const SAME_WORD_MIN = 0.8;
/** "F." for "Fernanda": consistent, but weaker evidence than the whole word. */
const INITIAL_MATCH = 0.95;

/** Feminine "-a" against masculine "-o", "-os", "-es", "-s" or no ending. */
const MASCULINE_ENDINGS = ['', 'o', 'os', 'es', 's'] as const;

/**
 * Masculine and feminine forms of a first name (Carlos/Carla, Daniel/Daniela, Andrés/Andrea,
 * Mario/María) differ by a letter or two and Jaro–Winkler rates them ~0.95, yet they name
 * siblings or twins, not one person with a typo.
 */
function isGenderPair(a: string, b: string): boolean {
  const [feminine, masculine] = a.endsWith('a') ? [a, b] : [b, a];
  if (!feminine.endsWith('a') || masculine.endsWith('a')) return false;
  const stem = feminine.slice(0, -1);
  return stem.length >= 3 && MASCULINE_ENDINGS.some((ending) => masculine === `${stem}${ending}`);
}

function wordSimilarity(a: string, b: string, firstNames: boolean): number {
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? (a === b ? 1 : INITIAL_MATCH) : 0;
  if (firstNames && isGenderPair(a, b)) return 0;
  const score = jaroWinkler(a, b);
  return score >= SAME_WORD_MIN ? score : 0;
}

type WordScore<T> = (a: T, b: T, firstNames: boolean) => number;

// Scratch space for the score matrix and the used flags: comparing millions of names must not
// allocate. Longer lists (seldom seen) get their own arrays.
const SCRATCH_WORDS = 8;
const scoreScratch = new Float64Array(SCRATCH_WORDS * SCRATCH_WORDS);
const usedScratch = new Uint8Array(2 * SCRATCH_WORDS);

/**
 * How well the shorter list of words is found in the longer one, in any order, each word used
 * once (greedy, best pair first). Order does not matter because surnames get swapped; a missing
 * word costs a little (up to 10 %) because a second name or surname is often left out, not
 * changed.
 */
function wordListSimilarity<T>(
  a: readonly T[],
  b: readonly T[],
  firstNames: boolean,
  score: WordScore<T>,
): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const rows = short.length;
  const columns = long.length;
  const coverage = 0.9 + 0.1 * (rows / columns);
  if (rows === 1) {
    let best = 0;
    for (const word of long) best = Math.max(best, score(short[0] as T, word, firstNames));
    return best * coverage;
  }
  const fits = columns <= SCRATCH_WORDS;
  const scores = fits ? scoreScratch : new Float64Array(rows * columns);
  const used = fits ? usedScratch.fill(0) : new Uint8Array(rows + columns);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      scores[i * columns + j] = score(short[i] as T, long[j] as T, firstNames);
    }
  }
  let total = 0;
  for (let round = 0; round < rows; round++) {
    let best = 0;
    let bestI = -1;
    let bestJ = -1;
    for (let i = 0; i < rows; i++) {
      if (used[i] === 1) continue;
      for (let j = 0; j < columns; j++) {
        const value = scores[i * columns + j] ?? 0;
        if (used[rows + j] !== 1 && value > best) {
          best = value;
          bestI = i;
          bestJ = j;
        }
      }
    }
    if (bestI < 0) break;
    used[bestI] = 1;
    used[rows + bestJ] = 1;
    total += best;
  }
  return (total / rows) * coverage;
}

export type PersonName = { firstNames: string; lastNames: string };

type NameWords<T> = { first: readonly T[]; last: readonly T[] };

function nameWordsOf(name: PersonName): NameWords<string> {
  return { first: nameWords(name.firstNames), last: nameWords(name.lastNames) };
}

/** The name score, or -1 as soon as it is certain to stay below `atLeast`. */
function compareNameWords<T>(
  a: NameWords<T>,
  b: NameWords<T>,
  score: WordScore<T>,
  atLeast = 0,
): number {
  const last = wordListSimilarity(a.last, b.last, false, score);
  // Surnames first: they differ more often, and perfect first names could not make up for them.
  if ((last + 1) / 2 < atLeast) return -1;
  return (last + wordListSimilarity(a.first, b.first, true, score)) / 2;
}

/**
 * Similarity of two people's names in [0, 1], first names and surnames weighing the same.
 * Tolerates accents, case, typos, initials, swapped surnames and a missing second name:
 * "María Fernanda" "Gómez Ruiz" vs "Maria F." "Gomez" ≈ 0.96; unrelated people stay under 0.5.
 */
export function nameSimilarity(a: PersonName, b: PersonName): number {
  return compareNameWords(nameWordsOf(a), nameWordsOf(b), wordSimilarity);
}

/** `trigrams` is filled on first use: most addresses are never compared. */
type AddressForm = { words: string[]; core: string[]; trigrams: Set<string> | null };

const NUMBER = /^\d+$/;
/** What may follow a house number as part of it: "45 a", "12 b", "23 bis". */
const NUMBER_SUFFIX = /^(?:[a-z]|bis)$/;
/** Road type and the three numbers of "Calle 45 # 23-18"; later numbers are apartments and such. */
const CORE_NUMBERS = 3;

/**
 * The words that locate the door: road types, and the first three numbers with their letter
 * suffixes joined ("kr 7 a # 12 b 30" → kr 7a 12b 30). Everything else (apartment, barrio) is
 * left to the text comparison.
 */
function addressCore(words: readonly string[]): string[] {
  const core: string[] = [];
  let numbers = 0;
  for (let i = 0; i < words.length && numbers < CORE_NUMBERS; i++) {
    const word = words[i] ?? '';
    if (ADDRESS_ROAD_TYPES.has(word)) {
      core.push(word);
    } else if (NUMBER.test(word)) {
      // "45 b 23" is street 45B; "12 b el prado" is house 12 in barrio ("B.") El Prado.
      const next = words[i + 1];
      const afterNext = words[i + 2];
      const suffixed =
        next !== undefined &&
        NUMBER_SUFFIX.test(next) &&
        afterNext !== undefined &&
        (NUMBER.test(afterNext) || afterNext === 'bis');
      core.push(suffixed ? `${word}${next}` : word);
      if (suffixed) i++;
      numbers++;
    }
  }
  return core.some((word) => NUMBER.test(word[0] ?? '')) ? core : [];
}

function addressFormOf(raw: string): AddressForm {
  // "#" is written or left out at whim; it carries no information once digits are split out.
  const words = normalizeAddress(raw)
    .split(' ')
    .filter((word) => word !== '' && word !== '#');
  return { words, core: addressCore(words), trigrams: null };
}

function trigramsOf(form: AddressForm): Set<string> {
  if (form.trigrams) return form.trigrams;
  const padded = `  ${form.words.join(' ')} `;
  const trigrams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) trigrams.add(padded.slice(i, i + 3));
  form.trigrams = trigrams;
  return trigrams;
}

function longestCommonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) {
      current[j + 1] =
        x === b[j] ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, current[j] ?? 0);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function trigramDice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The core (road type and house numbers, in order) decides whether two addresses are the same
 * door, so it weighs 70 %: "cl 45 # 23 18" and "cl 45 # 23 19" are neighbours, "cl 45" and
 * "kr 45" are far apart. The whole text, by trigrams, weighs 30 % and absorbs the apartment or
 * barrio written or left out. Without numbers on both sides (rural addresses) only text counts.
 */
function compareAddressForms(a: AddressForm, b: AddressForm): number {
  if (a.words.length === 0 || b.words.length === 0) return 0;
  const text = trigramDice(trigramsOf(a), trigramsOf(b));
  if (a.core.length === 0 || b.core.length === 0) return text;
  const core = (2 * longestCommonSubsequence(a.core, b.core)) / (a.core.length + b.core.length);
  return 0.7 * core + 0.3 * text;
}

/** Similarity of two addresses in [0, 1] after normalizeAddress. */
export function addressSimilarity(a: string, b: string): number {
  return compareAddressForms(addressFormOf(a), addressFormOf(b));
}

/**
 * Default thresholds, chosen on Colombian name and address variants (see the tests):
 * - name ≥ 0.90: accents, case, initials ("Maria F."), a missing second name or surname and
 *   swapped surnames score 0.95–1; one typo 0.93–0.98; a changed first letter (Yuliana/Juliana)
 *   0.905, the closest call. Siblings sharing both surnames ("Juan Carlos"/"Juan Pablo") score
 *   0.75 because an unrelated first name counts 0, not Jaro–Winkler's ~0.5; Carlos/Carla 0.5.
 * - address ≥ 0.85: one address written differently scores 1; the apartment left out ~0.94;
 *   the house next door (one number different), Calle vs Carrera, 45 vs 45B all ≤ 0.79.
 * Both must hold: a common name is not enough, nor is a shared building. Another apartment in
 * the same building (301/302) still scores ~0.96: such pairs are for a person to review.
 */
export const DEFAULT_NAME_THRESHOLD = 0.9;
export const DEFAULT_ADDRESS_THRESHOLD = 0.85;

export type SimilarityItem = {
  id: string;
  firstNames: string;
  lastNames: string;
  address: string;
  phone: string | null;
};

export type SimilarPairReason = 'same_phone' | 'similar_name_and_address';

export type SimilarPair = {
  /** The lexically smaller id (code-unit order). */
  a: string;
  b: string;
  reason: SimilarPairReason;
  nameScore: number;
  addressScore: number;
};

export type FindSimilarPairsOptions = { nameThreshold?: number; addressThreshold?: number };

/** Spanish sounds spelled several ways, folded so that Vásquez/Basquez and Giménez/Jiménez meet. */
function phoneticKey(word: string): string {
  return word
    .replace(/ch/g, 'x')
    .replace(/qu/g, 'k')
    .replace(/c(?=[ei])/g, 's')
    .replace(/c/g, 'k')
    .replace(/z/g, 's')
    .replace(/g(?=[ei])/g, 'j')
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/ll/g, 'y')
    .replace(/v/g, 'b')
    .replace(/h/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Blocks for candidate pairs: a surname's first 3 letters, raw and phonetic, with the initial of
 * a first name. The first two words of each give keys, so swapped surnames, a missing second
 * surname and "María Fernanda" registered as "Fernanda" still meet. `surnameKeys` memoizes per
 * surname: a population has few distinct surnames.
 */
function nameBlockKeys(
  name: NameWords<string>,
  surnameKeys: Map<string, readonly string[]>,
): string[] {
  const keys = new Set<string>();
  for (const surname of name.last.slice(0, 2)) {
    let prefixes = surnameKeys.get(surname);
    if (!prefixes) {
      prefixes = [...new Set([surname.slice(0, 3), `~${phoneticKey(surname).slice(0, 3)}`])];
      surnameKeys.set(surname, prefixes);
    }
    for (const first of name.first.slice(0, 2)) {
      for (const prefix of prefixes) keys.add(`${prefix}|${first[0] ?? ''}`);
    }
  }
  return [...keys];
}

/**
 * Sub-blocks for a name block too large to compare in full (a common surname). Two records of
 * one place share the first house number (the street) or, when the street has a typo, the other
 * two; addresses without numbers (rural "vereda El Roble") share the first word that names a
 * place. Pairs that meet in no sub-block could not reach the default address threshold anyway.
 */
function addressBlockKeys(form: AddressForm): string[] {
  const [street, ...rest] = form.core.filter((word) => !ADDRESS_ROAD_TYPES.has(word));
  if (street !== undefined) return rest.length >= 2 ? [street, rest.join('.')] : [street];
  const place = form.words.find((word) => !ADDRESS_KEYWORDS.has(word));
  return place === undefined ? [] : [`~${place.slice(0, 4)}`];
}

/** Above this size a name block is split by address; below it, comparing all pairs is cheap. */
const MAX_FULL_BLOCK = 64;

type Prepared = {
  id: string;
  /** Words as indices into the call's table of distinct words, so that scores can be cached. */
  name: NameWords<number>;
  nameText: NameWords<string>;
  address: AddressForm;
  addressKeys: string[];
  phone: string | null;
};

function addToGroup(groups: Map<string, number[]>, key: string, index: number): void {
  const group = groups.get(key);
  if (group) group.push(index);
  else groups.set(key, [index]);
}

/**
 * Pairs of records that are probably the same owner: the same phone (after normalizePhone), or
 * a similar name and a similar address (both thresholds). Each unordered pair appears once,
 * with `a < b`; a pair that qualifies both ways is reported as `same_phone`. Records sharing an
 * id are never paired. Sorted by `a`, then `b`.
 *
 * Never compares all pairs: names are compared within blocks (see nameBlockKeys), and a block
 * larger than MAX_FULL_BLOCK is split by address numbers. The cost of same_phone is quadratic in
 * the size of a phone group: one number on 500 records (a facilitator typing their own) gives
 * 124,750 pairs, which is itself the finding.
 */
export function findSimilarPairs(
  items: readonly SimilarityItem[],
  options: FindSimilarPairsOptions = {},
): SimilarPair[] {
  const nameThreshold = options.nameThreshold ?? DEFAULT_NAME_THRESHOLD;
  const addressThreshold = options.addressThreshold ?? DEFAULT_ADDRESS_THRESHOLD;
  // A population has few distinct names: normalize each spelling once, number each word once,
  // and compare each pair of words once.
  const wordsByName = new Map<string, string[]>();
  const wordsOf = (raw: string): string[] => {
    let words = wordsByName.get(raw);
    if (!words) {
      words = nameWords(raw);
      wordsByName.set(raw, words);
    }
    return words;
  };
  const wordIndex = new Map<string, number>();
  const wordText: string[] = [];
  const indexOf = (word: string): number => {
    let index = wordIndex.get(word);
    if (index === undefined) {
      index = wordText.length;
      wordIndex.set(word, index);
      wordText.push(word);
    }
    return index;
  };
  const prepared: Prepared[] = items.map((item) => {
    const address = addressFormOf(item.address);
    const nameText = { first: wordsOf(item.firstNames), last: wordsOf(item.lastNames) };
    return {
      id: item.id,
      name: { first: nameText.first.map(indexOf), last: nameText.last.map(indexOf) },
      nameText,
      address,
      addressKeys: addressBlockKeys(address),
      phone: item.phone === null ? null : normalizePhone(item.phone),
    };
  });
  const wordCount = wordText.length;
  const wordScores = new Map<number, number>();
  const cachedWordSimilarity: WordScore<number> = (a, b, firstNames) => {
    // Arithmetic, not bit shifts: the index of a pair outgrows 32 bits past ~46,000 words.
    const key = (a < b ? a * wordCount + b : b * wordCount + a) * 2 + (firstNames ? 1 : 0);
    let score = wordScores.get(key);
    if (score === undefined) {
      score = wordSimilarity(wordText[a] ?? '', wordText[b] ?? '', firstNames);
      wordScores.set(key, score);
    }
    return score;
  };
  const count = prepared.length;
  const found = new Map<number, SimilarPair>();

  const record = (i: number, j: number, reason: SimilarPairReason, nameScore: number) => {
    const x = prepared[i];
    const y = prepared[j];
    if (!x || !y || x.id === y.id) return;
    const addressScore = compareAddressForms(x.address, y.address);
    if (reason === 'similar_name_and_address' && addressScore < addressThreshold) return;
    const [a, b] = x.id < y.id ? [x.id, y.id] : [y.id, x.id];
    found.set(pairKey(i, j, count), { a, b, reason, nameScore, addressScore });
  };

  const phoneGroups = new Map<string, number[]>();
  prepared.forEach((p, index) => {
    if (p.phone !== null) addToGroup(phoneGroups, p.phone, index);
  });
  for (const members of phoneGroups.values()) {
    forEachPair(members, (i, j) => {
      const x = prepared[i];
      const y = prepared[j];
      if (x && y)
        record(i, j, 'same_phone', compareNameWords(x.name, y.name, cachedWordSimilarity));
    });
  }

  const compareByName = (i: number, j: number) => {
    if (found.has(pairKey(i, j, count))) return;
    const x = prepared[i];
    const y = prepared[j];
    if (!x || !y) return;
    const nameScore = compareNameWords(x.name, y.name, cachedWordSimilarity, nameThreshold);
    if (nameScore >= nameThreshold) record(i, j, 'similar_name_and_address', nameScore);
  };

  const nameBlocks = new Map<string, number[]>();
  const surnameKeys = new Map<string, readonly string[]>();
  prepared.forEach((p, index) => {
    for (const key of nameBlockKeys(p.nameText, surnameKeys)) addToGroup(nameBlocks, key, index);
  });
  for (const members of nameBlocks.values()) {
    if (members.length <= MAX_FULL_BLOCK) {
      forEachPair(members, compareByName);
      continue;
    }
    const subBlocks = new Map<string, number[]>();
    for (const index of members) {
      for (const key of prepared[index]?.addressKeys ?? []) addToGroup(subBlocks, key, index);
    }
    for (const subMembers of subBlocks.values()) forEachPair(subMembers, compareByName);
  }

  return [...found.values()].sort((x, y) => compareIds(x.a, y.a) || compareIds(x.b, y.b));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A number for the unordered pair of indices, cheaper to hash than a string. */
function pairKey(i: number, j: number, count: number): number {
  return i < j ? i * count + j : j * count + i;
}

function forEachPair(members: readonly number[], visit: (i: number, j: number) => void): void {
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      const i = members[x];
      const j = members[y];
      if (i !== undefined && j !== undefined && i !== j) visit(i, j);
    }
  }
}
