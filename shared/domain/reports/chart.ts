/**
 * One ECharts option per figure, used by the web page (canvas or SVG in the browser) and by the
 * server (SVG without a DOM for the bulletin's PDF and HTML): the same drawing everywhere.
 */
import type { EChartsOption } from 'echarts';
import type { TFigure } from '../../schemas/reports.ts';

/** Colour-blind-safe palette (Okabe–Ito), darkened where needed for contrast on white. */
export const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#8B7F00',
  '#000000',
  '#7F3C8D',
  '#882255',
];

export interface ChartOptions {
  /** Server-side rendering and printing: no animation, no tooltip. */
  static?: boolean;
  /** Text used for null (suppressed) values in tooltips. */
  fontFamily?: string;
}

/** The rows drawn: the total row is a table's, not a category. */
export function chartRows(figure: TFigure) {
  return figure.totalRow ? figure.rows.slice(0, -1) : figure.rows;
}

const value = (figure: TFigure, column: number, cell: TFigure['rows'][number][number]) => {
  if (typeof cell !== 'number') return null;
  return figure.columns[column]?.kind === 'money' ? cell / 100 : cell;
};

export function figureChartOption(figure: TFigure, options: ChartOptions = {}): EChartsOption {
  const rows = chartRows(figure);
  const { chart } = figure;
  const categories = rows.map((r) => String(r[chart.category] ?? ''));
  const categoryAxis = {
    type: 'category' as const,
    data: categories,
    axisLabel: chart.horizontal
      ? { width: 140, overflow: 'truncate' as const }
      : {
          interval: 0,
          rotate: categories.length > 6 ? 35 : 0,
          width: 90,
          overflow: 'truncate' as const,
        },
    ...(chart.horizontal ? { inverse: true } : {}),
  };
  const valueAxis = { type: 'value' as const, minInterval: 1 };
  const lines = chart.series.filter((s) => s.type === 'line');
  const bars = chart.series.filter((s) => s.type === 'bar');
  // A cumulative line beside weekly bars gets its own axis so the bars stay readable.
  const twoAxes = lines.length > 0 && bars.length > 0 && !chart.horizontal;
  return {
    animation: !options.static,
    color: PALETTE,
    textStyle: { fontFamily: options.fontFamily ?? 'Helvetica, Arial, sans-serif' },
    ...(options.static ? {} : { tooltip: { trigger: 'axis' as const } }),
    legend: { type: options.static ? 'plain' : 'scroll', bottom: 0 },
    grid: {
      left: chart.horizontal ? 150 : 48,
      right: twoAxes ? 56 : 24,
      top: 24,
      bottom: chart.horizontal ? 40 : categories.length > 6 ? 90 : 56,
      containLabel: false,
    },
    xAxis: chart.horizontal ? valueAxis : categoryAxis,
    yAxis: chart.horizontal
      ? categoryAxis
      : twoAxes
        ? [valueAxis, { ...valueAxis, splitLine: { show: false } }]
        : valueAxis,
    series: chart.series.map((s) => ({
      name: figure.columns[s.column]?.label ?? '',
      type: s.type,
      ...(s.stack ? { stack: s.stack } : {}),
      ...(twoAxes && s.type === 'line' ? { yAxisIndex: 1 } : {}),
      ...(s.type === 'line' ? { symbolSize: 4 } : { barMaxWidth: 36 }),
      data: rows.map((r) => value(figure, s.column, r[s.column] ?? null)),
    })),
  };
}

/** Registered ECharts map names: Colombia's departments (cities drawn as points) and Bogotá's localities. */
export const MAP_NAMES = {
  departments: 'co-departments',
  localities: 'bogota-localities',
} as const;

export interface MapContext {
  /** Display name of each city or locality code. */
  names: Map<string, string>;
  /** [longitude, latitude] of each city (DIVIPOLA code), for the city map. */
  centroids: Map<string, [number, number]>;
}

/**
 * The figure's map column on a map: Bogotá's localities as a choropleth (GeoJSON features carry
 * `properties.code`), cities as circles sized by the value over Colombia's departments.
 */
export function figureMapOption(
  figure: TFigure,
  context: MapContext,
  options: ChartOptions = {},
): EChartsOption | null {
  const map = figure.map;
  if (!map) return null;
  const points = map.codes.flatMap((code, i) => {
    const cell = value(figure, map.column, figure.rows[i]?.[map.column] ?? null);
    return code && cell !== null ? [{ code, value: cell }] : [];
  });
  const max = Math.max(1, ...points.map((d) => d.value));
  const base = {
    animation: !options.static,
    textStyle: { fontFamily: options.fontFamily ?? 'Helvetica, Arial, sans-serif' },
    ...(options.static ? {} : { tooltip: { trigger: 'item' as const } }),
  };
  const name = figure.columns[map.column]?.label ?? '';
  if (map.level === 'locality') {
    return {
      ...base,
      visualMap: {
        min: 0,
        max,
        left: 8,
        bottom: 8,
        calculable: !options.static,
        inRange: { color: ['#E8F1FA', '#0072B2'] },
        text: [String(max), '0'],
      },
      series: [
        {
          name,
          type: 'map',
          map: MAP_NAMES.localities,
          nameProperty: 'code',
          nameMap: Object.fromEntries(context.names),
          roam: false,
          label: { show: false },
          data: points.map((p) => ({ name: context.names.get(p.code) ?? p.code, value: p.value })),
        },
      ],
    };
  }
  const located = points.filter((p) => context.centroids.has(p.code));
  const lons = located.map((p) => context.centroids.get(p.code)![0]);
  const lats = located.map((p) => context.centroids.get(p.code)![1]);
  const pad = 1.5;
  return {
    ...base,
    geo: {
      map: MAP_NAMES.departments,
      roam: !options.static,
      itemStyle: { areaColor: '#F1F3F5', borderColor: '#ADB5BD' },
      emphasis: { disabled: true },
      ...(located.length > 0
        ? {
            boundingCoords: [
              [Math.min(...lons) - pad, Math.max(...lats) + pad],
              [Math.max(...lons) + pad, Math.min(...lats) - pad],
            ],
          }
        : {}),
    },
    series: [
      {
        name,
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: (v: unknown) =>
          8 + 32 * Math.sqrt((Array.isArray(v) ? Number(v[2] ?? 0) : 0) / max),
        itemStyle: { color: PALETTE[0], opacity: 0.8 },
        label: {
          show: true,
          position: 'right',
          formatter: '{b}: {@[2]}',
          fontSize: 11,
        },
        data: located.map((p) => ({
          name: context.names.get(p.code) ?? p.code,
          value: [...context.centroids.get(p.code)!, p.value],
        })),
      },
    ],
  };
}
