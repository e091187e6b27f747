/**
 * The dashboard of the demo programs against counts made here with plain SQL on the same
 * database: every figure of the cases, assessment, mentors, grants and training modules agrees.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDashboard } from '../../../shared/schemas/reports.ts';
import {
  migrateDatabase,
  openDatabase,
  refreshStatistics,
  type Database,
} from '../../db/client.ts';
import type { ProgramAccess } from '../../http/context.ts';
import { loadDemo } from '../demo/demo.repo.ts';
import { loadTerritories } from '../programs/territories.repo.ts';
import { getDashboard } from './reports.service.ts';

let database: Database;
const dashboards = new Map<string, { programId: string; d: TDashboard }>();

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await database.db.execute(query);
  return (result as { rows: T[] }).rows;
}
async function count(query: ReturnType<typeof sql>): Promise<number> {
  return Number((await rows<{ n: number }>(query))[0]?.n ?? 0);
}
function total(d: TDashboard, key: string, column: string): unknown {
  const f = d.figures.find((x) => x.key === key)!;
  const i = f.columns.findIndex((c) => c.key === column);
  const sum = (f.totalRow ? f.rows.slice(0, -1) : f.rows).reduce(
    (s, r) => s + (typeof r[i] === 'number' ? r[i] : 0),
    0,
  );
  if (f.totalRow) expect(f.rows.at(-1)![i], `${key}.${column} total row`).toBe(sum);
  return sum;
}

beforeAll(async () => {
  database = await openDatabase({});
  await migrateDatabase(database);
  await loadTerritories(database.db);
  const demo = await loadDemo({ db: database.db });
  await refreshStatistics(database.db);
  for (const programId of demo.programIds) {
    const access: ProgramAccess = {
      programId,
      organizationId: demo.organizationId,
      userId: '',
      role: 'coordinator',
      scope: { type: 'program', cities: [], localities: [] },
    };
    const d = await getDashboard({ db: database.db, access, query: { language: 'es' } });
    dashboards.set(d.program.code, { programId, d });
  }
}, 120_000);
afterAll(() => database.close());

describe('the demo dashboards agree with plain counts', () => {
  it('PAM-2026-2: registered, status, withdrawals, sex and weekly series', async () => {
    const { programId, d } = dashboards.get('PAM-2026-2')!;
    const inProgram = sql`program_id = ${programId}`;
    const registered = await count(sql`select count(*)::int n from cases where ${inProgram}`);
    expect(registered).toBeGreaterThan(5000);
    expect(total(d, 'cases.status', 'registered')).toBe(registered);
    for (const status of ['active', 'withdrawn', 'completed'])
      expect(total(d, 'cases.status', status), status).toBe(
        await count(
          sql`select count(*)::int n from cases where ${inProgram} and status = ${status}`,
        ),
      );
    const perCity = await rows<{ name: string; n: number }>(sql`
      select m.name, count(*)::int n from cases c join municipalities m on m.code = c.municipality_code
      where c.program_id = ${programId} group by 1`);
    const status = d.figures.find((f) => f.key === 'cases.status')!;
    for (const c of perCity)
      expect(status.rows.find((r) => r[0] === c.name)?.[1], c.name).toBe(c.n);
    expect(total(d, 'cases.withdrawals', 'total')).toBe(
      await count(
        sql`select count(*)::int n from cases where ${inProgram} and status = 'withdrawn'`,
      ),
    );
    const women = await count(sql`
      select count(*)::int n from cases c join owners o on o.business_id = c.business_id
      where c.program_id = ${programId} and o.sex = 'F'`);
    const sex = d.figures.find((f) => f.key === 'people.by_sex')!;
    expect(sex.rows.find((r) => r[0] === 'Mujeres')?.[1]).toBe(women);
    const weekly = d.figures.find((f) => f.key === 'registration.weekly')!;
    expect(weekly.rows.at(-1)!.at(-1)).toBe(registered);
    expect(total(d, 'registration.weekly', 'registered')).toBe(registered);
    expect(d.summary.find((s) => s.key === 'registered')!.value).toBe(registered);
  });

  it('PAM-2026-2: diagnoses, levels, plans, activities and mentor coverage', async () => {
    const { programId, d } = dashboards.get('PAM-2026-2')!;
    const open = sql`c.program_id = ${programId} and c.status <> 'withdrawn'`;
    const diagnosed = await count(sql`
      select count(*)::int n from cases c where ${open}
      and exists (select 1 from diagnoses x where x.case_id = c.id)`);
    expect(diagnosed).toBeGreaterThan(1000);
    expect(total(d, 'assessment.diagnoses', 'diagnosed')).toBe(diagnosed);
    expect(total(d, 'assessment.diagnoses', 'cases')).toBe(
      await count(sql`select count(*)::int n from cases c where ${open}`),
    );
    // Every diagnosed case has a level for each lever of its diagnosis.
    const levels = d.figures.find((f) => f.key === 'assessment.levels')!;
    const leverCells = levels.rows.reduce(
      (s, r) => s + r.slice(1).reduce<number>((a, v) => a + Number(v), 0),
      0,
    );
    expect(leverCells).toBe(
      await count(sql`
        select count(*)::int n from cases c join diagnoses x on x.case_id = c.id and x.is_current
        cross join lateral jsonb_object_keys(x.levels) where ${open}`),
    );
    expect(total(d, 'plans.designed', 'designed')).toBe(
      await count(
        sql`select count(*)::int n from cases c join plans p on p.case_id = c.id and p.is_current where ${open}`,
      ),
    );
    const activities = await rows<{ planned: number; done: number }>(sql`
      select count(*)::int planned, count(*) filter (where a.status = 'done')::int done
      from cases c join plans p on p.case_id = c.id and p.is_current
      join plan_activities a on a.plan_id = p.id where ${open}`);
    expect(total(d, 'activities.by_city', 'planned')).toBe(activities[0]!.planned);
    expect(total(d, 'activities.by_lever', 'done')).toBe(activities[0]!.done);
    const need = await rows<{ need: number; with_mentor: number }>(sql`
      select count(*)::int need, count(*) filter (where c.mentor_id is not null)::int with_mentor
      from cases c where ${open} and c.needs_mentor and c.plan_state is not null`);
    expect(total(d, 'mentors.coverage', 'needMentor')).toBe(need[0]!.need);
    expect(total(d, 'mentors.coverage', 'withMentor')).toBe(need[0]!.with_mentor);
  });

  it('CAP-BOG-2026: grants reconcile with the ledger, training with enrollment, places are localities', async () => {
    const { programId, d } = dashboards.get('CAP-BOG-2026')!;
    const grants = await rows<{ n: number; approved: string; ledger: string }>(sql`
      select count(*)::int n, coalesce(sum(approved_minor), 0)::text approved,
             (select coalesce(sum(amount_minor), 0) from grant_disbursements where program_id = ${programId})::text ledger
      from grants where program_id = ${programId}`);
    expect(grants[0]!.n).toBeGreaterThan(0);
    expect(total(d, 'grants.by_place', 'grants')).toBe(grants[0]!.n);
    expect(total(d, 'grants.by_place', 'approved')).toBe(Number(grants[0]!.approved));
    expect(total(d, 'grants.by_place', 'disbursed')).toBe(Number(grants[0]!.ledger));
    const enrolled = await count(sql`
      select count(distinct e.case_id)::int n from training_enrollments e
      join training_sessions s on s.id = e.session_id
      where e.program_id = ${programId} and s.starts_at < now()`);
    expect(total(d, 'training.completion', 'enrolled')).toBe(enrolled);
    const status = d.figures.find((f) => f.key === 'cases.status')!;
    expect(status.map?.level).toBe('locality');
  });
});
