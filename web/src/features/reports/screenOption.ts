import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useFormat } from '../../i18n/format.ts';

/** How the screen writes numbers: the UI's locale, big amounts short ("1,8 mil M"). */
export interface AxisFormat {
  number: (n: number) => string;
  compact: (n: number) => string;
}

type Axis = Record<string, unknown> & { type?: string; axisLabel?: Record<string, unknown> };
const axes = (axis: unknown): Axis[] => (Array.isArray(axis) ? axis : axis ? [axis] : []) as Axis[];
const sameShape = (original: unknown, list: Axis[]) => (Array.isArray(original) ? list : list[0]);

/**
 * A figure's chart option adjusted for the screen it is on: numbers on the axes and in the
 * tooltip in the UI's locale, and on a phone fewer value ticks, slanted category names under
 * vertical bars and a narrower name column beside horizontal ones, so nothing overlaps.
 */
export function screenOption(
  option: EChartsOption,
  format: AxisFormat,
  narrow: boolean,
): EChartsOption {
  const horizontal = axes(option.yAxis)[0]?.type === 'category';
  const tune = (axis: Axis): Axis => {
    if (axis.type === 'value')
      return {
        ...axis,
        ...(narrow ? { splitNumber: 3 } : {}),
        axisLabel: {
          ...axis.axisLabel,
          hideOverlap: true,
          formatter: (v: number) => (Math.abs(v) >= 1e6 ? format.compact(v) : format.number(v)),
        },
      };
    if (axis.type === 'category' && narrow)
      return {
        ...axis,
        axisLabel: horizontal
          ? { ...axis.axisLabel, width: 96 }
          : { ...axis.axisLabel, rotate: 40, width: 80, hideOverlap: true },
      };
    return axis;
  };
  const grid = option.grid && !Array.isArray(option.grid) ? option.grid : {};
  return {
    ...option,
    ...(option.tooltip
      ? {
          tooltip: {
            ...(option.tooltip as object),
            valueFormatter: (v: unknown) => (typeof v === 'number' ? format.number(v) : '—'),
          },
        }
      : {}),
    xAxis: sameShape(option.xAxis, axes(option.xAxis).map(tune)) as EChartsOption['xAxis'],
    yAxis: sameShape(option.yAxis, axes(option.yAxis).map(tune)) as EChartsOption['yAxis'],
    ...(narrow
      ? {
          grid: horizontal
            ? { ...grid, left: 108 }
            : { ...grid, bottom: Math.max(Number(grid.bottom ?? 0), 96) },
        }
      : {}),
  };
}

/**
 * A map option for the screen: the colour scale lies flat under the map instead of over it, with
 * its two ends written once.
 */
export function screenMapOption(option: EChartsOption): EChartsOption {
  const scale = option.visualMap;
  if (!scale || Array.isArray(scale)) return option;
  const series = (Array.isArray(option.series) ? option.series : []).map((s) =>
    s.type === 'map' ? { ...s, top: 8, bottom: 56 } : s,
  );
  return {
    ...option,
    visualMap: {
      ...scale,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      right: undefined,
      bottom: 8,
      itemWidth: 12,
      itemHeight: 160,
    },
    series,
  };
}

export function useAxisFormat(): AxisFormat {
  const f = useFormat();
  return useMemo(() => {
    const compact = new Intl.NumberFormat(f.locale, {
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    return { number: f.number, compact: (n) => compact.format(n) };
  }, [f]);
}
