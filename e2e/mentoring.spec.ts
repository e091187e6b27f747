import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMentees, TSession } from '../shared/schemas/mentors.ts';
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
const BOGOTA_OFFSET = -5 * 60 * MINUTE;

/** A moment as a Colombian day and time, the way the form's date and time inputs take them. */
function bogota(ms: number): { day: string; time: string } {
  const iso = new Date(ms + BOGOTA_OFFSET).toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** A day plus some days, as `YYYY-MM-DD`. */
const addDay = (day: string, n: number) =>
  new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);

/** The Monday of a day's week. */
const weekMonday = (day: string) => addDay(day, -((new Date(day).getUTCDay() + 6) % 7));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A page in Colombian time, as the mentors and coordinators use it. */
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

describe('mentoring calendar', () => {
  let browser: Browser;
  let programId: string;
  /** The day of the session the mentor schedules, for the coordinator's week. */
  let sessionDay = '';

  beforeAll(async () => {
    ({ browser, programId } = await launchForDemo());
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a mentor on a phone schedules a group session, records how it went, exports it, and a clashing one is refused', async () => {
    const page = await colombianPage(browser, 360);
    await signIn(page, 'mentor');
    const me = await getJson<{ id: string }>(page, '/api/auth/me');
    const mentees = await getJson<TMentees>(
      page,
      `/api/programs/${programId}/mentors/${me.id}/mentees`,
    );
    expect(mentees.items.length).toBeGreaterThanOrEqual(2);
    const [a, b] = [mentees.items[0]!, mentees.items[1]!];

    // 45 minutes that started at least three hours ago, clear of the mentor's other sessions.
    const sessionsAround = async (day: string) => {
      const from = new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
      const to = new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
      return (
        await getJson<{ items: TSession[] }>(
          page,
          `/api/programs/${programId}/mentoring/sessions?from=${from}&to=${to}&mentorId=${me.id}`,
        )
      ).items.filter((s) => s.status !== 'cancelled');
    };
    let start = Math.floor((Date.now() - 3 * 60 * MINUTE) / (15 * MINUTE)) * 15 * MINUTE;
    for (;;) {
      const others = await sessionsAround(bogota(start).day);
      const clash = others.some(
        (s) => Date.parse(s.startsAt) < start + 45 * MINUTE && start < Date.parse(s.endsAt),
      );
      if (!clash) break;
      start -= 60 * MINUTE;
    }
    const slot = bogota(start);
    sessionDay = slot.day;

    await page.goto(`/p/${programId}/mentoring?week=${slot.day}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Mentorías' }), LOAD);
    // A mentor has their own calendar: no mentor filter, their profile and their .ics.
    expect(await page.getByRole('textbox', { name: 'Mentor(a)' }).count()).toBe(0);
    await visible(page.getByRole('button', { name: 'Mi perfil' }));
    await visible(page.getByRole('link', { name: 'Exportar calendario (.ics)' }));

    await page.getByRole('button', { name: 'Programar sesión' }).click();
    const dialog = page.getByRole('dialog', { name: 'Programar sesión' });
    await dialogOpened(dialog);
    await dialog.getByLabel(/^Fecha/).fill(slot.day);
    await dialog.getByLabel(/^Hora de inicio/).fill(slot.time);
    await dialog.getByLabel(/^Duración/).selectOption('45');
    await dialog.getByRole('radio', { name: 'Presencial' }).check();
    const place = `Cámara de Comercio, sala ${Date.now().toString(36)}`;
    await dialog.getByRole('textbox', { name: /^Lugar/ }).fill(place);
    await dialog.getByRole('textbox', { name: /^Temas a tratar/ }).fill('Costos y precios');
    // Required fields left empty are named at their field, before anything is sent.
    await dialog.getByRole('button', { name: 'Programar sesión' }).click();
    await visible(dialog.getByText('Elija al menos un negocio.'));
    const businesses = dialog.getByRole('textbox', { name: /^Negocios/ });
    await businesses.click();
    await page.getByRole('option', { name: new RegExp(`^${escape(a.businessName)}`) }).click();
    await businesses.click();
    await page.getByRole('option', { name: new RegExp(`^${escape(b.businessName)}`) }).click();
    await page.keyboard.press('Escape');
    await visible(dialog.getByText('Sesión grupal con 2 negocios'));
    await expectAccessible(page);
    await screenshot(page, 'mentoring-new-360', false);
    await dialog.getByRole('button', { name: 'Programar sesión' }).click();
    await expect.poll(() => dialog.isVisible(), { timeout: LOAD }).toBe(false);

    // The session is in the agenda, in its day: open it and record how it went.
    // This run's session: its place is unique (the demo has other sessions with these businesses).
    const card = page.getByRole('listitem').filter({ hasText: place });
    const open = card.getByRole('button', {
      name: new RegExp(`^Abrir la sesión de .* con .*${escape(a.businessName)}`),
    });
    await visible(open, LOAD);
    expect(await card.textContent()).toContain('Grupal');
    expect(await card.textContent()).toContain('Programada');
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await screenshot(page, 'mentoring-agenda-360');

    await open.click();
    const editor = page.getByRole('dialog', { name: 'Sesión de mentoría' });
    await dialogOpened(editor);
    await editor
      .getByRole('group', { name: a.businessName, exact: true })
      .getByRole('radio', { name: 'Asistió', exact: true })
      .check();
    await editor
      .getByRole('group', { name: b.businessName, exact: true })
      .getByRole('radio', { name: 'No asistió' })
      .check();
    await editor.getByRole('radio', { name: 'Realizada' }).check();
    const note = `Revisamos los costos del mes ${Date.now().toString(36)}`;
    await editor.getByRole('textbox', { name: /^Notas/ }).fill(note);
    await editor.getByRole('button', { name: 'Agregar tarea' }).click();
    const task = editor.getByRole('group', { name: 'Tarea 1' });
    await task.getByRole('textbox', { name: /^Qué hacer/ }).fill('Anotar las ventas de cada día');
    const due = bogota(Date.now() + 7 * 24 * 60 * MINUTE).day;
    await task.getByLabel(/^Fecha límite/).fill(due);
    await expectAccessible(page);
    await screenshot(page, 'mentoring-outcome-360');
    await editor.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect.poll(() => editor.isVisible(), { timeout: LOAD }).toBe(false);
    await visible(card.getByText('Realizada'), LOAD);
    await visible(card.getByText('1 de 2 asistió'));

    // A reload reads it back from the server.
    await page.reload();
    await visible(open, LOAD);
    expect(await card.textContent()).toContain('Realizada');
    expect(await card.textContent()).toContain('1 de 2 asistió');
    const saved = (await sessionsAround(slot.day)).find(
      (s) => s.attendees.some((x) => x.caseId === a.caseId) && s.notes === note,
    );
    expect(saved).toBeDefined();
    expect(saved!.status).toBe('held');
    expect(saved!.kind).toBe('group');
    expect(Object.fromEntries(saved!.attendees.map((x) => [x.caseId, x.attendance]))).toEqual({
      [a.caseId]: 'present',
      [b.caseId]: 'absent',
    });
    expect(saved!.tasks).toEqual([
      { text: 'Anotar las ventas de cada día', dueOn: due, done: false },
    ]);

    // Someone else saves it first: this edit is refused and the form shows what they saved.
    await open.click();
    await dialogOpened(editor);
    const other = await staffApi(browser, 'mentor@demo.palanca.test');
    await other.put(`/api/programs/${programId}/mentoring/sessions/${saved!.id}`, {
      mentorId: saved!.mentorId,
      startsAt: saved!.startsAt,
      durationMinutes: saved!.durationMinutes,
      mode: saved!.mode,
      place: saved!.place,
      link: saved!.link,
      agenda: saved!.agenda,
      caseIds: saved!.attendees.map((x) => x.caseId),
      status: saved!.status,
      notes: 'Cambiado desde otro teléfono',
      attendance: saved!.attendees.map((x) => ({ caseId: x.caseId, attendance: x.attendance })),
      tasks: saved!.tasks,
      version: saved!.version,
    });
    await other.context.close();
    await editor.getByRole('textbox', { name: /^Temas a tratar/ }).fill('Mi cambio');
    await editor.getByRole('button', { name: 'Guardar cambios' }).click();
    await visible(editor.getByText('Alguien cambió esta sesión'), LOAD);
    await expect
      .poll(() => editor.getByRole('textbox', { name: /^Notas/ }).inputValue(), { timeout: LOAD })
      .toBe('Cambiado desde otro teléfono');
    await editor.getByRole('button', { name: 'Cancelar' }).click();

    // Their profile opens from here.
    await page.getByRole('button', { name: 'Mi perfil' }).click();
    const profile = page.getByRole('dialog');
    await dialogOpened(profile);
    await page.keyboard.press('Escape');
    await expect.poll(() => profile.isVisible(), { timeout: LOAD }).toBe(false);

    // Its .ics has it.
    const ics = await page.request.get(`/api/programs/${programId}/mentors/${me.id}/calendar.ics`);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    const text = (await ics.text()).replace(/\r\n[ \t]/g, '');
    expect(text).toContain(`UID:${saved!.id}@palanca`);

    // The same time again: refused, naming the session it clashes with.
    await page.getByRole('button', { name: 'Programar sesión' }).click();
    await dialogOpened(dialog);
    await dialog.getByLabel(/^Fecha/).fill(slot.day);
    await dialog.getByLabel(/^Hora de inicio/).fill(slot.time);
    await dialog.getByRole('radio', { name: 'Teléfono' }).check();
    await businesses.click();
    await page.getByRole('option', { name: new RegExp(`^${escape(a.businessName)}`) }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Programar sesión' }).click();
    const clash = dialog
      .getByRole('alert')
      .filter({ hasText: 'El horario se cruza con otra sesión' });
    await visible(clash, LOAD);
    expect(await clash.textContent()).toContain(b.businessName);
    await expectAccessible(page);
    await screenshot(page, 'mentoring-overlap-360', false);
    await dialog.getByRole('button', { name: 'Cancelar' }).click();

    // The week on a computer: seven days side by side.
    await page.setViewportSize({ width: 1280, height: 800 });
    const week = page.getByRole('group', { name: /^Sesiones de la semana del / });
    await visible(week);
    await visible(week.getByRole('button', { name: /^Abrir la sesión/ }).first());
    await expectAccessible(page);
    await screenshot(page, 'mentoring-week-mentor-1280');
    await page.context().close();
  });

  it('a coordinator sees every mentor’s week, picks one, and gets that mentor’s calendar file', async () => {
    // A fuller week for the mentor: by video, by phone with a group, in person (a slot already
    // taken is simply skipped).
    const coordinator = await staffApi(browser, 'coordinator@demo.palanca.test');
    const mentorId = (await coordinator.get(`/api/programs/${programId}/mentors`)).items.find(
      (m: { name: string }) => m.name === 'Andrés Felipe Gómez Serrano',
    ).userId;
    const mentees: TMentees = await coordinator.get(
      `/api/programs/${programId}/mentors/${mentorId}/mentees`,
    );
    const ids = mentees.items.map((m) => m.caseId);
    const monday = weekMonday(sessionDay || bogota(Date.now()).day);
    const plan = [
      { day: 0, time: '09:00', mode: 'video', link: 'https://meet.example.org/abc', cases: 1 },
      { day: 2, time: '14:00', mode: 'phone', cases: 3 },
      { day: 4, time: '08:30', mode: 'in_person', place: 'Tienda del negocio', cases: 1 },
    ] as const;
    for (const [i, p] of plan.entries()) {
      const res = await coordinator.request.post(`/api/programs/${programId}/mentoring/sessions`, {
        headers: {
          'x-csrf-token': decodeURIComponent(
            (await coordinator.context.cookies()).find((c) => c.name === 'palanca_csrf')?.value ??
              '',
          ),
        },
        data: {
          mentorId,
          startsAt: `${addDay(monday, p.day)}T${p.time}:00-05:00`,
          durationMinutes: 60,
          mode: p.mode,
          place: 'place' in p ? p.place : '',
          link: 'link' in p ? p.link : '',
          agenda: 'Seguimiento de ventas',
          caseIds: ids.slice(i, i + p.cases),
        },
      });
      expect([200, 201, 409]).toContain(res.status());
    }
    await coordinator.context.close();

    const page = await colombianPage(browser, 1280);
    await signIn(page, 'coordinator');
    await page.goto(`/p/${programId}/mentoring${sessionDay ? `?week=${sessionDay}` : ''}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Mentorías' }), LOAD);
    const week = page.getByRole('group', { name: /^Sesiones de la semana del / });
    await visible(week, LOAD);
    // Without a mentor picked, the program's calendar: no single .ics to export.
    expect(await page.getByRole('link', { name: /^Exportar/ }).count()).toBe(0);
    await visible(week.getByRole('button', { name: /^Abrir la sesión/ }).nth(1), LOAD);
    await expectAccessible(page);
    await screenshot(page, 'mentoring-week-program-1280', false);
    // The same week on a phone: an agenda, the video link to join.
    await page.setViewportSize({ width: 360, height: 800 });
    await visible(page.getByRole('link', { name: /^Entrar a la videollamada/ }).first());
    // The layout follows the new width before it is measured.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(360);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await screenshot(page, 'mentoring-agenda-program-360', false);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('textbox', { name: 'Mentor(a)' }).click();
    await page.getByRole('option', { name: 'Andrés Felipe Gómez Serrano' }).click();
    await page.waitForURL(/mentor=/);
    const exportLink = page.getByRole('link', {
      name: 'Exportar el calendario de Andrés Felipe Gómez Serrano (.ics)',
    });
    await visible(exportLink, LOAD);
    expect(await exportLink.getAttribute('href')).toMatch(/\/calendar\.ics$/);

    // Weeks back and forth, kept in the URL.
    await page.getByRole('button', { name: 'Semana siguiente' }).click();
    await page.waitForURL(/week=/);
    await page.getByRole('button', { name: 'Esta semana' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('week')).toBeNull();
    expect(new URL(page.url()).searchParams.get('mentor')).not.toBeNull();

    // Scheduling for a mentor starts by choosing the mentor.
    await page.getByRole('button', { name: 'Programar sesión' }).click();
    const dialog = page.getByRole('dialog', { name: 'Programar sesión' });
    await dialogOpened(dialog);
    expect(await dialog.getByRole('textbox', { name: /^Mentor\(a\)/ }).inputValue()).toBe(
      'Andrés Felipe Gómez Serrano',
    );
    await expectAccessible(page);
    await screenshot(page, 'mentoring-new-1280', false);
    await page.context().close();
  });
});
