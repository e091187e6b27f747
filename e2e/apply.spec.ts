import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from './browser.ts';
import {
  createCall,
  expectNoPageScroll,
  fillBusiness,
  fillOwner,
  staffApi,
  uniqueCode,
  uniquePerson,
} from './registration-helpers.ts';

const next = (page: Page) => page.getByRole('button', { name: 'Siguiente' }).click();
const stepTitle = (page: Page, title: string) =>
  expect.poll(() => page.getByRole('heading', { level: 2, name: title }).isVisible()).toBe(true);

describe('an owner applies to a call from a phone', () => {
  let browser: Browser;
  let code: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const api = await staffApi(browser, 'coordinator@demo.palanca.test');
    code = uniqueCode('E2E-APPLY');
    await createCall(api, {
      code,
      name: `Convocatoria de prueba ${code}`,
      goals: { '68001': 5 },
    });
    await api.context.close();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('goes through the four steps, gets a confirmation code and checks the status', async () => {
    const page = await newPage(browser, { width: 360 });
    await page.goto(`/apply/${code}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`Convocatoria de prueba ${code}`);
    await expectAccessible(page);
    await expectNoPageScroll(page, 360);

    // Nothing filled: every required field says what is missing, and nothing moves on.
    await next(page);
    await expect
      .poll(() => page.getByText('Este campo es obligatorio.').first().isVisible())
      .toBe(true);
    await stepTitle(page, 'Sus datos');

    const person = {
      ...uniquePerson(),
      firstNames: 'Luz Dary',
      lastNames: 'Pabón Mantilla',
    };
    // Dots in the document and +57 with spaces in the phone are accepted as people write them.
    await fillOwner(page, {
      ...person,
      documentNumber: person.documentNumber.replace(/(\d)(?=(\d{3})+$)/g, '$1.'),
      phone: `+57 ${person.phone.slice(0, 3)} ${person.phone.slice(3, 6)} ${person.phone.slice(6)}`,
    });
    expect(await page.getByLabel(/^Número de documento/).inputValue()).toBe(person.documentNumber);
    await next(page);
    await stepTitle(page, 'Su negocio');

    // A reload keeps the draft and the step.
    await page.reload();
    await stepTitle(page, 'Su negocio');
    await fillBusiness(page);
    await expectNoPageScroll(page, 360);
    await next(page);

    await stepTitle(page, 'Preguntas opcionales');
    await expect.poll(() => page.getByText('Opcional — puede no responder').isVisible()).toBe(true);
    await page
      .getByRole('group', { name: '¿Es usted madre cabeza de hogar?' })
      .getByRole('radio', { name: 'Sí' })
      .check();
    await page
      .getByRole('group', { name: '¿Es víctima del conflicto armado?' })
      .getByRole('radio', { name: 'Prefiero no responder' })
      .check();
    await expectAccessible(page);
    await next(page);

    await stepTitle(page, 'Autorización y envío');
    await expect.poll(() => page.getByText(/Ley 1581 de 2012/).isVisible()).toBe(true);
    // The review shows what will be sent, normalized.
    const review = page.getByRole('region', { name: 'Revise sus respuestas' });
    await expect.poll(() => review.getByText(person.phone).isVisible()).toBe(true);
    await expect.poll(() => review.getByText('Luz Dary Pabón Mantilla').isVisible()).toBe(true);
    // Without consent nothing is sent.
    await page.getByRole('button', { name: 'Enviar postulación' }).click();
    await expect
      .poll(() => page.getByText('Para enviar la postulación, marque la casilla').isVisible())
      .toBe(true);
    await page.getByLabel(/^Leí la información anterior/).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Enviar postulación' }).click();

    const codeText = page.getByTestId('confirmation-code');
    await codeText.waitFor();
    const confirmation = (await codeText.textContent())?.trim() ?? '';
    expect(confirmation).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expect.poll(() => page.getByText('Guarde este código').isVisible()).toBe(true);
    await expectAccessible(page);
    await expectNoPageScroll(page, 360);

    await page.getByRole('link', { name: 'Consultar el estado' }).click();
    await page.waitForURL(/\/status\?c=/);
    expect(await page.getByLabel(/^Código de confirmación/).inputValue()).toBe(confirmation);
    await page.getByLabel(/^Número de documento/).fill(person.documentNumber);
    await page.getByRole('button', { name: 'Consultar' }).click();
    await expect
      .poll(() =>
        page.getByRole('heading', { level: 2, name: 'Cumple los requisitos' }).isVisible(),
      )
      .toBe(true);
    // The call asks for a copy of the identity document, not handed in yet.
    await expect
      .poll(() => page.getByText('Copia del documento de identidad').isVisible())
      .toBe(true);
    await expectAccessible(page);
    await expectNoPageScroll(page, 360);

    // A wrong document number opens nothing.
    await page.getByLabel(/^Número de documento/).fill('99999999');
    await page.getByRole('button', { name: 'Consultar' }).click();
    await expect
      .poll(() => page.getByText(/No encontramos una postulación con ese código/).isVisible())
      .toBe(true);
    await page.context().close();
  });

  it('shows a phone number the server refuses next to the phone field', async () => {
    const page = await newPage(browser, { width: 360 });
    await page.goto(`/apply/${code}`);
    const person = { ...uniquePerson(), firstNames: 'Edilma', lastNames: 'Rincón Sáenz' };

    // The browser already checks the number with the shared rules…
    await fillOwner(page, { ...person, phone: '12345' });
    await next(page);
    const phone = page.getByLabel(/^Celular o teléfono/);
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() =>
        page.getByText('Escriba un celular o teléfono fijo colombiano de 10 dígitos.').isVisible(),
      )
      .toBe(true);

    // …and what the server refuses comes back to the right step and field: here the request
    // is altered on its way, as an outdated page or a hand-made request would send it.
    await phone.fill(person.phone);
    await next(page);
    await fillBusiness(page);
    await next(page);
    await next(page);
    await page.getByLabel(/^Leí la información anterior/).check();
    await page.route('**/api/public/calls/*/applications', async (route) => {
      const body = route.request().postDataJSON();
      body.applicant.owner.phone = '12345';
      await route.continue({ postData: JSON.stringify(body) });
    });
    const answer = page.waitForResponse('**/api/public/calls/*/applications');
    await page.getByRole('button', { name: 'Enviar postulación' }).click();
    expect((await answer).status()).toBe(400);

    await stepTitle(page, 'Sus datos');
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await phone.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(
      describedBy
        .split(' ')
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(messages.join(' ')).toMatch(/10 dígitos/);
    await expectAccessible(page);
    await page.context().close();
  });
});
