import { describe, expect, it } from 'vitest';
import { isMatrixHeader, matrixServices, type MatrixLookups } from './matrix.ts';

const lookups: MatrixLookups = {
  cities: new Map([
    ['bucaramanga', ['68001']],
    ['floridablanca', ['68276']],
    ['san andres', ['88001', '68669']],
  ]),
  levers: new Map([
    ['finanzas', 'finance'],
    ['finance', 'finance'],
    ['formalizacion', 'formalization'],
  ]),
};
const HEADERS = [
  'ENTIDAD',
  'Tipo de entidad',
  'Sector',
  'Nombre del servicio',
  'Descripción del beneficio',
  'Cobertura',
  'Municipios',
  'Requisitos',
  'Persona de contacto',
  'Link',
  'Fecha de inicio',
  'Palancas',
  'Costo',
  '',
];
const row = (line: number, cells: Array<string | number | Date | null>) => ({ line, cells });
const good = (over: Record<number, string | number | Date | null> = {}) => {
  const cells: Array<string | number | Date | null> = [
    'SENA',
    'Pública',
    'Formación',
    'Curso de costos',
    'Aprenda a costear',
    'Local',
    'Bucaramanga; Floridablanca',
    'Ser mayor de edad',
    '',
    'https://www.sena.edu.co',
    'marzo 2026',
    'Finanzas, Formalización',
    'Gratuito',
    null,
  ];
  for (const [i, v] of Object.entries(over)) cells[Number(i)] = v;
  return cells;
};

describe('the characterization matrix', () => {
  it('finds the header row under a merged title, by the usual names of its columns', () => {
    expect(isMatrixHeader(['MATRIZ DE CARACTERIZACIÓN 2026', '', ''])).toBe(false);
    expect(isMatrixHeader(HEADERS)).toBe(true);
  });

  it('turns rows into services: months as text or dates, cities and levers by name, blank columns ignored', () => {
    const result = matrixServices({
      headers: HEADERS,
      rows: [
        row(3, good()),
        row(
          4,
          good({
            0: 'Bancóldex',
            3: 'Microcrédito',
            5: 'Nacional',
            6: '',
            10: 'Permanente',
            12: 'Con costo',
          }),
        ),
        row(5, good({ 3: 'Taller de ventas', 10: new Date(Date.UTC(2026, 5, 1)) })),
        row(6, [null, '', null]),
      ],
      lookups,
    });
    expect(result.problems).toEqual([]);
    expect(
      result.services.map((s) => [
        s.line,
        s.body.name,
        s.body.scope,
        s.body.cities,
        s.body.startMonth,
        s.body.permanent,
        s.body.levers,
        s.body.cost,
      ]),
    ).toEqual([
      [
        3,
        'Curso de costos',
        'local',
        ['68001', '68276'],
        '2026-03',
        false,
        ['finance', 'formalization'],
        'free',
      ],
      [4, 'Microcrédito', 'national', [], null, true, ['finance', 'formalization'], 'cost'],
      [
        5,
        'Taller de ventas',
        'local',
        ['68001', '68276'],
        '2026-06',
        false,
        ['finance', 'formalization'],
        'free',
      ],
    ]);
  });

  it('reports every bad row with its line and column, and repeated services', () => {
    const result = matrixServices({
      headers: HEADERS,
      rows: [
        row(2, good({ 9: 'sena.edu.co' })),
        row(3, good({ 10: 'pronto', 6: 'San Andrés, Gotham' })),
        row(4, good({ 1: 'Cooperativa', 11: 'Suerte' })),
        row(5, good()),
        row(6, good({ 3: 'CURSO DE COSTOS', 0: 'sena' })),
        row(7, good({ 3: 'Otro curso', 9: 'no es un enlace', 10: 'pronto' })),
      ],
      lookups,
    });
    expect(result.problems.map((p) => `${p.line}:${p.column}:${p.code}`)).toEqual([
      '2:Link:link_not_url',
      '3:Municipios:ambiguous_municipality',
      '3:Municipios:unknown_municipality',
      '3:Fecha de inicio:month_unreadable',
      '4:Tipo de entidad:invalid_option',
      '4:Palancas:unknown_lever_name',
      '6:Nombre del servicio:service_repeated_in_file',
      // Every problem of a row at once.
      '7:Fecha de inicio:month_unreadable',
      '7:Link:link_not_url',
    ]);
    expect(result.problems[1]!.params).toEqual({ value: 'San Andrés', codes: '88001, 68669' });
  });

  it('names the required columns that are missing', () => {
    const result = matrixServices({
      headers: ['Entidad', 'Servicio', 'Sector'],
      rows: [],
      lookups,
    });
    expect(result.missing).toEqual(['entityKind', 'scope', 'cost']);
  });
});
