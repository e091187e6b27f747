import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../../shared/i18n/index.ts';
import { loadConfig } from '../config.ts';
import type { Actor, ProgramAccess } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { findProgram } from '../modules/programs/programs.repo.ts';
import { findCallByCode } from '../modules/registration/calls.repo.ts';
import { importApplicants } from '../modules/registration/import.service.ts';
import { openConfiguredDatabase } from '../runtime.ts';

/** `palanca import applicants --call <code> <file>`: the same all-or-nothing import as the web. */
export async function importApplicantsCommand(
  file: string,
  opts: { call: string; lang: 'es' | 'en' },
) {
  const bytes = fs.readFileSync(file);
  const database = await openConfiguredDatabase(loadConfig());
  try {
    const call = await findCallByCode(database.db, opts.call.toUpperCase());
    const program = call ? await findProgram(database.db, call.programId) : null;
    if (!call || !program) throw new Error(`No call with code ${opts.call}.`);
    const access: ProgramAccess = {
      programId: program.id,
      organizationId: program.organizationId,
      userId: '',
      role: 'admin',
      scope: { type: 'program', cities: [], localities: [] },
    };
    const actor: Actor = {
      userId: null,
      organizationId: program.organizationId,
      requestId: 'cli',
      ip: null,
    };
    const summary = await importApplicants({
      db: database.db,
      actor,
      access,
      callId: call.id,
      bytes,
      filename: path.basename(file),
      onProgress: (step, done, total) => process.stderr.write(`\r${step}: ${done}/${total}   `),
    });
    process.stderr.write('\n');
    console.log(JSON.stringify(summary, null, 2));
  } catch (err) {
    if (err instanceof AppError && err.fields) {
      // Every problem on its own line, as a person fixes them in the spreadsheet.
      for (const f of err.fields) {
        const key = f.code.includes('.') ? f.code : `validation.${f.code}`;
        console.error(`${f.path}: ${f.message || translate(opts.lang, key, f.params)}`);
      }
      throw new Error(translate(opts.lang, `errors.${err.code}`, err.params));
    }
    throw err;
  } finally {
    await database.close();
  }
}
