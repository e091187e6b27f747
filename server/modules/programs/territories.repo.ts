import { sql } from 'drizzle-orm';
import fs from 'node:fs';
import type { Executor } from '../../db/client.ts';
import { departments, localities, municipalities } from './territories.table.ts';

const DIVIPOLA_URL = new URL('../../../reference/divipola-municipios.csv', import.meta.url);
const LOCALITIES_URL = new URL('../../../reference/bogota-localidades.geojson', import.meta.url);

const BOGOTA_CODE = '11001';
const BATCH_SIZE = 500;

/** The file writes a period where the official names have a comma. */
const NAME_FIXES: Record<string, string> = {
  'BOGOTÁ. D.C.': 'BOGOTÁ, D.C.',
  'ARCHIPIÉLAGO DE SAN ANDRÉS. PROVIDENCIA Y SANTA CATALINA':
    'ARCHIPIÉLAGO DE SAN ANDRÉS, PROVIDENCIA Y SANTA CATALINA',
};

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e', 'el']);

/** Bogotá's localities by number, with the accents the source file lacks. */
export const BOGOTA_LOCALITY_NAMES: Readonly<Record<string, string>> = {
  '01': 'Usaquén',
  '02': 'Chapinero',
  '03': 'Santa Fe',
  '04': 'San Cristóbal',
  '05': 'Usme',
  '06': 'Tunjuelito',
  '07': 'Bosa',
  '08': 'Kennedy',
  '09': 'Fontibón',
  '10': 'Engativá',
  '11': 'Suba',
  '12': 'Barrios Unidos',
  '13': 'Teusaquillo',
  '14': 'Los Mártires',
  '15': 'Antonio Nariño',
  '16': 'Puente Aranda',
  '17': 'La Candelaria',
  '18': 'Rafael Uribe Uribe',
  '19': 'Ciudad Bolívar',
  '20': 'Sumapaz',
};

const KINDS: Record<string, MunicipalityKind> = {
  municipio: 'municipio',
  isla: 'isla',
  'área no municipalizada': 'area_no_municipalizada',
};
export type MunicipalityKind = 'municipio' | 'isla' | 'area_no_municipalizada';

/** "SAN JOSÉ DE CÚCUTA" → "San José de Cúcuta"; "BOGOTÁ. D.C." → "Bogotá, D.C.". */
export function titleCaseEs(name: string): string {
  const upper = name.trim().replace(/\s+/g, ' ').toLocaleUpperCase('es');
  const fixed = NAME_FIXES[upper] ?? upper;
  let first = true;
  return fixed
    .split(' ')
    .map((word) => {
      if (word === '-' || word === '(') {
        first = true;
        return word;
      }
      const isFirst = first;
      first = false;
      if (word === 'D.C.' || word === 'D.C.,') return word;
      const lower = word.toLocaleLowerCase('es');
      if (!isFirst && PARTICLES.has(lower)) return lower;
      return lower.replace(
        /(^|[-(])(\p{L})/gu,
        (_m, sep: string, letter: string) => sep + letter.toLocaleUpperCase('es'),
      );
    })
    .join(' ');
}

export interface DivipolaRow {
  departmentCode: string;
  departmentName: string;
  code: string;
  name: string;
  kind: MunicipalityKind;
}

/** Parses one CSV line; handles double-quoted fields although the current file has none. */
function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  fields.push(field);
  return fields;
}

export function parseDivipola(text: string): DivipolaRow[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const rows: DivipolaRow[] = [];
  for (const [index, line] of lines.slice(1).entries()) {
    const [departmentCode, code, departmentName, name, type] = splitCsvLine(line).map((f) =>
      f.trim(),
    );
    const kind = KINDS[(type ?? '').toLocaleLowerCase('es')];
    if (
      !departmentCode ||
      !code ||
      !departmentName ||
      !name ||
      !kind ||
      !code.startsWith(departmentCode)
    ) {
      throw new Error(`divipola-municipios.csv line ${index + 2} is malformed: ${line}`);
    }
    rows.push({
      departmentCode,
      departmentName: titleCaseEs(departmentName),
      code,
      name: titleCaseEs(name),
      kind,
    });
  }
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

interface LocalityProperties {
  'Identificador unico de la localidad'?: unknown;
  'Nombre de la localidad'?: unknown;
}

export interface LocalityRow {
  code: string;
  municipalityCode: string;
  number: string;
  name: string;
}

/** Keeps only the feature properties; the parsed geometry is dropped when this returns. */
export function parseBogotaLocalities(text: string): LocalityRow[] {
  const collection = JSON.parse(text) as { features?: Array<{ properties?: LocalityProperties }> };
  const rows = (collection.features ?? []).map(({ properties }) => {
    const number = properties?.['Identificador unico de la localidad'];
    const name = typeof number === 'string' ? BOGOTA_LOCALITY_NAMES[number] : undefined;
    if (typeof number !== 'string' || !name) {
      throw new Error(`Unknown Bogotá locality: ${JSON.stringify(properties)}`);
    }
    return { code: `${BOGOTA_CODE}-${number}`, municipalityCode: BOGOTA_CODE, number, name };
  });
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) out.push(rows.slice(i, i + BATCH_SIZE));
  return out;
}

/** Upserts DIVIPOLA departments and municipalities and Bogotá's localities; safe to re-run. */
export async function loadTerritories(
  db: Executor,
): Promise<{ departments: number; municipalities: number; localities: number }> {
  const rows = parseDivipola(fs.readFileSync(DIVIPOLA_URL, 'utf8'));
  const departmentRows = [
    ...new Map(rows.map((r) => [r.departmentCode, r.departmentName])).entries(),
  ]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const localityRows = parseBogotaLocalities(fs.readFileSync(LOCALITIES_URL, 'utf8'));

  for (const batch of batches(departmentRows)) {
    await db
      .insert(departments)
      .values(batch)
      .onConflictDoUpdate({ target: departments.code, set: { name: sql.raw('excluded.name') } });
  }
  for (const batch of batches(rows)) {
    await db
      .insert(municipalities)
      .values(
        batch.map(({ code, departmentCode, name, kind }) => ({ code, departmentCode, name, kind })),
      )
      .onConflictDoUpdate({
        target: municipalities.code,
        set: {
          departmentCode: sql.raw('excluded.department_code'),
          name: sql.raw('excluded.name'),
          kind: sql.raw('excluded.kind'),
        },
      });
  }
  for (const batch of batches(localityRows)) {
    await db
      .insert(localities)
      .values(batch)
      .onConflictDoUpdate({
        target: localities.code,
        set: {
          municipalityCode: sql.raw('excluded.municipality_code'),
          number: sql.raw('excluded.number'),
          name: sql.raw('excluded.name'),
        },
      });
  }
  return {
    departments: departmentRows.length,
    municipalities: rows.length,
    localities: localityRows.length,
  };
}
