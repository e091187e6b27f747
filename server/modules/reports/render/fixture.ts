/**
 * A hand-built bulletin for the renderers' tests and for looking at the output: figures of every
 * shape the reports module makes (a weekly series, a pivot with suppressed cells and a total, money,
 * percentages, a map by city and by locality, a wide table, an empty figure), a label that is a
 * spreadsheet formula and coordinator texts with markup in them.
 */
import { INDICATORS } from '../../../../shared/domain/reports/catalog.ts';
import type { TBulletin, TFigure } from '../../../../shared/schemas/reports.ts';
import type { MapData } from './svg.ts';

export const FORMULA_LABEL = '=HYPERLINK("x")';
export const SCRIPT_TEXT = '<script>alert("boletín")</script>';

type FigureInput = Omit<TFigure, 'criterion' | 'basis' | 'map' | 'currency' | 'suppressedCells'> &
  Partial<Pick<TFigure, 'map' | 'currency' | 'suppressedCells'>>;

function figure(input: FigureInput): TFigure {
  const meta = INDICATORS[input.key];
  return {
    criterion: meta.criterion,
    basis: meta.basis,
    map: null,
    currency: null,
    suppressedCells: 0,
    ...input,
  };
}

const weeks = [
  ['3 ago', 41],
  ['10 ago', 96],
  ['17 ago', 152],
  ['24 ago', 188],
  ['31 ago', 203],
  ['7 sep', 171],
  ['14 sep', 140],
  ['21 sep', 97],
  ['28 sep', 64],
  ['5 oct', 38],
] as const;

export const FIXTURE_FIGURES: TFigure[] = [
  figure({
    key: 'registration.weekly',
    title: 'Inscripciones por semana',
    definition:
      'Solicitudes recibidas en cada semana (lunes a domingo, hora de Bogotá) entre el inicio del periodo y la fecha de corte, y su acumulado. Cuenta solicitudes, no negocios únicos.',
    columns: [
      { key: 'week', label: 'Semana', kind: 'label' },
      { key: 'applications', label: 'Solicitudes', kind: 'count' },
      { key: 'cumulative', label: 'Acumulado', kind: 'count' },
    ],
    rows: weeks.reduce<Array<[string, number, number]>>((acc, [week, n]) => {
      const before = acc.at(-1)?.[2] ?? 0;
      acc.push([week, n, before + n]);
      return acc;
    }, []),
    totalRow: false,
    chart: {
      category: 0,
      series: [
        { column: 1, type: 'bar', stack: null },
        { column: 2, type: 'line', stack: null },
      ],
      horizontal: false,
    },
  }),
  figure({
    key: 'registration.goal',
    title: 'Inscritos frente a la meta por localidad',
    definition:
      'Negocios inscritos (elegibles o seleccionados) en cada localidad de Bogotá frente a la meta de cupos de la localidad. Porcentaje = inscritos ÷ meta × 100.',
    columns: [
      { key: 'locality', label: 'Localidad', kind: 'label' },
      { key: 'goal', label: 'Meta', kind: 'count' },
      { key: 'registered', label: 'Inscritos', kind: 'count' },
      { key: 'share', label: '% de la meta', kind: 'percent' },
    ],
    rows: [
      ['Usaquén', 120, 131, 109.2],
      ['Chapinero', 80, 64, 80],
      ['Santa Fe', 60, 22, 36.7],
      ['Kennedy', 200, 187, 93.5],
      ['Suba', 180, 199, 110.6],
      ['Ciudad Bolívar', 150, 48, 32],
      ['Total', 790, 651, 82.4],
    ],
    totalRow: true,
    chart: {
      category: 0,
      series: [
        { column: 1, type: 'bar', stack: null },
        { column: 2, type: 'bar', stack: null },
      ],
      horizontal: false,
    },
    map: {
      level: 'locality',
      codes: ['11001-01', '11001-02', '11001-03', '11001-08', '11001-11', '11001-19', null],
      column: 2,
    },
  }),
  figure({
    key: 'cases.withdrawals',
    title: 'Retiros por motivo y etapa',
    definition:
      'Casos retirados hasta la fecha de corte, por el motivo registrado y la etapa en la que estaban al retirarse. Las celdas con menos de 5 casos se muestran como —.',
    columns: [
      { key: 'reason', label: 'Motivo', kind: 'label' },
      { key: 'diagnosis', label: 'Diagnóstico', kind: 'count' },
      { key: 'plan', label: 'Plan de atención', kind: 'count' },
      { key: 'follow_up', label: 'Seguimiento', kind: 'count' },
      { key: 'total', label: 'Total', kind: 'count' },
    ],
    rows: [
      ['No se pudo contactar al propietario', 12, 7, null, 22],
      ['Cerró el negocio', null, 9, 6, 18],
      ['Consiguió empleo formal', 5, null, null, 9],
      [FORMULA_LABEL, 6, 5, 5, 16],
      ['Total', 26, 24, 15, 65],
    ],
    totalRow: true,
    chart: {
      category: 0,
      series: [
        { column: 1, type: 'bar', stack: 'stage' },
        { column: 2, type: 'bar', stack: 'stage' },
        { column: 3, type: 'bar', stack: 'stage' },
      ],
      horizontal: true,
    },
    suppressedCells: 4,
  }),
  figure({
    key: 'activities.by_lever',
    title: 'Actividades por palanca',
    definition:
      'Actividades de los planes de atención aprobados, por palanca: planeadas (todas), registradas (con al menos un encuentro) y terminadas (con evidencia aprobada), por ciudad.',
    columns: [
      { key: 'lever', label: 'Palanca', kind: 'label' },
      { key: 'bog_planned', label: 'Bogotá planeadas', kind: 'count' },
      { key: 'bog_done', label: 'Bogotá terminadas', kind: 'count' },
      { key: 'med_planned', label: 'Medellín planeadas', kind: 'count' },
      { key: 'med_done', label: 'Medellín terminadas', kind: 'count' },
      { key: 'cal_planned', label: 'Cali planeadas', kind: 'count' },
      { key: 'cal_done', label: 'Cali terminadas', kind: 'count' },
      { key: 'bar_planned', label: 'Barranquilla planeadas', kind: 'count' },
      { key: 'bar_done', label: 'Barranquilla terminadas', kind: 'count' },
      { key: 'done_share', label: '% terminadas', kind: 'percent' },
      { key: 'days', label: 'Días promedio', kind: 'days' },
    ],
    rows: [
      ['Finanzas y contabilidad', 1210, 804, 640, 402, 515, 330, 420, 251, 64.1, 21.4],
      ['Mercadeo y ventas digitales', 1180, 655, 612, 311, 488, 270, 398, 190, 53.2, 27.9],
      ['Formalización', 540, 410, 300, 255, 260, 198, 210, 166, 78.1, 14],
      ['Talento humano y cultura organizacional', 330, 120, 190, 66, 150, 51, 120, 38, 35.9, 33.3],
      ['Acceso a financiamiento', 420, 188, 240, 97, 180, 80, 160, 61, 43.4, null],
      ['Total', 3680, 2177, 1982, 1131, 1593, 929, 1308, 706, 57.3, 24.1],
    ],
    totalRow: true,
    chart: {
      category: 0,
      series: [
        { column: 1, type: 'bar', stack: null },
        { column: 2, type: 'bar', stack: null },
      ],
      horizontal: true,
    },
  }),
  figure({
    key: 'people.by_sex',
    title: 'Propietarios por sexo',
    definition:
      'Personas propietarias de los negocios con caso activo o cerrado a la fecha de corte, por el sexo que declararon al inscribirse.',
    columns: [
      { key: 'sex', label: 'Sexo', kind: 'label' },
      { key: 'people', label: 'Personas', kind: 'count' },
      { key: 'share', label: '%', kind: 'percent' },
    ],
    rows: [
      ['Mujer', 3620, 60.3],
      ['Hombre', 2301, 38.4],
      ['Intersexual', null, null],
      [SCRIPT_TEXT, 79, 1.3],
      ['Total', 6000, 100],
    ],
    totalRow: true,
    chart: { category: 0, series: [{ column: 1, type: 'bar', stack: null }], horizontal: false },
    suppressedCells: 2,
  }),
  figure({
    key: 'mentors.coverage',
    title: 'Necesidad y cobertura de mentores por ciudad',
    definition:
      'Planes que requieren mentor según la regla del programa y, de ellos, los que tienen un mentor asignado hoy. Cobertura = con mentor ÷ requieren × 100.',
    columns: [
      { key: 'city', label: 'Ciudad', kind: 'label' },
      { key: 'need', label: 'Requieren mentor', kind: 'count' },
      { key: 'covered', label: 'Con mentor', kind: 'count' },
      { key: 'coverage', label: 'Cobertura', kind: 'percent' },
    ],
    rows: [
      ['Bogotá', 820, 702, 85.6],
      ['Medellín', 410, 298, 72.7],
      ['Cali', 330, 301, 91.2],
      ['Total', 1560, 1301, 83.4],
    ],
    totalRow: true,
    chart: {
      category: 0,
      series: [
        { column: 1, type: 'bar', stack: null },
        { column: 2, type: 'bar', stack: null },
      ],
      horizontal: false,
    },
  }),
  figure({
    key: 'grants.by_place',
    title: 'Capital semilla aprobado, desembolsado y ejecutado',
    definition:
      'Montos de los planes de inversión aprobados, lo desembolsado (neto de reversos) y lo legalizado con soportes a la fecha de corte, por ciudad. Ejecución = legalizado ÷ desembolsado × 100.',
    columns: [
      { key: 'city', label: 'Ciudad', kind: 'label' },
      { key: 'grants', label: 'Planes aprobados', kind: 'count' },
      { key: 'approved', label: 'Aprobado', kind: 'money' },
      { key: 'disbursed', label: 'Desembolsado', kind: 'money' },
      { key: 'executed', label: 'Ejecución', kind: 'percent' },
    ],
    rows: [
      ['Bogotá', 212, 169_600_000_000, 120_450_000_000, 71.2],
      ['Medellín', 98, 78_400_000_000, 51_230_000_050, 64],
      ['Cali', 75, 60_000_000_000, 0, null],
      ['Total', 385, 308_000_000_000, 171_680_000_050, 55.7],
    ],
    totalRow: true,
    chart: {
      category: 0,
      series: [
        { column: 2, type: 'bar', stack: null },
        { column: 3, type: 'bar', stack: null },
      ],
      horizontal: false,
    },
    map: { level: 'city', codes: ['11001', '05001', '76001', null], column: 3 },
    currency: 'COP',
  }),
  figure({
    key: 'training.completion',
    title: 'Culminación de la formación',
    definition:
      'Personas inscritas en la ruta de formación que la culminaron según la regla del programa, por ciudad, sexo y grupo prioritario.',
    columns: [
      { key: 'city', label: 'Ciudad', kind: 'label' },
      { key: 'enrolled', label: 'Inscritas', kind: 'count' },
      { key: 'completed', label: 'Culminaron', kind: 'count' },
    ],
    rows: [],
    totalRow: false,
    chart: {
      category: 0,
      series: [
        { column: 1, type: 'bar', stack: null },
        { column: 2, type: 'bar', stack: null },
      ],
      horizontal: false,
    },
  }),
];

export const fixtureBulletin = (overrides: Partial<TBulletin> = {}): TBulletin => ({
  program: {
    id: '0195f3a2-7c1e-7a00-8000-000000000001',
    code: 'PAM-2026-2',
    name: 'Palanca Microempresas 2026-2',
    organizationName: 'Fundación Impulso Local',
    cycleStart: '2026-08-01',
    cycleEnd: '2027-03-31',
  },
  filters: {
    asOf: '2026-11-22',
    from: '2026-08-01',
    municipalityCode: null,
    localityCode: null,
    supervisorId: null,
    labels: { municipality: null, locality: null, supervisor: null },
  },
  generatedAt: '2026-11-23T14:05:00.000Z',
  smallCellThreshold: 5,
  summary: [
    {
      key: 'applicants',
      label: 'Solicitudes recibidas',
      value: 8412,
      kind: 'count',
      currency: null,
    },
    { key: 'cases', label: 'Negocios atendidos', value: 6000, kind: 'count', currency: null },
    { key: 'goal', label: 'De la meta de atención', value: 82.4, kind: 'percent', currency: null },
    {
      key: 'disbursed',
      label: 'Capital semilla desembolsado',
      value: 171_680_000_050,
      kind: 'money',
      currency: 'COP',
    },
    { key: 'withdrawn', label: 'Retirados', value: null, kind: 'count', currency: null },
  ],
  figures: FIXTURE_FIGURES,
  language: 'es',
  edition: {
    asOf: '2026-11-22',
    texts: {
      summary: `El programa superó la mitad de su meta de atención.\n\nEste texto trae marcado que no debe ejecutarse: ${SCRIPT_TEXT} & "comillas".`,
      relevance:
        'La población atendida es mayoritariamente femenina, como se esperaba de la convocatoria.',
      effectiveness:
        'Las inscripciones alcanzaron su pico en la quinta semana.\n\nLas palancas de finanzas y mercadeo concentran la mitad de las actividades.',
      efficiency: '',
      impact: 'Cali aún no legaliza desembolsos: se revisará en el próximo comité.',
      sustainability: '',
      bottlenecks:
        'El contacto inicial con los propietarios es el principal motivo de retiro temprano.',
    },
    version: 3,
    updatedAt: '2026-11-23T13:40:00.000Z',
    updatedByName: 'Laura Gómez',
  },
  bottlenecks: [
    {
      key: 'withdrawals.contact',
      criterion: 'efficiency',
      text: 'Uno de cada tres retiros ocurre porque no se pudo contactar al propietario.',
    },
    {
      key: 'grants.execution',
      criterion: 'impact',
      text: 'Cali tiene desembolsos sin legalizar: ejecución pendiente de soportes.',
    },
  ],
  ...overrides,
});

const square = (x: number, y: number, w: number, h: number) => [
  [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
    [x, y],
  ],
];

const feature = (code: string, name: string, ring: number[][][]) => ({
  type: 'Feature' as const,
  properties: { code, name },
  geometry: { type: 'Polygon' as const, coordinates: ring },
});

/**
 * Made-up geography in the shape the geo module serves: three "departments" around the
 * fixture's cities and a grid of Bogotá "localities" with their real codes.
 */
export function fixtureMaps(): MapData {
  const localityCodes = ['01', '02', '03', '08', '11', '19'];
  return {
    departments: {
      type: 'FeatureCollection',
      features: [
        feature('05', 'Antioquia', square(-77, 5.5, 3, 3)),
        feature('11', 'Bogotá, D. C.', square(-74.5, 4.2, 0.8, 0.8)),
        feature('25', 'Cundinamarca', square(-75, 3.5, 2, 2)),
        feature('76', 'Valle del Cauca', square(-77.5, 3, 2, 2)),
      ],
    },
    localities: {
      type: 'FeatureCollection',
      features: localityCodes.map((c, i) =>
        feature(
          `11001-${c}`,
          c,
          square(-74.2 + (i % 3) * 0.05, 4.5 + Math.floor(i / 3) * 0.05, 0.05, 0.05),
        ),
      ),
    },
    centroids: new Map<string, [number, number]>([
      ['11001', [-74.08, 4.61]],
      ['05001', [-75.57, 6.24]],
      ['76001', [-76.52, 3.42]],
    ]),
  };
}
