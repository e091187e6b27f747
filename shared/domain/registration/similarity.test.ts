import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ADDRESS_THRESHOLD,
  DEFAULT_NAME_THRESHOLD,
  addressSimilarity,
  findSimilarPairs,
  jaroWinkler,
  nameSimilarity,
} from './similarity.ts';
import type { SimilarityItem } from './similarity.ts';

const person = (firstNames: string, lastNames: string) => ({ firstNames, lastNames });

describe('jaroWinkler', () => {
  it('matches the published reference values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaroWinkler('', '')).toBe(1);
  });

  it('is symmetric, in [0, 1], and 1 on equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        const score = jaroWinkler(a, b);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(jaroWinkler(b, a)).toBeCloseTo(score, 12);
        expect(jaroWinkler(a, a)).toBe(1);
      }),
    );
  });
});

describe('nameSimilarity', () => {
  const high = (a: [string, string], b: [string, string]) =>
    expect(nameSimilarity(person(...a), person(...b))).toBeGreaterThanOrEqual(
      DEFAULT_NAME_THRESHOLD,
    );
  const low = (a: [string, string], b: [string, string]) =>
    expect(nameSimilarity(person(...a), person(...b))).toBeLessThan(DEFAULT_NAME_THRESHOLD);

  it('scores one person written differently high', () => {
    high(['María Fernanda', 'Gómez Ruiz'], ['Maria F.', 'Gomez']);
    high(['María Fernanda', 'Gómez Ruiz'], ['MARIA FERNANDA', 'RUIZ GOMEZ']);
    high(['José', 'Pérez Gómez'], ['Jose', 'Perez']);
    high(['Fernanda', 'Gómez'], ['Fernada', 'Gomes']);
    high(['María del Carmen', 'De la Hoz'], ['Maria Carmen', 'Hoz']);
    high(['Yuliana', 'Vásquez Ruiz'], ['Juliana', 'Vasquez Ruiz']);
    expect(nameSimilarity(person('Ana', 'Ruiz'), person('Ana', 'Ruiz'))).toBe(1);
  });

  it('scores different people low', () => {
    expect(
      nameSimilarity(person('Luis Alberto', 'Pérez'), person('Ana María', 'Rodríguez')),
    ).toBeLessThan(0.5);
    low(['Juan Carlos', 'Gómez Ruiz'], ['Juan Pablo', 'Gómez Ruiz']); // brothers
    low(['Ana María', 'Gómez Ruiz'], ['Ana Lucía', 'Gómez Ruiz']); // sisters
    low(['Carlos', 'Gómez Ruiz'], ['Carla', 'Gómez Ruiz']);
    low(['Andrés', 'Gómez'], ['Andrea', 'Gómez']);
    low(['Mario', 'Gómez'], ['María', 'Gómez']);
    low(['Daniel', 'Gómez'], ['Daniela', 'Gómez']);
    low(['María', 'Gómez Ruiz'], ['María', 'Pérez Ruiz']);
    expect(nameSimilarity(person('...', 'Ruiz'), person('Ana', 'Ruiz'))).toBeLessThan(0.6);
  });

  it('is symmetric and in [0, 1]', () => {
    const name = fc.record({
      firstNames: fc.string({ maxLength: 20 }),
      lastNames: fc.string({ maxLength: 20 }),
    });
    fc.assert(
      fc.property(name, name, (a, b) => {
        const score = nameSimilarity(a, b);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(nameSimilarity(b, a)).toBeCloseTo(score, 12);
      }),
    );
  });
});

describe('addressSimilarity', () => {
  const high = (a: string, b: string) =>
    expect(addressSimilarity(a, b)).toBeGreaterThanOrEqual(DEFAULT_ADDRESS_THRESHOLD);
  const low = (a: string, b: string) =>
    expect(addressSimilarity(a, b)).toBeLessThan(DEFAULT_ADDRESS_THRESHOLD);

  it('scores one place written differently high', () => {
    expect(addressSimilarity('Calle 45 # 23-18', 'CL 45 No. 23 - 18')).toBe(1);
    expect(addressSimilarity('Calle 45 # 23-18', 'cl 45 23 18')).toBe(1);
    high('Carrera 7 # 12-30 apto 301', 'Kr 7 12-30');
    high('Cra 7A # 12B-30', 'Carrera 7 A N° 12 B 30');
    high('Mz 4 Cs 12 Barrio El Prado', 'Manzana 4 casa 12 B. El Prado');
    high('Vereda La Esperanza, finca El Roble', 'Vda La Esperanza finca el roble');
  });

  it('scores different places low', () => {
    low('Calle 45 # 23-18', 'Calle 45 # 23-19'); // next door
    low('Calle 45 # 23-18', 'Carrera 45 # 23-18');
    low('Calle 45 # 23-18', 'Calle 23 # 45-18');
    low('Calle 10 # 5-20', 'Calle 110 # 5-20');
    low('Calle 45 B # 23-18', 'Calle 45 # 23-18');
    low('Vereda La Esperanza', 'Vereda San Isidro');
    expect(addressSimilarity('', 'Calle 1')).toBe(0);
  });

  it('is symmetric and in [0, 1]', () => {
    const address = fc.string({
      unit: fc.constantFrom(...'Calle Kr#-0123456789 aBno.'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(address, address, (a, b) => {
        const score = addressSimilarity(a, b);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1 + 1e-12);
        expect(addressSimilarity(b, a)).toBeCloseTo(score, 12);
      }),
    );
  });
});

/** A deterministic generator (mulberry32), so that the large run is the same on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = [
  'María',
  'José',
  'Luis',
  'Ana',
  'Carlos',
  'Juan',
  'Diana',
  'Sandra',
  'Jorge',
  'Paula',
  'Andrés',
  'Camila',
  'Felipe',
  'Laura',
  'Jhon',
  'Yuliana',
  'Óscar',
  'Natalia',
  'Edwin',
  'Lina',
  'Mauricio',
  'Gloria',
  'Héctor',
  'Claudia',
  'Fabio',
  'Marta',
  'Nelson',
  'Rosa',
  'Wilson',
  'Luz',
  'Hernán',
  'Patricia',
  'Iván',
  'Sofía',
  'Gustavo',
  'Adriana',
  'Rubén',
  'Johana',
  'Alirio',
  'Esperanza',
];
const SURNAMES = [
  'Rodríguez',
  'Gómez',
  'González',
  'Martínez',
  'García',
  'López',
  'Hernández',
  'Sánchez',
  'Ramírez',
  'Pérez',
  'Díaz',
  'Muñoz',
  'Rojas',
  'Moreno',
  'Jiménez',
  'Vargas',
  'Castro',
  'Gutiérrez',
  'Ortiz',
  'Torres',
  'Álvarez',
  'Ruiz',
  'Suárez',
  'Romero',
  'Herrera',
  'Valencia',
  'Quintero',
  'Restrepo',
  'Cárdenas',
  'Mejía',
  'Osorio',
  'Castaño',
  'Giraldo',
  'Cardona',
  'Salazar',
  'Vásquez',
  'Mosquera',
  'Arango',
  'Zapata',
  'Bedoya',
];
const ROADS = ['Calle', 'Carrera', 'Diagonal', 'Transversal', 'Avenida'];

function syntheticPopulation(size: number, seed: number): SimilarityItem[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const number = (max: number) => 1 + Math.floor(next() * max);
  return Array.from({ length: size }, (_, i) => {
    const first = next() < 0.6 ? `${pick(FIRST_NAMES)} ${pick(FIRST_NAMES)}` : pick(FIRST_NAMES);
    const last = next() < 0.8 ? `${pick(SURNAMES)} ${pick(SURNAMES)}` : pick(SURNAMES);
    return {
      id: `p${String(i).padStart(6, '0')}`,
      firstNames: first,
      lastNames: last,
      address: `${pick(ROADS)} ${number(200)} # ${number(200)}-${number(99)}`,
      // Distinct by construction: random phones would collide by the birthday paradox.
      phone: `3${String(i).padStart(9, '0')}`,
    };
  });
}

describe('findSimilarPairs', () => {
  const base = (id: string, overrides: Partial<SimilarityItem> = {}): SimilarityItem => ({
    id,
    firstNames: 'María Fernanda',
    lastNames: 'Gómez Ruiz',
    address: 'Calle 45 # 23-18',
    phone: '3001234567',
    ...overrides,
  });

  it('pairs records with the same phone, however it is written', () => {
    const pairs = findSimilarPairs([
      base('b', { firstNames: 'Pedro', lastNames: 'Salas', address: 'Kr 1 # 1-1' }),
      base('a', { phone: '+57 300 123 4567' }),
      base('c', { phone: '3109999999', firstNames: 'Luis', lastNames: 'Mora', address: 'Dg 9' }),
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 'a', b: 'b', reason: 'same_phone' });
    expect(pairs[0]?.nameScore).toBeLessThan(0.5);
  });

  it('pairs a similar name at a similar address, once, with a < b', () => {
    const pairs = findSimilarPairs([
      base('z1'),
      base('a9', {
        firstNames: 'Maria F.',
        lastNames: 'Ruiz Gomez',
        address: 'CL 45 No. 23 - 18',
        phone: '3205550000',
      }),
    ]);
    expect(pairs).toEqual([
      {
        a: 'a9',
        b: 'z1',
        reason: 'similar_name_and_address',
        nameScore: expect.closeTo(0.9875, 4) as number,
        addressScore: 1,
      },
    ]);
  });

  it('reports a pair that qualifies both ways once, as same_phone', () => {
    const pairs = findSimilarPairs([base('a'), base('b')]);
    expect(pairs).toEqual([
      { a: 'a', b: 'b', reason: 'same_phone', nameScore: 1, addressScore: 1 },
    ]);
  });

  it('does not pair similar names at different addresses, nor neighbours with other names', () => {
    const pairs = findSimilarPairs([
      base('a', { phone: null }),
      base('b', { phone: null, address: 'Calle 45 # 23-19' }),
      base('c', { phone: 'no tengo', firstNames: 'Juan Pablo' }),
      base('d', {
        phone: null,
        firstNames: 'Luis',
        lastNames: 'Mora',
        address: 'Calle 45 # 23-19',
      }),
    ]);
    expect(pairs).toEqual([]);
  });

  it('honours custom thresholds and never pairs a record with its own id', () => {
    const items = [
      base('a', { phone: null }),
      base('b', { phone: null, address: 'Calle 45 # 23-19' }),
    ];
    expect(findSimilarPairs(items, { addressThreshold: 0.7 })).toHaveLength(1);
    expect(findSimilarPairs([base('a'), base('a')])).toEqual([]);
  });

  it('finds planted duplicates among 100,000 records without comparing all pairs', () => {
    const items = syntheticPopulation(100_000, 2025);
    const planted: Array<[string, string]> = [];
    const plant = (index: number, change: (item: SimilarityItem) => Partial<SimilarityItem>) => {
      const original = items[index] as SimilarityItem;
      const copy = { ...original, ...change(original), id: `dup-${index}` };
      items.push(copy);
      planted.push([copy.id, original.id].sort() as [string, string]);
    };
    // The same person again: accents dropped, upper case, surnames swapped, address abbreviated.
    plant(10, (o) => ({
      firstNames: o.firstNames.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase(),
      lastNames: o.lastNames.split(' ').reverse().join(' '),
      address: o.address
        .replace(/^Calle/, 'Cl')
        .replace(/^Carrera/, 'Kr')
        .replace('#', 'No.'),
      phone: null,
    }));
    plant(20_000, (o) => ({ lastNames: o.lastNames.split(' ')[0], phone: null }));
    plant(40_000, (o) => ({ firstNames: `${o.firstNames.split(' ')[0]}`, phone: null }));
    plant(60_000, (o) => ({ address: `${o.address} apto 201`, phone: null }));
    // Another person typing the same phone.
    plant(80_000, (o) => ({
      firstNames: 'Zoraida',
      lastNames: 'Quiñones',
      address: 'Vereda El Roble',
      phone: `+57 ${o.phone ?? ''}`,
    }));
    // Obviously different people at the same address and with other phones.
    items.push({
      ...(items[99_999] as SimilarityItem),
      id: 'other-1',
      firstNames: 'Wilmer',
      lastNames: 'Chaverra Palacios',
      phone: null,
    });

    const pairs = findSimilarPairs(items);
    const found = new Set(pairs.map((p) => `${p.a}|${p.b}`));
    for (const [a, b] of planted) expect(found, `${a} ~ ${b}`).toContain(`${a}|${b}`);
    expect(pairs.find((p) => p.a === 'other-1' || p.b === 'other-1')).toBeUndefined();
    // Random people do not collide on name and address: only the planted pairs come out.
    expect(pairs).toHaveLength(planted.length);
    for (const pair of pairs) expect(pair.a < pair.b).toBe(true);
  });
});
