/**
 * The bulletin: the dashboard of a program at an as-of date, with the texts a coordinator writes
 * for that edition and the bottlenecks the figures show.
 */
import type { IndicatorKey } from '../../../shared/domain/reports/catalog.ts';
import type {
  TBottleneck,
  TBulletin,
  TBulletinEdition,
  TBulletinEditionInput,
  TBulletinTexts,
  TFigure,
  TReportQuery,
} from '../../../shared/schemas/reports.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { reportContext, type ReportContext } from './context.ts';
import { dashboardOf } from './reports.service.ts';
import * as repo from './reports.repo.ts';

export const EMPTY_TEXTS: TBulletinTexts = {
  summary: '',
  relevance: '',
  effectiveness: '',
  efficiency: '',
  impact: '',
  sustainability: '',
  bottlenecks: '',
};

async function editionOf(db: Executor, programId: string, asOf: string): Promise<TBulletinEdition> {
  const found = await repo.findEdition(db, programId, asOf);
  if (!found) return { asOf, texts: EMPTY_TEXTS, version: 0, updatedAt: null, updatedByName: null };
  return {
    asOf,
    texts: { ...EMPTY_TEXTS, ...found.edition.texts },
    version: found.edition.version,
    updatedAt: found.edition.updatedAt.toISOString(),
    updatedByName: found.updatedByName,
  };
}

export async function getEdition(options: { db: Db; access: ProgramAccess; asOf: string }) {
  return editionOf(options.db, options.access.programId, options.asOf);
}

/** Saves an edition's texts over the version read (409 when someone saved in between). */
export async function saveEdition(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  asOf: string;
  body: TBulletinEditionInput;
}): Promise<TBulletinEdition> {
  const { access, asOf, body } = options;
  return options.db.transaction(async (tx) => {
    const before = await repo.findEdition(tx, access.programId, asOf);
    const values = {
      programId: access.programId,
      asOf,
      texts: body.texts,
      updatedBy: access.userId,
    };
    const saved =
      body.version === 0
        ? await repo.insertEdition(tx, values)
        : await repo.updateEdition(tx, { ...values, version: body.version });
    if (!saved)
      throw new AppError('conflict', { params: { version: before?.edition.version ?? 0 } });
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'bulletin.save',
      entityType: 'bulletin_edition',
      entityId: saved.id,
      programId: access.programId,
      before: before ? { texts: before.edition.texts, version: before.edition.version } : null,
      after: { texts: saved.texts, version: saved.version },
    });
    return editionOf(tx, access.programId, asOf);
  });
}

export async function buildBulletin(options: {
  db: Db;
  access: ProgramAccess;
  query: TReportQuery;
  today?: string;
}): Promise<TBulletin> {
  const ctx = await reportContext(options);
  const [dashboard, edition] = await Promise.all([
    dashboardOf(ctx),
    editionOf(options.db, ctx.program.id, ctx.filters.asOf),
  ]);
  return {
    ...dashboard,
    language: ctx.language,
    edition,
    bottlenecks: findBottlenecks(ctx, dashboard.figures),
  };
}

/** Thresholds of the bottleneck rules (documented in docs/reports.md). */
export const BOTTLENECK_RULES = {
  /** A city with at least this many cases … */
  minCases: 10,
  /** … and more than this share without a diagnosis. */
  pendingDiagnosisPercent: 30,
  /** Mentor coverage below this share where at least `minCases` ÷ 2 plans need one. */
  mentorCoveragePercent: 50,
  /** A territory below this share of its goal. */
  goalPercent: 80,
  /** One withdrawal reason above this share of all withdrawals. */
  withdrawalReasonPercent: 30,
  /** Activities of a lever done below this share, with at least 20 planned. */
  activitiesDonePercent: 50,
  /** Track completion below this share, with at least 10 enrolled. */
  completionPercent: 60,
} as const;

const r = BOTTLENECK_RULES;
const column = (f: TFigure, key: string) => f.columns.findIndex((c) => c.key === key);
const num = (v: unknown) => (typeof v === 'number' ? v : null);

type Add = (rule: string, params: Record<string, string | number>) => void;
const rowsOf = (f: TFigure) => (f.totalRow ? f.rows.slice(0, -1) : f.rows);

/** Per figure, the rules that read it (a figure without rules shows no bottleneck). */
const RULES: Partial<Record<IndicatorKey, (f: TFigure, add: Add) => void>> = {
  'assessment.diagnoses': (f, add) => {
    const [cases, pending, share] = [
      column(f, 'cases'),
      column(f, 'pending'),
      column(f, 'diagnosedPercent'),
    ];
    for (const row of rowsOf(f)) {
      const n = num(row[cases]);
      const p = num(row[pending]);
      const pct = num(row[share]);
      if (
        n !== null &&
        p !== null &&
        pct !== null &&
        n >= r.minCases &&
        100 - pct > r.pendingDiagnosisPercent
      )
        add('pendingDiagnoses', {
          place: String(row[0]),
          pending: p,
          cases: n,
          percent: Math.round(100 - pct),
        });
    }
  },
  'mentors.coverage': (f, add) => {
    const [need, without, share] = [
      column(f, 'needMentor'),
      column(f, 'withoutMentor'),
      column(f, 'coveredPercent'),
    ];
    for (const row of rowsOf(f)) {
      const n = num(row[need]);
      const pct = num(row[share]);
      if (n !== null && pct !== null && n >= r.minCases / 2 && pct < r.mentorCoveragePercent)
        add('mentorCoverage', {
          place: String(row[0]),
          without: num(row[without]) ?? 0,
          need: n,
          percent: pct,
        });
    }
  },
  'services.uncovered': (f, add) => {
    const [uncovered, cities] = [column(f, 'uncovered'), column(f, 'citiesWithoutService')];
    for (const row of f.rows) {
      const n = num(row[uncovered]);
      if (n !== null && n > 0)
        add('uncoveredLever', {
          lever: String(row[0]),
          plans: n,
          places: String(row[cities] ?? ''),
        });
    }
  },
  'registration.goal': (f, add) => {
    const share = column(f, 'registeredPercent');
    for (const row of rowsOf(f)) {
      const pct = num(row[share]);
      if (pct !== null && pct < r.goalPercent)
        add('belowGoal', { place: String(row[0]), percent: pct });
    }
  },
  'cases.withdrawals': (f, add) => {
    const total = column(f, 'total');
    const rows = rowsOf(f);
    const all = rows.reduce((s, row) => s + (num(row[total]) ?? 0), 0);
    const top = rows[0];
    const n = top ? num(top[total]) : null;
    if (top && n !== null && all >= r.minCases && (n * 100) / all > r.withdrawalReasonPercent)
      add('withdrawalReason', {
        reason: String(top[0]),
        percent: Math.round((n * 100) / all),
        count: n,
      });
  },
  'activities.by_lever': (f, add) => {
    const [planned, share] = [column(f, 'planned'), column(f, 'donePercent')];
    for (const row of rowsOf(f)) {
      const n = num(row[planned]);
      const pct = num(row[share]);
      if (n !== null && pct !== null && n >= 20 && pct < r.activitiesDonePercent)
        add('activitiesBehind', { lever: String(row[0]), percent: pct, planned: n });
    }
  },
  'training.completion': (f, add) => {
    const [enrolled, share] = [column(f, 'enrolled'), column(f, 'completionRate')];
    for (const row of f.rows) {
      const n = num(row[enrolled]);
      const pct = num(row[share]);
      if (n !== null && pct !== null && n >= r.minCases && pct < r.completionPercent)
        add('lowCompletion', { track: String(row[0]), percent: pct, enrolled: n });
    }
  },
  'grants.by_place': (f, add) => {
    const [approved, disbursed] = [column(f, 'approved'), column(f, 'disbursed')];
    const total = f.totalRow ? f.rows.at(-1) : undefined;
    const a = total ? num(total[approved]) : null;
    const d = total ? num(total[disbursed]) : null;
    if (a !== null && d !== null && a > 0 && d * 2 < a)
      add('grantsUndisbursed', { percent: Math.round((d * 1000) / a) / 10 });
  },
};

/** What holds the program back, read from the figures, each as a sentence. */
export function findBottlenecks(ctx: ReportContext, figures: TFigure[]): TBottleneck[] {
  const out: TBottleneck[] = [];
  for (const f of figures)
    RULES[f.key]?.(f, (rule, params) =>
      out.push({
        key: `${f.key}.${rule}`,
        criterion: f.criterion,
        text: ctx.t(`reports.bottlenecks.${rule}`, params),
      }),
    );
  return out;
}

export type { ReportContext };
