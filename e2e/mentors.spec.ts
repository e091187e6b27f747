import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseMentor, TMentor } from '../shared/schemas/mentors.ts';
import { expectAccessible, getJson, newPage, screenshot, signIn, visible } from './browser.ts';
import {
  dialogOpened,
  expectNoPageScroll,
  launchForDemo,
  staffApi,
  type StaffApi,
} from './registration-helpers.ts';

/** How long to wait for something to show: pages load their code and data first. */
const LOAD = 15_000;

/** A screenshot at the page's width (for a person, when asked for: see `screenshot`). */
const shot = (page: Page, name: string, fullPage = true) =>
  screenshot(page, `${name}-${page.viewportSize()?.width ?? 0}`, fullPage);

/** The queue's cards (not the suggestion lists nested in them). */
const queueCards = (page: Page) =>
  page.getByRole('list', { name: 'Planes que esperan mentor' }).locator(':scope > li');

async function openMentors(page: Page, programId: string, tab?: 'mentors') {
  await page.goto(`/p/${programId}/mentors${tab ? `?tab=${tab}` : ''}`);
  await visible(page.getByRole('heading', { level: 1, name: 'Mentores' }), LOAD);
}

/** The case id in the link of a queue card's title. */
async function caseIdOf(card: Locator): Promise<string> {
  const href = await card.getByRole('heading', { level: 2 }).getByRole('link').getAttribute('href');
  const id = /\/cases\/([^/?#]+)/.exec(href ?? '')?.[1];
  expect(id, 'a link to the case').toBeDefined();
  return decodeURIComponent(id!);
}

describe('mentors', () => {
  let browser: Browser;
  let programId: string;
  let coordinator: StaffApi;
  /** The case the first test assigns and releases; shown again at 1280. */
  let touchedCase: string | null = null;
  /** Restored after the profile test, whatever happens in it. */
  let profileBefore: TMentor | null = null;

  beforeAll(async () => {
    ({ browser, programId } = await launchForDemo());
    coordinator = await staffApi(browser, 'coordinator@demo.palanca.test');
  });
  afterAll(async () => {
    // Leave the demo as it was: no mentor left on the case, the profile as it was read.
    if (touchedCase) {
      const now: TCaseMentor = await coordinator.get(
        `/api/programs/${programId}/cases/${touchedCase}/mentor`,
      );
      if (now.mentor)
        await coordinator.put(`/api/programs/${programId}/cases/${touchedCase}/mentor`, {
          mentorId: null,
          reason: 'Restablecido por la prueba',
        });
    }
    if (profileBefore) {
      const p = profileBefore;
      await coordinator.put(`/api/programs/${programId}/mentors/${p.userId}`, {
        levers: p.levers,
        cities: p.cities,
        remote: p.remote,
        capacity: p.capacity,
        availability: p.availability,
        organization: p.organization,
        organizationKind: p.organizationKind,
      });
    }
    await coordinator.context.close();
    await browser.close();
  });

  it('a case coordinator on a phone assigns the first suggested mentor, sees it on the case, and ends it with a reason', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'case-coordinator');
    await openMentors(page, programId);
    await visible(page.getByRole('tab', { name: 'Asignación', selected: true }), LOAD);

    // The oldest plan first, with its suggestions and their reasons in words.
    const card = queueCards(page).first();
    await visible(card, LOAD);
    const business = (await card.getByRole('heading', { level: 2 }).textContent())!.trim();
    const caseId = await caseIdOf(card);
    const suggestions = card.getByRole('list', { name: `Mentores sugeridos para ${business}` });
    await visible(suggestions);
    const text = (await suggestions.textContent()) ?? '';
    expect(text).toMatch(/Afinidad \d+\/100/);
    expect(text).toMatch(/Conoce |No conoce las palancas/);
    expect(text).toMatch(/Atiende en |Mentoría remota/);
    expect(text).toMatch(/Le quedan? \d+ de \d+ cupos/);
    expect(await card.textContent()).toMatch(/Plan del .* (hace \d+ días?|desde hoy)/);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await shot(page, 'mentors-queue', false);

    // Assign the first suggestion: a notice, and the plan leaves the queue.
    const assign = card.getByRole('button', { name: /^Asignar a / }).first();
    const mentorName = ((await assign.getAttribute('aria-label')) ?? '').replace(/^Asignar a /, '');
    expect(mentorName).not.toBe('');
    touchedCase = caseId;
    await assign.click();
    await visible(page.getByText('Mentor asignado'), LOAD);
    await expect
      .poll(
        () =>
          page
            .getByRole('list', { name: 'Planes que esperan mentor' })
            .getByRole('heading', { level: 2, name: business, exact: true })
            .count(),
        { timeout: LOAD },
      )
      .toBe(0);

    // The case's mentor panel: the mentor now, and the history.
    await page.goto(`/p/${programId}/cases/${caseId}`);
    const panel = page.getByRole('region', { name: 'Mentor', exact: true });
    await visible(panel, LOAD);
    await visible(panel.getByText(mentorName, { exact: true }).first());
    await visible(panel.getByRole('heading', { name: 'Historial' }));
    expect(await panel.textContent()).toContain('actual');
    await panel.scrollIntoViewIfNeeded();
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await shot(page, 'case-mentor', false);

    // Ending it asks why; the reason stays in the history.
    await panel.getByRole('button', { name: 'Quitar mentor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Quitar el mentor' });
    await dialogOpened(dialog);
    await dialog.getByRole('button', { name: 'Quitar mentor' }).click();
    await visible(dialog.getByText('Escriba al menos 3 caracteres.'));
    await expectAccessible(page);
    await shot(page, 'case-mentor-end', false);
    await dialog.getByRole('textbox', { name: /^Motivo/ }).fill('Prueba de extremo a extremo');
    await dialog.getByRole('button', { name: 'Quitar mentor' }).click();
    await expect.poll(() => dialog.isVisible(), { timeout: LOAD }).toBe(false);
    await visible(panel.getByText('Sin mentor'), LOAD);
    await visible(panel.getByText(/Prueba de extremo a extremo/));
    const after = await getJson<TCaseMentor>(
      page,
      `/api/programs/${programId}/cases/${caseId}/mentor`,
    );
    expect(after.mentor).toBeNull();
    expect(after.history.some((h) => h.endReason === 'Prueba de extremo a extremo')).toBe(true);
    await page.context().close();
  });

  it('a coordinator reads the queue, the mentors and a case panel at 1280', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator');
    await openMentors(page, programId);
    await visible(queueCards(page).first(), LOAD);
    await expectAccessible(page);
    await shot(page, 'mentors-queue', false);

    await page.getByRole('tab', { name: 'Mentores' }).click();
    await page.waitForURL(/tab=mentors/);
    const table = page.getByRole('group', { name: 'Mentores del programa' }).getByRole('table');
    await visible(table, LOAD);
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    expect(await table.textContent()).toMatch(/\d+ \/ \d+/);
    await expectAccessible(page);
    await shot(page, 'mentors-list', false);

    if (touchedCase) {
      await page.goto(`/p/${programId}/cases/${touchedCase}`);
      const panel = page.getByRole('region', { name: 'Mentor', exact: true });
      await visible(panel, LOAD);
      await panel.scrollIntoViewIfNeeded();
      await expectAccessible(page);
      await shot(page, 'case-mentor', false);
    }
    await page.context().close();
  });

  it('a coordinator edits a mentor profile: a bad capacity shows at its field, then it saves', async () => {
    const list: { items: TMentor[] } = await coordinator.get(`/api/programs/${programId}/mentors`);
    const mentor = list.items.find((m) => m.hasProfile) ?? list.items[0];
    expect(mentor, 'a mentor in the demo').toBeDefined();
    profileBefore = mentor!.hasProfile ? mentor! : null;

    const page = await newPage(browser);
    await signIn(page, 'coordinator');
    await openMentors(page, programId, 'mentors');
    const edit = page
      .getByRole('group', { name: 'Mentores del programa' })
      .getByRole('button', { name: `Editar perfil de ${mentor!.name}` });
    await visible(edit, LOAD);
    await edit.click();
    const dialog = page.getByRole('dialog', { name: `Perfil de ${mentor!.name}` });
    await dialogOpened(dialog);
    const capacity = dialog.getByRole('textbox', { name: /^Cupos/ });
    await visible(capacity, LOAD);
    await capacity.fill('0');
    await dialog.getByRole('button', { name: 'Guardar perfil' }).click();
    // The server's word, next to the field.
    await visible(dialog.getByText('El valor debe ser al menos 1.'), LOAD);
    await expectAccessible(page);
    await shot(page, 'mentor-profile-error', false);

    await capacity.fill(String(mentor!.hasProfile ? mentor!.capacity : 5));
    await dialog.getByRole('button', { name: 'Guardar perfil' }).click();
    await expect.poll(() => dialog.isVisible(), { timeout: LOAD }).toBe(false);
    await visible(page.getByText('Perfil guardado'), LOAD);
    await page.context().close();

    // On a phone: the list as cards, and the form in full screen.
    const phone = await newPage(browser, { width: 360 });
    await signIn(phone, 'coordinator');
    await openMentors(phone, programId, 'mentors');
    const cards = phone.getByRole('list', { name: 'Mentores del programa' });
    await visible(cards.locator(':scope > li').first(), LOAD);
    await expectNoPageScroll(phone, 360);
    await expectAccessible(phone);
    await shot(phone, 'mentors-list', false);
    await cards.getByRole('button', { name: `Editar perfil de ${mentor!.name}` }).click();
    const form = phone.getByRole('dialog', { name: `Perfil de ${mentor!.name}` });
    await dialogOpened(form);
    await visible(form.getByRole('textbox', { name: /^Cupos/ }), LOAD);
    await expectAccessible(phone);
    await shot(phone, 'mentor-profile', false);
    await phone.context().close();
  });

  it('a mentor sees the panel on a mentee case, read-only', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'mentor');
    const me = await getJson<{ id: string }>(page, '/api/auth/me');
    const mentees = await getJson<{ items: { caseId: string }[] }>(
      page,
      `/api/programs/${programId}/mentors/${me.id}/mentees`,
    );
    expect(mentees.items.length).toBeGreaterThan(0);
    await page.goto(`/p/${programId}/cases/${mentees.items[0]!.caseId}`);
    const panel = page.getByRole('region', { name: 'Mentor', exact: true });
    await visible(panel, LOAD);
    await visible(panel.getByText('Andrés Felipe Gómez Serrano').first(), LOAD);
    for (const name of ['Cambiar', 'Quitar mentor'])
      expect(await panel.getByRole('button', { name }).count()).toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });
});
