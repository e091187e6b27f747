import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPlan } from '../shared/schemas/assessment.ts';
import type { TCaseCard } from '../shared/schemas/cases.ts';
import type { TCaseExtraServices } from '../shared/schemas/mentors.ts';
import {
  expectAccessible,
  getJson,
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
  uniqueCode,
  type StaffApi,
} from './registration-helpers.ts';

/** How long to wait for something to show: pages load their code and data first. */
const LOAD = 15_000;

/** A screenshot at the page's width (for a person, when asked for: see `screenshot`). */
const shot = (page: Page, name: string) =>
  screenshot(page, `${name}-${page.viewportSize()?.width ?? 0}`);

/** The same shot at 1280, then back to a phone. */
async function shotBoth(page: Page, name: string) {
  await shot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, name);
  await page.setViewportSize({ width: 360, height: 800 });
}

const byWeek = <T extends { week: number; position: number }>(list: readonly T[]) =>
  [...list].sort((a, b) => a.week - b.week || a.position - b.position);

describe('services linked to plans and cases, and the ecosystem report', () => {
  let browser: Browser;
  let programId: string;
  let coordinator: StaffApi;

  beforeAll(async () => {
    browser = await launchBrowser();
    coordinator = await staffApi(browser, 'coordinator@demo.palanca.test');
    programId = await demoProgramId(coordinator);
  });
  afterAll(async () => {
    await coordinator.context.close();
    await browser.close();
  });

  it('a facilitator on a phone links a suggested service to a plan activity and flags a microcredit on the case', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'facilitator');

    // One of the facilitator's open cases with a plan and an activity with no service linked; the
    // last one, so the plan spec's first cases stay apart.
    const cases = await getJson<{ items: TCaseCard[] }>(
      page,
      `/api/programs/${programId}/cases?status=active&sort=name&pageSize=200`,
    );
    const planOf = async (caseId: string) =>
      (
        await getJson<{ plan: TPlan | null }>(
          page,
          `/api/programs/${programId}/cases/${caseId}/plan`,
        )
      ).plan;
    let target: { card: TCaseCard; plan: TPlan; index: number } | null = null;
    for (const card of cases.items.filter((c) => c.planState !== null).reverse()) {
      const plan = await planOf(card.id);
      if (!plan || plan.locked) continue;
      const index = byWeek(plan.activities).findIndex((a) => a.service === null);
      if (index >= 0) {
        target = { card, plan, index };
        break;
      }
    }
    expect(target, 'a plan with an activity to link').not.toBeNull();
    const { card, index } = target!;
    const activity = byWeek(target!.plan.activities)[index]!;

    // A local service of the business's city for the activity's lever, active (permanent, with a
    // link), so that the plan proposes it whatever else the catalog holds.
    const tag = uniqueCode('ECO');
    const created = await coordinator.post(`/api/programs/${programId}/services`, {
      entity: { name: `Cámara de Comercio ${tag}`, kind: 'private', sector: 'Gremios' },
      name: `Ruta de ventas ${tag}`,
      benefit: 'Acompañamiento para vender más',
      scope: 'local',
      cities: [card.municipalityCode],
      link: 'https://www.example.org/ruta',
      permanent: true,
      levers: [activity.lever],
      cost: 'free',
    });
    const plan = (await planOf(card.id))!;
    const suggestions = plan.serviceSuggestions[activity.lever] ?? [];
    const service = suggestions.find((s) => s.id === created.id);
    expect(service, 'the new service among the proposals').toBeDefined();

    await page.goto(`/p/${programId}/cases/${card.id}/plan`);
    await visible(page.getByRole('heading', { level: 1, name: 'Plan de atención' }), LOAD);
    await page.getByRole('button', { name: 'Editar plan' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Editar el plan' }));
    const group = page.getByRole('group', { name: `Actividad ${index + 1}`, exact: true });
    const field = group.getByRole('textbox', { name: 'Servicio' });
    await expect.poll(() => field.inputValue()).toBe('Ninguno');

    // The hint opens the list; the lever's proposals come first, marked as suggested.
    const hint = group.getByRole('button', {
      name:
        suggestions.length === 1
          ? '1 servicio sugerido'
          : `${suggestions.length} servicios sugeridos`,
    });
    await hint.click();
    const option = page.getByRole('option', {
      name: `${service!.name} · ${service!.entityName}`,
    });
    await visible(option);
    await visible(option.getByText('Sugerido', { exact: false }));
    await screenshot(page, 'ecosystem-plan-options-360', false);
    await option.click();
    await expect.poll(() => field.inputValue()).toBe(`${service!.name} · ${service!.entityName}`);
    expect(await hint.count()).toBe(0);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await group.scrollIntoViewIfNeeded();
    await shot(page, 'ecosystem-plan-edit');
    await page.setViewportSize({ width: 1280, height: 800 });
    await group.scrollIntoViewIfNeeded();
    await shot(page, 'ecosystem-plan-edit');
    await page.setViewportSize({ width: 360, height: 800 });

    await page.getByRole('button', { name: 'Guardar plan' }).click();
    await visible(page.getByText('Los cambios del plan quedaron guardados.'));
    const linked = `Servicio: ${service!.name} · ${service!.entityName}`;
    const article = page.getByRole('article', { name: activity.title }).first();
    await visible(article.getByText(linked));

    // Read back from the server after a reload.
    await page.reload();
    await visible(
      page.getByRole('article', { name: activity.title }).first().getByText(linked),
      LOAD,
    );
    const saved = await getJson<{ plan: TPlan }>(
      page,
      `/api/programs/${programId}/cases/${card.id}/plan`,
    );
    expect(saved.plan.activities.find((a) => a.id === activity.id)?.service?.id).toBe(service!.id);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await page.getByRole('article', { name: activity.title }).first().scrollIntoViewIfNeeded();
    await shot(page, 'ecosystem-plan-view');

    // The printed plan names it too.
    await page.goto(`/p/${programId}/cases/${card.id}/plan/print`);
    await visible(page.getByText(linked, { exact: false }), LOAD);

    // On the case page: a microcredit, referred, flagged as an extra service.
    const before = await getJson<TCaseExtraServices>(
      page,
      `/api/programs/${programId}/cases/${card.id}/extra-services`,
    );
    await page.goto(`/p/${programId}/cases/${card.id}`);
    const panel = page.getByRole('region', { name: 'Servicios adicionales' });
    await visible(panel, LOAD);
    await panel.getByRole('button', { name: 'Agregar', exact: true }).click();
    const form = panel.getByRole('form', { name: 'Agregar servicio adicional' });
    await visible(form);
    await form.getByLabel(/^Tipo/).selectOption({ label: 'Microcrédito' });
    await form.getByLabel(/^Estado/).selectOption({ label: 'Remitido' });
    const catalog = before.available[0];
    if (catalog) {
      await form.getByRole('textbox', { name: 'Servicio del catálogo (opcional)' }).click();
      await page
        .getByRole('option', { name: `${catalog.name} · ${catalog.entityName}`, exact: true })
        .click();
    }
    const note = `Remitido a la feria de crédito ${Date.now().toString(36)}`;
    await form.getByLabel(/^Nota/).fill(note);
    await expectAccessible(page);
    await form.scrollIntoViewIfNeeded();
    await shot(page, 'ecosystem-extra-form');
    await form.getByRole('button', { name: 'Guardar' }).click();
    await visible(page.getByText('Servicio adicional agregado'));

    const list = panel.getByRole('list', { name: 'Servicios adicionales del caso' });
    const item = list.getByRole('listitem').filter({ hasText: note });
    await visible(item);
    await visible(item.getByRole('heading', { name: 'Microcrédito' }));
    await visible(item.getByText('Remitido', { exact: true }));
    if (catalog) await visible(item.getByText(`Servicio: ${catalog.name} · ${catalog.entityName}`));
    await visible(item.getByText(/^Actualizado por /));
    const after = await getJson<TCaseExtraServices>(
      page,
      `/api/programs/${programId}/cases/${card.id}/extra-services`,
    );
    expect(after.items.length).toBe(before.items.length + 1);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await panel.scrollIntoViewIfNeeded();
    await shot(page, 'ecosystem-extra');
    await page.setViewportSize({ width: 1280, height: 800 });
    await panel.scrollIntoViewIfNeeded();
    await shot(page, 'ecosystem-extra');
    await page.context().close();
  });

  it('a coordinator opens the ecosystem report from the services page and filters a city', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'coordinator');
    await page.goto(`/p/${programId}/services`);
    await visible(page.getByRole('heading', { level: 1, name: 'Servicios' }), LOAD);
    await page.getByRole('link', { name: 'Reporte del ecosistema' }).click();
    await page.waitForURL(/\/services\/report/);
    await visible(page.getByRole('heading', { level: 1, name: 'Reporte del ecosistema' }), LOAD);
    const coverage = page.getByRole('region', { name: 'Cobertura por palanca y ciudad' });
    await visible(coverage, LOAD);
    for (const name of [
      'Servicios por ciudad',
      'Mentores por ciudad',
      'Carga de los mentores',
      'Servicios adicionales',
    ])
      await visible(page.getByRole('region', { name }));
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);

    // One city: its column alone in the matrix, and the filter in the URL.
    await page.getByRole('textbox', { name: 'Ciudad' }).click();
    await page.getByRole('option', { name: 'Bucaramanga', exact: true }).click();
    await page.waitForURL(/municipalityCode=68001/);
    const table = coverage.getByRole('table');
    await visible(table.getByRole('columnheader', { name: 'Bucaramanga' }));
    await expect.poll(() => table.getByRole('columnheader').count()).toBe(2);
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    await visible(
      page.getByRole('region', { name: 'Mentores por ciudad' }).getByRole('rowheader', {
        name: 'Bucaramanga',
      }),
    );
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await shotBoth(page, 'ecosystem-report');
    await page.context().close();
  });
});
