import ExcelJS from 'exceljs';
import type { TApplicantInput } from '../../../../shared/schemas/registration.ts';
import { APPLICANT_COLUMNS, allowedValues } from './columns.ts';
import type { ApplicantColumn, ColumnType, SpreadsheetLanguage } from './columns.ts';
import { writeCsv } from './csv.ts';

/** The example row of the template, as it must come back from the importer. */
export const TEMPLATE_EXAMPLE: TApplicantInput = {
  owner: {
    documentType: 'CC',
    documentNumber: '1098765432',
    firstNames: 'María Fernanda',
    lastNames: 'Rodríguez Pérez',
    sex: 'F',
    birthDate: '1988-04-12',
    phone: '3001234567',
    email: 'maria.rodriguez@example.com',
    address: 'Calle 38 Sur # 78-15',
    municipalityCode: '11001',
    localityCode: '11001-08',
    headOfHouseholdMother: true,
    disability: false,
    conflictVictim: null,
    ethnicGroup: 'ninguno',
  },
  business: {
    name: 'Panadería La Esperanza',
    ciiuCode: '1081',
    startedOn: '2019-06-01',
    hasPremises: true,
    hasRut: true,
    hasChamberRegistration: false,
    workersTotal: 3,
    workersWomen: 2,
    monthlySales: 4_500_000,
    greenPractices: false,
    culturalCreative: false,
  },
};

const TEXT = {
  es: {
    dataSheet: 'Postulantes',
    instructionsSheet: 'Instrucciones',
    instructionHeaders: [
      'Columna',
      'Obligatoria',
      'Tipo',
      'Descripción',
      'Ejemplo',
      'Valores permitidos',
    ],
    yes: 'Sí',
    no: 'No',
    types: {
      text: 'Texto',
      date: 'Fecha',
      boolean: 'Sí / No',
      integer: 'Número entero',
      enum: 'Lista',
      money: 'Pesos (COP)',
    },
    notes: [
      'Una fila por persona postulante, desde la fila 2. No cambie ni borre los encabezados.',
      'Borre la fila de ejemplo antes de cargar el archivo.',
      'Las fechas pueden escribirse como DD/MM/AAAA o AAAA-MM-DD.',
      'No escriba fórmulas: los valores que empiezan por =, +, - o @ se rechazan.',
    ],
    validationTitle: 'Valor no reconocido',
  },
  en: {
    dataSheet: 'Applicants',
    instructionsSheet: 'Instructions',
    instructionHeaders: ['Column', 'Required', 'Type', 'Description', 'Example', 'Allowed values'],
    yes: 'Yes',
    no: 'No',
    types: {
      text: 'Text',
      date: 'Date',
      boolean: 'Yes / No',
      integer: 'Whole number',
      enum: 'List',
      money: 'Pesos (COP)',
    },
    notes: [
      'One row per applicant, from row 2 on. Do not change or delete the headers.',
      'Delete the example row before uploading the file.',
      'Dates may be written as YYYY-MM-DD or DD/MM/YYYY (day first).',
      'Do not write formulas: values starting with =, +, - or @ are refused.',
    ],
    validationTitle: 'Value not recognized',
  },
} as const satisfies Record<
  SpreadsheetLanguage,
  { types: Record<ColumnType, string>; [key: string]: unknown }
>;

/** Rows of the data sheet that get drop-down lists; far more than one upload usually holds. */
const LIST_ROWS = 1000;

function exampleCell(column: ApplicantColumn, language: SpreadsheetLanguage): ExcelJS.CellValue {
  const value = (TEMPLATE_EXAMPLE as Record<string, Record<string, unknown>>)[column.section]?.[
    column.field
  ];
  switch (column.type) {
    case 'date':
      return typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : null;
    case 'integer':
    case 'money':
      return typeof value === 'number' ? value : null;
    case 'text':
    case 'boolean':
    case 'enum': {
      const text = column.example[language];
      return text === '' ? null : text;
    }
  }
}

function numberFormat(column: ApplicantColumn, language: SpreadsheetLanguage): string {
  switch (column.type) {
    case 'date':
      return language === 'es' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
    case 'money':
      return '#,##0';
    case 'integer':
      return '0';
    case 'text':
    case 'boolean':
    case 'enum':
      // Text, so that Excel keeps the zero of 05001 and does not turn IDs into 1.1E+09.
      return '@';
  }
}

/** The values a drop-down offers: short codes (CC, F) when the schema has them, else labels. */
function listValues(column: ApplicantColumn, language: SpreadsheetLanguage): string[] | null {
  if (column.type === 'boolean') return [TEXT[language].yes, TEXT[language].no];
  const options = column.options ?? [];
  if (column.type !== 'enum') return null;
  return options.every((o) => /^[A-Z]+$/.test(o.value))
    ? options.map((o) => o.value)
    : options.map((o) => o.label[language]);
}

async function xlsxTemplate(language: SpreadsheetLanguage): Promise<Uint8Array> {
  const text = TEXT[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Palanca';
  const sheet = workbook.addWorksheet(text.dataSheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  APPLICANT_COLUMNS.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = Math.max(14, column.header[language].length + 4);
    col.numFmt = numberFormat(column, language);
  });
  const header = sheet.getRow(1);
  header.values = APPLICANT_COLUMNS.map((c) => c.header[language]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  sheet.getRow(2).values = APPLICANT_COLUMNS.map((c) => exampleCell(c, language));

  APPLICANT_COLUMNS.forEach((column, i) => {
    const values = listValues(column, language);
    if (!values) return;
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${values.join(',')}"`],
      // A warning, not a stop: the importer also accepts full names and other spellings.
      errorStyle: 'warning',
      showErrorMessage: true,
      errorTitle: text.validationTitle,
      error: allowedValues(column, language).join(', '),
    };
    for (let row = 2; row <= LIST_ROWS + 1; row++) {
      sheet.getCell(row, i + 1).dataValidation = validation;
    }
  });

  const instructions = workbook.addWorksheet(text.instructionsSheet);
  instructions.columns = [
    { width: 34 },
    { width: 12 },
    { width: 16 },
    { width: 70 },
    { width: 28 },
    { width: 60 },
  ];
  const head = instructions.addRow([...text.instructionHeaders]);
  head.font = { bold: true };
  for (const column of APPLICANT_COLUMNS) {
    const row = instructions.addRow([
      column.header[language],
      column.required ? text.yes : text.no,
      text.types[column.type],
      column.help[language],
      column.example[language],
      column.type === 'boolean'
        ? `${text.yes}, ${text.no}`
        : allowedValues(column, language).join(', '),
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  instructions.addRow([]);
  for (const note of text.notes) instructions.addRow([note]);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function csvTemplate(language: SpreadsheetLanguage): Uint8Array {
  return writeCsv({
    records: [
      APPLICANT_COLUMNS.map((c) => c.header[language]),
      APPLICANT_COLUMNS.map((c) => c.example[language]),
    ],
    // Excel in a Colombian locale splits CSV on `;` (the comma is the decimal mark).
    delimiter: language === 'es' ? ';' : ',',
  });
}

/**
 * The applicant template: headers in the chosen language and one example row; the .xlsx version
 * adds drop-down lists and an instructions sheet describing every column.
 */
export async function applicantTemplate(options: {
  format: 'xlsx' | 'csv';
  language: SpreadsheetLanguage;
}): Promise<Uint8Array> {
  return options.format === 'xlsx' ? xlsxTemplate(options.language) : csvTemplate(options.language);
}
