/* Builders for test inputs: hand-made zips and Windows-1252 bytes. Not used by the module. */
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { APPLICANT_COLUMNS } from './columns.ts';
import type { SpreadsheetLanguage } from './columns.ts';

export interface ZipEntrySpec {
  name: string;
  /** Data to deflate; or precomputed deflated bytes with their real size and CRC. */
  data?: Uint8Array;
  deflated?: { bytes: Uint8Array; size: number; crc: number };
  /** Lies in the headers about the uncompressed size (a hostile zip). */
  declaredSize?: number;
}

/** A minimal zip writer (deflate, no zip64) so tests can craft hostile archives. */
export function buildZip(entries: ZipEntrySpec[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    let compressed: Uint8Array;
    let size: number;
    let crc: number;
    if (entry.deflated) {
      ({ bytes: compressed, size, crc } = entry.deflated);
    } else {
      const data = entry.data ?? new Uint8Array();
      compressed = deflateRawSync(data);
      size = data.byteLength;
      crc = crc32(data);
    }
    const declared = entry.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.byteLength, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.byteLength, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(compressed));
    centrals.push(central, name);
    offset += local.length + name.length + compressed.byteLength;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

/** The entries every .xlsx has, enough to pass the "is this an Excel zip" check. */
export const MINIMAL_XLSX_ENTRIES: ZipEntrySpec[] = [
  { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
  { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
];

const CP1252_EXTRAS: Record<string, number> = {
  '€': 0x80,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
};

/** Windows-1252 bytes of a text; throws on characters that code page cannot hold. */
export function encodeCp1252(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // Latin-1 range minus 0x80–0x9F, where Windows-1252 puts € and typographic marks instead.
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (CP1252_EXTRAS[ch] !== undefined) bytes.push(CP1252_EXTRAS[ch]);
    else throw new Error(`Not in Windows-1252: ${ch}`);
  }
  return new Uint8Array(bytes);
}

export function utf8(text: string, options: { bom?: boolean } = {}): Uint8Array {
  return new TextEncoder().encode(options.bom ? `\uFEFF${text}` : text);
}

/** A valid applicant row, as CSV-ready text cells in template order. */
export function validCells(
  language: SpreadsheetLanguage,
  overrides: Partial<Record<string, string>> = {},
): string[] {
  return APPLICANT_COLUMNS.map((c) => overrides[c.key] ?? c.example[language]);
}

export function csvOf(rows: string[][], delimiter = ';'): Uint8Array {
  return utf8(rows.map((r) => r.join(delimiter)).join('\r\n'));
}

export async function xlsxOf(
  build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hoja1');
  build(sheet, workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
