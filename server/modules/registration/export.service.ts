import { translate } from '../../../shared/i18n/index.ts';
import type { Db } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { listApplicants } from './registration.service.ts';
import { collectRows, exportRows } from './spreadsheet/index.ts';

const COLUMNS = [
  'confirmationCode',
  'name',
  'documentType',
  'documentNumber',
  'phone',
  'territoryCode',
  'channel',
  'verdict',
  'priorityScore',
  'selection',
  'submittedAt',
] as const;

/** Every applicant of a call within the caller's scope, as a spreadsheet; the export itself is audited. */
export async function exportApplicants(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  callId: string;
  format: 'xlsx' | 'csv';
  language: 'es' | 'en';
}) {
  const rows = await collectRows(COLUMNS, (page, pageSize) =>
    listApplicants({
      db: options.db,
      access: options.access,
      callId: options.callId,
      query: { page, pageSize },
    }),
  );
  await recordAudit({
    tx: options.db,
    actor: options.actor,
    action: 'applicant.export',
    entityType: 'call',
    entityId: options.callId,
    programId: options.access.programId,
    after: { rows: rows.length, format: options.format },
  });
  return exportRows({
    format: options.format,
    language: options.language,
    columns: COLUMNS.map((key) => ({
      key,
      header: translate(options.language, `ui.applicants.columns.${key}`),
    })),
    rows,
  });
}
