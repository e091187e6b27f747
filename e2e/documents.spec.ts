import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PNG,
  chooseFile,
  expectAccessible,
  launchBrowser,
  newPage,
  signIn,
  visible,
} from './browser.ts';
import {
  createCall,
  dialogOpened,
  expectNoPageScroll,
  fillBusiness,
  fillOwner,
  staffApi,
  uniqueCode,
  uniquePerson,
} from './registration-helpers.ts';

/** A one-page PDF, as small as a valid one gets. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

const ID = 'Copia del documento de identidad';
const BILL = 'Recibo de servicio público';
const REASON = 'La foto del recibo salió borrosa; envíe una foto nítida.';

describe('documents of an application', () => {
  let browser: Browser;
  let code: string;
  let programId: string;
  let callId: string;
  const person = { ...uniquePerson(), firstNames: 'Marina', lastNames: 'Quintero Arenas' };
  let confirmation = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const api = await staffApi(browser, 'coordinator@demo.palanca.test');
    code = uniqueCode('E2E-DOCS');
    ({ programId, callId } = await createCall(api, {
      code,
      name: `Convocatoria con documentos ${code}`,
      goals: { '68001': 5 },
      documents: { required: ['id_document', 'utility_bill'], mustBeVerified: true },
    }));
    await api.context.close();
  });
  afterAll(async () => {
    await browser.close();
  });

  /** Opens the status page of the application with its code and document number. */
  async function openStatus(page: Page) {
    await page.goto(`/apply/${code}/status?c=${confirmation}`);
    await page.getByLabel(/^Número de documento/).fill(person.documentNumber);
    await page.getByRole('button', { name: 'Consultar' }).click();
    await visible(page.getByRole('region', { name: 'Documentos que faltan' }));
  }

  it('an applicant applies and sends her missing documents from a phone', async () => {
    const page = await newPage(browser, { width: 360 });
    await page.goto(`/apply/${code}`);
    await fillOwner(page, person);
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await fillBusiness(page);
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByLabel(/^Leí la información anterior/).check();
    await page.getByRole('button', { name: 'Enviar postulación' }).click();
    const codeText = page.getByTestId('confirmation-code');
    await codeText.waitFor();
    confirmation = (await codeText.textContent())?.trim() ?? '';
    expect(confirmation).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    await page.getByRole('link', { name: 'Consultar el estado' }).click();
    await page.waitForURL(/\/status\?c=/);
    await page.getByLabel(/^Número de documento/).fill(person.documentNumber);
    await page.getByRole('button', { name: 'Consultar' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Recibida' }));

    // Both documents the call asks for are missing, each with its own button.
    const missing = page.getByRole('region', { name: 'Documentos que faltan' });
    const sendId = missing.getByRole('button', { name: `Enviar foto o PDF: ${ID}` });
    const sendBill = missing.getByRole('button', { name: `Enviar foto o PDF: ${BILL}` });
    await visible(sendId);
    await visible(sendBill);
    // The file input offers the camera: images and PDF.
    expect(await page.locator('input[type="file"]').first().getAttribute('accept')).toBe(
      'image/*,application/pdf',
    );
    await expectAccessible(page);
    await expectNoPageScroll(page, 360);

    // A file called .pdf that is not a PDF: the server looks inside and says what it accepts.
    await chooseFile(page, sendId, {
      name: 'cedula.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('esto no es un PDF, solo texto con otro nombre'),
    });
    await visible(missing.getByRole('alert').getByText('Solo se aceptan PDF o fotos'));

    // The real PDF goes through and the status refreshes: in review, one document left.
    await chooseFile(page, sendId, {
      name: 'cedula.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await visible(missing.getByText(`Recibimos su documento: ${ID}`));
    await visible(page.getByRole('heading', { level: 2, name: 'En revisión' }));
    await expect.poll(() => sendId.count()).toBe(0);
    await visible(page.getByRole('listitem').filter({ hasText: ID }).getByText('Por revisar'));

    // A photo of the bill.
    await chooseFile(page, sendBill, { name: 'recibo.png', mimeType: 'image/png', buffer: PNG });
    await visible(missing.getByText(`Recibimos su documento: ${BILL}`));
    await visible(missing.getByText('Ya envió todos los documentos que pide la convocatoria.'));
    await expect.poll(() => sendBill.count()).toBe(0);
    await expectAccessible(page);
    await expectNoPageScroll(page, 360);
    await page.context().close();
  });

  it('a coordinator rejects the bill, attaches a new one, verifies both and sees the verdict follow', async () => {
    const api = await staffApi(browser, 'coordinator@demo.palanca.test');
    const found = await api.get(
      `/api/programs/${programId}/calls/${callId}/applicants?q=${person.documentNumber}`,
    );
    const applicantId: string = found.items[0].id;
    await api.context.close();

    const page = await newPage(browser);
    await signIn(page, 'coordinator');
    await page.goto(`/p/${programId}/calls/${callId}/applicants/${applicantId}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Marina Quintero Arenas' }));
    const eligibility = page.getByRole('region', { name: 'Requisitos' });
    const documents = page.getByRole('region', { name: 'Documentos' });
    const verdict = (name: string) => visible(eligibility.getByText(name, { exact: true }).first());
    await verdict('Pendiente');
    await visible(eligibility.getByText('0 de 2 documentos verificados.', { exact: false }));

    // Opening a document: a new tab on the audited route, serving the PDF itself.
    const open = documents.getByRole('link', { name: new RegExp(`^Abrir ${ID}`) });
    expect(await open.getAttribute('target')).toBe('_blank');
    const file = await page.request.get((await open.getAttribute('href')) ?? '');
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');

    // Rejecting needs a reason, which then shows under the document.
    await documents.getByRole('button', { name: `Rechazar ${BILL}` }).click();
    const dialog = page.getByRole('dialog', { name: `Rechazar: ${BILL}` });
    await dialogOpened(dialog);
    await dialog.getByRole('button', { name: 'Rechazar', exact: true }).click();
    await visible(dialog.getByText('Escriba por qué se rechaza el documento.'));
    await expectAccessible(page);
    await dialog.getByLabel(/^Motivo del rechazo/).fill(REASON);
    await dialog.getByRole('button', { name: 'Rechazar', exact: true }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await visible(documents.getByText(REASON));
    await verdict('No cumple');
    await visible(eligibility.getByText(`Rechazados: ${BILL}.`, { exact: false }));

    // The applicant sees why, and is asked for a new one.
    const applicant = await newPage(browser, { width: 360 });
    await openStatus(applicant);
    await visible(applicant.getByText(`Lo revisamos y no lo pudimos aceptar: ${REASON}`));
    await visible(applicant.getByRole('button', { name: `Enviar foto o PDF: ${BILL}` }));
    await expectNoPageScroll(applicant, 360);
    await applicant.context().close();

    // The coordinator attaches the new bill the applicant brought to the office.
    expect(await documents.getByLabel('Tipo de documento').inputValue()).toBe('utility_bill');
    await chooseFile(page, documents.getByRole('button', { name: /^Elegir archivo y adjuntar/ }), {
      name: 'recibo-nuevo.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    const pendingBill = documents
      .getByRole('listitem')
      .filter({ hasText: 'recibo-nuevo.png' })
      .filter({ hasText: 'Por revisar' });
    await visible(pendingBill);
    await verdict('Pendiente');

    // Verifying both makes her eligible.
    await documents.getByRole('button', { name: `Verificar ${ID}` }).click();
    await visible(eligibility.getByText('1 de 2 documentos verificados.', { exact: false }));
    await pendingBill.getByRole('button', { name: `Verificar ${BILL}` }).click();
    await visible(eligibility.getByText('2 de 2 documentos verificados.', { exact: false }));
    await verdict('Cumple');
    await visible(
      documents
        .getByRole('listitem')
        .filter({ hasText: 'recibo-nuevo.png' })
        .getByText('Verificado'),
    );
    await expectAccessible(page);

    // On a phone the section fits the screen.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.reload();
    await visible(documents.getByRole('button', { name: /^Elegir archivo y adjuntar/ }));
    await expectNoPageScroll(page, 360);
    await page.context().close();
  });

  it('a facilitator may attach and open documents but not review them', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'facilitator');
    // Her own registrations only: register one, then look at its documents.
    await page.goto(`/p/${programId}/calls/${callId}/register`);
    await fillOwner(page, { ...uniquePerson(), firstNames: 'Amparo', lastNames: 'Díaz Rueda' });
    await page.getByLabel(/^Nombre del negocio/).fill('Tienda Amparo');
    await page.getByRole('textbox', { name: /^¿A qué se dedica el negocio\?/ }).fill('4711');
    await page.getByLabel(/^¿Desde cuándo funciona\?/).fill('2018-02-01');
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
    await page.getByLabel(/^Ventas de un mes normal/).fill('900000');
    await page.getByLabel(/^La persona escuchó el aviso/).check();
    await page.getByRole('button', { name: 'Guardar postulante' }).click();

    const documents = page.getByRole('region', { name: 'Documentos' });
    await chooseFile(page, documents.getByRole('button', { name: /^Elegir archivo y adjuntar/ }), {
      name: 'cedula.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await visible(documents.getByRole('link', { name: new RegExp(`^Abrir ${ID}`) }));
    expect(await documents.getByRole('button', { name: /^(Verificar|Rechazar) / }).count()).toBe(0);
    await expectAccessible(page);
    await expectNoPageScroll(page, 360);
    await page.context().close();
  });
});
