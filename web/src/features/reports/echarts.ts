/**
 * ECharts with only what the reports draw: bars, lines, maps and points over a map, on a grid
 * with tooltips, legends and a colour scale, rendered as SVG (sharp on any screen, and the same
 * drawing a download gets). Imported only by the reports pages, which load on their own.
 */
import { BarChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  GeoComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  MapChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  VisualMapComponent,
  GeoComponent,
  TitleComponent,
  SVGRenderer,
]);

export { echarts };
export type ECharts = echarts.ECharts;
