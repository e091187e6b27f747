/**
 * The compute side of the indicator catalog (shared/domain/reports/catalog.ts): one function per
 * key, each reading the figures its domain module already computes (cases, registration,
 * assessment, mentors and services, grants, training) over the report's cases and moment.
 * Adding a figure: a key in the catalog, its texts, and an entry here.
 */
import type { IndicatorKey } from '../../../shared/domain/reports/catalog.ts';
import { LEVELS } from '../../../shared/schemas/assessment.ts';
import type { TCell, TFigure } from '../../../shared/schemas/reports.ts';
import { getAssessmentReport } from '../assessment/report.service.ts';
import * as casesRepo from '../cases/cases.repo.ts';
import { getGrantReport } from '../grants/grants.report.ts';
import { applicantScope } from '../registration/registration.policy.ts';
import { listCalls } from '../registration/calls.repo.ts';
import * as registrationReport from '../registration/report.repo.ts';
import { getEcosystemCoverage } from '../services/ecosystem.service.ts';
import { getTrainingReport } from '../training/progress.service.ts';
import * as trainingRepo from '../training/training.repo.ts';
import type { ReportContext } from './context.ts';
import {
  bars,
  buildFigure,
  percent,
  stacked,
  totalOf,
  type ColumnSpec,
  type FigureBody,
} from './figure.ts';

type Compute = (ctx: ReportContext) => Promise<FigureBody>;

const count = (key: string, label?: string): ColumnSpec => ({
  key,
  kind: 'count',
  ...(label === undefined ? {} : { label }),
});
const label = (key: string): ColumnSpec => ({ key, kind: 'label' });
const pct = (key: string): ColumnSpec => ({ key, kind: 'percent' });
const money = (key: string): ColumnSpec => ({ key, kind: 'money' });

/**
 * Rows with a total row: counts and money summed; each percentage `[column, numerator,
 * denominator]` worked out again from the totals.
 */
function withTotal(
  ctx: ReportContext,
  columns: ColumnSpec[],
  rows: TCell[][],
  percents: Array<[number, number, number]> = [],
): FigureBody {
  // A single row is its own total.
  if (rows.length <= 1) return { columns, rows, totalRow: false };
  const total = totalOf(
    rows,
    ctx.t('reports.values.total'),
    columns.map((c) => c.kind),
  );
  for (const [column, numerator, denominator] of percents)
    total[column] = percent(Number(total[numerator] ?? 0), Number(total[denominator] ?? 0));
  return { columns, rows: [...rows, total], totalRow: true };
}

/** A map of the rows' cities (the codes in row order; the total row has none). */
function cityMap(codes: string[], column: number) {
  return { level: 'city' as const, codes: [...codes, null], column };
}

const assessment = (ctx: ReportContext) =>
  ctx.once('assessment', () =>
    getAssessmentReport({ db: ctx.db, access: ctx.access, filter: {}, population: ctx.population }),
  );
const ecosystem = (ctx: ReportContext) =>
  ctx.once('ecosystem', () =>
    getEcosystemCoverage({
      db: ctx.db,
      programId: ctx.program.id,
      scope: ctx.population.where,
      municipalityCode: ctx.filters.municipalityCode ?? undefined,
    }),
  );
const statusByPlace = (ctx: ReportContext) =>
  ctx.once('status', () => casesRepo.statusByPlace(ctx.db, ctx.population));

/** Group rows of places by city, or by locality when every case is in one city with localities. */
function byPlace<T extends { municipalityCode: string; localityCode: string | null }>(
  ctx: ReportContext,
  rows: T[],
) {
  const cities = new Set(rows.map((r) => r.municipalityCode));
  const byLocality =
    cities.size === 1 &&
    rows.every((r) => r.localityCode !== null) &&
    ctx.localities.some((l) => cities.has(l.municipalityCode));
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const key = byLocality ? r.localityCode! : r.municipalityCode;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    (byLocality ? ctx.localityName(a) : ctx.cityName(a)).localeCompare(
      byLocality ? ctx.localityName(b) : ctx.cityName(b),
      'es',
    ),
  );
  return {
    level: byLocality ? ('locality' as const) : ('city' as const),
    groups: keys.map((code) => ({
      code,
      name: byLocality ? ctx.localityName(code) : ctx.cityName(code),
      rows: groups.get(code)!,
    })),
  };
}

const sortedCities = <T extends { municipalityCode: string }>(ctx: ReportContext, rows: T[]) =>
  [...rows].sort((a, b) =>
    ctx.cityName(a.municipalityCode).localeCompare(ctx.cityName(b.municipalityCode), 'es'),
  );

export const COMPUTE: Record<IndicatorKey, Compute> = {
  'registration.weekly': async (ctx) => {
    const weekly = await ctx.once('weekly', () => casesRepo.weeklyByCity(ctx.db, ctx.population));
    const cities = [...new Set(weekly.map((w) => w.municipalityCode))].sort((a, b) =>
      ctx.cityName(a).localeCompare(ctx.cityName(b), 'es'),
    );
    const weeks = new Map<string, Map<string, number>>();
    for (const w of weekly) {
      const row = weeks.get(w.week) ?? new Map<string, number>();
      row.set(w.municipalityCode, w.registered);
      weeks.set(w.week, row);
    }
    let cumulative = 0;
    const rows: TCell[][] = [];
    // The period starts at `from`; the cumulative counts from the first registration.
    const fromWeek = ctx.filters.from;
    for (const [week, perCity] of [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const total = cities.reduce((s, c) => s + (perCity.get(c) ?? 0), 0);
      cumulative += total;
      const weekEnd = new Date(Date.parse(`${week}T00:00:00Z`) + 6 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      if (weekEnd < fromWeek) continue;
      rows.push([week, ...cities.map((c) => perCity.get(c) ?? 0), total, cumulative]);
    }
    const columns = [
      label('week'),
      ...cities.map((c) => count(`city_${c}`, ctx.cityName(c))),
      count('registered'),
      count('cumulative'),
    ];
    return {
      columns,
      rows,
      chart: {
        series: [
          ...stacked(
            cities.map((_, i) => i + 1),
            'week',
          ),
          { column: cities.length + 2, type: 'line', stack: null },
        ],
      },
    };
  },

  'registration.goal': async (ctx) => {
    const counts = await ctx.once('applicants', () =>
      registrationReport.applicantsByTerritory(ctx.db, {
        programId: ctx.program.id,
        scope: applicantScope(ctx.access),
        before: ctx.population.before,
        municipalityCode: ctx.filters.municipalityCode ?? undefined,
        localityCode: ctx.filters.localityCode ?? undefined,
      }),
    );
    const [calls, places] = await Promise.all([
      ctx.once('calls', () => listCalls(ctx.db, ctx.program.id)),
      statusByPlace(ctx),
    ]);
    // Cases per territory: the locality where the program counts by locality, else the city.
    const casesIn = new Map<string, number>();
    for (const p of places)
      for (const code of [p.municipalityCode, p.localityCode])
        if (code) casesIn.set(code, (casesIn.get(code) ?? 0) + p.registered);
    const byCode = new Map(counts.map((c) => [c.territoryCode, c]));
    const territories = territoryGoals(ctx).filter(
      (g) =>
        (!ctx.filters.municipalityCode || g.municipalityCode === ctx.filters.municipalityCode) &&
        (!ctx.filters.localityCode || g.code === ctx.filters.localityCode),
    );
    // A program whose businesses came without a call in Palanca has no applicants to count:
    // the column says so (empty) rather than showing a false zero.
    const noCalls = calls.length === 0;
    const rows = territories.map((g) => {
      const applicants = noCalls ? null : (byCode.get(g.code)?.registered ?? 0);
      const registered = casesIn.get(g.code) ?? 0;
      return [
        g.name,
        g.goal,
        applicants,
        registered,
        applicants === null ? null : percent(applicants, g.goal ?? 0),
        percent(registered, g.goal ?? 0),
      ];
    });
    const columns = [
      label('territory'),
      count('goal'),
      count('applicants'),
      count('registered'),
      pct('applicantsPercent'),
      pct('registeredPercent'),
    ];
    const body = withTotal(
      ctx,
      columns,
      rows,
      noCalls
        ? [[5, 3, 1]]
        : [
            [4, 2, 1],
            [5, 3, 1],
          ],
    );
    if (noCalls && body.rows.length > 1) body.rows.at(-1)![2] = null;
    const level = territories.every((g) => g.code.includes('-')) ? 'locality' : 'city';
    return {
      ...body,
      chart: { series: noCalls ? bars([1, 3]) : bars([1, 2, 3]) },
      map: { level, codes: [...territories.map((g) => g.code), null], column: 3 },
    };
  },

  'cases.status': async (ctx) => {
    const places = byPlace(ctx, await statusByPlace(ctx));
    const rows = places.groups.map((g) => {
      const sum = (k: 'registered' | 'active' | 'withdrawn' | 'completed') =>
        g.rows.reduce((s, r) => s + r[k], 0);
      return [g.name, sum('registered'), sum('active'), sum('withdrawn'), sum('completed')];
    });
    const columns = [
      label('place'),
      count('registered'),
      count('active'),
      count('withdrawn'),
      count('completed'),
    ];
    return {
      ...withTotal(ctx, columns, rows),
      chart: { series: stacked([2, 3, 4]) },
      map: { level: places.level, codes: [...places.groups.map((g) => g.code), null], column: 1 },
    };
  },

  'cases.withdrawals': async (ctx) => {
    const data = await casesRepo.withdrawalsByReasonAndStage(ctx.db, ctx.population);
    const stages = ctx.settings.stages
      .map((s) => s.id)
      .filter((id) => data.some((d) => d.stage === id));
    for (const d of data) if (!stages.includes(d.stage)) stages.push(d.stage);
    const reasons = [...new Set(data.map((d) => d.reason ?? 'no_reason'))];
    const rows = reasons
      .map((reason) => {
        const cells = stages.map((stage) =>
          data
            .filter((d) => (d.reason ?? 'no_reason') === reason && d.stage === stage)
            .reduce((s, d) => s + d.count, 0),
        );
        return [ctx.reasonName(reason), ...cells, cells.reduce((s, n) => s + n, 0)];
      })
      .sort((a, b) => Number(b.at(-1)) - Number(a.at(-1)));
    const columns = [
      label('reason'),
      ...stages.map((s) => count(`stage_${s}`, ctx.stageName(s))),
      count('total'),
    ];
    return {
      ...withTotal(ctx, columns, rows),
      chart: { series: stacked(stages.map((_, i) => i + 1)), horizontal: true },
    };
  },

  'cases.stages': async (ctx) => {
    const data = await casesRepo.casesByStageAndCity(ctx.db, ctx.population);
    const stages = ctx.settings.stages.map((s) => s.id);
    for (const d of data) if (!stages.includes(d.stage)) stages.push(d.stage);
    const cities = sortedCities(
      ctx,
      [...new Set(data.map((d) => d.municipalityCode))].map((municipalityCode) => ({
        municipalityCode,
      })),
    ).map((c) => c.municipalityCode);
    const rows = cities.map((city) => {
      const cells = stages.map(
        (stage) => data.find((d) => d.municipalityCode === city && d.stage === stage)?.count ?? 0,
      );
      return [ctx.cityName(city), ...cells, cells.reduce((s, n) => s + n, 0)];
    });
    const columns = [
      label('city'),
      ...stages.map((s) => count(`stage_${s}`, ctx.stageName(s))),
      count('active'),
    ];
    return {
      ...withTotal(ctx, columns, rows),
      chart: { series: stacked(stages.map((_, i) => i + 1)), horizontal: true },
    };
  },

  'people.by_sex': async (ctx) => {
    const data = await casesRepo.peopleBy(ctx.db, ctx.population, 'sex');
    const registered = data.reduce((s, d) => s + d.registered, 0);
    const rows = ['F', 'M', 'X']
      .map((sex) => data.find((d) => d.key === sex))
      .filter((d) => d !== undefined)
      .map((d) => [
        ctx.t(`reports.values.sex.${d.key}`),
        ...peopleCells(d),
        percent(d.registered, registered),
      ]);
    return {
      ...withTotal(ctx, PEOPLE_COLUMNS_SHARE, rows, [[7, 1, 1]]),
      chart: { series: bars([1, 2, 4, 5]) },
    };
  },

  'people.by_priority_group': async (ctx) => {
    const data = await casesRepo.peopleBy(ctx.db, ctx.population, 'group');
    const total = await statusByPlace(ctx);
    const registered = total.reduce((s, d) => s + d.registered, 0);
    // A case counts in each of its groups: no total row, the shares are of all registered.
    const rows = data
      .sort((a, b) => (a.key === 'none' ? 1 : b.key === 'none' ? -1 : b.registered - a.registered))
      .map((d) => [
        ctx.t(`reports.values.groups.${d.key}`),
        ...peopleCells(d),
        percent(d.registered, registered),
      ]);
    return {
      columns: PEOPLE_COLUMNS_SHARE,
      rows,
      chart: { series: bars([1, 2, 4, 5]), horizontal: true },
    };
  },

  'assessment.diagnoses': async (ctx) => {
    const report = await assessment(ctx);
    const rows = sortedCities(ctx, report.diagnosesByCity);
    const columns = [
      label('city'),
      count('cases'),
      count('diagnosed'),
      count('pending'),
      pct('diagnosedPercent'),
    ];
    const body = withTotal(
      ctx,
      columns,
      rows.map((r) => [
        ctx.cityName(r.municipalityCode),
        r.cases,
        r.diagnosed,
        r.pending,
        percent(r.diagnosed, r.cases),
      ]),
      [[4, 2, 1]],
    );
    return {
      ...body,
      chart: { series: stacked([2, 3]) },
      map: cityMap(
        rows.map((r) => r.municipalityCode),
        2,
      ),
    };
  },

  'assessment.levels': async (ctx) => {
    const report = await assessment(ctx);
    const rows = report.levelsByLever
      .filter((l) => LEVELS.some((level) => l.counts[level] > 0))
      .map((l) => [ctx.leverName(l.lever), ...LEVELS.map((level) => l.counts[level])]);
    return {
      columns: [
        label('lever'),
        ...LEVELS.map((level) => count(`level_${level}`, ctx.t(`levels.${level}`))),
      ],
      rows,
      chart: { series: stacked(LEVELS.map((_, i) => i + 1)), horizontal: true },
    };
  },

  'plans.designed': async (ctx) => {
    const report = await assessment(ctx);
    const rows = sortedCities(ctx, report.plansByCity).filter((r) => r.designed > 0);
    return {
      ...withTotal(
        ctx,
        [label('city'), count('designed'), count('presented'), count('needMentor')],
        rows.map((r) => [ctx.cityName(r.municipalityCode), r.designed, r.presented, r.needMentor]),
      ),
      map: cityMap(
        rows.map((r) => r.municipalityCode),
        1,
      ),
    };
  },

  'activities.by_city': async (ctx) => {
    const report = await assessment(ctx);
    const rows = sortedCities(
      ctx,
      report.activitiesByCity.map((r) => ({ ...r, municipalityCode: r.key })),
    );
    return withTotal(
      ctx,
      ACTIVITY_COLUMNS('city'),
      rows.map((r) => [
        ctx.cityName(r.key),
        r.planned,
        r.recorded,
        r.done,
        percent(r.done, r.planned),
      ]),
      [[4, 3, 1]],
    );
  },

  'activities.by_lever': async (ctx) => {
    const report = await assessment(ctx);
    const order = new Map(ctx.levers.map((l, i) => [l, i]));
    const rows = [...report.activitiesByLever].sort(
      (a, b) => (order.get(a.key) ?? 99) - (order.get(b.key) ?? 99),
    );
    return {
      ...withTotal(
        ctx,
        ACTIVITY_COLUMNS('lever'),
        rows.map((r) => [
          ctx.leverName(r.key),
          r.planned,
          r.recorded,
          r.done,
          percent(r.done, r.planned),
        ]),
        [[4, 3, 1]],
      ),
      chart: { series: bars([1, 2, 3]), horizontal: true },
    };
  },

  'mentors.coverage': async (ctx) => {
    const report = await ecosystem(ctx);
    const rows = sortedCities(ctx, report.mentorsByCity).filter((r) => r.needMentor > 0);
    const body = withTotal(
      ctx,
      [
        label('city'),
        count('needMentor'),
        count('withMentor'),
        count('withoutMentor'),
        pct('coveredPercent'),
      ],
      rows.map((r) => [
        ctx.cityName(r.municipalityCode),
        r.needMentor,
        r.withMentor,
        r.withoutMentor,
        r.coveredPercent,
      ]),
      [[4, 2, 1]],
    );
    return {
      ...body,
      chart: { series: stacked([2, 3]) },
      map: cityMap(
        rows.map((r) => r.municipalityCode),
        3,
      ),
    };
  },

  'services.by_city': async (ctx) => {
    const report = await ecosystem(ctx);
    const rows: TCell[][] = sortedCities(ctx, report.servicesByCity).map((r) => [
      ctx.cityName(r.municipalityCode),
      r.local.active,
      r.local.toActivate,
      report.national.active,
      report.national.toActivate,
    ]);
    return {
      columns: [
        label('city'),
        count('localActive'),
        count('localToActivate'),
        count('nationalActive'),
        count('nationalToActivate'),
      ],
      rows,
      chart: { series: [...stacked([1, 2], 'local'), ...stacked([3, 4], 'national')] },
    };
  },

  'services.uncovered': async (ctx) => {
    const report = await ecosystem(ctx);
    const order = new Map(ctx.levers.map((l, i) => [l, i]));
    const levers = [...new Set(report.coverage.map((c) => c.lever))].sort(
      (a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99),
    );
    const rows = levers
      .map((lever) => {
        const cells = report.coverage.filter((c) => c.lever === lever);
        const sum = (k: 'plansNeeding' | 'plansLinked' | 'uncovered') =>
          cells.reduce((s, c) => s + c[k], 0);
        const bare = cells
          .filter((c) => c.uncovered > 0)
          .map((c) => ctx.cityName(c.municipalityCode))
          .sort((a, b) => a.localeCompare(b, 'es'));
        return [
          ctx.leverName(lever),
          sum('plansNeeding'),
          sum('plansLinked'),
          sum('uncovered'),
          bare.length > 0 ? bare.join(', ') : null,
        ];
      })
      .filter((r) => Number(r[1]) > 0);
    return {
      columns: [
        label('lever'),
        count('plansNeeding'),
        count('plansLinked'),
        count('uncovered'),
        label('citiesWithoutService'),
      ],
      rows,
      chart: { series: bars([2, 3]), horizontal: true },
    };
  },

  'grants.by_place': async (ctx) => {
    const report = await ctx.once('grants', () =>
      getGrantReport({
        db: ctx.db,
        access: ctx.access,
        municipalityCode: ctx.filters.municipalityCode ?? undefined,
        population: ctx.population,
      }),
    );
    const named = report.byLocality
      .map((r) => ({ ...r, name: ctx.localityName(r.key) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'es'));
    const columns = [
      label('place'),
      count('grants'),
      money('approved'),
      money('disbursed'),
      money('executed'),
      count('pendingSettlement'),
    ];
    const level = named.every((r) => r.key.includes('-')) ? 'locality' : 'city';
    return {
      ...withTotal(
        ctx,
        columns,
        named.map((r) => [
          r.name,
          r.grants,
          r.approvedMinor,
          r.disbursedMinor,
          r.executedMinor,
          r.pendingSettlement,
        ]),
      ),
      chart: { series: bars([2, 3, 4]) },
      map: { level, codes: [...named.map((r) => r.key), null], column: 1 },
      currency: report.currency,
    };
  },

  'training.completion': async (ctx) => {
    const tracks = await trainingRepo.tracksOf(ctx.db, ctx.program.id);
    const reports = [];
    for (const track of tracks)
      reports.push(
        await getTrainingReport({
          db: ctx.db,
          access: ctx.access,
          query: { trackId: track.id },
          population: ctx.population,
        }),
      );
    const rows = reports
      .filter((r) => r.total.enrolled > 0)
      .map((r) => {
        const women = r.bySex.find((s) => s.sex === 'F');
        return [
          r.trackName,
          r.total.enrolled,
          r.total.attended,
          r.total.completed,
          r.total.completionRate,
          women?.completed ?? 0,
        ];
      });
    return {
      columns: [
        label('track'),
        count('enrolled'),
        count('attended'),
        count('completedTrack'),
        pct('completionRate'),
        count('womenCompleted'),
      ],
      rows,
      chart: { series: bars([1, 2, 3]) },
    };
  },
};

const PEOPLE_COLUMNS_SHARE: ColumnSpec[] = [
  label('group'),
  count('registered'),
  count('active'),
  count('withdrawn'),
  count('diagnosed'),
  count('planned'),
  count('mentored'),
  pct('shareOfRegistered'),
];

function peopleCells(d: {
  registered: number;
  active: number;
  withdrawn: number;
  diagnosed: number;
  planned: number;
  mentored: number;
}): TCell[] {
  return [d.registered, d.active, d.withdrawn, d.diagnosed, d.planned, d.mentored];
}

const ACTIVITY_COLUMNS = (first: string): ColumnSpec[] => [
  label(first),
  count('planned'),
  count('recorded'),
  count('done'),
  pct('donePercent'),
];

/** The program's goals per territory in the reader's reach: its localities where it has them, else its cities. */
function territoryGoals(ctx: ReportContext) {
  const withLocalities = new Set(ctx.localities.map((l) => l.municipalityCode));
  return [
    ...ctx.cities
      .filter((c) => !withLocalities.has(c.code))
      .map((c) => ({ code: c.code, municipalityCode: c.code, name: c.name, goal: c.goal })),
    ...ctx.localities.map((l) => ({
      code: l.code,
      municipalityCode: l.municipalityCode,
      name: l.name,
      goal: l.goal,
    })),
  ].sort((a, b) => a.name.localeCompare(b.name, 'es'));
}

/** Every figure of the catalog (or the keys asked for), in catalog order. */
export async function computeFigures(
  ctx: ReportContext,
  keys: readonly IndicatorKey[],
): Promise<TFigure[]> {
  // All at once: on a PostgreSQL server the queries run side by side on the pool's connections;
  // PGlite queues them on its one. Module figures used by several indicators are computed once.
  return Promise.all(
    keys.map(async (key) => buildFigure(key, ctx.language, await COMPUTE[key](ctx))),
  );
}
