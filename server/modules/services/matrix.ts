/**
 * The characterization matrix of the services ecosystem as a spreadsheet: its columns (Spanish
 * headers first, the English ones and the usual variants accepted), and its rows turned into
 * services, every problem reported with its line and column. Pure: the lookups come in.
 */
import { normalizeText } from '../../../shared/domain/registration/normalize.ts';
import { parseOpening } from '../../../shared/domain/services/status.ts';
import { ZServiceBody, type TServiceBody } from '../../../shared/schemas/services.ts';
import type { CellValue, SpreadsheetRow } from '../registration/spreadsheet/index.ts';
import { isCellMarker } from '../registration/spreadsheet/index.ts';

export type MatrixKey =
  | 'entity'
  | 'entityKind'
  | 'sector'
  | 'service'
  | 'benefit'
  | 'scope'
  | 'cities'
  | 'requirements'
  | 'contact'
  | 'link'
  | 'startMonth'
  | 'levers'
  | 'cost';

interface MatrixColumn {
  key: MatrixKey;
  header: { es: string; en: string };
  /** Other ways the column is titled in real matrices. */
  aliases: string[];
  required: boolean;
}

export const MATRIX_COLUMNS: readonly MatrixColumn[] = [
  {
    key: 'entity',
    header: { es: 'Entidad', en: 'Entity' },
    aliases: ['entidad oferente', 'nombre de la entidad', 'oferente'],
    required: true,
  },
  {
    key: 'entityKind',
    header: { es: 'Tipo de entidad', en: 'Entity type' },
    aliases: ['publica o privada', 'naturaleza', 'tipo'],
    required: true,
  },
  { key: 'sector', header: { es: 'Sector', en: 'Sector' }, aliases: [], required: false },
  {
    key: 'service',
    header: { es: 'Servicio', en: 'Service' },
    aliases: ['nombre del servicio', 'programa', 'oferta'],
    required: true,
  },
  {
    key: 'benefit',
    header: { es: 'Beneficio', en: 'Benefit' },
    aliases: ['descripcion del beneficio', 'descripcion', 'beneficios'],
    required: false,
  },
  {
    key: 'scope',
    header: { es: 'Alcance', en: 'Scope' },
    aliases: ['cobertura', 'local o nacional', 'ambito'],
    required: true,
  },
  {
    key: 'cities',
    header: { es: 'Municipios', en: 'Cities' },
    aliases: ['ciudades', 'ciudad', 'municipio'],
    required: false,
  },
  {
    key: 'requirements',
    header: { es: 'Requisitos', en: 'Requirements' },
    aliases: [],
    required: false,
  },
  {
    key: 'contact',
    header: { es: 'Contacto', en: 'Contact' },
    aliases: ['persona de contacto', 'contacto persona'],
    required: false,
  },
  {
    key: 'link',
    header: { es: 'Enlace', en: 'Link' },
    aliases: ['link', 'url', 'pagina web', 'sitio web'],
    required: false,
  },
  {
    key: 'startMonth',
    header: { es: 'Mes de inicio', en: 'Start month' },
    aliases: ['fecha de inicio', 'inicio', 'apertura', 'mes de apertura'],
    required: false,
  },
  {
    key: 'levers',
    header: { es: 'Palancas', en: 'Levers' },
    aliases: ['palancas que atiende', 'palanca'],
    required: false,
  },
  {
    key: 'cost',
    header: { es: 'Costo', en: 'Cost' },
    aliases: ['gratuito o con costo', 'valor'],
    required: true,
  },
];

const BY_HEADER = new Map<string, MatrixKey>();
for (const c of MATRIX_COLUMNS)
  for (const h of [c.header.es, c.header.en, ...c.aliases]) BY_HEADER.set(normalizeText(h), c.key);

/** The column a header names, if any. */
export function matrixKeyOf(header: string): MatrixKey | undefined {
  return BY_HEADER.get(normalizeText(header));
}

/** The header row is the first that names at least three columns (a title above it is skipped). */
export function isMatrixHeader(texts: readonly string[]): boolean {
  return texts.filter((t) => matrixKeyOf(t) !== undefined).length >= 3;
}

const KINDS: Record<string, TServiceBody['entity']['kind']> = {
  publica: 'public',
  publico: 'public',
  public: 'public',
  privada: 'private',
  privado: 'private',
  private: 'private',
  mixta: 'mixed',
  mixto: 'mixed',
  mixed: 'mixed',
};
const SCOPES: Record<string, TServiceBody['scope']> = {
  local: 'local',
  municipal: 'local',
  departamental: 'local',
  regional: 'local',
  nacional: 'national',
  national: 'national',
};
const COSTS: Record<string, TServiceBody['cost']> = {
  gratuito: 'free',
  gratis: 'free',
  'sin costo': 'free',
  free: 'free',
  'con costo': 'cost',
  costo: 'cost',
  pago: 'cost',
  'de pago': 'cost',
  paid: 'cost',
  'with cost': 'cost',
  cost: 'cost',
};

export interface MatrixLookups {
  /** Folded municipality name → its codes (several when the name repeats across departments). */
  cities: Map<string, string[]>;
  /** Folded lever name (either language) or id → lever id. */
  levers: Map<string, string>;
}

export interface MatrixProblem {
  line: number;
  column: string;
  code: string;
  params?: Record<string, string | number>;
}

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellMarker(value)) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

const list = (s: string) =>
  s
    .split(/[,;\n/]| y /)
    .map((x) => x.trim())
    .filter(Boolean);

/** Turns the rows into services: every row checked, every problem kept. */
export function matrixServices(options: {
  headers: readonly string[];
  rows: readonly SpreadsheetRow[];
  lookups: MatrixLookups;
}): {
  services: Array<{ line: number; body: TServiceBody }>;
  problems: MatrixProblem[];
  missing: MatrixKey[];
} {
  const index = new Map<MatrixKey, number>();
  options.headers.forEach((h, i) => {
    const key = matrixKeyOf(h);
    if (key && !index.has(key)) index.set(key, i);
  });
  const missing = MATRIX_COLUMNS.filter((c) => c.required && !index.has(c.key)).map((c) => c.key);
  const problems: MatrixProblem[] = [];
  const services: Array<{ line: number; body: TServiceBody }> = [];
  if (missing.length > 0) return { services, problems, missing };
  const header = (key: MatrixKey) => options.headers[index.get(key)!]!;
  const seen = new Map<string, number>();

  for (const row of options.rows) {
    const cell = (key: MatrixKey) => (index.has(key) ? row.cells[index.get(key)!] : undefined);
    const get = (key: MatrixKey) => text(cell(key));
    if (MATRIX_COLUMNS.every((c) => get(c.key) === '')) continue;
    const problem = (key: MatrixKey, code: string, params?: Record<string, string | number>) =>
      problems.push({ line: row.line, column: header(key), code, ...(params ? { params } : {}) });
    const before = problems.length;

    const kind = KINDS[normalizeText(get('entityKind'))];
    if (!kind) problem('entityKind', 'invalid_option', { allowed: 'Pública, Privada, Mixta' });
    const scope = SCOPES[normalizeText(get('scope'))];
    if (!scope) problem('scope', 'invalid_option', { allowed: 'Local, Nacional' });
    const cost = COSTS[normalizeText(get('cost'))];
    if (!cost) problem('cost', 'invalid_option', { allowed: 'Gratuito, Con costo' });

    const cities: string[] = [];
    for (const name of list(get('cities'))) {
      if (/^\d{5}$/.test(name)) cities.push(name);
      else {
        const codes = options.lookups.cities.get(normalizeText(name)) ?? [];
        if (codes.length === 1) cities.push(codes[0]!);
        else if (codes.length === 0) problem('cities', 'unknown_municipality', { code: name });
        else problem('cities', 'ambiguous_municipality', { value: name, codes: codes.join(', ') });
      }
    }
    const levers: string[] = [];
    for (const name of list(get('levers'))) {
      const id = options.lookups.levers.get(normalizeText(name));
      if (id) levers.push(id);
      else problem('levers', 'unknown_lever_name', { value: name });
    }
    const rawMonth = cell('startMonth');
    const opening = parseOpening(
      rawMonth === undefined || rawMonth === null || isCellMarker(rawMonth)
        ? null
        : typeof rawMonth === 'boolean'
          ? String(rawMonth)
          : rawMonth,
    );
    if (opening.kind === 'invalid')
      problem('startMonth', 'month_unreadable', { value: get('startMonth') });

    // The rest of the row is checked too (every problem of a row at once); a column already
    // reported stands in with a valid value so that it is not reported twice.
    const reported = new Set(problems.slice(before).map((p) => p.column));
    const parsed = ZServiceBody.safeParse({
      entity: { name: get('entity'), kind: kind ?? 'public', sector: get('sector') || null },
      name: get('service'),
      benefit: get('benefit'),
      scope: scope ?? 'national',
      cities: (scope ?? 'national') === 'national' ? [] : cities,
      requirements: get('requirements') || null,
      contact: get('contact') || null,
      link: get('link') || null,
      startMonth: opening.kind === 'month' ? opening.month : null,
      permanent: opening.kind === 'permanent',
      levers,
      cost: cost ?? 'free',
    });
    if (!parsed.success || problems.length > before) {
      for (const issue of parsed.error?.issues ?? []) {
        const [first, second] = issue.path;
        const key: MatrixKey =
          first === 'entity'
            ? second === 'name'
              ? 'entity'
              : second === 'kind'
                ? 'entityKind'
                : 'sector'
            : first === 'name'
              ? 'service'
              : (first as MatrixKey);
        const at = index.has(key) ? key : 'service';
        if (!reported.has(header(at)))
          problem(at, issue.message.includes(' ') ? issue.code : issue.message);
      }
      continue;
    }
    const dedupe = `${normalizeText(parsed.data.entity.name)}\u0000${normalizeText(parsed.data.name)}`;
    const first = seen.get(dedupe);
    if (first !== undefined) problem('service', 'service_repeated_in_file', { line: first });
    else {
      seen.set(dedupe, row.line);
      services.push({ line: row.line, body: parsed.data });
    }
  }
  return { services, problems, missing };
}
