import type { EChartsOption } from 'echarts';
import { echarts } from './echarts.ts';

/** Scale of a PNG against the chart's size on screen: sharp when printed or projected. */
const PNG_SCALE = 2;

/**
 * The chart as an SVG document: drawn again off screen by an SVG-rendering instance, at the size
 * it has on screen, with its title on top and without animation or tooltips.
 */
export function chartSvg(
  option: EChartsOption,
  size: { width: number; height: number },
  title: string,
): string {
  const titled: EChartsOption = {
    ...option,
    animation: false,
    tooltip: undefined,
    title: { text: title, left: 8, top: 4, textStyle: { fontSize: 14, fontWeight: 'bold' } },
    backgroundColor: '#ffffff',
  };
  const grid = option.grid;
  if (grid && !Array.isArray(grid) && typeof grid.top === 'number')
    titled.grid = { ...grid, top: grid.top + 32 };
  const height = size.height + 32;
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height,
  });
  try {
    chart.setOption(titled);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Draws an SVG document on a white canvas at twice its size and returns the PNG. */
export async function svgToPng(svg: string): Promise<Blob> {
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('svg_not_drawable'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const width = image.naturalWidth || image.width;
  const height = image.naturalHeight || image.height;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * PNG_SCALE);
  canvas.height = Math.round(height * PNG_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no_canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no_png'))), 'image/png'),
  );
}

/** Hands a file made in the browser to the person, as a download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export const svgBlob = (svg: string) => new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
