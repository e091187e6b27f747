/**
 * The researcher's export: one de-identified row per case in the reader's scope, with a data
 * dictionary. Pseudonyms are an HMAC of the case id under a per-program secret, so the same case
 * keeps its pseudonym from one export to the next and nobody can go back without the key.
 * docs/research.md explains what is in the file and what is left out.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { configuredName, translate } from '../../../shared/i18n/index.ts';
import { CURRENCIES, type Currency } from '../../../shared/domain/money/money.ts';
import { trackShare } from '../../../shared/domain/training/completion.ts';
import type { TLocale } from '../../../shared/schemas/auth.ts';
import { LEVELS } from '../../../shared/schemas/assessment.ts';
import { ETHNIC_GROUPS, PRIORITY_GROUPS } from '../../../shared/schemas/registration.ts';
import {
  LEVER_COLUMN_PREFIX,
  RESEARCH_COLUMNS,
  type ResearchColumn,
  type TResearchQuery,
} from '../../../shared/schemas/research.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { loadQuestionnaire } from '../assessment/questionnaire.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { caseScope } from '../cases/cases.policy.ts';
import { loadCaseSettings } from '../cases/settings.service.ts';
import { exportRows, type ExportCell } from '../registration/spreadsheet/index.ts';
import * as trainingRepo from '../training/training.repo.ts';
import * as repo from './research.repo.ts';

/** Hex characters of the HMAC kept: 64 bits, no collision in any realistic program. */
const PSEUDONYM_LENGTH = 16;

/** The pseudonyms under a program's key (hex): the first hex characters of HMAC-SHA256(case id). */
export function pseudonymizer(key: string): (caseId: string) => string {
  const secret = Buffer.from(key, 'hex');
  return (caseId) =>
    createHmac('sha256', secret).update(caseId).digest('hex').slice(0, PSEUDONYM_LENGTH);
}

/** Cases that completed at least one training track of the program. */
async function trainingCompleted(
  tx: Executor,
  options: { programId: string; scope: ReturnType<typeof caseScope> },
): Promise<Set<string>> {
  const tracks = await trainingRepo.tracksOf(tx, options.programId);
  const moduleIds = [...new Set(tracks.flatMap((t) => t.moduleIds))];
  if (moduleIds.length === 0) return new Set();
  const modules = await trainingRepo.modulesOf(tx, options.programId, moduleIds);
  const minutes = await repo.trainingMinutes(tx, { ...options, moduleIds });
  const durations = new Map(modules.map((m) => [m.module.id, m.module.durationMinutes]));
  const perCase = new Map<string, Map<string, number>>();
  for (const r of minutes) {
    const m = perCase.get(r.caseId) ?? new Map<string, number>();
    m.set(r.moduleId, r.minutes);
    perCase.set(r.caseId, m);
  }
  const done = new Set<string>();
  for (const track of tracks) {
    // A module deleted from the program can no longer be completed: neither can its track.
    if (!track.moduleIds.every((id) => durations.has(id))) continue;
    const moduleDurations = track.moduleIds.map((id) => ({
      id,
      durationMinutes: durations.get(id)!,
    }));
    for (const [caseId, perModule] of perCase) {
      if (done.has(caseId)) continue;
      const share = trackShare({
        moduleDurations,
        completionPercent: track.completionPercent,
        minutes: perModule,
      });
      if (share.completed) done.add(caseId);
    }
  }
  return done;
}

const flag = (value: boolean | null): ExportCell => (value === null ? null : value ? 1 : 0);
const wholeUnits = (minor: number | null, currency: string | null): ExportCell => {
  if (minor === null) return null;
  const exponent = CURRENCIES[(currency ?? 'COP') as Currency] ?? 2;
  return Math.round(Number(minor) / 10 ** exponent);
};

/** The data dictionary: each variable, what it means and the codes it takes. */
function dictionary(options: {
  language: TLocale;
  levers: Array<{ id: string; name: string }>;
  stages: Array<{ id: string; name: string }>;
  reasons: Array<{ id: string; name: string }>;
}) {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(options.language, key, params);
  const codes = (pairs: Array<{ id: string; name: string }>) =>
    pairs.map((p) => `${p.id} = ${p.name}`).join('; ');
  const fromKeys = (ids: readonly string[], prefix: string) =>
    codes(ids.map((id) => ({ id, name: t(`${prefix}.${id}`) })));
  const levels = fromKeys(LEVELS, 'levels');
  const values: Record<ResearchColumn, string> = {
    pseudonym: t('research.values.pseudonym'),
    municipality_code: t('research.values.divipola'),
    locality_code: t('research.values.locality'),
    ciiu_code: t('research.values.ciiu'),
    business_start_year: t('research.values.year'),
    owner_birth_year: t('research.values.year'),
    owner_sex: fromKeys(['F', 'M', 'X'], 'ui.reg.sexes'),
    head_of_household: t('research.values.flag'),
    disability: t('research.values.flag'),
    conflict_victim: t('research.values.flag'),
    ethnic_group: fromKeys(ETHNIC_GROUPS, 'ui.reg.ethnicGroups'),
    priority_groups: `${t('research.values.list')} ${fromKeys(PRIORITY_GROUPS, 'ui.reg.priorityGroups')}`,
    registered_week: t('research.values.week'),
    status: fromKeys(['active', 'withdrawn', 'completed'], 'cases.statuses'),
    stage: codes(options.stages),
    withdrawal_reason: codes(options.reasons),
    withdrawn_week: t('research.values.week'),
    overall_level: levels,
    plan_state: fromKeys(['designed', 'presented'], 'research.planStates'),
    needs_mentor: t('research.values.flag'),
    has_mentor: t('research.values.flag'),
    activities_planned: t('research.values.count'),
    activities_done: t('research.values.count'),
    grant_approved_pesos: t('research.values.pesos'),
    grant_disbursed_pesos: t('research.values.pesos'),
    training_completed: t('research.values.flag'),
  };
  const describe = (column: ResearchColumn) => ({
    variable: column,
    description: t(`research.columns.${column}`),
    values: values[column],
  });
  const rows: Array<Record<string, ExportCell>> = [];
  for (const column of RESEARCH_COLUMNS) {
    rows.push(describe(column));
    if (column === 'overall_level')
      for (const lever of options.levers)
        rows.push({
          variable: `${LEVER_COLUMN_PREFIX}${lever.id}`,
          description: t('research.columns.level', { lever: lever.name }),
          values: levels,
        });
  }
  return {
    name: t('research.dictionary.sheet'),
    columns: (['variable', 'description', 'values'] as const).map((key) => ({
      key,
      header: t(`research.dictionary.${key}`),
    })),
    rows,
  };
}

/**
 * The de-identified rows of the cases the reader sees, as .csv or .xlsx (with the dictionary);
 * the key, the reading and the audit event share one transaction.
 */
export async function exportResearchRows(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  query: TResearchQuery;
}): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { db, actor, access } = options;
  const { format, language } = options.query;
  const { programId } = access;
  const scope = caseScope(access);
  const read = await db.transaction(async (tx) => {
    const key = await repo.researchKey(tx, programId, randomBytes(32).toString('hex'));
    // One after another: a transaction has one connection (see loadCall).
    const questionnaire = await loadQuestionnaire(tx, programId);
    const settings = await loadCaseSettings(tx, programId);
    const facts = await repo.researchFacts(tx, { programId, scope });
    const trained = await trainingCompleted(tx, { programId, scope });
    await recordAudit({
      tx,
      actor,
      action: 'report.research_export',
      entityType: 'program',
      entityId: programId,
      programId,
      after: { rows: facts.length, format, language },
    });
    return { key, questionnaire, settings, facts, trained };
  });

  const named = (configured: string, key: string, id: string) =>
    configuredName(language, configured, key, id);
  const levers = read.questionnaire.definition.levers.map((l) => ({
    id: l.id,
    name: named(l.name[language], 'levers', l.id),
  }));
  const leverColumns = levers.map((l) => `${LEVER_COLUMN_PREFIX}${l.id}`);
  const columnKeys = RESEARCH_COLUMNS.flatMap((c) =>
    c === 'overall_level' ? [c, ...leverColumns] : [c],
  );

  const pseudonym = pseudonymizer(read.key);
  const rows = read.facts.map((f) => {
    const levels = f.levels ?? {};
    const row: Record<string, ExportCell> = {
      pseudonym: pseudonym(f.case_id),
      municipality_code: f.municipality_code,
      locality_code: f.locality_code,
      ciiu_code: f.ciiu_code,
      business_start_year: f.business_start_year,
      owner_birth_year: f.owner_birth_year,
      owner_sex: f.owner_sex,
      head_of_household: flag(f.head_of_household),
      disability: flag(f.disability),
      conflict_victim: flag(f.conflict_victim),
      ethnic_group: f.ethnic_group,
      priority_groups: f.priority_groups || null,
      registered_week: f.registered_week,
      status: f.status,
      stage: f.stage,
      withdrawal_reason: f.withdrawal_reason,
      withdrawn_week: f.withdrawn_week,
      overall_level: f.overall_level,
      plan_state: f.plan_state,
      needs_mentor: flag(f.needs_mentor),
      has_mentor: flag(f.has_mentor),
      activities_planned: f.activities_planned,
      activities_done: f.activities_done,
      grant_approved_pesos: wholeUnits(f.grant_approved_minor, f.grant_currency),
      grant_disbursed_pesos: wholeUnits(f.grant_disbursed_minor, f.grant_currency),
      training_completed: flag(read.trained.has(f.case_id)),
    };
    for (const lever of levers) row[`${LEVER_COLUMN_PREFIX}${lever.id}`] = levels[lever.id] ?? null;
    return row;
  });
  // Sorted by pseudonym, so the order of the rows says nothing about when a case registered.
  rows.sort((a, b) => ((a.pseudonym as string) < (b.pseudonym as string) ? -1 : 1));

  const bytes = await exportRows({
    format,
    language,
    // Variable names are the same in every language (analysis scripts keep working).
    columns: columnKeys.map((key) => ({ key, header: key })),
    rows,
    extraSheets: [
      dictionary({
        language,
        levers,
        stages: read.settings.stages.map((s) => ({
          id: s.id,
          name: named(s.name[language], 'cases.stages', s.id),
        })),
        reasons: read.settings.withdrawalReasons.map((r) => ({
          id: r.id,
          name: named(r.name[language], 'cases.withdrawalReasons', r.id),
        })),
      }),
    ],
  });
  return { bytes, fileName: translate(language, 'research.fileName') };
}
