import fs from 'node:fs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDashboard, TReportOptions } from '../shared/schemas/reports.ts';
import { expectAccessible, getJson, newPage, screenshot, signIn, visible } from './browser.ts';
import { expectNoPageScroll, launchForDemo, staffApi } from './registration-helpers.ts';

/** The dashboard computes every figure of the demo program: give it time on a busy machine. */
const LOAD = 45_000;

/** A screenshot at the page's width (for a person, when asked for: see `screenshot`). */
const shot = (page: Page, name: string) =>
  screenshot(page, `reports-${name}-${page.viewportSize()?.width ?? 0}`);

/** The same shot at 360 and 1280, back to where it started. */
async function shotBoth(page: Page, name: string) {
  const start = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    if (width === 360) await expectNoPageScroll(page, 360);
    await shot(page, name);
  }
  await page.setViewportSize(start);
}

/** A number as the page writes it ("5.952", "60,5 %") read back as a number. */
const readNumber = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));

/** The headline card of a summary item: its label, then its value. */
function summaryCard(page: Page, label: string): Locator {
  return page
    .getByRole('region', { name: 'Resumen del programa' })
    .locator('.mantine-Paper-root', { has: page.getByText(label, { exact: true }) });
}

/** The value of a headline card: its second paragraph (the card also holds responsive styles). */
async function summaryValue(page: Page, label: string): Promise<number> {
  return readNumber((await summaryCard(page, label).locator('p').nth(1).textContent()) ?? '');
}

const dashboardApi = (programId: string, query = '') =>
  `/api/programs/${programId}/reports/dashboard?language=es${query}`;

const registered = (d: TDashboard) => d.summary.find((s) => s.key === 'registered')!;

async function downloaded(download: Promise<Download>): Promise<{ name: string; body: Buffer }> {
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), body: fs.readFileSync(path) };
}

/** Waits for the page to show the figures (the summary is the first thing drawn). */
async function dashboardShown(page: Page) {
  await visible(page.getByRole('heading', { level: 1, name: 'Reportes' }), LOAD);
  await visible(page.getByRole('region', { name: 'Resumen del programa' }), LOAD);
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: LOAD }).toBe(0);
}

describe('reports: the dashboard and the bulletin', () => {
  let browser: Browser;
  let programId: string;

  beforeAll(async () => {
    ({ browser, programId } = await launchForDemo());
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a coordinator filters by a city and exports a table as CSV and a chart as SVG', async () => {
    const page = await newPage(browser, { width: 1280 });
    await signIn(page, 'coordinator');
    await page.goto(`/p/${programId}/reports`);
    await dashboardShown(page);

    // The whole program: the page says what the API counts.
    const all = await getJson<TDashboard>(page, dashboardApi(programId));
    const total = registered(all);
    expect(total.value).toBeGreaterThan(0);
    await expect.poll(() => summaryValue(page, total.label)).toBe(total.value);
    await visible(page.getByRole('heading', { level: 2, name: 'Eficacia' }));
    await visible(page.getByRole('img', { name: /^Mapa de / }), LOAD);
    await expectAccessible(page);
    await shotBoth(page, 'dashboard');

    // One city: fewer businesses, the same number as the API for that city, the filter in the URL.
    await page.getByRole('textbox', { name: 'Ciudad' }).click();
    await page.getByRole('option', { name: 'Bucaramanga', exact: true }).click();
    await page.waitForURL(/municipalityCode=68001/);
    const city = await getJson<TDashboard>(
      page,
      dashboardApi(programId, '&municipalityCode=68001'),
    );
    const inCity = registered(city).value!;
    expect(inCity).toBeGreaterThan(0);
    expect(inCity).toBeLessThan(total.value!);
    await expect.poll(() => summaryValue(page, total.label), { timeout: LOAD }).toBe(inCity);
    await visible(page.getByText('Filtros: Bucaramanga'));
    await expectNoPageScroll(page, 1280);

    // A table as CSV: its header and a row of the city, as the dashboard counts it.
    const status = city.figures.find((f) => f.key === 'cases.status')!;
    const card = page.getByRole('region', { name: status.title });
    await card.scrollIntoViewIfNeeded();
    await card.getByRole('button', { name: `Exportar: ${status.title}` }).click();
    const csv = await downloaded(
      Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: 'Tabla en CSV' }).click(),
      ]).then(([d]) => d),
    );
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.body
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    for (const column of status.columns) expect(lines[0]).toContain(column.label);
    const row = lines.find((l) => l.startsWith('Bucaramanga'));
    expect(row, 'a row of Bucaramanga').toBeDefined();
    const registeredColumn = status.columns.findIndex((c) => c.key === 'registered');
    const cityRow = status.rows.find((r) => r[0] === 'Bucaramanga')!;
    expect(row).toContain(String(cityRow[registeredColumn]));

    // The chart as SVG, drawn in the browser, with the figure's title.
    await card.getByRole('button', { name: `Exportar: ${status.title}` }).click();
    const svg = await downloaded(
      Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: 'Gráfico en SVG' }).click(),
      ]).then(([d]) => d),
    );
    expect(svg.name).toBe(`cases.status-${city.filters.asOf}.svg`);
    const svgText = svg.body.toString('utf8');
    expect(svgText.startsWith('<svg')).toBe(true);
    expect(svgText).toContain(status.title);

    // And as PNG, drawn from that SVG on a white canvas.
    await card.getByRole('button', { name: `Exportar: ${status.title}` }).click();
    const png = await downloaded(
      Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: 'Gráfico en PNG' }).click(),
      ]).then(([d]) => d),
    );
    expect(png.name).toBe(`cases.status-${city.filters.asOf}.png`);
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');

    // The bulletin of the same date, one click away.
    await page.getByRole('link', { name: 'Boletín' }).click();
    await page.waitForURL(/\/reports\/bulletin/);
    await visible(page.getByRole('heading', { level: 1, name: 'Boletín del programa' }), LOAD);
    await page.context().close();
  }, 150_000);

  it('a coordinator downloads the bulletin as PDF, writes the summary of the edition, and it is there after a reload', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'coordinator');
    await page.goto(`/p/${programId}/reports/bulletin`);
    await visible(page.getByRole('heading', { level: 1, name: 'Boletín del programa' }), LOAD);

    // The PDF is made on the server, without a browser.
    const pdf = await downloaded(
      Promise.all([
        page.waitForEvent('download', { timeout: LOAD }),
        page.getByRole('link', { name: 'PDF' }).click(),
      ]).then(([d]) => d),
    );
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.body.subarray(0, 4).toString('latin1')).toBe('%PDF');

    const summary = page.getByRole('textbox', { name: 'Resumen' });
    await visible(summary, LOAD);
    await visible(page.getByRole('region', { name: 'Cuellos de botella que muestran las cifras' }));
    const text = `La inscripción superó la meta en Bucaramanga (${Date.now().toString(36)}).`;
    await summary.fill(text);
    await visible(page.getByText('Hay cambios sin guardar.'));
    await page.getByRole('button', { name: 'Guardar textos' }).click();
    await visible(page.getByText('Los textos del boletín quedaron guardados.'));
    await visible(page.getByText(/^Versión \d+ · Guardado por /));

    await page.reload();
    await visible(page.getByRole('textbox', { name: 'Resumen' }), LOAD);
    await expect.poll(() => page.getByRole('textbox', { name: 'Resumen' }).inputValue()).toBe(text);
    // Someone else saves the edition meanwhile: saving over it is refused, their text loads.
    const asOf = await page.getByLabel('Fecha de corte de la edición').inputValue();
    const other = await staffApi(browser, 'coordinator@demo.palanca.test');
    const edition = await other.get(`/api/programs/${programId}/reports/bulletins/${asOf}`);
    const theirs = `${text} Revisado por la coordinación.`;
    await other.put(`/api/programs/${programId}/reports/bulletins/${asOf}`, {
      texts: { ...edition.texts, summary: theirs },
      version: edition.version,
    });
    await other.context.close();
    await page.getByRole('textbox', { name: 'Pertinencia' }).fill('Llega a quien debe llegar.');
    await page.getByRole('button', { name: 'Guardar textos' }).click();
    await visible(page.getByText(/^Otra persona guardó esta edición mientras usted escribía/));
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Resumen' }).inputValue())
      .toBe(theirs);

    // The bottlenecks come from the figures of the same date.
    const region = page.getByRole('region', { name: 'Cuellos de botella que muestran las cifras' });
    await expect.poll(() => region.getByRole('status').count(), { timeout: LOAD }).toBe(0);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await shotBoth(page, 'bulletin');
    await page.context().close();
  }, 120_000);

  it('a supervisor finds only their cities in the city filter', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'supervisor');
    await page.goto(`/p/${programId}/reports`);
    await dashboardShown(page);
    const options = await getJson<TReportOptions>(
      page,
      `/api/programs/${programId}/reports/options`,
    );
    const names = options.cities.map((c) => c.name).sort();
    expect(names).toEqual(['Bucaramanga', 'San José de Cúcuta']);
    await page.getByRole('textbox', { name: 'Ciudad' }).click();
    const listbox = page.getByRole('listbox');
    await visible(listbox);
    const shown = (await listbox.getByRole('option').allTextContents()).sort();
    expect(shown).toEqual(names);
    await page.keyboard.press('Escape');
    // Nor does the bulletin page let them write the texts.
    await page.goto(`/p/${programId}/reports/bulletin`);
    await visible(
      page.getByText(
        'Solo las personas que coordinan el programa escriben los textos del boletín.',
      ),
      LOAD,
    );
    expect(await page.getByRole('button', { name: 'Guardar textos' }).count()).toBe(0);
    await page.context().close();
  });

  it('an as-of date before the program says so at the date', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'coordinator');
    await page.goto(`/p/${programId}/reports`);
    await dashboardShown(page);
    const refused = await page.request.get(dashboardApi(programId, '&asOf=2020-01-15'));
    expect(refused.status()).toBe(400);
    const { error } = (await refused.json()) as {
      error: { fields: { path: string; message: string }[] };
    };
    const message = error.fields.find((f) => f.path.endsWith('asOf'))!.message;

    const date = page.getByLabel('Fecha de corte', { exact: true });
    await date.fill('2020-01-15');
    await page.waitForURL(/asOf=2020-01-15/);
    await visible(page.getByText(message), LOAD);
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('region', { name: 'Resumen del programa' }).count()).toBe(0);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await shotBoth(page, 'as-of-error');
    await page.context().close();
  });
});
