/**
 * The bulletin's and the figures' renderers behind one call each: pure functions of the data
 * (no database), used by the reports routes and by `palanca report bulletin`.
 */
import type { TBulletin, TFigure } from '../../../../shared/schemas/reports.ts';
import { words, type Language } from './format.ts';
import { bulletinHtml } from './html.ts';
import { bulletinPdf } from './pdf.ts';
import { CHART_WIDTH, chartHeight, figureSvg, type MapData } from './svg.ts';
import { bulletinXlsx, figureCsv, figureXlsx } from './xlsx.ts';

export type { MapData } from './svg.ts';
export { bulletinHtml } from './html.ts';
export { bulletinPdf } from './pdf.ts';
export { figureSvg, mapSvg } from './svg.ts';
export { bulletinXlsx, figureCsv, figureXlsx } from './xlsx.ts';

export type BulletinFormat = 'html' | 'pdf' | 'xlsx' | 'json';
export type FigureFormat = 'xlsx' | 'csv' | 'svg';

export interface Rendered {
  body: Buffer | string;
  contentType: string;
  fileName: string;
}

export const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
} as const;

/** Letters, digits and dashes only: safe in a Content-Disposition header and on any disk. */
const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');

/** `boletin-PAM-2026-2-2026-11-22.pdf` (`bulletin-…` in English). */
export function bulletinFileName(
  bulletin: Pick<TBulletin, 'language' | 'program' | 'filters'>,
  format: BulletinFormat,
): string {
  const name = words(bulletin.language)('fileName');
  return `${name}-${slug(bulletin.program.code)}-${bulletin.filters.asOf}.${format}`;
}

/** The bulletin in one format, with its content type and file name. */
export async function renderBulletin(options: {
  bulletin: TBulletin;
  format: BulletinFormat;
  maps?: MapData;
}): Promise<Rendered> {
  const { bulletin, format, maps } = options;
  const fileName = bulletinFileName(bulletin, format);
  const contentType = CONTENT_TYPES[format];
  switch (format) {
    case 'html':
      return { body: bulletinHtml(bulletin, maps ? { maps } : {}), contentType, fileName };
    case 'pdf':
      return { body: await bulletinPdf(bulletin, maps ? { maps } : {}), contentType, fileName };
    case 'xlsx':
      return { body: await bulletinXlsx(bulletin), contentType, fileName };
    case 'json':
      return { body: `${JSON.stringify(bulletin, null, 2)}\n`, contentType, fileName };
  }
}

/**
 * One figure's table (.xlsx, CSV) or chart (SVG), named after the program, the figure and the
 * date: `PAM-2026-2-registration-weekly-2026-11-22.csv`.
 */
export async function renderFigure(options: {
  figure: TFigure;
  format: FigureFormat;
  language: Language;
  programCode: string;
  asOf: string;
  smallCellThreshold?: number | null;
}): Promise<Rendered> {
  const { figure, format, language, asOf } = options;
  const fileName = `${slug(options.programCode)}-${slug(figure.key)}-${asOf}.${format}`;
  const contentType = CONTENT_TYPES[format];
  switch (format) {
    case 'xlsx':
      return {
        body: await figureXlsx(figure, {
          language,
          asOf,
          smallCellThreshold: options.smallCellThreshold ?? null,
        }),
        contentType,
        fileName,
      };
    case 'csv':
      return { body: await figureCsv(figure, { language }), contentType, fileName };
    case 'svg':
      return {
        body: figureSvg(figure, { width: CHART_WIDTH, height: chartHeight(figure), language }),
        contentType,
        fileName,
      };
  }
}
