import { useReducedMotion } from '@mantine/hooks';
import type { EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';
import { echarts, type ECharts } from './echarts.ts';

/**
 * One ECharts drawing: it follows its box's width, is disposed with the component, and is an
 * image to assistive technology, named by `label` (the table beside it carries the numbers).
 */
export function FigureChart({
  option,
  height,
  label,
}: {
  option: EChartsOption;
  height: number;
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const reduceMotion = useReducedMotion();

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(reduceMotion ? { ...option, animation: false } : option, {
      notMerge: true,
    });
  }, [option, reduceMotion]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={label}
      style={{ width: '100%', height, minWidth: 0, overflow: 'hidden' }}
    />
  );
}
