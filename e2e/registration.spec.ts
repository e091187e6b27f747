import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from './browser.ts';
import {
  createCall,
  dialogOpened,
  expectNoPageScroll,
  fillOwner,
  staffApi,
  uniqueCode,
  uniquePerson,
} from './registration-helpers.ts';

/** Rows for the Spanish CSV template (`;`-separated), one eligible owner in Bucaramanga each. */
function csvRow(options: { documentNumber: string; phone: string; name: string }) {
  return [
    'CC',
    options.documentNumber,
    options.name,
    'Importado Prueba',
    'F',
    '12/04/1988',
    options.phone,
    '',
    'Calle 10 # 20-30',
    '68001',
    '',
    'Sí',
    'No',
    '',
    'Ninguno',
    `Tienda de ${options.name}`,
    '4711',
    '01/06/2019',
    'Sí',
    'Sí',
    'No',
    '2',
    '1',
    '3.200.000',
    'No',
    'No',
  ].join(';');
}

describe('staff register, import and select applicants', () => {
  let browser: Browser;
  let programId: string;
  let callId: string;
  let callName: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const api = await staffApi(browser, 'coordinator@demo.palanca.test');
    const code = uniqueCode('E2E-REG');
    callName = `Convocatoria de registro ${code}`;
    ({ programId, callId } = await createCall(api, {
      code,
      name: callName,
      goals: { '68001': 2, '54001': 1 },
    }));
    await api.context.close();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a facilitator registers an owner in the field and sees why she is eligible', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'facilitator');
    await page.getByRole('button', { name: 'Abrir el menú' }).click();
    await page.getByRole('link', { name: 'Convocatorias' }).click();
    await page.getByRole('link', { name: callName }).first().click();
    await page.getByRole('tab', { name: 'Postulantes' }).click();
    await page.getByRole('link', { name: 'Registrar postulante' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Registrar postulante' }).isVisible())
      .toBe(true);

    await fillOwner(page, { ...uniquePerson(), firstNames: 'Gladys', lastNames: 'Ortiz Cáceres' });
    await page.getByLabel(/^Nombre del negocio/).fill('Modistería Gladys');
    await page.getByRole('textbox', { name: /^¿A qué se dedica el negocio\?/ }).fill('1410');
    await page.getByLabel(/^¿Desde cuándo funciona\?/).fill('2016-08-01');
    for (const question of [
      '¿Tiene local?',
      '¿Tiene RUT?',
      '¿Está registrado en la Cámara de Comercio?',
      '¿Es un negocio verde?',
      '¿Es un negocio cultural o creativo?',
    ]) {
      await page.getByRole('group', { name: question }).getByRole('radio', { name: 'No' }).check();
    }
    await page.getByLabel(/^¿Cuántas personas trabajan/).fill('1');
    await page.getByLabel(/^¿Cuántas de ellas son mujeres\?/).fill('1');
    await page.getByLabel(/^Ventas de un mes normal/).fill('1800000');
    await page.getByLabel(/^La persona escuchó el aviso/).check();
    await expectNoPageScroll(page, 360);
    await page.getByRole('button', { name: 'Guardar postulante' }).click();

    await expect
      .poll(() =>
        page.getByRole('heading', { name: 'Gladys Ortiz Cáceres quedó registrado' }).isVisible(),
      )
      .toBe(true);
    const eligibility = page.getByRole('region', { name: 'Requisitos' });
    await expect.poll(() => eligibility.getByText('Vive en Bucaramanga.').isVisible()).toBe(true);
    await expect
      .poll(() => eligibility.getByText('El negocio funciona hace al menos 6 meses').isVisible())
      .toBe(true);
    await expect
      .poll(() => eligibility.getByText(/^Tiene \d+ años; se piden al menos 18\.$/).isVisible())
      .toBe(true);
    await expect
      .poll(() => eligibility.getByText('Cumple', { exact: true }).isVisible())
      .toBe(true);
    await expectAccessible(page);
    await expectNoPageScroll(page, 360);
    await page.context().close();
  });

  it('a coordinator imports a spreadsheet, and a file with a bad phone is explained by line', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator');
    const template = await page.request.get(
      `/api/programs/${programId}/calls/${callId}/applicants/template?format=csv&language=es`,
    );
    expect(template.status()).toBe(200);
    const header = (await template.text()).split(/\r?\n/)[0] ?? '';
    expect(header).toContain('Número de documento');

    const rows = ['Rosa', 'Nelly', 'Marleny'].map((name) => csvRow({ ...uniquePerson(), name }));
    const good = `${header}\r\n${rows.join('\r\n')}\r\n`;

    await page.goto(`/p/${programId}/calls/${callId}/applicants`);
    await page.getByRole('button', { name: 'Importar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importar postulantes' });
    await dialogOpened(dialog);
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'postulantes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(good, 'utf8'),
    });
    await expect.poll(() => dialog.getByText('Importación terminada').isVisible()).toBe(true);
    await expect
      .poll(() =>
        dialog.getByText('Del archivo postulantes.csv se registraron 3 postulantes.').isVisible(),
      )
      .toBe(true);
    await expectAccessible(page);

    const bad = `${header}\r\n${[
      csvRow({ ...uniquePerson(), name: 'Aurora' }),
      csvRow({ ...uniquePerson(), name: 'Beatriz', phone: '12345' }),
    ].join('\r\n')}\r\n`;
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'con-error.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad, 'utf8'),
    });
    await expect.poll(() => dialog.getByText('Corrija el archivo').isVisible()).toBe(true);
    const problems = dialog.getByRole('table');
    await expect.poll(() => problems.getByRole('row').count()).toBe(2);
    const row = problems.getByRole('row').nth(1);
    expect(await row.getByRole('cell').nth(0).textContent()).toBe('3');
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Celular o teléfono');
    expect(await row.getByRole('cell').nth(2).textContent()).toMatch(/10 dígitos/);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Cerrar', exact: true }).last().click();
    await expect.poll(() => dialog.count()).toBe(0);

    // Nothing of the bad file was saved: 3 imported plus the facilitator's registration.
    await expect.poll(() => page.getByText('Mostrando 1–4 de 4').isVisible()).toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });

  it('a coordinator confirms the selection of Bucaramanga: the goal is selected, the rest wait', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator');
    await page.goto(`/p/${programId}/calls/${callId}/selection?territory=68001`);
    const selected = page.getByRole('region', { name: 'Serían seleccionados' });
    await expect.poll(() => selected.getByRole('row').count()).toBe(3); // header + goal of 2
    const waiting = page.getByRole('region', { name: 'Lista de espera' });
    await expect.poll(() => waiting.getByRole('row').count()).toBe(3); // header + 2 waiting
    await expect
      .poll(() => page.getByText(/Se ordena por puntaje de mayor a menor/).isVisible())
      .toBe(true);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Confirmar selección' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirmar la selección' });
    await dialogOpened(dialog);
    await expect.poll(() => dialog.getByText(/quedarán 2 seleccionados/).isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Confirmar selección' }).click();

    await expect
      .poll(() =>
        page
          .getByText('La selección de Bucaramanga ya está decidida.', { exact: false })
          .isVisible(),
      )
      .toBe(true);
    const decided = page.getByRole('region', { name: 'Seleccionados' });
    await expect.poll(() => decided.getByRole('row').count()).toBe(3);
    await expect.poll(() => waiting.getByRole('row').count()).toBe(3);
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Promover siguiente de la lista de espera' }).isEnabled(),
      )
      .toBe(true);

    // The list shows who was selected and who waits.
    await page.getByRole('tab', { name: 'Postulantes' }).click();
    await expect
      .poll(() =>
        page
          .getByText(/Seleccionado \(n\.º 1\)/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() =>
        page
          .getByText(/Lista de espera \(n\.º 3\)/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await page.context().close();
  });
});
