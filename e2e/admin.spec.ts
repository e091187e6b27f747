import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from './browser.ts';

describe('an administrator manages users and reads the audit log', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('creates a user who can sign in, and finds the change in the audit log', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin');

    await page.getByRole('link', { name: 'Usuarios' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Usuarios', level: 1 }).isVisible())
      .toBe(true);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Nuevo usuario' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Nombre completo/).fill('Lucía Fernanda Rincón');
    await dialog.getByLabel(/^Correo electrónico/).fill('lucia.rincon@demo.palanca.test');
    // Too short first: the rule is explained and nothing is created.
    await dialog.getByLabel(/^Contraseña inicial/).fill('corta');
    await dialog.getByRole('button', { name: 'Crear usuario' }).click();
    await expect
      .poll(() =>
        dialog
          .getByText(/al menos 8 caracteres/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await dialog.getByLabel(/^Contraseña inicial/).fill('una frase larga y fácil');
    await dialog.getByRole('button', { name: 'Crear usuario' }).click();
    await expect.poll(() => page.getByText('Usuario creado').isVisible()).toBe(true);

    // The roles dialog follows: make her a facilitator of the main program.
    const roles = page.getByRole('dialog', { name: /Roles de Lucía Fernanda Rincón/ });
    await roles.getByRole('textbox', { name: /^Programa/ }).click();
    // Two demo programs share the name's start (2026-2 and 2027-1): pick by code.
    await page.getByRole('option', { name: /^PAM-2026-2 · / }).click();
    await roles.getByRole('textbox', { name: /^Rol/ }).click();
    await page.getByRole('option', { name: 'Facilitador' }).click();
    await roles.getByRole('button', { name: 'Guardar rol' }).click();
    await expect
      .poll(() =>
        roles
          .getByText(/PAM-2026-2/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await roles.getByRole('button', { name: 'Cerrar', exact: true }).last().click();

    await page.getByLabel(/^Buscar/).fill('Lucía Fernanda');
    await expect
      .poll(() => page.getByRole('cell', { name: 'lucia.rincon@demo.palanca.test' }).isVisible())
      .toBe(true);

    await page.getByRole('link', { name: 'Auditoría' }).click();
    await page.getByLabel(/^Acción/).fill('membership.set');
    await expect.poll(() => page.getByText('membership.set').first().isVisible()).toBe(true);
    await page.getByLabel(/^Acción/).fill('user.create');
    await expect.poll(() => page.getByText('user.create').first().isVisible()).toBe(true);
    await expectAccessible(page);
    // The screen shows what the log holds: the creation of exactly this person, by the admin.
    const log = await page.request.get('/api/audit?action=user.create&pageSize=200');
    const created = (
      (await log.json()) as {
        items: Array<{ after: { email?: string }; actor: { email: string } | null }>;
      }
    ).items.filter((e) => e.after.email === 'lucia.rincon@demo.palanca.test');
    expect(created).toHaveLength(1);
    expect(created[0]!.actor?.email).toBe('admin@demo.palanca.test');

    const other = await newPage(browser);
    await other.goto('/login');
    await other.getByLabel(/^Correo electrónico/).fill('lucia.rincon@demo.palanca.test');
    await other.getByLabel(/^Contraseña/).fill('una frase larga y fácil');
    await other.getByRole('button', { name: 'Entrar' }).click();
    // A new facilitator: the program home, with no cases yet.
    await other.waitForURL(/\/p\//);
    await expect
      .poll(() => other.getByText('Su rol: Facilitador. Usted ve sus casos asignados.').isVisible())
      .toBe(true);
    await other.context().close();
    await page.context().close();
  });
});
