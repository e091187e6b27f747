import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
  visible,
} from './browser.ts';
import {
  demoProgramId,
  expectNoPageScroll,
  staffApi,
  type StaffApi,
} from './registration-helpers.ts';

/** How long to wait for something to show: pages load their code and data first. */
const LOAD = 15_000;
const number = (text: string | null) => Number((text ?? '').replace(/\D/g, '') || 0);

/** The body rows of a table: the row header's text and the numbers of its cells. */
function bodyRows(table: Locator) {
  return table.evaluate((el) =>
    [...el.querySelectorAll('tbody tr')].map((tr) => ({
      label: tr.querySelector('th')?.firstChild?.textContent?.trim() ?? '',
      cells: [...tr.querySelectorAll('td')].map((td) => td.firstChild?.textContent ?? ''),
    })),
  );
}

describe('assessment report and settings', () => {
  let browser: Browser;
  let api: StaffApi;
  let programId: string;
  const settingsUrl = () => `/api/programs/${programId}/assessment-settings`;
  const questionnaireUrl = () => `/api/programs/${programId}/questionnaire`;

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await staffApi(browser, 'coordinator@demo.palanca.test');
    programId = await demoProgramId(api);
  });
  afterAll(async () => {
    await api.context.close();
    await browser.close();
  });

  it('a coordinator reads the levels per lever and narrows the report to one city', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator');
    await page.getByRole('link', { name: 'Valoraciones y planes', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Valoraciones y planes' }), LOAD);

    const levels = page.getByRole('region', { name: 'Niveles por palanca' }).getByRole('table');
    const diagnoses = page
      .getByRole('region', { name: 'Diagnósticos hechos y pendientes por ciudad' })
      .getByRole('table');
    await visible(levels, LOAD);
    const before = await bodyRows(levels);
    // One row per lever and the overall level last, each with diagnosed businesses in it.
    expect(before.at(-1)!.label).toBe('Nivel general');
    const finance = before.find((r) => r.label === 'Finanzas')!;
    expect(number(finance.cells.at(-1)!)).toBeGreaterThan(0);
    const overallBefore = number(before.at(-1)!.cells.at(-1)!);
    expect(overallBefore).toBeGreaterThan(0);
    // The bar says the same as the numbers, in words.
    await visible(page.getByRole('img', { name: /^Finanzas: Incipiente \d+/ }), LOAD);
    const cities = await bodyRows(diagnoses);
    const diagnosedBefore = cities.reduce((n, r) => n + number(r.cells[1]!), 0);
    expect(diagnosedBefore).toBe(overallBefore);
    await expectAccessible(page);
    await screenshot(page, 'assessment-report-1280');

    // One city: its row alone, and never more than the whole program.
    const city = cities[0]!.label;
    await page.getByRole('textbox', { name: 'Ciudad' }).click();
    await page.getByRole('option', { name: city, exact: true }).click();
    await page.waitForURL(/municipalityCode=\d{5}/);
    await expect.poll(async () => (await bodyRows(diagnoses)).map((r) => r.label)).toEqual([city]);
    const after = await bodyRows(levels);
    const overallAfter = number(after.at(-1)!.cells.at(-1)!);
    expect(overallAfter).toBeLessThanOrEqual(overallBefore);
    expect(overallAfter).toBe(number((await bodyRows(diagnoses))[0]!.cells[1]!));
    await expectAccessible(page);
    await page.context().close();
  });

  it('a coordinator cannot publish a questionnaire whose condition points nowhere, and changes the completion rule', async () => {
    const original = (await api.get(settingsUrl())).completionPercent as number;
    const versionBefore = (await api.get(questionnaireUrl())).version as number;
    const page = await newPage(browser);
    try {
      await signIn(page, 'coordinator');
      await page.goto(`/p/${programId}/assessment/settings`);
      await visible(
        page.getByRole('heading', { level: 1, name: 'Configuración de valoraciones y planes' }),
        LOAD,
      );
      await visible(page.getByText(`Versión vigente: ${versionBefore},`, { exact: false }), LOAD);
      // The live example follows the thresholds.
      await visible(page.getByText(/^Con estos umbrales, un puntaje de 45 es /), LOAD);
      // A section of the questionnaire, opened: conditions are said in words.
      await page.getByRole('button', { name: /^El negocio/ }).click();
      await visible(page.getByText(/^Se muestra si «/).first(), LOAD);
      await expectAccessible(page);
      await screenshot(page, 'assessment-settings-1280');

      await page.getByRole('button', { name: 'Publicar nueva versión' }).click();
      const box = page.getByRole('textbox', { name: 'Definición del cuestionario (JSON)' });
      const definition = JSON.parse(await box.inputValue());

      // Not JSON at all: caught before anything is sent.
      await box.fill('{ "levers": [');
      await page.getByRole('button', { name: 'Validar y publicar' }).click();
      await visible(
        page.getByText(/^El texto no es un JSON válido \(línea 1, columna \d+\)/),
        LOAD,
      );

      // A condition on a question that does not exist: the server says which question.
      const question = definition.sections[0].questions[1];
      question.showIf = { question: 'pregunta_inexistente', op: 'answered' };
      await box.fill(JSON.stringify(definition, null, 2));
      await page.getByRole('button', { name: 'Validar y publicar' }).click();
      const problems = page.getByRole('alert').filter({ hasText: 'No se publicó' });
      await visible(problems, LOAD);
      const text = (await problems.textContent()) ?? '';
      expect(text).toContain(`(${question.id})`);
      expect(text).toContain('La condición depende de una pregunta que no existe.');
      expect(text).toContain('pregunta_inexistente');
      await expectAccessible(page);
      await screenshot(page, 'assessment-settings-publish-error-1280');
      expect((await api.get(questionnaireUrl())).version).toBe(versionBefore);
      await page.getByRole('button', { name: 'Cancelar' }).click();
      await visible(page.getByText(`Versión vigente: ${versionBefore},`, { exact: false }), LOAD);

      // The completion rule: saved, and still there after a reload.
      const rule = page.getByLabel('Regla para terminar (%)');
      await rule.fill('90');
      await page.getByRole('button', { name: 'Guardar configuración' }).click();
      await visible(page.getByText('Configuración guardada'), LOAD);
      await page.reload();
      await expect.poll(() => rule.inputValue()).toMatch(/^90\s?%$/);
      expect((await api.get(settingsUrl())).completionPercent).toBe(90);
    } finally {
      const now = await api.get(settingsUrl());
      if (now.completionPercent !== original)
        await api.put(settingsUrl(), { ...now, completionPercent: original });
      await page.context().close();
    }
  });

  it('a facilitator sees the settings but no control to change them', async () => {
    const page = await newPage(browser);
    await signIn(page, 'facilitator');
    await expect.poll(() => page.getByRole('link', { name: 'Casos', exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Valoraciones y planes' }).count()).toBe(0);
    await page.goto(`/p/${programId}/assessment/settings`);
    await visible(
      page.getByRole('heading', { level: 1, name: 'Configuración de valoraciones y planes' }),
      LOAD,
    );
    await visible(page.getByText(/^Solo la coordinación del programa puede cambiar/), LOAD);
    await visible(page.getByRole('heading', { name: 'Cuestionario de valoración' }), LOAD);
    for (const name of [
      'Guardar configuración',
      'Deshacer cambios',
      'Publicar nueva versión',
      'Editar plantillas en JSON',
    ])
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(
      await page.getByLabel('Regla para terminar (%)').getAttribute('readonly'),
    ).not.toBeNull();
    // The choices are said in words, not shown as controls that cannot be used.
    expect(await page.getByRole('main').getByRole('radio').count()).toBe(0);
    expect(await page.getByRole('main').getByRole('checkbox').count()).toBe(0);
    await visible(
      page.getByText(/^(Promedio de puntajes|Palanca más débil|Nivel del medio): /),
      LOAD,
    );
    await expectAccessible(page);
    await page.context().close();
  });

  it('the report and the settings fit a phone', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'coordinator');
    await page.goto(`/p/${programId}/assessment/report`);
    await visible(
      page.getByRole('region', { name: 'Niveles por palanca' }).getByRole('table'),
      LOAD,
    );
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await screenshot(page, 'assessment-report-360');
    await page.goto(`/p/${programId}/assessment/settings`);
    await visible(page.getByRole('heading', { name: 'Cuestionario de valoración' }), LOAD);
    await visible(page.getByText(/^Versión vigente: /), LOAD);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await screenshot(page, 'assessment-settings-360');
    await page.context().close();
  });
});
