/**
 * Throughput of the importer, run by hand (not part of the test suite):
 *   node --import tsx server/modules/registration/spreadsheet/bench.ts [csvRows] [xlsxRows]
 */
import ExcelJS from 'exceljs';
import { APPLICANT_COLUMNS } from './columns.ts';
import { readSpreadsheet } from './read.ts';
import { toApplicantRows } from './rows.ts';
import { validCells } from './test-helpers.ts';

const csvRows = Number(process.argv[2] ?? 100_000);
const xlsxRows = Number(process.argv[3] ?? 20_000);

function applicantCells(i: number): string[] {
  return validCells('es', {
    'owner.documentNumber': (10_000_000 + i).toLocaleString('de-DE'),
    'owner.phone': `+57 300 ${String(i % 1000).padStart(3, '0')} ${String(i % 10_000).padStart(4, '0')}`,
    'owner.birthDate': `${(i % 28) + 1}/${(i % 12) + 1}/19${50 + (i % 50)}`,
    'owner.email': i % 3 === 0 ? '' : `persona${i}@example.com`,
    'owner.sex': i % 2 === 0 ? 'Mujer' : 'M',
    'business.monthlySales': `$ ${(i * 1000).toLocaleString('de-DE')}`,
  });
}

async function measure(label: string, bytes: Uint8Array, filename: string, rows: number) {
  const limits = { maxBytes: 256 * 1024 * 1024, maxUncompressedBytes: 1024 * 1024 * 1024 };
  const t0 = performance.now();
  const data = await readSpreadsheet({ bytes, filename, limits });
  const t1 = performance.now();
  const result = toApplicantRows(data);
  const t2 = performance.now();
  const rate = (ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en-US');
  console.log(
    `${label}: ${rows} rows, ${(bytes.byteLength / 1e6).toFixed(1)} MB, valid ${result.valid.length}; ` +
      `read ${Math.round(t1 - t0)} ms, toApplicantRows ${Math.round(t2 - t1)} ms ` +
      `(${rate(t2 - t1)} rows/s); both ${rate(t2 - t0)} rows/s`,
  );
}

const header = APPLICANT_COLUMNS.map((c) => c.header.es);
const lines = [header.join(';')];
for (let i = 0; i < csvRows; i++) lines.push(applicantCells(i).join(';'));
const csv = new TextEncoder().encode(lines.join('\r\n'));
for (let run = 1; run <= 3; run++) await measure(`csv run ${run}`, csv, 'bench.csv', csvRows);

const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('Postulantes');
sheet.addRow(header);
for (let i = 0; i < xlsxRows; i++) sheet.addRow(applicantCells(i));
const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
await measure('xlsx', xlsx, 'bench.xlsx', xlsxRows);
