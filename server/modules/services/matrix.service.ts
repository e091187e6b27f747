import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { normalizeText } from '../../../shared/domain/registration/normalize.ts';
import { translate } from '../../../shared/i18n/index.ts';
import type { TLocale } from '../../../shared/schemas/auth.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, type AppFieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadQuestionnaire } from '../assessment/questionnaire.service.ts';
import { municipalities } from '../programs/territories.table.ts';
import {
  exportRows,
  readSpreadsheet,
  SpreadsheetError,
  type ExportCell,
} from '../registration/spreadsheet/index.ts';
import { isMatrixHeader, MATRIX_COLUMNS, matrixServices, type MatrixLookups } from './matrix.ts';
import { catalog, saveServices } from './services.service.ts';

function rejected(fields: AppFieldError[]) {
  return new AppError('import_rejected', { fields, params: { count: fields.length } });
}

/** How people write the cities whose DIVIPOLA name is longer. */
const CITY_ALIASES: Record<string, string> = {
  cucuta: '54001',
  bogota: '11001',
  'bogota d c': '11001',
  tumaco: '52835',
  mompox: '13468',
  mompos: '13468',
  cartagena: '13001',
};

/** Municipality names (several codes when a name repeats) and lever names in both languages. */
async function lookups(db: Executor, programId: string): Promise<MatrixLookups> {
  const cities = new Map<string, string[]>();
  const add = (key: string, code: string) => {
    const codes = cities.get(key) ?? [];
    if (!codes.includes(code)) cities.set(key, [...codes, code]);
  };
  for (const m of await db
    .select({ code: municipalities.code, name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.kind, 'municipio')))
    add(normalizeText(m.name), m.code);
  for (const [alias, code] of Object.entries(CITY_ALIASES))
    if (!cities.has(alias)) add(alias, code);
  const levers = new Map<string, string>();
  const { definition } = await loadQuestionnaire(db, programId);
  for (const l of definition.levers) {
    levers.set(normalizeText(l.id.replaceAll('_', ' ')), l.id);
    for (const locale of ['es', 'en'] as const) {
      const name = l.name[locale] || translate(locale, `levers.${l.id}`);
      levers.set(normalizeText(name), l.id);
    }
  }
  return { cities, levers };
}

/**
 * Imports the characterization matrix, all or nothing: a service is matched by its entity and
 * name (case and accents aside) and updated, or added; every bad row is reported with its line
 * and column, and then nothing is written.
 */
export async function importMatrix(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  bytes: Uint8Array;
  filename: string;
}) {
  const { access } = options;
  let sheet;
  try {
    sheet = await readSpreadsheet({
      bytes: options.bytes,
      filename: options.filename,
      isHeader: isMatrixHeader,
    });
  } catch (err) {
    if (err instanceof SpreadsheetError)
      throw rejected([
        {
          path: 'file',
          code: err.code === 'empty_file' ? 'spreadsheet.no_header_row' : `spreadsheet.${err.code}`,
          message: '',
          ...(err.params ? { params: err.params } : {}),
        },
      ]);
    throw err;
  }
  const result = matrixServices({
    headers: sheet.headers,
    rows: sheet.rows,
    lookups: await lookups(options.db, access.programId),
  });
  const problems: AppFieldError[] = [
    ...result.missing.map((key) => ({
      path: 'columns',
      code: 'spreadsheet.missing_column',
      message: '',
      params: { header: MATRIX_COLUMNS.find((c) => c.key === key)!.header.es },
    })),
    ...result.problems.map((p) => ({
      path: `rows.${p.line}.${p.column}`,
      code: p.code,
      message: '',
      params: { ...p.params, line: p.line, column: p.column },
    })),
  ];
  if (problems.length > 0) throw rejected(problems);
  const sha256 = createHash('sha256').update(options.bytes).digest('hex');
  return options.db.transaction(async (tx) => {
    const saved = await saveServices(tx, {
      programId: access.programId,
      bodies: result.services.map((s) => s.body),
    });
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'services.import',
      entityType: 'program',
      entityId: access.programId,
      programId: access.programId,
      after: { file: options.filename.slice(0, 200), sha256, ...saved },
    });
    return { rows: result.services.length, ...saved };
  });
}

/** The matrix of the program's catalog, in the same columns an import reads. */
export async function exportMatrix(options: {
  db: Db;
  access: ProgramAccess;
  format: 'xlsx' | 'csv';
  language: TLocale;
}) {
  const { language } = options;
  const services = await catalog(options.db, options.access.programId);
  const word = (key: string) => translate(language, key);
  const rows: Array<Record<string, ExportCell>> = services.map((s) => ({
    entity: s.entity.name,
    entityKind: word(`ui.services.entityKinds.${s.entity.kind}`),
    sector: s.entity.sector,
    service: s.name,
    benefit: s.benefit,
    scope: word(`ui.services.scopes.${s.scope}`),
    cities: s.cities.join(', '),
    requirements: s.requirements,
    contact: s.contact,
    link: s.link,
    startMonth: s.permanent ? word('ui.services.permanent') : s.startMonth,
    levers: s.levers.map((l) => translate(language, `levers.${l}`)).join(', '),
    cost: word(`ui.services.costs.${s.cost}`),
  }));
  return exportRows({
    format: options.format,
    language,
    columns: MATRIX_COLUMNS.map((c) => ({ key: c.key, header: c.header[language] })),
    rows,
  });
}

/** An empty matrix with one example row, to fill in and import. */
export function matrixTemplate(options: { format: 'xlsx' | 'csv'; language: TLocale }) {
  const { language } = options;
  const example: Record<string, ExportCell> = {
    entity: 'Cámara de Comercio de Bucaramanga',
    entityKind: translate(language, 'ui.services.entityKinds.private'),
    sector: 'Gremio',
    service: 'Ruta de formalización',
    benefit: 'Acompañamiento gratuito para la matrícula mercantil y el RUT',
    scope: translate(language, 'ui.services.scopes.local'),
    cities: 'Bucaramanga, Floridablanca',
    requirements: 'Cédula y RUT',
    contact: 'Centro de atención empresarial',
    link: 'https://www.camaradirecta.com',
    startMonth: 'marzo 2026',
    levers: translate(language, 'levers.formalization'),
    cost: translate(language, 'ui.services.costs.free'),
  };
  return exportRows({
    format: options.format,
    language,
    columns: MATRIX_COLUMNS.map((c) => ({ key: c.key, header: c.header[language] })),
    rows: [example],
  });
}
