import { DOCUMENT_TYPES, ETHNIC_GROUPS, SEXES } from '../../../../shared/schemas/registration.ts';
import type { TBusinessInput, TOwnerInput } from '../../../../shared/schemas/registration.ts';
import { foldText } from './fold-text.ts';

export type SpreadsheetLanguage = 'es' | 'en';

export type ColumnType = 'text' | 'date' | 'boolean' | 'integer' | 'enum' | 'money';

/**
 * How a text column is cleaned before validation: `document` and `phone` use the shared
 * normalizers, `code` keeps digits and restores the leading zeros Excel drops from numbers.
 */
export type TextFormat = 'plain' | 'document' | 'phone' | 'email' | 'code';

export type ApplicantFieldKey = `owner.${keyof TOwnerInput}` | `business.${keyof TBusinessInput}`;

export interface Bilingual {
  es: string;
  en: string;
}

export interface EnumOption {
  value: string;
  label: Bilingual;
  /** Other spellings people use; compared folded (no accents, case or punctuation). */
  aliases?: readonly string[];
}

export interface ApplicantColumn {
  key: ApplicantFieldKey;
  section: 'owner' | 'business';
  field: string;
  header: Bilingual;
  type: ColumnType;
  required: boolean;
  help: Bilingual;
  example: Bilingual;
  /** Extra header spellings accepted on import (synonyms seen in real files). */
  headerAliases?: readonly string[];
  textFormat?: TextFormat;
  /** For `code` columns: the number of digits once leading zeros are restored. */
  digits?: number;
  options?: readonly EnumOption[];
  /** Optional sensitive yes/no: an empty cell or "prefers not to answer" is null. */
  nullable?: boolean;
}

const DOCUMENT_TYPE_OPTIONS: readonly EnumOption[] = [
  {
    value: 'CC',
    label: { es: 'Cédula de ciudadanía', en: 'Citizenship card' },
    aliases: ['cedula', 'c.c.', 'citizenship id'],
  },
  {
    value: 'CE',
    label: { es: 'Cédula de extranjería', en: 'Foreigner ID card' },
    aliases: ['c.e.', 'foreign id'],
  },
  {
    value: 'PPT',
    label: { es: 'Permiso por Protección Temporal', en: 'Temporary Protection Permit' },
    aliases: ['permiso de proteccion temporal'],
  },
  {
    value: 'TI',
    label: { es: 'Tarjeta de identidad', en: 'Identity card (minors)' },
    aliases: ['t.i.', 'identity card'],
  },
  { value: 'PAS', label: { es: 'Pasaporte', en: 'Passport' }, aliases: ['pa', 'pp'] },
];

const SEX_OPTIONS: readonly EnumOption[] = [
  { value: 'F', label: { es: 'Mujer', en: 'Female' }, aliases: ['femenino', 'woman'] },
  { value: 'M', label: { es: 'Hombre', en: 'Male' }, aliases: ['masculino', 'man', 'h'] },
  {
    value: 'X',
    label: { es: 'Intersexual u otro', en: 'Intersex or other' },
    aliases: ['intersexual', 'intersex', 'otro', 'other', 'no binario', 'non-binary'],
  },
];

const ETHNIC_GROUP_OPTIONS: readonly EnumOption[] = [
  { value: 'ninguno', label: { es: 'Ninguno', en: 'None' }, aliases: ['ninguna', 'no aplica'] },
  {
    value: 'afrocolombiano',
    label: { es: 'Afrocolombiano', en: 'Afro-Colombian' },
    aliases: ['afrodescendiente', 'negro', 'afro', 'afrocolombiana', 'narp'],
  },
  {
    value: 'indigena',
    label: { es: 'Indígena', en: 'Indigenous' },
    aliases: ['indigenous people'],
  },
  { value: 'raizal', label: { es: 'Raizal', en: 'Raizal' } },
  { value: 'palenquero', label: { es: 'Palenquero', en: 'Palenquero' }, aliases: ['palenquera'] },
  { value: 'rom', label: { es: 'Rom (gitano)', en: 'Roma' }, aliases: ['gitano', 'rrom'] },
];

const YES_NO_HELP: Bilingual = { es: 'Sí o No.', en: 'Yes or No.' };
const SENSITIVE_HELP: Bilingual = {
  es: 'Sí o No. Vacío si la persona prefiere no responder.',
  en: 'Yes or No. Leave empty if the person prefers not to answer.',
};

function owner(
  field: keyof TOwnerInput,
  c: Omit<ApplicantColumn, 'key' | 'section' | 'field'>,
): ApplicantColumn {
  return { key: `owner.${field}`, section: 'owner', field, ...c };
}

function business(
  field: keyof TBusinessInput,
  c: Omit<ApplicantColumn, 'key' | 'section' | 'field'>,
): ApplicantColumn {
  return { key: `business.${field}`, section: 'business', field, ...c };
}

/** The applicant template, in template order: one column per field of `ZApplicantInput`. */
export const APPLICANT_COLUMNS: readonly ApplicantColumn[] = [
  owner('documentType', {
    header: { es: 'Tipo de documento', en: 'Document type' },
    type: 'enum',
    required: true,
    options: DOCUMENT_TYPE_OPTIONS,
    help: {
      es: 'CC, CE, PPT, TI o PAS (también se acepta el nombre completo).',
      en: 'CC, CE, PPT, TI or PAS (the full name is also accepted).',
    },
    example: { es: 'CC', en: 'CC' },
  }),
  owner('documentNumber', {
    header: { es: 'Número de documento', en: 'Document number' },
    type: 'text',
    textFormat: 'document',
    required: true,
    headerAliases: ['cedula', 'numero de identificacion', 'documento', 'id number'],
    help: {
      es: 'De 4 a 15 dígitos (letras solo en pasaportes); los puntos y espacios se quitan.',
      en: '4 to 15 digits (letters only for passports); dots and spaces are removed.',
    },
    example: { es: '1.098.765.432', en: '1098765432' },
  }),
  owner('firstNames', {
    header: { es: 'Nombres', en: 'First names' },
    type: 'text',
    required: true,
    headerAliases: ['nombre', 'first name', 'given names'],
    help: { es: 'Nombres de la persona propietaria.', en: "The owner's first names." },
    example: { es: 'María Fernanda', en: 'María Fernanda' },
  }),
  owner('lastNames', {
    header: { es: 'Apellidos', en: 'Last names' },
    type: 'text',
    required: true,
    headerAliases: ['apellido', 'last name', 'surnames', 'surname'],
    help: { es: 'Apellidos de la persona propietaria.', en: "The owner's last names." },
    example: { es: 'Rodríguez Pérez', en: 'Rodríguez Pérez' },
  }),
  owner('sex', {
    header: { es: 'Sexo', en: 'Sex' },
    type: 'enum',
    required: true,
    options: SEX_OPTIONS,
    help: {
      es: 'F (mujer), M (hombre) o X (intersexual u otro).',
      en: 'F (female), M (male) or X (intersex or other).',
    },
    example: { es: 'F', en: 'F' },
  }),
  owner('birthDate', {
    header: { es: 'Fecha de nacimiento', en: 'Date of birth' },
    type: 'date',
    required: true,
    headerAliases: ['birth date', 'birthdate'],
    help: {
      es: 'Fecha: DD/MM/AAAA o AAAA-MM-DD.',
      en: 'Date: YYYY-MM-DD or DD/MM/YYYY (day first).',
    },
    example: { es: '12/04/1988', en: '1988-04-12' },
  }),
  owner('phone', {
    header: { es: 'Teléfono', en: 'Phone' },
    type: 'text',
    textFormat: 'phone',
    required: true,
    headerAliases: ['celular', 'telefono celular', 'movil', 'mobile', 'phone number'],
    help: {
      es: 'Celular (empieza por 3) o fijo (empieza por 60) de 10 dígitos; se aceptan +57 y espacios.',
      en: 'Mobile (starts with 3) or landline (starts with 60), 10 digits; +57 and spaces are accepted.',
    },
    example: { es: '300 123 4567', en: '+57 300 123 4567' },
  }),
  owner('email', {
    header: { es: 'Correo electrónico', en: 'Email' },
    type: 'text',
    textFormat: 'email',
    required: false,
    headerAliases: ['correo', 'e-mail', 'email address', 'email', 'correo electronico'],
    help: { es: 'Opcional.', en: 'Optional.' },
    example: { es: 'maria.rodriguez@example.com', en: 'maria.rodriguez@example.com' },
  }),
  owner('address', {
    header: { es: 'Dirección', en: 'Address' },
    type: 'text',
    required: true,
    headerAliases: ['direccion de residencia', 'home address'],
    help: { es: 'Dirección de residencia.', en: 'Home address.' },
    example: { es: 'Calle 38 Sur # 78-15', en: 'Calle 38 Sur # 78-15' },
  }),
  owner('municipalityCode', {
    header: { es: 'Código del municipio (DANE)', en: 'Municipality code (DANE)' },
    type: 'text',
    textFormat: 'code',
    digits: 5,
    required: true,
    headerAliases: [
      'codigo del municipio',
      'codigo municipio',
      'codigo dane',
      'codigo divipola',
      'municipio dane',
      'municipality code',
    ],
    help: {
      es: 'Código DIVIPOLA de 5 dígitos (11001 Bogotá, 05001 Medellín).',
      en: '5-digit DIVIPOLA code (11001 Bogotá, 05001 Medellín).',
    },
    example: { es: '11001', en: '11001' },
  }),
  owner('localityCode', {
    header: { es: 'Código de la localidad', en: 'Locality code' },
    type: 'text',
    required: false,
    headerAliases: ['codigo localidad', 'localidad'],
    help: {
      es: 'Opcional: municipio y localidad, como 11001-08 (Kennedy, Bogotá).',
      en: 'Optional: municipality and locality, such as 11001-08 (Kennedy, Bogotá).',
    },
    example: { es: '11001-08', en: '11001-08' },
  }),
  owner('headOfHouseholdMother', {
    header: { es: 'Madre cabeza de hogar', en: 'Head-of-household mother' },
    type: 'boolean',
    nullable: true,
    required: false,
    headerAliases: ['madre cabeza de familia', 'mujer cabeza de hogar'],
    help: SENSITIVE_HELP,
    example: { es: 'Sí', en: 'Yes' },
  }),
  owner('disability', {
    header: { es: 'Persona con discapacidad', en: 'Person with disability' },
    type: 'boolean',
    nullable: true,
    required: false,
    headerAliases: ['discapacidad', 'disability'],
    help: SENSITIVE_HELP,
    example: { es: 'No', en: 'No' },
  }),
  owner('conflictVictim', {
    header: { es: 'Víctima del conflicto armado', en: 'Armed conflict victim' },
    type: 'boolean',
    nullable: true,
    required: false,
    headerAliases: ['victima del conflicto', 'victima', 'conflict victim'],
    help: SENSITIVE_HELP,
    example: { es: '', en: '' },
  }),
  owner('ethnicGroup', {
    header: { es: 'Grupo étnico', en: 'Ethnic group' },
    type: 'enum',
    required: false,
    options: ETHNIC_GROUP_OPTIONS,
    headerAliases: ['pertenencia etnica', 'etnia', 'ethnicity'],
    help: {
      es: 'Opcional. Vacío si la persona prefiere no responder.',
      en: 'Optional. Leave empty if the person prefers not to answer.',
    },
    example: { es: 'Ninguno', en: 'None' },
  }),
  business('name', {
    header: { es: 'Nombre del negocio', en: 'Business name' },
    type: 'text',
    required: true,
    headerAliases: ['negocio', 'nombre comercial', 'razon social', 'business'],
    help: { es: 'Nombre con el que se conoce el negocio.', en: 'The name the business goes by.' },
    example: { es: 'Panadería La Esperanza', en: 'Panadería La Esperanza' },
  }),
  business('ciiuCode', {
    header: { es: 'Código CIIU', en: 'CIIU code' },
    type: 'text',
    textFormat: 'code',
    digits: 4,
    required: true,
    headerAliases: ['ciiu', 'actividad economica ciiu', 'isic code', 'ciiu isic code'],
    help: {
      es: 'Actividad económica, código CIIU de 4 dígitos (1081 panadería).',
      en: 'Economic activity, 4-digit CIIU (ISIC) code (1081 bakery).',
    },
    example: { es: '1081', en: '1081' },
  }),
  business('startedOn', {
    header: { es: 'Fecha de inicio del negocio', en: 'Business start date' },
    type: 'date',
    required: true,
    headerAliases: ['fecha de inicio', 'inicio de actividades', 'start date', 'started on'],
    help: {
      es: 'Desde cuándo funciona el negocio: DD/MM/AAAA o AAAA-MM-DD.',
      en: 'When the business started: YYYY-MM-DD or DD/MM/YYYY (day first).',
    },
    example: { es: '01/06/2019', en: '2019-06-01' },
  }),
  business('hasPremises', {
    header: { es: 'Tiene local', en: 'Has premises' },
    type: 'boolean',
    required: true,
    headerAliases: ['local', 'tiene local comercial', 'premises'],
    help: YES_NO_HELP,
    example: { es: 'Sí', en: 'Yes' },
  }),
  business('hasRut', {
    header: { es: 'Tiene RUT', en: 'Has RUT' },
    type: 'boolean',
    required: true,
    headerAliases: ['rut'],
    help: {
      es: 'Sí o No: inscrito en el Registro Único Tributario.',
      en: 'Yes or No: enrolled in the tax register (Registro Único Tributario).',
    },
    example: { es: 'Sí', en: 'Yes' },
  }),
  business('hasChamberRegistration', {
    header: { es: 'Registrado en Cámara de Comercio', en: 'Registered with Chamber of Commerce' },
    type: 'boolean',
    required: true,
    headerAliases: [
      'camara de comercio',
      'registro en camara de comercio',
      'matricula mercantil',
      'chamber of commerce',
      'chamber registration',
    ],
    help: {
      es: 'Sí o No: tiene matrícula mercantil vigente.',
      en: 'Yes or No: holds a current commercial registration.',
    },
    example: { es: 'No', en: 'No' },
  }),
  business('workersTotal', {
    header: { es: 'Número de trabajadores', en: 'Number of workers' },
    type: 'integer',
    required: true,
    headerAliases: ['trabajadores', 'total trabajadores', 'empleados', 'workers', 'total workers'],
    help: {
      es: 'Personas que trabajan en el negocio, incluida la persona propietaria.',
      en: 'People working in the business, the owner included.',
    },
    example: { es: '3', en: '3' },
  }),
  business('workersWomen', {
    header: { es: 'Trabajadoras mujeres', en: 'Women workers' },
    type: 'integer',
    required: true,
    headerAliases: ['mujeres trabajadoras', 'numero de mujeres', 'trabajadoras', 'female workers'],
    help: {
      es: 'Cuántas de esas personas son mujeres (no más que el total).',
      en: 'How many of them are women (not more than the total).',
    },
    example: { es: '2', en: '2' },
  }),
  business('monthlySales', {
    header: { es: 'Ventas mensuales (COP)', en: 'Monthly sales (COP)' },
    type: 'money',
    required: true,
    headerAliases: ['ventas mensuales', 'ventas promedio mensuales', 'monthly sales'],
    help: {
      es: 'Pesos enteros; se aceptan $ y separadores de miles (4.500.000).',
      en: 'Whole pesos; $ and thousands separators are accepted (4,500,000).',
    },
    example: { es: '4.500.000', en: '4,500,000' },
  }),
  business('greenPractices', {
    header: { es: 'Negocio verde', en: 'Green business' },
    type: 'boolean',
    required: true,
    headerAliases: ['practicas verdes', 'practicas ambientales', 'green practices'],
    help: {
      es: 'Sí o No: aplica prácticas ambientales (negocio verde).',
      en: 'Yes or No: applies environmental practices (green business).',
    },
    example: { es: 'No', en: 'No' },
  }),
  business('culturalCreative', {
    header: { es: 'Negocio cultural o creativo', en: 'Cultural or creative business' },
    type: 'boolean',
    required: true,
    headerAliases: ['cultural o creativo', 'economia naranja', 'cultural creative'],
    help: {
      es: 'Sí o No: pertenece a la economía cultural y creativa.',
      en: 'Yes or No: part of the cultural and creative economy.',
    },
    example: { es: 'No', en: 'No' },
  }),
];

const BY_FOLDED_HEADER: ReadonlyMap<string, ApplicantColumn> = (() => {
  const map = new Map<string, ApplicantColumn>();
  for (const column of APPLICANT_COLUMNS) {
    const spellings = [
      column.header.es,
      column.header.en,
      column.key,
      ...(column.headerAliases ?? []),
    ];
    for (const spelling of spellings) {
      const folded = foldText(spelling);
      const taken = map.get(folded);
      if (taken && taken !== column) {
        throw new Error(`Header spelling "${spelling}" is used by ${taken.key} and ${column.key}`);
      }
      map.set(folded, column);
    }
  }
  return map;
})();

/**
 * The column a header names, ignoring case, accents, spaces and punctuation, in Spanish or
 * English; a trailing required marker ("Nombres *") is ignored too.
 */
export function matchHeader(header: string): ApplicantColumn | undefined {
  return BY_FOLDED_HEADER.get(foldText(header));
}

/** Which language a set of headers is written in: the one with more exact matches (Spanish wins ties). */
export function detectHeaderLanguage(headers: readonly string[]): SpreadsheetLanguage {
  let es = 0;
  let en = 0;
  for (const header of headers) {
    const folded = foldText(header);
    if (folded === '') continue;
    for (const column of APPLICANT_COLUMNS) {
      if (foldText(column.header.es) === folded) es += 1;
      if (foldText(column.header.en) === folded) en += 1;
    }
  }
  return en > es ? 'en' : 'es';
}

/** Folded option spellings (code, both labels, aliases) → option value, per enum column. */
export function enumLookup(column: ApplicantColumn): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const option of column.options ?? []) {
    for (const spelling of [
      option.value,
      option.label.es,
      option.label.en,
      ...(option.aliases ?? []),
    ]) {
      map.set(foldText(spelling), option.value);
    }
  }
  return map;
}

/** The allowed values of an enum column as people should write them ("CC (Cédula de ciudadanía)"). */
export function allowedValues(column: ApplicantColumn, language: SpreadsheetLanguage): string[] {
  return (column.options ?? []).map((o) =>
    o.value === o.label[language] ? o.value : `${o.value} (${o.label[language]})`,
  );
}

// Compile-time and load-time guard: the option lists above cover exactly the schema's enums.
const ENUM_VALUES: Record<string, readonly string[]> = {
  'owner.documentType': DOCUMENT_TYPES,
  'owner.sex': SEXES,
  'owner.ethnicGroup': ETHNIC_GROUPS,
};
for (const column of APPLICANT_COLUMNS) {
  const expected = ENUM_VALUES[column.key];
  if (!expected) continue;
  const actual = (column.options ?? []).map((o) => o.value);
  if (actual.join() !== expected.join()) {
    throw new Error(`Options of ${column.key} differ from the schema: ${actual.join()}`);
  }
}
