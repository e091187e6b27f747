/**
 * Reports: the program's figures as tables that also know how to be drawn. The server resolves
 * every label (cities, stages, levers, reasons) in the reader's language, so the web page, the
 * bulletin (HTML, PDF, .xlsx, JSON) and the spreadsheets are plain renderers of the same data.
 */
import { z } from 'zod';
import { CRITERIA, INDICATOR_KEYS } from '../domain/reports/catalog.ts';
import { ZId, ZIsoDate } from './common.ts';

const city = z.string().regex(/^\d{5}$/, { message: 'municipality_code_format' });
const locality = z.string().regex(/^\d{5}-\d{2}$/, { message: 'locality_code_format' });

/**
 * Filters of the dashboard and the bulletin. Figures are computed as of the end of `asOf`
 * (Bogotá's day; default today); `from` starts the period of the weekly series and of the flows
 * (default the program's start).
 */
export const ZReportQuery = z.strictObject({
  asOf: ZIsoDate.optional(),
  from: ZIsoDate.optional(),
  municipalityCode: city.optional(),
  localityCode: locality.optional(),
  supervisorId: ZId.optional(),
  /** The language of titles, definitions and labels. */
  language: z.enum(['es', 'en']).default('es'),
});
export type TReportQuery = z.infer<typeof ZReportQuery>;

export const ZCriterion = z.enum(CRITERIA);
export type TCriterion = z.infer<typeof ZCriterion>;

export const ZIndicatorKey = z.enum(INDICATOR_KEYS);

export const COLUMN_KINDS = ['label', 'count', 'money', 'percent', 'days'] as const;
export const ZFigureColumn = z.object({
  key: z.string(),
  label: z.string(),
  /** label: text; count: integer; money: integer minor units of `currency`; percent: 0–100; days. */
  kind: z.enum(COLUMN_KINDS),
});
export type TFigureColumn = z.infer<typeof ZFigureColumn>;

export const ZCell = z.union([z.string(), z.number(), z.null()]);
export type TCell = z.infer<typeof ZCell>;

/** One drawn series: a value column as bars or a line, optionally stacked with others. */
export const ZChartSeries = z.object({
  column: z.number().int().min(0),
  type: z.enum(['bar', 'line']),
  stack: z.string().nullable(),
});

export const ZFigureChart = z.object({
  /** The column whose values are the categories (a label column). */
  category: z.number().int().min(0),
  series: z.array(ZChartSeries),
  /** Bars along the horizontal axis (long category names: levers, reasons). */
  horizontal: z.boolean(),
});
export type TFigureChart = z.infer<typeof ZFigureChart>;

/** A figure that can be drawn on a map: one value per city or Bogotá locality. */
export const ZFigureMap = z.object({
  level: z.enum(['city', 'locality']),
  /** The DIVIPOLA or locality code of each row (null for a total row). */
  codes: z.array(z.string().nullable()),
  /** The value column shown on the map. */
  column: z.number().int().min(0),
});
export type TFigureMap = z.infer<typeof ZFigureMap>;

export const ZFigure = z.object({
  key: ZIndicatorKey,
  criterion: ZCriterion,
  title: z.string(),
  /** What is counted: numerator, denominator, filters; in plain words. */
  definition: z.string(),
  /**
   * as_of: computed as of the chosen date; current: the catalog or the present state (services,
   * mentor assignments), whatever the date.
   */
  basis: z.enum(['as_of', 'current']),
  columns: z.array(ZFigureColumn),
  rows: z.array(z.array(ZCell)),
  /** The last row is a total (drawn in bold, left out of the chart and the map). */
  totalRow: z.boolean(),
  chart: ZFigureChart,
  map: ZFigureMap.nullable(),
  /** Currency of the money columns (ISO 4217). */
  currency: z.string().nullable(),
  /** Cells shown as null because they counted fewer than the small-cell threshold (researchers). */
  suppressedCells: z.number().int().min(0),
});
export type TFigure = z.infer<typeof ZFigure>;

export const ZReportFilters = z.object({
  asOf: ZIsoDate,
  from: ZIsoDate,
  municipalityCode: z.string().nullable(),
  localityCode: z.string().nullable(),
  supervisorId: ZId.nullable(),
  /** Names of the chosen filters, for the cover and the headers. */
  labels: z.object({
    municipality: z.string().nullable(),
    locality: z.string().nullable(),
    supervisor: z.string().nullable(),
  }),
});
export type TReportFilters = z.infer<typeof ZReportFilters>;

/** A headline number of the program summary. */
export const ZSummaryItem = z.object({
  key: z.string(),
  label: z.string(),
  /** null when small-cell suppression hides it or nothing can be computed. */
  value: z.number().nullable(),
  kind: z.enum(COLUMN_KINDS),
  currency: z.string().nullable(),
});
export type TSummaryItem = z.infer<typeof ZSummaryItem>;

export const ZDashboard = z.object({
  program: z.object({
    id: ZId,
    code: z.string(),
    name: z.string(),
    organizationName: z.string(),
    cycleStart: ZIsoDate,
    cycleEnd: ZIsoDate,
  }),
  filters: ZReportFilters,
  generatedAt: z.string(),
  /** Small cells are suppressed (researchers): counts below this show as null. */
  smallCellThreshold: z.number().int().nullable(),
  summary: z.array(ZSummaryItem),
  figures: z.array(ZFigure),
});
export type TDashboard = z.infer<typeof ZDashboard>;

/** What a coordinator writes for one edition (program and as-of date) of the bulletin. */
export const ZBulletinTexts = z.strictObject({
  summary: z.string().max(10_000),
  relevance: z.string().max(10_000),
  effectiveness: z.string().max(10_000),
  efficiency: z.string().max(10_000),
  impact: z.string().max(10_000),
  sustainability: z.string().max(10_000),
  bottlenecks: z.string().max(10_000),
});
export type TBulletinTexts = z.infer<typeof ZBulletinTexts>;

export const ZBulletinEdition = z.object({
  asOf: ZIsoDate,
  texts: ZBulletinTexts,
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type TBulletinEdition = z.infer<typeof ZBulletinEdition>;

export const ZBulletinEditionInput = z.strictObject({
  texts: ZBulletinTexts,
  /** The version read (0 for a new edition). */
  version: z.number().int().min(0),
});
export type TBulletinEditionInput = z.infer<typeof ZBulletinEditionInput>;

/** A bottleneck the figures show, in words. */
export const ZBottleneck = z.object({
  key: z.string(),
  criterion: ZCriterion,
  text: z.string(),
});
export type TBottleneck = z.infer<typeof ZBottleneck>;

/** The bulletin: the dashboard of the whole program (or the reader's scope) plus the edition. */
export const ZBulletin = ZDashboard.extend({
  language: z.enum(['es', 'en']),
  edition: ZBulletinEdition,
  bottlenecks: z.array(ZBottleneck),
});
export type TBulletin = z.infer<typeof ZBulletin>;

export const BULLETIN_FORMATS = ['html', 'pdf', 'xlsx', 'json'] as const;
export const ZBulletinQuery = ZReportQuery.extend({
  format: z.enum(BULLETIN_FORMATS).default('html'),
});

export const ZFigureExportQuery = ZReportQuery.extend({ format: z.enum(['xlsx', 'csv']) });

/** What the filters offer, within the reader's scope. */
export const ZReportOptions = z.object({
  cycleStart: ZIsoDate,
  cycleEnd: ZIsoDate,
  cities: z.array(z.object({ code: z.string(), name: z.string() })),
  localities: z.array(
    z.object({ code: z.string(), name: z.string(), municipalityCode: z.string() }),
  ),
  supervisors: z.array(z.object({ id: ZId, name: z.string() })),
  /** Whether the reader may write the bulletin's texts. */
  canEditBulletin: z.boolean(),
  /** Whether the reader may download the de-identified rows. */
  canExportResearch: z.boolean(),
});
export type TReportOptions = z.infer<typeof ZReportOptions>;
