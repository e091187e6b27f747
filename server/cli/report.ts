import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../../shared/i18n/index.ts';
import { ZIsoDate } from '../../shared/schemas/common.ts';
import { ZReportQuery, type TReportQuery } from '../../shared/schemas/reports.ts';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { ProgramAccess } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { listOrganizations } from '../modules/auth/auth.repo.ts';
import { loadMapContext } from '../modules/geo/geo.service.ts';
import { findProgramByCode } from '../modules/programs/programs.repo.ts';
import { buildBulletin } from '../modules/reports/bulletin.service.ts';
import {
  renderBulletin,
  type BulletinFormat,
  type MapData,
} from '../modules/reports/render/index.ts';
import { openConfiguredDatabase } from '../runtime.ts';

export interface ReportBulletinOptions {
  program: string;
  asOf: string;
  format: BulletinFormat;
  out: string;
  language: 'es' | 'en';
  city?: string;
  organization?: string;
}

/** A problem the person at the terminal can fix, already in their language. */
export class CliError extends Error {}

const say = (language: 'es' | 'en', key: string, params: Record<string, string | number> = {}) =>
  translate(language, key, params);

/** The program with this code (in the named organization, or in the only one that has it). */
async function findProgram(db: Db, options: ReportBulletinOptions) {
  const code = options.program.trim();
  const organizations = await listOrganizations(db);
  const candidates = options.organization
    ? organizations.filter((o) => o.slug === options.organization)
    : organizations;
  if (options.organization && candidates.length === 0)
    throw new CliError(
      say(options.language, 'bulletin.cli.unknownOrganization', { slug: options.organization }),
    );
  const found = [];
  for (const org of candidates) {
    const program =
      (await findProgramByCode(db, org.id, code)) ??
      (await findProgramByCode(db, org.id, code.toUpperCase()));
    if (program) found.push(program);
  }
  if (found.length === 0)
    throw new CliError(say(options.language, 'bulletin.cli.unknownProgram', { code }));
  if (found.length > 1)
    throw new CliError(say(options.language, 'bulletin.cli.ambiguousProgram', { code }));
  return found[0]!;
}

/** The filters as the report service takes them, refusing a malformed date or city code. */
function queryOf(options: ReportBulletinOptions): TReportQuery {
  const { language } = options;
  if (!ZIsoDate.safeParse(options.asOf).success)
    throw new CliError(say(language, 'bulletin.cli.badDate', { date: options.asOf }));
  const parsed = ZReportQuery.safeParse({
    asOf: options.asOf,
    language,
    ...(options.city ? { municipalityCode: options.city } : {}),
  });
  if (!parsed.success)
    throw new CliError(say(language, 'bulletin.cli.badCity', { code: options.city ?? '' }));
  return parsed.data;
}

/** A service error in words: each field's problem, then the error itself. */
function explain(err: AppError, language: 'es' | 'en'): string {
  const lines = (err.fields ?? []).map((f) => {
    const key = f.code.includes('.') ? f.code : `validation.${f.code}`;
    return `${f.path}: ${f.message || say(language, key, f.params)}`;
  });
  lines.push(say(language, `errors.${err.code}`, err.params));
  return lines.join('\n');
}

/**
 * Builds the bulletin of a program as a program-wide reader (a coordinator's view) and writes it
 * in the chosen format. The database is the caller's, so tests run it against theirs.
 */
export async function writeBulletin(options: {
  db: Db;
  opts: ReportBulletinOptions;
  maps?: MapData;
  today?: string;
}): Promise<{ file: string; bytes: number }> {
  const { db, opts } = options;
  const query = queryOf(opts);
  const program = await findProgram(db, opts);
  const access: ProgramAccess = {
    programId: program.id,
    organizationId: program.organizationId,
    userId: '',
    role: 'coordinator',
    scope: { type: 'program', cities: [], localities: [] },
  };
  let bulletin;
  try {
    bulletin = await buildBulletin({
      db,
      access,
      query,
      ...(options.today ? { today: options.today } : {}),
    });
  } catch (err) {
    if (err instanceof AppError) throw new CliError(explain(err, opts.language));
    throw err;
  }
  const rendered = await renderBulletin({
    bulletin,
    format: opts.format,
    ...(options.maps ? { maps: options.maps } : {}),
  });
  const file = path.resolve(opts.out);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, rendered.body);
  return { file, bytes: fs.statSync(file).size };
}

/** The maps for the formats that draw them; without map data the bulletin goes without maps. */
function mapsFor(opts: ReportBulletinOptions): MapData | undefined {
  if (opts.format !== 'html' && opts.format !== 'pdf') return undefined;
  try {
    return loadMapContext();
  } catch {
    console.error(say(opts.language, 'bulletin.cli.noMaps'));
    return undefined;
  }
}

/** `palanca report bulletin --program <code> --as-of <YYYY-MM-DD> --format … --out <file>`. */
export async function reportBulletinCommand(opts: ReportBulletinOptions) {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    const maps = mapsFor(opts);
    const { file, bytes } = await writeBulletin({
      db: database.db,
      opts,
      ...(maps ? { maps } : {}),
    });
    console.log(say(opts.language, 'bulletin.cli.written', { file, bytes }));
  } finally {
    await database.close();
  }
}
