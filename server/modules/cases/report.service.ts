import { translate } from '../../../shared/i18n/index.ts';
import type { TCaseListQuery, TCaseReport } from '../../../shared/schemas/cases.ts';
import type { Db } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { collectRows, exportRows } from '../registration/spreadsheet/index.ts';
import { casePopulation } from './cases.policy.ts';
import * as repo from './cases.repo.ts';
import { listCases } from './cases.service.ts';

/** Withdrawals by reason × stage reached, active cases per stage and city, and weekly counts. */
export async function getCaseReport(options: {
  db: Db;
  access: ProgramAccess;
}): Promise<TCaseReport> {
  const f = casePopulation(options.access, { before: null });
  const [withdrawals, byStageAndCity, weekly] = await Promise.all([
    repo.withdrawalsByReasonAndStage(options.db, f),
    repo.casesByStageAndCity(options.db, f),
    repo.weeklyByCity(options.db, f),
  ]);
  return {
    withdrawals: withdrawals.map((w) => ({
      reason: w.reason ?? 'no_reason',
      stage: w.stage,
      count: w.count,
    })),
    byStageAndCity,
    weekly,
  };
}

const COLUMNS = [
  'businessName',
  'ownerName',
  'stage',
  'status',
  'municipalityCode',
  'localityCode',
  'facilitatorName',
  'registeredAt',
  'lastEncounterOn',
  'encounterCount',
  'withdrawalReason',
] as const;

/** The filtered, sorted list as a spreadsheet (formula-safe); the export is audited. */
export async function exportCases(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  query: Omit<TCaseListQuery, 'page' | 'pageSize'>;
  format: 'xlsx' | 'csv';
  language: 'es' | 'en';
}) {
  const rows = await collectRows(COLUMNS, (page, pageSize) =>
    listCases({
      db: options.db,
      access: options.access,
      query: { ...options.query, page, pageSize },
    }),
  );
  await recordAudit({
    tx: options.db,
    actor: options.actor,
    action: 'case.export',
    entityType: 'program',
    entityId: options.access.programId,
    programId: options.access.programId,
    after: { rows: rows.length, format: options.format },
  });
  return exportRows({
    format: options.format,
    language: options.language,
    columns: COLUMNS.map((key) => ({
      key,
      header: translate(options.language, `caseExport.${key}`),
    })),
    rows,
  });
}
