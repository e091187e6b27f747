import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseCard } from '../shared/schemas/cases.ts';
import type { TCaseTraining, TTrack, TTrainingModule } from '../shared/schemas/training.ts';
import { baseUrl, expectAccessible, getJson, screenshot, signIn, visible } from './browser.ts';
import {
  dialogOpened,
  expectNoPageScroll,
  launchForDemo,
  staffApi,
} from './registration-helpers.ts';

/** How long to wait for something to show: pages load their code and data first. */
const LOAD = 15_000;
const MINUTE = 60_000;
/** Colombia has no daylight saving: always five hours behind UTC. */
const bogotaDay = (ms: number) => new Date(ms - 5 * 60 * MINUTE).toISOString().slice(0, 10);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A page in Colombian time, as the program's staff use it. */
async function colombianPage(browser: Browser, width: number): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    locale: 'es-CO',
    timezoneId: 'America/Bogota',
    baseURL: baseUrl(),
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

describe('training', () => {
  let browser: Browser;
  let programId: string;
  const run = Date.now().toString(36);
  const moduleTitle = `Costos y precios ${run}`;
  const trackName = `Ruta corta ${run}`;

  beforeAll(async () => {
    ({ browser, programId } = await launchForDemo());
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a coordinator creates a module and a one-module track', async () => {
    const page = await colombianPage(browser, 1280);
    await signIn(page, 'coordinator');
    await page.goto(`/p/${programId}/training?tab=modules`);
    await visible(page.getByRole('heading', { level: 1, name: 'Formación' }), LOAD);
    await visible(page.getByRole('tab', { name: 'Módulos y rutas', selected: true }), LOAD);

    await page.getByRole('button', { name: 'Nuevo módulo' }).click();
    const moduleDialog = page.getByRole('dialog', { name: 'Nuevo módulo' });
    await dialogOpened(moduleDialog);
    await moduleDialog.getByRole('textbox', { name: /^Título/ }).fill(moduleTitle);
    await moduleDialog
      .getByRole('textbox', { name: /^Tema/ })
      .fill('Cuánto cuesta lo que vendo y a cuánto venderlo');
    await moduleDialog.getByRole('textbox', { name: /^Duración/ }).fill('60');
    await moduleDialog.getByRole('radio', { name: 'Presencial' }).check();
    await moduleDialog.getByRole('button', { name: 'Agregar material' }).click();
    await moduleDialog.getByRole('textbox', { name: /^Nombre del material 1/ }).fill('Guía');
    // A link that is not one is named at its field.
    await moduleDialog.getByRole('textbox', { name: /^Enlace del material 1/ }).fill('guia.pdf');
    await moduleDialog.getByRole('button', { name: 'Guardar' }).click();
    await visible(moduleDialog.getByText('Escriba un enlace completo que empiece por https://.'));
    await moduleDialog
      .getByRole('textbox', { name: /^Enlace del material 1/ })
      .fill('https://example.org/guia.pdf');
    await expectAccessible(page);
    await screenshot(page, 'training-module-form-1280', false);
    await moduleDialog.getByRole('button', { name: 'Guardar' }).click();
    await expect.poll(() => moduleDialog.isVisible(), { timeout: LOAD }).toBe(false);
    await visible(page.getByRole('heading', { name: moduleTitle }), LOAD);

    await page.getByRole('button', { name: 'Nueva ruta' }).click();
    const trackDialog = page.getByRole('dialog', { name: 'Nueva ruta' });
    await dialogOpened(trackDialog);
    await trackDialog.getByRole('textbox', { name: /^Nombre de la ruta/ }).fill(trackName);
    await trackDialog.getByRole('textbox', { name: /^Módulos/ }).click();
    await page.getByRole('option', { name: moduleTitle }).click();
    await page.keyboard.press('Escape');
    await trackDialog.getByRole('button', { name: 'Guardar' }).click();
    await expect.poll(() => trackDialog.isVisible(), { timeout: LOAD }).toBe(false);
    await visible(page.getByRole('heading', { name: trackName }), LOAD);
    await screenshot(page, 'training-modules-1280');
    await expectAccessible(page);

    const tracks = await getJson<{ items: TTrack[] }>(
      page,
      `/api/programs/${programId}/training/tracks`,
    );
    const track = tracks.items.find((t) => t.name === trackName)!;
    expect(track.completionPercent).toBe(80);
    expect(track.moduleIds).toHaveLength(1);
    await page.context().close();
  });

  it('a facilitator on a phone enrolls a case in a session that started, takes attendance, and the certificate downloads', async () => {
    // The session itself is made through the API: it started half an hour ago.
    const coordinator = await staffApi(browser, 'coordinator@demo.palanca.test');
    const modules: { items: TTrainingModule[] } = await coordinator.get(
      `/api/programs/${programId}/training/modules`,
    );
    const module = modules.items.find((m) => m.title === moduleTitle)!;
    const startsAt = Math.floor((Date.now() - 30 * MINUTE) / (5 * MINUTE)) * 5 * MINUTE;
    const session = await coordinator.post(`/api/programs/${programId}/training/sessions`, {
      moduleId: module.id,
      startsAt: new Date(startsAt).toISOString(),
      durationMinutes: 60,
      place: `Cámara de Comercio, salón ${run}`,
      trainerName: 'Laura Gómez',
      capacity: 20,
    });
    const track = (
      (await coordinator.get(`/api/programs/${programId}/training/tracks`)) as { items: TTrack[] }
    ).items.find((t) => t.name === trackName)!;
    await coordinator.context.close();

    const page = await colombianPage(browser, 360);
    await signIn(page, 'facilitator');
    const mine = await getJson<{ items: TCaseCard[] }>(
      page,
      `/api/programs/${programId}/cases?status=active&pageSize=1&sort=name`,
    );
    const c = mine.items[0]!;

    await page.goto(`/p/${programId}/training?week=${bogotaDay(startsAt)}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Formación' }), LOAD);
    const open = page.getByRole('button', {
      name: new RegExp(`^Abrir la sesión de ${escape(moduleTitle)}`),
    });
    await visible(open, LOAD);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await screenshot(page, 'training-week-360');
    await open.click();
    const dialog = page.getByRole('dialog', { name: moduleTitle });
    await dialogOpened(dialog);
    await visible(dialog.getByText('0 de 20 cupos'), LOAD);

    const search = dialog.getByRole('searchbox', { name: /^Buscar negocio o propietario/ });
    await search.fill(c.businessName.slice(0, 12));
    await dialog.getByRole('button', { name: `Inscribir ${c.businessName}` }).click();
    const attendance = dialog.getByRole('group', { name: `Asistencia de ${c.businessName}` });
    await visible(attendance, LOAD);
    await visible(dialog.getByText('1 de 20 cupos'));
    await expectAccessible(page);
    await screenshot(page, 'training-session-360');
    await attendance.getByRole('button', { name: 'Presente' }).click();
    await expect
      .poll(() => attendance.getByRole('button', { name: 'Presente' }).getAttribute('aria-pressed'))
      .toBe('true');
    await visible(dialog.getByText('Asistió 60 de 60 min'), LOAD);
    await screenshot(page, 'training-attendance-360');
    await page.keyboard.press('Escape');

    // The case has completed the one-module track: its page offers the certificate.
    const progress = await getJson<TCaseTraining>(
      page,
      `/api/programs/${programId}/cases/${c.id}/training`,
    );
    expect(progress.tracks.find((t) => t.trackId === track.id)).toMatchObject({
      completed: true,
      percent: 100,
    });
    await page.goto(`/p/${programId}/cases/${c.id}`);
    const link = page.getByRole('link', { name: `Descargar certificado: ${trackName}` });
    await visible(link, LOAD);
    await link.scrollIntoViewIfNeeded();
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await screenshot(page, 'training-case-panel-360', false);
    const href = await link.getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
    const download = page.waitForEvent('download');
    await link.click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    expect(session.id).toBeTruthy();
    await page.context().close();
  });

  it('the report counts the case that completed, at 1280 and 360', async () => {
    const page = await colombianPage(browser, 1280);
    await signIn(page, 'coordinator');
    const tracks = await getJson<{ items: TTrack[] }>(
      page,
      `/api/programs/${programId}/training/tracks`,
    );
    const track = tracks.items.find((t) => t.name === trackName)!;
    await page.goto(`/p/${programId}/training?tab=report&track=${track.id}`);
    await visible(page.getByRole('heading', { name: 'Por ciudad' }), LOAD);
    const report = await getJson<{ total: { completed: number } }>(
      page,
      `/api/programs/${programId}/training/report?trackId=${track.id}`,
    );
    expect(report.total.completed).toBeGreaterThanOrEqual(1);
    await visible(page.getByRole('region', { name: 'Por ciudad' }).getByRole('table'));
    await expectAccessible(page);
    await screenshot(page, 'training-report-1280');
    await page.setViewportSize({ width: 360, height: 800 });
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await screenshot(page, 'training-report-360');
    await page.context().close();
  });
});
