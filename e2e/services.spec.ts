import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseFile,
  expectAccessible,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
  visible,
} from './browser.ts';
import {
  demoProgramId,
  dialogOpened,
  expectNoPageScroll,
  staffApi,
  uniqueCode,
  type StaffApi,
} from './registration-helpers.ts';

/** How long to wait for something to show: pages load their code and data first. */
const LOAD = 15_000;
const HEADERS = [
  'Entidad',
  'Tipo de entidad',
  'Sector',
  'Servicio',
  'Beneficio',
  'Alcance',
  'Municipios',
  'Requisitos',
  'Contacto',
  'Enlace',
  'Mes de inicio',
  'Palancas',
  'Costo',
];
const nextYear = new Date().getUTCFullYear() + 1;

/** The characterization matrix as coordinators keep it: a merged title row above the headers. */
async function matrix(rows: string[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Matriz');
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  sheet.getCell(1, 1).value = 'MATRIZ DE CARACTERIZACIÓN DE SERVICIOS';
  sheet.getRow(2).values = HEADERS;
  rows.forEach((r, i) => (sheet.getRow(3 + i).values = r));
  return {
    name: 'matriz-servicios.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
  };
}

describe('services ecosystem', () => {
  let browser: Browser;
  let api: StaffApi;
  let programId: string;
  const servicesUrl = () => `/api/programs/${programId}/services`;
  const total = async (q: string) =>
    (await api.get(`${servicesUrl()}?q=${encodeURIComponent(q)}`)).total as number;

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await staffApi(browser, 'coordinator@demo.palanca.test');
    programId = await demoProgramId(api);
  });
  afterAll(async () => {
    await api.context.close();
    await browser.close();
  });

  /** The services page, opened from the menu. */
  async function openServices(page: Page, who: string) {
    await signIn(page, who);
    await page.getByRole('link', { name: 'Servicios', exact: true }).first().click();
    await visible(page.getByRole('heading', { level: 1, name: 'Servicios' }), LOAD);
  }

  it('a coordinator imports the matrix, reads the statuses, filters them, and a bad file adds nothing', async () => {
    const tag = uniqueCode('SRV');
    const page = await newPage(browser);
    await openServices(page, 'coordinator');

    await page.getByRole('button', { name: 'Importar matriz' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importar matriz de servicios' });
    await dialogOpened(dialog);
    const good = await matrix([
      [
        `Cámara de Comercio ${tag}`,
        'Privada',
        'Gremios',
        `Ruta de formalización ${tag}`,
        'Acompañamiento para registrar el negocio',
        'Local',
        'Bucaramanga',
        'Tener un negocio en la ciudad',
        '',
        'https://www.camaradirecta.com',
        'Permanente',
        'Formalización',
        'Gratuito',
      ],
      [
        `Bancóldex ${tag}`,
        'Pública',
        'Banca',
        `Crédito para crecer ${tag}`,
        'Línea de crédito para microempresas',
        'Nacional',
        '',
        '',
        'Oficina de atención, 601 742 0281',
        '',
        `${nextYear}-03`,
        'Finanzas',
        'Con costo',
      ],
      [
        `Alcaldía de Cúcuta ${tag}`,
        'Pública',
        '',
        `Feria de mercados ${tag}`,
        'Espacios de venta en ferias',
        'Local',
        'Cúcuta',
        'Inscribirse',
        '',
        'https://www.cucuta.gov.co',
        '2024-01',
        'Comercialización',
        'Gratuito',
      ],
    ]);
    await chooseFile(page, dialog.getByRole('button', { name: 'Elegir archivo' }), good);
    await visible(dialog.getByText('3 servicios: 3 nuevos, 0 actualizados'), LOAD);
    await dialog.getByRole('button', { name: 'Cerrar' }).last().click();
    expect(await total(tag)).toBe(3);

    // Only this run's services: its tag in the search box, kept in the URL.
    await page.getByRole('searchbox', { name: 'Buscar' }).fill(tag);
    await page.waitForURL(/q=SRV/);
    const table = page.getByRole('group', { name: 'Servicios del programa' }).getByRole('table');
    const row = (name: string) => table.getByRole('row', { name: new RegExp(name) });
    await visible(row(`Feria de mercados ${tag}`), LOAD);
    await expect.poll(() => table.getByRole('row').count()).toBe(4);
    const local = row(`Ruta de formalización ${tag}`);
    expect(await local.textContent()).toContain('Activo');
    expect(await local.textContent()).toContain('Bucaramanga');
    expect(await local.textContent()).toContain('Permanente');
    const national = row(`Crédito para crecer ${tag}`);
    expect(await national.textContent()).toContain('Por activar');
    expect(await national.textContent()).toContain('Aún no abre');
    expect(await national.textContent()).toContain('Todo el país');
    const link = local.getByRole('link', { name: /Abrir el enlace/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    await expectAccessible(page);
    await screenshot(page, 'services-1280');

    // One city: its local services and the national ones, not another city's.
    await page.getByRole('textbox', { name: 'Ciudad' }).click();
    await page.getByRole('option', { name: 'Bucaramanga', exact: true }).click();
    await page.waitForURL(/municipalityCode=68001/);
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    expect(await row(`Feria de mercados ${tag}`).count()).toBe(0);

    // And not active yet: the national one alone.
    await page.getByRole('textbox', { name: 'Estado' }).click();
    await page.getByRole('option', { name: 'Por activar', exact: true }).click();
    await page.waitForURL(/status=to_activate/);
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await visible(national);

    // A file with bad rows: every problem by line and column, and nothing goes in.
    await page.getByRole('button', { name: 'Importar matriz' }).click();
    await dialogOpened(dialog);
    const bad = await matrix([
      [
        `SENA ${tag}`,
        'Pública',
        'Formación',
        `Curso de costos ${tag}`,
        'Aprenda a costear',
        'Local',
        'Bucaramanga',
        'Ser mayor de edad',
        '',
        'https://www.sena.edu.co',
        '2024-05',
        'Finanzas',
        'Gratuito',
      ],
      [
        `Fondo Emprender ${tag}`,
        'Pública',
        '',
        `Capital semilla ${tag}`,
        '',
        'Nacional',
        '',
        '',
        '',
        'fondoemprender',
        '',
        'Finanzas',
        'Gratuito',
      ],
      [
        `Gobernación ${tag}`,
        'Pública',
        '',
        `Mercados campesinos ${tag}`,
        '',
        'Local',
        'Bucaramanga',
        'Inscribirse',
        '',
        '',
        'pronto',
        '',
        'Gratuito',
      ],
    ]);
    await chooseFile(page, dialog.getByRole('button', { name: 'Elegir archivo' }), bad);
    const problems = dialog.getByRole('group', { name: /problemas/ }).getByRole('table');
    await visible(problems, LOAD);
    const lines = await problems.evaluate((el) =>
      [...el.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''),
      ),
    );
    expect(lines.map((l) => l.slice(0, 2))).toEqual([
      ['4', 'Enlace'],
      ['5', 'Mes de inicio'],
    ]);
    expect(lines[1]![2]).toContain('pronto');
    await expectAccessible(page);
    await screenshot(page, 'services-import-errors-1280');
    expect(await total(tag)).toBe(3);
    await page.context().close();
  });

  it('a coordinator writes a service: errors at their fields, and a stale edit is refused', async () => {
    const tag = uniqueCode('SRV');
    const page = await newPage(browser);
    await openServices(page, 'coordinator');
    await page.getByRole('button', { name: 'Nuevo servicio' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nuevo servicio' });
    await dialogOpened(dialog);
    await dialog.getByRole('textbox', { name: /^Nombre de la entidad/ }).fill(`iNNpulsa ${tag}`);
    await dialog.getByRole('textbox', { name: /^Nombre del servicio/ }).fill(`Aldea ${tag}`);
    await dialog.getByRole('textbox', { name: /^Alcance/ }).click();
    await page.getByRole('option', { name: 'Nacional', exact: true }).click();
    await dialog.getByRole('textbox', { name: /^Enlace/ }).fill('innpulsa');
    await dialog.getByRole('checkbox', { name: 'Permanente / abierta' }).check();
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    // The server's word, next to the link.
    await visible(dialog.getByText('Escriba un enlace completo que empiece por https://.'), LOAD);
    await screenshot(page, 'services-form-errors-1280');
    await dialog.getByRole('textbox', { name: /^Enlace/ }).fill('https://www.innpulsacolombia.com');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await expect.poll(() => dialog.isVisible(), { timeout: LOAD }).toBe(false);

    await page.getByRole('searchbox', { name: 'Buscar' }).fill(tag);
    await page.waitForURL(/q=SRV/);
    const edit = page.getByRole('button', { name: `Editar Aldea ${tag}` });
    await visible(edit, LOAD);
    await edit.click();
    const editor = page.getByRole('dialog', { name: 'Editar servicio' });
    await dialogOpened(editor);
    await expectAccessible(page);
    await screenshot(page, 'services-edit-1280');

    // Someone else saves first: this edit is refused, not written over theirs.
    const [current] = (await api.get(`${servicesUrl()}?q=${encodeURIComponent(tag)}`)).items;
    await api.put(`${servicesUrl()}/${current.id}`, {
      entity: { name: current.entity.name, kind: current.entity.kind, sector: null },
      name: current.name,
      benefit: 'Cambiado por otra persona',
      scope: current.scope,
      cities: current.cities,
      link: current.link,
      permanent: current.permanent,
      levers: current.levers,
      cost: current.cost,
      version: current.version,
    });
    await editor.getByRole('textbox', { name: /^Beneficio/ }).fill('Mi cambio');
    await editor.getByRole('button', { name: 'Guardar' }).click();
    await visible(editor.getByText(/Alguien cambió este servicio/), LOAD);
    const [after] = (await api.get(`${servicesUrl()}?q=${encodeURIComponent(tag)}`)).items;
    expect(after.benefit).toBe('Cambiado por otra persona');
    await page.context().close();
  });

  it('a facilitator reads the services on a phone, without the controls to change them', async () => {
    const tag = uniqueCode('SRV');
    await api.post(servicesUrl(), {
      entity: { name: `SENA ${tag}`, kind: 'public', sector: 'Formación' },
      name: `Escuela de mercadeo ${tag}`,
      benefit: 'Talleres de ventas digitales para pequeños negocios',
      scope: 'local',
      cities: ['68001'],
      requirements: 'Ser mayor de edad',
      startMonth: '2024-02',
      levers: ['marketing', 'commercialization'],
      cost: 'free',
    });
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'facilitator');
    await page.goto(`/p/${programId}/services?q=${encodeURIComponent(tag)}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Servicios' }), LOAD);
    const card = page
      .getByRole('list', { name: 'Servicios del programa' })
      .getByRole('listitem')
      .filter({ hasText: `Escuela de mercadeo ${tag}` });
    await visible(card, LOAD);
    expect(await card.textContent()).toContain('Activo');
    expect(await card.textContent()).toContain('Bucaramanga');
    expect(await card.textContent()).toContain('Mercadeo');
    for (const name of ['Importar matriz', 'Nuevo servicio', 'Descargar plantilla'])
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Descargar plantilla' }).count()).toBe(0);
    expect(await card.getByRole('button', { name: /^Editar/ }).count()).toBe(0);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await screenshot(page, 'services-360');
    await page.context().close();
  });

  it('on a phone a coordinator sees the import problems and the form in full screen', async () => {
    const tag = uniqueCode('SRV');
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'coordinator');
    await page.goto(`/p/${programId}/services`);
    await visible(page.getByRole('heading', { level: 1, name: 'Servicios' }), LOAD);
    await page.getByRole('button', { name: 'Importar matriz' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importar matriz de servicios' });
    await dialogOpened(dialog);
    const bad = await matrix([
      [
        `Fondo Emprender ${tag}`,
        'Pública',
        '',
        `Capital semilla ${tag}`,
        '',
        'Nacional',
        '',
        '',
        '',
        'fondoemprender',
        'pronto',
        '',
        'Gratuito',
      ],
    ]);
    await chooseFile(page, dialog.getByRole('button', { name: 'Elegir archivo' }), bad);
    await visible(dialog.getByText(/^Línea 3 · /).first(), LOAD);
    await expectAccessible(page);
    await screenshot(page, 'services-import-errors-360', false);
    await dialog.getByRole('button', { name: 'Cerrar' }).last().click();
    expect(await total(tag)).toBe(0);

    await page.getByRole('button', { name: 'Nuevo servicio' }).click();
    const form = page.getByRole('dialog', { name: 'Nuevo servicio' });
    await dialogOpened(form);
    await expectAccessible(page);
    await screenshot(page, 'services-form-360', false);
    await page.context().close();
  });
});
