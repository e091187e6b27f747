import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../shared/i18n/es.json' with { type: 'json' };
import { PNG, chooseFile, expectAccessible, newPage, signIn, visible } from './browser.ts';
import {
  dialogOpened,
  expectNoPageScroll,
  isoDay,
  launchForDemo,
  staffApi,
} from './registration-helpers.ts';

const stageName = (id: string) => es.cases.stages[id as keyof typeof es.cases.stages];

/** Opens the cases from the menu (behind the menu button on a phone). */
async function openCases(page: Page, phone = false) {
  if (phone) await page.getByRole('button', { name: 'Abrir el menú' }).click();
  await page.getByRole('link', { name: 'Casos', exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Casos' }));
}

describe('case management', () => {
  let browser: Browser;
  let programId: string;

  beforeAll(async () => {
    ({ browser, programId } = await launchForDemo());
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a supervisor assigns two cases to a facilitator from the list', async () => {
    const page = await newPage(browser);
    await signIn(page, 'supervisor');
    await openCases(page);
    await page.locator('label', { hasText: 'Lista' }).click();
    await page.waitForURL(/view=list/);
    const boxes = page.getByRole('checkbox', { name: /^Seleccionar (?!los casos)/ });
    await visible(boxes.first());
    const names: string[] = [];
    for (const i of [0, 1]) {
      const box = boxes.nth(i);
      names.push(((await box.getAttribute('aria-label')) ?? '').replace(/^Seleccionar /, ''));
      await box.check();
    }
    await page.getByRole('button', { name: 'Asignar 2 casos' }).click();
    const dialog = page.getByRole('dialog', { name: 'Asignar casos' });
    await dialogOpened(dialog);
    await dialog.getByRole('textbox', { name: 'Facilitador' }).click();
    const option = page.getByRole('option').filter({ hasNotText: 'Valentina' }).first();
    const chosen = ((await option.textContent()) ?? '').split(' · ')[0]!.trim();
    await option.click();
    await visible(dialog.getByText(/casos activos; recomendado hasta 40, máximo 60\./));
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Asignar', exact: true }).click();
    await visible(page.getByText('Se asignaron 2 casos.'));

    // The list now names the new facilitator on both rows.
    for (const name of names) {
      const row = page.getByRole('row', { name: new RegExp(name) });
      await expect.poll(() => row.textContent()).toContain(chosen);
    }
    await page.context().close();
  });

  it('a facilitator on a phone is stopped by a gate, records the encounter it asks for, and moves on', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'facilitator');
    await openCases(page, true);
    await page.getByLabel('Etapa', { exact: true }).selectOption('first_encounter');
    const card = page.locator('article.case-card').first();
    await visible(card);
    const name = (await card.getAttribute('aria-label')) ?? '';
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);

    // Moving to the second encounter needs an encounter in the first: the dialog asks for it.
    await card.getByRole('button', { name: `Mover ${name} a…` }).click();
    await page.getByRole('menuitem', { name: 'Segundo encuentro' }).click();
    const gate = page.getByRole('dialog', { name: `Mover ${name} a Segundo encuentro` });
    await dialogOpened(gate);
    await visible(gate.getByText('Un encuentro registrado en la etapa actual'));
    await expectAccessible(page);
    await gate.getByRole('radio', { name: 'Por teléfono' }).check();
    await gate.getByLabel('Duración (minutos)').fill('20');
    await gate.getByLabel('¿Qué se hizo?').fill('Llamada de presentación; acordamos la visita.');
    await gate.getByLabel('Próximos pasos', { exact: true }).fill('Visitar el negocio');
    await gate.getByRole('button', { name: 'Registrar encuentro y mover' }).click();
    await visible(
      page.getByText(`Se registró el encuentro y ${name} está ahora en Segundo encuentro.`),
    );

    // On its page: record the second encounter, then move to the third stage.
    await page.getByLabel('Etapa', { exact: true }).selectOption('second_encounter');
    await page.getByRole('link', { name, exact: true }).first().click();
    await visible(page.getByRole('heading', { level: 1, name }));
    await page.getByRole('button', { name: 'Registrar encuentro' }).click();
    const form = page.getByRole('dialog', { name: `Encuentro con ${name}` });
    await dialogOpened(form);
    await form.getByLabel('¿Qué se hizo?').fill('Visita al negocio: inventario y ventas.');
    await form.getByRole('button', { name: 'Guardar encuentro' }).click();
    await visible(page.getByText('Encuentro registrado'));
    await page.getByRole('button', { name: 'Mover a Tercer encuentro' }).click();
    await visible(page.getByText(`${name} está ahora en Tercer encuentro.`));
    const stage = page.getByRole('region', { name: 'Etapa y próximos pasos' });
    await visible(stage.getByText('Tercer encuentro', { exact: true }));
    await visible(page.getByText('Pasó de Segundo encuentro a Tercer encuentro'));
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await page.context().close();
  });

  it('a withdrawal with its reason shows in the reason × stage report', async () => {
    const api = await staffApi(browser, 'coordinator@demo.palanca.test');
    const list = await api.get(
      `/api/programs/${programId}/cases?status=active&municipalityCode=54001&pageSize=1&sort=registeredAt`,
    );
    const target = list.items[0];
    const count = (report: { withdrawals: { reason: string; stage: string; count: number }[] }) =>
      report.withdrawals.find((w) => w.reason === 'owner_moved' && w.stage === target.stage)
        ?.count ?? 0;
    const before = count(await api.get(`/api/programs/${programId}/cases/report`));
    await api.context.close();

    const page = await newPage(browser);
    await signIn(page, 'coordinator');
    await page.goto(`/p/${programId}/cases/${target.id}`);
    await visible(page.getByRole('heading', { level: 1, name: target.businessName }));
    await page.getByRole('button', { name: 'Retirar', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Retirar ${target.businessName}` });
    await dialogOpened(dialog);
    await dialog.getByRole('textbox', { name: 'Motivo del retiro' }).click();
    await page.getByRole('option', { name: 'El propietario se mudó' }).click();
    await dialog.getByLabel('Nota (opcional)').fill('Se fue a vivir a otra ciudad.');
    await dialog.getByRole('button', { name: 'Retirar caso' }).click();
    await page.getByRole('button', { name: 'Sí, retirar' }).click();
    await visible(page.getByText('Caso retirado: El propietario se mudó'));

    await page.getByRole('link', { name: 'Casos', exact: true }).first().click();
    await page.getByRole('link', { name: 'Reporte de casos' }).click();
    const table = page.getByRole('group', { name: 'Retiros por motivo y etapa alcanzada' });
    const row = table.getByRole('row', { name: /^El propietario se mudó/ });
    await visible(row);
    const headers = await table.getByRole('columnheader').allTextContents();
    const column = headers.indexOf(stageName(target.stage));
    expect(column).toBeGreaterThan(0);
    const cells = await row.locator('th, td').allTextContents();
    expect(Number((cells[column] ?? '').replace(/\D/g, ''))).toBe(before + 1);
    await expectAccessible(page);
    await page.context().close();
  });
  it('a facilitator on a phone opens the agenda and sees the cases that need attention', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'facilitator');
    await openCases(page, true);
    await page.getByRole('link', { name: 'Agenda', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Agenda' }));
    const sections = ['Vencidos', 'Próximos 7 días', 'Sin contacto'].map((name) =>
      page.getByRole('region', { name: new RegExp(`^${name}`) }),
    );
    for (const section of sections) await visible(section);
    // At least one section lists cases, each linking to its page.
    await expect
      .poll(async () => {
        let links = 0;
        for (const section of sections) links += await section.getByRole('link').count();
        return links;
      })
      .toBeGreaterThan(0);
    // A facilitator sees only their own line: no load table.
    expect(await page.getByRole('region', { name: 'Carga por facilitador' }).count()).toBe(0);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await page.context().close();
  });

  it("a supervisor sees each facilitator's load on the agenda", async () => {
    const page = await newPage(browser);
    await signIn(page, 'supervisor');
    await page.goto(`/p/${programId}/cases/agenda`);
    await visible(page.getByRole('heading', { level: 1, name: 'Agenda' }));
    const load = page.getByRole('region', { name: 'Carga por facilitador' });
    await visible(load);
    await visible(load.getByRole('columnheader', { name: 'Retirados (30 días)' }));
    await expect.poll(() => load.getByRole('row').count()).toBeGreaterThan(1);
    await expectAccessible(page);
    await page.context().close();
  });

  it('a facilitator on a phone attaches a photo to an encounter; a text file named .pdf is refused', async () => {
    // One of the facilitator's cases, with an encounter recorded today to attach to.
    const api = await staffApi(browser, 'facilitator@demo.palanca.test');
    const list = await api.get(`/api/programs/${programId}/cases?status=active&pageSize=1`);
    const target = list.items[0];
    await api.post(`/api/programs/${programId}/cases/${target.id}/encounters`, {
      occurredOn: isoDay(-1),
      mode: 'in_person',
      durationMinutes: 30,
      notes: 'Visita con fotos del local.',
      nextSteps: '',
      nextStepDueOn: null,
    });
    await api.context.close();

    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'facilitator');
    await page.goto(`/p/${programId}/cases/${target.id}`);
    await visible(page.getByRole('heading', { level: 1, name: target.businessName }));
    const attach = page.getByRole('button', { name: /^Adjuntar foto o PDF/ }).first();
    await visible(attach);
    const file = `local-${Date.now().toString(36)}.png`;
    await chooseFile(page, attach, { name: file, mimeType: 'image/png', buffer: PNG });
    const link = page.getByRole('link', { name: `Abrir ${file} (se abre en una pestaña nueva)` });
    await visible(link);
    expect(await link.getAttribute('target')).toBe('_blank');

    await chooseFile(page, attach, {
      name: 'acta.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('esto no es un PDF, solo texto con otro nombre'),
    });
    await visible(page.getByRole('alert').getByText('Solo se aceptan PDF o fotos'));
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await page.context().close();
  });

  it('a coordinator changes the caseload and renames a stage; a stage holding cases stays', async () => {
    const api = await staffApi(browser, 'coordinator@demo.palanca.test');
    const original = await api.get(`/api/programs/${programId}/case-settings`);
    const page = await newPage(browser);
    try {
      await signIn(page, 'coordinator');
      await page.goto(`/p/${programId}/cases`);
      await visible(page.getByRole('heading', { level: 1, name: 'Casos' }));
      await page.getByRole('link', { name: 'Ajustes', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Ajustes de casos' }));
      await page.getByLabel('Casos por facilitador recomendados').fill('41');
      const followUp = page.getByRole('group', { name: /^Etapa \d+: Seguimiento$/ });
      await followUp.getByLabel('Nombre en español').fill('Seguimiento mensual');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Guardar ajustes' }).click();
      await visible(page.getByText('Ajustes guardados'));
      const saved = await api.get(`/api/programs/${programId}/case-settings`);
      expect(saved.caseload.recommended).toBe(41);

      // The board names the stage the new way.
      await page.getByRole('link', { name: 'Casos', exact: true }).first().click();
      await visible(page.getByRole('heading', { level: 1, name: 'Casos' }));
      await visible(page.getByText('Seguimiento mensual').first());

      // A stage that holds cases cannot be removed: the error shows above the stages.
      await page.getByRole('link', { name: 'Ajustes', exact: true }).click();
      await page.getByRole('button', { name: 'Quitar Primer encuentro' }).click();
      await page.getByRole('button', { name: 'Guardar ajustes' }).click();
      await visible(
        page
          .getByRole('alert')
          .getByText(/tiene casos/)
          .first(),
      );
      await expectAccessible(page);
    } finally {
      // Leave the settings as the other specs expect them.
      const cookie = (await api.context.cookies()).find((c) => c.name === 'palanca_csrf');
      const res = await api.request.put(`/api/programs/${programId}/case-settings`, {
        headers: { 'x-csrf-token': decodeURIComponent(cookie?.value ?? '') },
        data: original,
      });
      expect(res.status()).toBe(200);
      await api.context.close();
      await page.context().close();
    }
  });
});
