import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZBulletin } from '../../shared/schemas/reports.ts';
import type { Database } from '../db/client.ts';
import { fixtureMaps } from '../modules/reports/render/fixture.ts';
import { openTestDatabase } from '../test/database.ts';
import { buildWorld } from '../test/world.ts';
import { CliError, writeBulletin, type ReportBulletinOptions } from './report.ts';

let database: Database;
let dir: string;
const TODAY = '2026-11-22';

beforeAll(async () => {
  database = await openTestDatabase();
  await buildWorld(database.db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'palanca-report-'));
});

afterAll(async () => {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const options = (over: Partial<ReportBulletinOptions>): ReportBulletinOptions => ({
  program: 'PRG-A',
  asOf: '2026-11-20',
  format: 'json',
  out: path.join(dir, 'out'),
  language: 'es',
  ...over,
});

const write = (over: Partial<ReportBulletinOptions>, maps = false) =>
  writeBulletin({
    db: database.db,
    opts: options(over),
    today: TODAY,
    ...(maps ? { maps: fixtureMaps() } : {}),
  });

describe('palanca report bulletin', () => {
  it('writes the bulletin of a program in every format', async () => {
    const json = await write({ out: path.join(dir, 'b.json') });
    const bulletin = ZBulletin.parse(JSON.parse(fs.readFileSync(json.file, 'utf8')));
    expect(bulletin.program.code).toBe('PRG-A');
    expect(bulletin.filters.asOf).toBe('2026-11-20');
    expect(bulletin.figures.length).toBeGreaterThan(10);
    expect(json.bytes).toBe(fs.statSync(json.file).size);

    const pdf = await write({ format: 'pdf', out: path.join(dir, 'b.pdf') });
    expect(fs.readFileSync(pdf.file).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const html = await write({ format: 'html', out: path.join(dir, 'nested', 'b.html') }, true);
    const page = fs.readFileSync(html.file, 'utf8');
    expect(page).toContain(bulletin.program.name);
    expect(page).toContain('Con corte al 20 de noviembre de 2026');

    const xlsx = await write({ format: 'xlsx', out: path.join(dir, 'b.xlsx') });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(xlsx.file) as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(bulletin.figures.length + 2);
  });

  it('writes it in English and for one city', async () => {
    const { file } = await write({ language: 'en', city: '68001', out: path.join(dir, 'en.json') });
    const bulletin = ZBulletin.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    expect(bulletin.language).toBe('en');
    expect(bulletin.filters.municipalityCode).toBe('68001');
  });

  it('says clearly what is wrong, in the chosen language', async () => {
    await expect(write({ program: 'NOPE' })).rejects.toThrow(
      new CliError('No hay un programa con el código NOPE.'),
    );
    await expect(write({ program: 'NOPE', language: 'en' })).rejects.toThrow(
      'There is no program with code NOPE.',
    );
    await expect(write({ asOf: '2026-13-40' })).rejects.toThrow(
      'La fecha «2026-13-40» no es válida: escríbala como AAAA-MM-DD.',
    );
    await expect(write({ asOf: '20-11-2026' })).rejects.toThrow(CliError);
    await expect(write({ city: 'Bucaramanga' })).rejects.toThrow(
      'El municipio «Bucaramanga» no es un código DIVIPOLA de 5 dígitos.',
    );
    await expect(write({ asOf: '2026-01-15' })).rejects.toThrow(
      'asOf: La fecha de corte es anterior al inicio del programa (2026-07-27).',
    );
    await expect(write({ city: '11001' })).rejects.toThrow('municipalityCode: ');
    await expect(write({ organization: 'no-such-org' })).rejects.toThrow(
      'No hay una organización no-such-org.',
    );
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });
});
