/**
 * The dashboard: every figure of the catalog for a program, a place, a supervisor's group and an
 * as-of date, within the reader's scope; the filters' options; one figure as a spreadsheet.
 */
import { INDICATOR_KEYS, type IndicatorKey } from '../../../shared/domain/reports/catalog.ts';
import type { Role } from '../../../shared/roles.ts';
import type {
  TDashboard,
  TFigure,
  TReportOptions,
  TReportQuery,
  TSummaryItem,
} from '../../../shared/schemas/reports.ts';
import type { Db } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { reportContext, type ReportContext } from './context.ts';
import { suppressSmallCells } from './figure.ts';
import { computeFigures } from './indicators.ts';
import * as repo from './reports.repo.ts';

/** Researchers see aggregates only: counts below this show as suppressed. */
export const SMALL_CELL_THRESHOLD = 5;
export const BULLETIN_EDITORS: readonly Role[] = ['admin', 'coordinator'];
export const RESEARCH_EXPORTERS: readonly Role[] = ['admin', 'coordinator', 'researcher'];

export async function getReportOptions(options: {
  db: Db;
  access: ProgramAccess;
}): Promise<TReportOptions> {
  const ctx = await reportContext({ ...options, query: { language: 'es' } });
  const supervisors =
    options.access.scope.type === 'program'
      ? await repo.programSupervisors(options.db, ctx.program.id)
      : [];
  return {
    cycleStart: ctx.program.cycleStart,
    cycleEnd: ctx.program.cycleEnd,
    cities: ctx.cities.map((c) => ({ code: c.code, name: c.name })),
    localities: ctx.localities.map((l) => ({
      code: l.code,
      name: l.name,
      municipalityCode: l.municipalityCode,
    })),
    supervisors,
    canEditBulletin: BULLETIN_EDITORS.includes(options.access.role),
    canExportResearch: RESEARCH_EXPORTERS.includes(options.access.role),
  };
}

/** The small-cell threshold the reader's figures are shown with (null: none). */
export const smallCellThreshold = (access: ProgramAccess) =>
  access.role === 'researcher' ? SMALL_CELL_THRESHOLD : null;

/** The figures as the reader may see them (small cells hidden from researchers). */
export async function figuresFor(
  ctx: ReportContext,
  keys: readonly IndicatorKey[] = INDICATOR_KEYS,
) {
  const figures = await computeFigures(ctx, keys);
  const k = smallCellThreshold(ctx.access);
  return k === null ? figures : figures.map((f) => suppressSmallCells(f, k));
}

/** The dashboard's own view of a context: program, filters, summary and figures. */
export async function dashboardOf(ctx: ReportContext): Promise<TDashboard> {
  const figures = await figuresFor(ctx);
  return {
    program: ctx.program,
    filters: ctx.filters,
    generatedAt: new Date().toISOString(),
    smallCellThreshold: smallCellThreshold(ctx.access),
    summary: summaryOf(ctx, figures),
    figures,
  };
}

export async function getDashboard(options: {
  db: Db;
  access: ProgramAccess;
  query: TReportQuery;
  today?: string;
}): Promise<TDashboard> {
  return dashboardOf(await reportContext(options));
}

/** The headline numbers, read from the figures' totals so that they always agree with them. */
export function summaryOf(ctx: ReportContext, figures: TFigure[]): TSummaryItem[] {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const totalCell = (key: IndicatorKey, column: string) => {
    const f = byKey.get(key);
    if (!f) return null;
    const i = f.columns.findIndex((c) => c.key === column);
    const row = f.totalRow ? f.rows.at(-1) : f.rows.length === 1 ? f.rows[0] : undefined;
    if (i < 0) return null;
    if (!row) return f.rows.length === 0 ? 0 : null;
    const v = row[i];
    return typeof v === 'number' ? v : null;
  };
  const sumColumn = (key: IndicatorKey, column: string) => {
    const f = byKey.get(key);
    const i = f?.columns.findIndex((c) => c.key === column) ?? -1;
    if (!f || i < 0) return null;
    let sum = 0;
    for (const row of f.rows) {
      const v = row[i];
      if (v === null) return null;
      sum += typeof v === 'number' ? v : 0;
    }
    return sum;
  };
  const women = byKey.get('people.by_sex');
  const womenRow = women?.rows.find((r) => r[0] === ctx.t('reports.values.sex.F'));
  const share = women?.columns.findIndex((c) => c.key === 'shareOfRegistered') ?? -1;
  const currency = byKey.get('grants.by_place')?.currency ?? null;
  const item = (
    key: string,
    value: number | null,
    kind: TSummaryItem['kind'] = 'count',
  ): TSummaryItem => ({
    key,
    label: ctx.t(`reports.summary.${key}`),
    value,
    kind,
    currency: kind === 'money' ? currency : null,
  });
  return [
    item('registered', totalCell('cases.status', 'registered')),
    item('active', totalCell('cases.status', 'active')),
    item('withdrawn', totalCell('cases.status', 'withdrawn')),
    item(
      'womenPercent',
      womenRow && share >= 0 ? ((womenRow[share] as number | null) ?? null) : 0,
      'percent',
    ),
    item('diagnosed', totalCell('assessment.diagnoses', 'diagnosed')),
    item('plans', totalCell('plans.designed', 'designed')),
    item('activitiesDone', totalCell('activities.by_city', 'done')),
    item('mentored', totalCell('mentors.coverage', 'withMentor')),
    item('disbursed', totalCell('grants.by_place', 'disbursed'), 'money'),
    item('trained', sumColumn('training.completion', 'completedTrack')),
  ];
}

/** One figure as .xlsx or .csv, with the filters in its title; the export is audited. */
export async function exportFigure(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  key: string;
  query: TReportQuery;
  format: 'xlsx' | 'csv';
}) {
  const key = INDICATOR_KEYS.find((k) => k === options.key);
  if (!key) throw notFound();
  const ctx = await reportContext(options);
  const [figure] = await figuresFor(ctx, [key]);
  await recordAudit({
    tx: options.db,
    actor: options.actor,
    action: 'report.export',
    entityType: 'program',
    entityId: ctx.program.id,
    programId: ctx.program.id,
    after: { key, format: options.format, filters: ctx.filters, rows: figure!.rows.length },
  });
  return { figure: figure!, ctx };
}
