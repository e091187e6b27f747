/**
 * Bulletin workload: every figure of the bulletin as JSON for the demo program (about 6,000
 * businesses, on in-memory PGlite), its PDF with maps, and the JSON again once the program has
 * been grown to about 100,000 businesses by copying its businesses, owners, cases, stage
 * changes, diagnoses, plans and activities (same shapes and proportions, new ids).
 */
import { sql, type SQL } from 'drizzle-orm';
import { migrateDatabase, openDatabase, refreshStatistics, type Db } from '../server/db/client.ts';
import type { ProgramAccess } from '../server/http/context.ts';
import { loadDemo } from '../server/modules/demo/demo.repo.ts';
import { loadMapContext } from '../server/modules/geo/geo.service.ts';
import { findProgram } from '../server/modules/programs/programs.repo.ts';
import { loadTerritories } from '../server/modules/programs/territories.repo.ts';
import { buildBulletin } from '../server/modules/reports/bulletin.service.ts';
import { renderBulletin } from '../server/modules/reports/render/index.ts';

/** Progress on stderr: the JSON line stays the last line of stdout. */
const note = (msg: string) => process.stderr.write(`[bulletin] ${msg}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeJson(db: Db, access: ProgramAccess, runs: number) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const bulletin = await buildBulletin({ db, access, query: { language: 'es' } });
    const json = JSON.stringify(bulletin);
    times.push((performance.now() - t) / 1000);
    bytes = json.length;
  }
  return { seconds: median(times), first: times[0]!, bytes };
}

/** Inserts copies of rows (`t` in `from`), every column as it is but those replaced by an expression. */
async function cloneRows(db: Db, table: string, from: SQL, replace: Record<string, string>) {
  const result: unknown = await db.execute(
    sql`select column_name as name from information_schema.columns
        where table_name = ${table} and is_generated = 'NEVER' order by ordinal_position`,
  );
  const columns = (result as { rows: Array<{ name: string }> }).rows.map((r) => r.name);
  const values = columns.map((c) => replace[c] ?? `t.${c}`);
  await db.execute(
    sql`insert into ${sql.raw(table)} (${sql.raw(columns.join(', '))}) select ${sql.raw(values.join(', '))} ${from}`,
  );
}

/** Copies the program's case data `copies` times with fresh ids (one statement per table). */
export async function grow(db: Db, programId: string, copies: number) {
  const t0 = performance.now();
  const step = (what: string) =>
    note(`  ${what} at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await db.execute(sql`
    create temp table clone_map as
    select c.business_id as old_business, c.id as old_case, k,
           gen_random_uuid() as new_business, gen_random_uuid() as new_case
    from cases c cross join generate_series(1, ${copies}) k where c.program_id = ${programId}`);
  await db.execute(sql`
    insert into businesses (id, organization_id, name, ciiu_code, municipality_code, locality_code, address, started_on, created_at, updated_at)
    select m.new_business, b.organization_id, b.name || ' ' || m.k, b.ciiu_code, b.municipality_code, b.locality_code, b.address, b.started_on, b.created_at, b.updated_at
    from clone_map m join businesses b on b.id = m.old_business`);
  await db.execute(sql`
    insert into owners (business_id, id, first_names, last_names, document_type, document_number, sex, birth_date, phone, email, head_of_household, disability, conflict_victim, ethnic_group, created_at, updated_at)
    select m.new_business, gen_random_uuid(), o.first_names, o.last_names, o.document_type, o.document_number || '-' || m.k, o.sex, o.birth_date, null, null, o.head_of_household, o.disability, o.conflict_victim, o.ethnic_group, o.created_at, o.updated_at
    from clone_map m join owners o on o.business_id = m.old_business`);
  step('owners');
  await db.execute(sql`
    insert into cases (business_id, id, program_id, stage, status, facilitator_id, supervisor_id, case_coordinator_id, mentor_id, municipality_code, locality_code, business_name, owner_name, priority_groups, registered_at, stage_entered_at, encounter_count, encounters_in_stage, last_encounter_on, next_step, next_step_due_on, withdrawn_at, withdrawal_reason, withdrawal_note, completed_at, overall_level, needs_mentor, plan_state, plan_completed, version, created_at, updated_at)
    select m.new_business, m.new_case, c.program_id, c.stage, c.status, c.facilitator_id, c.supervisor_id, c.case_coordinator_id, c.mentor_id, c.municipality_code, c.locality_code, c.business_name, c.owner_name, c.priority_groups, c.registered_at, c.stage_entered_at, c.encounter_count, c.encounters_in_stage, c.last_encounter_on, c.next_step, c.next_step_due_on, c.withdrawn_at, c.withdrawal_reason, c.withdrawal_note, c.completed_at, c.overall_level, c.needs_mentor, c.plan_state, c.plan_completed, c.version, c.created_at, c.updated_at
    from clone_map m join cases c on c.id = m.old_case`);
  await db.execute(sql`
    insert into case_events (business_id, id, case_id, program_id, kind, at, actor_id, detail)
    select m.new_business, gen_random_uuid(), m.new_case, e.program_id, e.kind, e.at, e.actor_id, e.detail
    from clone_map m join case_events e on e.case_id = m.old_case`);
  step('case events');
  await db.execute(sql`
    insert into diagnoses (business_id, id, case_id, program_id, assessment_id, questionnaire_version, levers, levels, overall_score, original_overall_level, overall_level, needs_mentor, is_current, created_by, created_at)
    select m.new_business, gen_random_uuid(), m.new_case, d.program_id, gen_random_uuid(), d.questionnaire_version, d.levers, d.levels, d.overall_score, d.original_overall_level, d.overall_level, d.needs_mentor, d.is_current, d.created_by, d.created_at
    from clone_map m join diagnoses d on d.case_id = m.old_case`);
  step('diagnoses');
  await db.execute(sql`
    create temp table plan_map as
    select p.id as old_plan, m.k, m.new_case, m.new_business, gen_random_uuid() as new_plan
    from clone_map m join plans p on p.case_id = m.old_case`);
  await cloneRows(db, 'plans', sql`from plan_map pm join plans t on t.id = pm.old_plan`, {
    business_id: 'pm.new_business',
    id: 'pm.new_plan',
    case_id: 'pm.new_case',
  });
  step('plans');
  await cloneRows(
    db,
    'plan_activities',
    sql`from plan_map pm join plan_activities t on t.plan_id = pm.old_plan`,
    {
      business_id: 'pm.new_business',
      id: 'gen_random_uuid()',
      plan_id: 'pm.new_plan',
      case_id: 'pm.new_case',
    },
  );
  step('activities');
  await db.execute(sql`drop table clone_map`);
  await db.execute(sql`drop table plan_map`);
  await refreshStatistics(db);
}

/**
 * On in-memory PGlite by default; with `url` (an empty PostgreSQL database) on that server, the
 * production setting for a program of 100,000 businesses.
 */
export async function bulletinWorkload(options: { url?: string } = {}) {
  const database = await openDatabase(options.url ? { url: options.url } : {});
  const { db } = database;
  await migrateDatabase(database);
  await loadTerritories(db);
  const demo = await loadDemo({ db });
  await refreshStatistics(db);
  const programId = demo.programIds[0]!;
  const program = await findProgram(db, programId);
  const access: ProgramAccess = {
    programId,
    organizationId: demo.organizationId,
    userId: '',
    role: 'coordinator',
    scope: { type: 'program', cities: [], localities: [] },
  };
  const count = async () => {
    const r: unknown = await db.execute(
      sql`select count(*)::int as n from cases where program_id = ${programId}`,
    );
    return (r as { rows: Array<{ n: number }> }).rows[0]!.n;
  };
  const demoCases = await count();
  note(`demo loaded: ${demoCases} cases`);
  const demoJson = await timeJson(db, access, 5);
  note(`demo JSON ${demoJson.seconds.toFixed(3)} s`);

  const bulletin = await buildBulletin({ db, access, query: { language: 'es' } });
  let t = performance.now();
  const pdf = await renderBulletin({ bulletin, format: 'pdf', maps: loadMapContext() });
  const pdfRender = (performance.now() - t) / 1000;
  t = performance.now();
  await renderBulletin({
    bulletin: await buildBulletin({ db, access, query: { language: 'es' } }),
    format: 'pdf',
    maps: loadMapContext(),
  });
  const pdfSeconds = (performance.now() - t) / 1000;
  note(`PDF ${pdfSeconds.toFixed(2)} s`);

  t = performance.now();
  await grow(db, programId, Math.ceil(100_000 / demoCases) - 1);
  const growSeconds = (performance.now() - t) / 1000;
  note(`grown in ${growSeconds.toFixed(1)} s`);
  const bigCases = await count();
  const bigJson = await timeJson(db, access, 3);
  await database.close();
  return {
    database: database.kind,
    program: program!.code,
    demoCases,
    demoJson,
    pdfSeconds,
    pdfRender,
    pdfBytes: (pdf.body as Buffer).length,
    figures: bulletin.figures.length,
    bigCases,
    bigJson,
    growSeconds,
  };
}
