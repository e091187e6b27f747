/**
 * Figures as SVG on the server, drawn by ECharts without a DOM from the same option the web page
 * uses (`figureChartOption`, `figureMapOption`): one drawing for the screen, the HTML bulletin, the
 * PDF and the SVG export.
 */
import * as echarts from 'echarts';
import {
  MAP_NAMES,
  chartRows,
  figureChartOption,
  figureMapOption,
  type MapContext,
} from '../../../../shared/domain/reports/chart.ts';
import type { TFigure } from '../../../../shared/schemas/reports.ts';
import { formatCell, type Language } from './format.ts';

/** GeoJSON as ECharts reads it (features carry `properties.code`). */
export type GeoJSON = Exclude<Parameters<typeof echarts.registerMap>[1], string>;

/** The geography maps are drawn on (from the geo module's `loadMapContext()`). */
export interface MapData {
  /** Colombia's departments; cities are drawn on them as circles. */
  departments: GeoJSON;
  /** Bogotá's localities, `properties.code` like `11001-08`. */
  localities: GeoJSON;
  /** [longitude, latitude] of each city by DIVIPOLA code. */
  centroids: Map<string, [number, number]>;
}

export interface SvgSize {
  width: number;
  height: number;
  /** The language of the numbers on the axes and labels (default Spanish). */
  language?: Language;
}

/** Drawing width of charts in the bulletin (CSS pixels; the PDF scales them to the page). */
export const CHART_WIDTH = 640;

/** A height that gives every category room: horizontal bars grow with the rows. */
export function chartHeight(figure: TFigure, width = CHART_WIDTH): number {
  const n = Math.max(1, chartRows(figure).length);
  const legend = (legendRows(figure, width) - 1) * LEGEND_ROW;
  if (figure.chart.horizontal) return Math.min(720, Math.max(200, 80 + n * 30)) + legend;
  return (n > 6 ? 330 : 290) + legend;
}

/** Height of one more line of legend. */
const LEGEND_ROW = 24;

/**
 * How many lines the legend takes on paper (on screen it scrolls in one line): ECharts wraps a
 * plain legend, so the plot must leave room or the legend covers the axis labels. Text is
 * measured as 12px Helvetica, about 6.8px a character.
 */
export function legendRows(figure: TFigure, width: number): number {
  let rows = 1;
  let used = 0;
  for (const s of figure.chart.series) {
    const item = 25 + 5 + (figure.columns[s.column]?.label.length ?? 0) * 6.8;
    if (used > 0 && used + 10 + item > width - 20) {
      rows += 1;
      used = item;
    } else used += (used > 0 ? 10 : 0) + item;
  }
  return rows;
}

/** More room under the plot for a legend of several lines. */
function roomForLegend(
  option: echarts.EChartsOption,
  figure: TFigure,
  width: number,
): echarts.EChartsOption {
  const extra = (legendRows(figure, width) - 1) * LEGEND_ROW;
  const grid = option.grid as { bottom?: number } | undefined;
  if (extra === 0 || !grid || typeof grid.bottom !== 'number') return option;
  return { ...option, grid: { ...grid, bottom: grid.bottom + extra } };
}

export const MAP_SIZE: SvgSize = { width: 640, height: 400 };

let uid = 0;

/**
 * ECharts' SSR output tidied for inlining many charts in one page: its hover styles and
 * metadata go (nothing is interactive on paper), and element ids get a prefix of their own so
 * two charts never share a clip path.
 */
function tidy(svg: string, label: string | undefined): string {
  const prefix = `pc${(uid = (uid + 1) % 1_000_000)}-`;
  let out = svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ pointer-events="[^"]*"/g, '')
    .replace(/(id="|url\(#|href="#)(zr\d+-)/g, `$1${prefix}$2`);
  if (label !== undefined)
    out = out.replace(/^<svg /, `<svg role="img" aria-label="${escapeAttribute(label)}" `);
  return out;
}

const escapeAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Axis numbers as the reader writes them: `1.200` and `1.696 M` in Spanish, `1,200` and `1.7B` in English. */
function axisNumber(language: Language) {
  const plain = new Intl.NumberFormat(language === 'es' ? 'es-CO' : 'en-US', {
    maximumFractionDigits: 1,
  });
  const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
  return (value: number) => {
    if (Math.abs(value) < 1_000_000) return plain.format(value);
    return language === 'es' ? `${plain.format(value / 1_000_000)} M` : compact.format(value);
  };
}

type Axis = Record<string, unknown> & { type?: string; axisLabel?: Record<string, unknown> };

function localizeAxes(option: echarts.EChartsOption, language: Language): echarts.EChartsOption {
  const formatter = axisNumber(language);
  const one = (axis: Axis) =>
    axis.type === 'value' ? { ...axis, axisLabel: { ...axis.axisLabel, formatter } } : axis;
  const fix = (axis: unknown) =>
    Array.isArray(axis) ? (axis as Axis[]).map(one) : axis ? one(axis as Axis) : axis;
  return {
    ...option,
    xAxis: fix(option.xAxis) as echarts.EChartsOption['xAxis'],
    yAxis: fix(option.yAxis) as echarts.EChartsOption['yAxis'],
  };
}

function render(option: echarts.EChartsOption, size: SvgSize, label?: string): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption(option);
    return tidy(chart.renderToSVGString(), label);
  } finally {
    chart.dispose();
  }
}

/** The figure's chart (the total row left out). */
export function figureSvg(
  figure: TFigure,
  size: SvgSize = { width: CHART_WIDTH, height: chartHeight(figure) },
): string {
  const option = roomForLegend(figureChartOption(figure, { static: true }), figure, size.width);
  return render(localizeAxes(option, size.language ?? 'es'), size, figure.title);
}

let registered: MapData | null = null;

function registerMaps(maps: MapData) {
  if (registered === maps) return;
  echarts.registerMap(MAP_NAMES.departments, maps.departments);
  echarts.registerMap(MAP_NAMES.localities, maps.localities);
  registered = maps;
}

/** The names of the figure's places, from its label column. */
export function mapContextOf(figure: TFigure, maps: MapData): MapContext {
  const names = new Map<string, string>();
  figure.map?.codes.forEach((code, i) => {
    const cell = figure.rows[i]?.[figure.chart.category];
    if (code && typeof cell === 'string') names.set(code, cell);
  });
  return { names, centroids: maps.centroids };
}

/** Values on the map written like the table's cells (money in pesos, percentages). */
function localizeMap(
  figure: TFigure,
  context: MapContext,
  option: echarts.EChartsOption,
  language: Language,
): echarts.EChartsOption {
  const map = figure.map!;
  const column = figure.columns[map.column];
  const cells = new Map<string, number>();
  map.codes.forEach((code, i) => {
    const cell = figure.rows[i]?.[map.column];
    if (code && typeof cell === 'number') cells.set(context.names.get(code) ?? code, cell);
  });
  const text = (cell: number | undefined) => formatCell(figure, column, cell ?? null, language);
  const series = (option.series as Array<Record<string, unknown>>).map((s) =>
    s.type === 'scatter'
      ? {
          ...s,
          label: {
            ...(s.label as object),
            formatter: (p: { name: string }) => `${p.name}: ${text(cells.get(p.name))}`,
          },
        }
      : s,
  );
  const visualMap = option.visualMap as Record<string, unknown> | undefined;
  const max = Math.max(0, ...cells.values());
  return {
    ...option,
    series: series,
    ...(visualMap ? { visualMap: { ...visualMap, text: [text(max), text(0)] } } : {}),
  };
}

/** The figure on a map (Bogotá's localities or cities over Colombia), or null without a map. */
export function mapSvg(figure: TFigure, maps: MapData, size: SvgSize = MAP_SIZE): string | null {
  const context = mapContextOf(figure, maps);
  const option = figureMapOption(figure, context, { static: true });
  if (!option || !figure.map) return null;
  registerMaps(maps);
  return render(localizeMap(figure, context, option, size.language ?? 'es'), size, figure.title);
}
