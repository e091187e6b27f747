import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPlan } from '../shared/schemas/assessment.ts';
import type { TCaseCard } from '../shared/schemas/cases.ts';
import {
  PNG,
  chooseFile,
  expectAccessible,
  getJson,
  newPage,
  screenshot,
  signIn,
  visible,
} from './browser.ts';
import { expectNoPageScroll, launchForDemo } from './registration-helpers.ts';

/**
 * The signed-in user's active cases at a stage that match, by name. The first match is used: the
 * assessment spec takes the last one of the supervisor's wider scope, so the two stay apart.
 */
async function firstCase(
  page: Page,
  programId: string,
  stage: string,
  match: (c: TCaseCard) => boolean,
): Promise<TCaseCard> {
  const list = await getJson<{ items: TCaseCard[] }>(
    page,
    `/api/programs/${programId}/cases?stage=${stage}&status=active&sort=name&pageSize=200`,
  );
  const found = list.items.find(match);
  expect(found, `a case at ${stage}`).toBeDefined();
  return found!;
}

/** A screenshot at the page's width (for a person, when asked for: see `screenshot`). */
const shot = (page: Page, name: string) =>
  screenshot(page, `${name}-${page.viewportSize()?.width ?? 0}`);

/** Pages in a PDF, counted from its page objects. */
const pdfPages = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('attention plan', () => {
  let browser: Browser;
  let programId: string;

  beforeAll(async () => {
    ({ browser, programId } = await launchForDemo());
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a facilitator on a phone generates the plan, edits an activity, records the presentation, and finds it all kept', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'facilitator');
    // Diagnosed, no plan yet.
    const target = await firstCase(
      page,
      programId,
      'waiting_plan',
      (c) => c.overallLevel !== null && c.planState === null,
    );
    await page.goto(`/p/${programId}/cases/${target.id}/plan`);
    await visible(page.getByRole('heading', { level: 1, name: 'Plan de atención' }));
    await visible(page.getByText(target.businessName).first());
    const start = page.getByLabel('Primer día de la semana 1');
    await visible(start);
    const startsOn = await start.inputValue();
    expect(startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Generar plan' }).click();
    await visible(page.getByText('Plan generado'));
    const activities = page.getByRole('region', { name: /^Actividades \(\d+\)$/ });
    await visible(activities);
    await visible(
      page.getByRole('region', { name: 'Avance' }).getByText('Regla de cierre:', { exact: false }),
    );
    await visible(page.getByText('Todavía no se ha registrado la presentación', { exact: false }));
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await shot(page, 'plan-view');

    // Edit: the first activity gets a new title and moves to week 3; the presentation is recorded.
    await page.getByRole('button', { name: 'Editar plan' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Editar el plan' }));
    const first = page.getByRole('group', { name: 'Actividad 1', exact: true });
    const title = `Llevar el cuaderno de ventas y gastos ${Date.now().toString(36)}`;
    await first.getByLabel(/^Qué hacer/).fill(title);
    await first.getByLabel(/^Semana/).selectOption('3');
    const presentation = page.getByRole('group', { name: 'Presentación a la persona propietaria' });
    await presentation.getByLabel('Fecha de la presentación').fill(startsOn);
    const priorities = 'Primero ordenar las cuentas; después vender por WhatsApp.';
    await presentation.getByLabel('Prioridades de la persona propietaria').fill(priorities);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await shot(page, 'plan-edit');
    await page.setViewportSize({ width: 1280, height: 800 });
    await shot(page, 'plan-edit');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('button', { name: 'Guardar plan' }).click();
    await visible(page.getByText('Los cambios del plan quedaron guardados.'));

    const edited = page.getByRole('article', { name: title });
    await visible(edited);
    await visible(edited.getByText(/^Semana 3 · vence /));

    // A reload reads it back from the server.
    await page.reload();
    await visible(page.getByRole('article', { name: title }).getByText(/^Semana 3 · vence /));
    await visible(page.getByText('Presentado a la persona propietaria el', { exact: false }));
    await visible(page.getByText(priorities));
    const saved = await getJson<{ plan: TPlan }>(
      page,
      `/api/programs/${programId}/cases/${target.id}/plan`,
    );
    expect(saved.plan.presentedOn).toBe(startsOn);
    expect(saved.plan.activities.find((a) => a.title === title)?.week).toBe(3);
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await shot(page, 'plan-view');
    await page.context().close();
  });

  it('on a case in follow-up, a facilitator records an activity as done with a photo; a false PDF is refused', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'facilitator');
    const target = await firstCase(
      page,
      programId,
      'follow_up',
      (c) => c.planState === 'presented' && !c.planCompleted,
    );
    await page.goto(`/p/${programId}/cases/${target.id}/plan`);
    await visible(page.getByRole('heading', { level: 1, name: 'Plan de atención' }));
    await visible(page.getByText('Presentado a la persona propietaria el', { exact: false }));

    // The first activity still scheduled.
    const plan = await getJson<{ plan: TPlan }>(
      page,
      `/api/programs/${programId}/cases/${target.id}/plan`,
    );
    const todo = [...plan.plan.activities]
      .sort((a, b) => a.week - b.week || a.position - b.position)
      .find((a) => a.status === 'scheduled' && a.evidence.length === 0);
    expect(todo).toBeDefined();
    const card = page.getByRole('article', { name: todo!.title });
    await visible(card);

    await card.getByRole('button', { name: `Registrar seguimiento: ${todo!.title}` }).click();
    const form = card.getByRole('form', { name: `Seguimiento: ${todo!.title}` });
    await visible(form);
    await form.getByRole('radio', { name: 'Hecha', exact: true }).check();
    await expect.poll(() => form.getByLabel(/^Fecha/).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await form.getByLabel(/^Nota/).fill('Lo hizo con su hija; mostró el cuaderno al día.');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Guardar seguimiento' }).click();
    await visible(page.getByText(`«${todo!.title}» quedó como Hecha.`));
    await visible(card.getByText('Hecha', { exact: true }));
    await visible(card.getByText('Lo hizo con su hija; mostró el cuaderno al día.'));

    // A photo as evidence: listed, and it opens.
    const attach = card.getByRole('button', { name: `Adjuntar foto o PDF: ${todo!.title}` });
    expect(await card.locator('input[type="file"]').getAttribute('accept')).toBe(
      'image/*,application/pdf',
    );
    await chooseFile(page, attach, { name: 'cuaderno.png', mimeType: 'image/png', buffer: PNG });
    const evidence = card.getByRole('list', { name: `Evidencias de «${todo!.title}»` });
    await visible(evidence);
    const link = evidence.getByRole('link', { name: /^Abrir cuaderno\.png/ });
    await visible(link);
    expect(await link.getAttribute('target')).toBe('_blank');
    const file = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('image/png');

    // A text file named .pdf: the server looks inside and says what it accepts.
    await chooseFile(page, attach, {
      name: 'acta.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('esto no es un PDF, solo texto con otro nombre'),
    });
    await visible(card.getByRole('alert').getByText('Solo se aceptan PDF o fotos'));
    expect(await evidence.getByRole('listitem').count()).toBe(1);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'plan-follow-up');
    await page.setViewportSize({ width: 1280, height: 800 });
    await shot(page, 'plan-follow-up');
    await page.context().close();
  });

  it('the printed plan shows every activity on one sheet, without the app around it', async () => {
    const page = await newPage(browser);
    await signIn(page, 'facilitator');
    const target = await firstCase(page, programId, 'follow_up', (c) => c.planState !== null);
    const { plan } = await getJson<{ plan: TPlan }>(
      page,
      `/api/programs/${programId}/cases/${target.id}/plan`,
    );

    // From the plan page, the print link.
    await page.goto(`/p/${programId}/cases/${target.id}/plan`);
    await page.getByRole('link', { name: 'Imprimir plan' }).click();
    await page.waitForURL(/\/plan\/print$/);
    await visible(
      page.getByRole('heading', { level: 1, name: `Plan de trabajo de ${plan.businessName}` }),
    );
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(plan.activities.length + 1);
    for (const a of plan.activities) await visible(page.getByText(a.title, { exact: true }));
    await visible(page.getByRole('heading', { level: 2, name: 'Sus prioridades' }));
    // No menu, no header of the app.
    expect(await page.getByRole('button', { name: 'Abrir el menú' }).count()).toBe(0);
    expect(await page.getByRole('navigation').count()).toBe(0);
    await expectAccessible(page);
    await shot(page, 'plan-print');

    // Printed: the button goes, and the plan fits one sheet, A4 or Letter.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Imprimir' }).isVisible()).toBe(false);
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: false });
      const dir = process.env.E2E_SCREENSHOTS;
      if (dir) fs.writeFileSync(path.join(dir, `plan-print-${format}.pdf`), pdf);
      expect(pdfPages(pdf), format).toBe(1);
    }
    await shot(page, 'plan-print-media');
    await page.emulateMedia({ media: 'screen' });

    await page.setViewportSize({ width: 360, height: 800 });
    await expectNoPageScroll(page, 360);
    await shot(page, 'plan-print');
    await page.context().close();
  });
});
