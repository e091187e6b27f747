import { createHash } from 'node:crypto';
import type { TApplicantInput } from '../../../shared/schemas/registration.ts';
import { refreshStatistics, type Db } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, type AppFieldError } from '../../http/errors.ts';
import { applicants } from './registration.table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './applicants.repo.ts';
import { insertPrepared, loadDuplicateIndex, prepareApplicants } from './applicants.service.ts';
import { isKnownCiiu } from './ciiu.ts';
import { requireCall } from './calls.service.ts';
import { readSpreadsheet, SpreadsheetError, toApplicantRows } from './spreadsheet/index.ts';

export interface ImportSummary {
  file: { name: string; sha256: string; rows: number };
  created: number;
  /** Rows whose document is already registered in this call: skipped, so re-running a file adds nothing. */
  alreadyRegistered: number;
  verdicts: { eligible: number; not_eligible: number; pending: number };
  flags: Record<string, number>;
  blocked: number;
}

/** Every problem of a file, reported at once; nothing is imported while there is one. */
function rejected(fields: AppFieldError[]) {
  return new AppError('import_rejected', { fields, params: { count: fields.length } });
}

/**
 * Imports a spreadsheet of applicants into a call, all or nothing: the whole file is read and
 * checked first, then written in one transaction with the same duplicate and eligibility checks
 * as a single application.
 */
export async function importApplicants(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  callId: string;
  bytes: Uint8Array;
  filename: string;
  onProgress?: (step: string, done: number, total: number) => void;
}): Promise<ImportSummary> {
  const progress = options.onProgress ?? (() => {});
  const sha256 = createHash('sha256').update(options.bytes).digest('hex');
  let sheet;
  try {
    sheet = await readSpreadsheet({ bytes: options.bytes, filename: options.filename });
  } catch (err) {
    if (err instanceof SpreadsheetError) {
      throw rejected([
        {
          path: 'file',
          code: `spreadsheet.${err.code}`,
          message: '',
          ...(err.params ? { params: err.params } : {}),
        },
      ]);
    }
    throw err;
  }
  progress('read', sheet.rows.length, sheet.rows.length);
  const result = toApplicantRows({ headers: sheet.headers, rows: sheet.rows });
  const problems: AppFieldError[] = [];
  for (const p of result.columnProblems) {
    if (p.code === 'missing_column')
      problems.push({
        path: 'columns',
        code: `spreadsheet.${p.code}`,
        message: '',
        params: { header: p.header },
      });
  }
  for (const row of result.invalid) {
    for (const e of row.errors) {
      problems.push({
        path: `rows.${row.line}.${e.field}`,
        code: e.code,
        message: '',
        params: { ...e.params, column: e.column, line: row.line },
      });
    }
  }
  for (const { line, applicant } of result.valid) {
    if (!isKnownCiiu(applicant.business.ciiuCode)) {
      problems.push({
        path: `rows.${line}.business.ciiuCode`,
        code: 'unknown_ciiu',
        message: '',
        params: { code: applicant.business.ciiuCode, line },
      });
    }
  }
  // The same person twice in one file is a mistake in the file, not a duplicate to review.
  const firstLine = new Map<string, number>();
  for (const { line, applicant } of result.valid) {
    const key = `${applicant.owner.documentType}:${applicant.owner.documentNumber}`;
    const seen = firstLine.get(key);
    if (seen !== undefined) {
      problems.push({
        path: `rows.${line}.owner.documentNumber`,
        code: 'repeated_in_file',
        message: '',
        params: { line: seen },
      });
    } else firstLine.set(key, line);
  }
  if (problems.length > 0) throw rejected(problems);
  progress('checked', result.valid.length, result.valid.length);

  const summary = await options.db.transaction(async (tx) => {
    const call = await requireCall(tx, {
      programId: options.access.programId,
      callId: options.callId,
    });
    const index = await loadDuplicateIndex(tx, { organizationId: options.access.organizationId });
    const inThisCall = new Set(await repo.documentsInCall(tx, call.id));
    const fresh: Array<{ line: number; applicant: TApplicantInput }> = result.valid.filter(
      (r) => !inThisCall.has(r.applicant.owner.documentNumber),
    );
    const { rows, flags } = prepareApplicants({
      call,
      organizationId: options.access.organizationId,
      inputs: fresh.map((r) => r.applicant),
      channel: 'import',
      registeredBy: options.actor.userId,
      now: new Date(),
      index,
      importKeys: fresh.map((r) => `${sha256}:${r.line}`),
    });
    await insertPrepared(
      tx,
      { rows, flags },
      { onProgress: (done) => progress('saved', done, rows.length) },
    );
    const count = <T extends string>(values: T[]) =>
      values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
    const verdicts = count(rows.map((r) => r.verdict ?? 'pending'));
    const summary: ImportSummary = {
      file: { name: options.filename, sha256, rows: result.valid.length },
      created: rows.length,
      alreadyRegistered: result.valid.length - fresh.length,
      verdicts: {
        eligible: verdicts.eligible ?? 0,
        not_eligible: verdicts.not_eligible ?? 0,
        pending: verdicts.pending ?? 0,
      },
      flags: count(flags.map((f) => f.kind)),
      blocked: rows.filter((r) => r.blocked).length,
    };
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'applicant.import',
      entityType: 'call',
      entityId: call.id,
      programId: options.access.programId,
      after: summary,
    });
    return summary;
  });
  // Thousands of new rows: the planner needs to know (a server's autovacuum would do it later).
  if (summary.created >= 1000) await refreshStatistics(options.db, [applicants]);
  return summary;
}
