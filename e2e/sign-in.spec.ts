import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, newPage } from './browser.ts';

/** What each demo account must and must not find in the navigation, and how many cases it counts. */
const ACCOUNTS = [
  { who: 'admin', admin: true, program: 'Programa de Acompañamiento a Micronegocios 2026-2' },
  {
    who: 'coordinator',
    admin: false,
    program: 'Programa de Acompañamiento a Micronegocios 2026-2',
  },
  {
    who: 'supervisor',
    admin: false,
    program: 'Programa de Acompañamiento a Micronegocios 2026-2',
    cities: ['Bucaramanga', 'San José de Cúcuta'],
  },
  {
    who: 'facilitator',
    admin: false,
    program: 'Programa de Acompañamiento a Micronegocios 2026-2',
    registered: '12',
    cities: ['Bucaramanga'],
  },
  {
    who: 'mentor',
    admin: false,
    program: 'Programa de Acompañamiento a Micronegocios 2026-2',
    registered: '5',
  },
  { who: 'researcher', admin: false, program: 'Programa de Acompañamiento a Micronegocios 2026-2' },
  {
    who: 'owner',
    admin: false,
    program: 'Programa de Acompañamiento a Micronegocios 2026-2',
    registered: '1',
  },
] as const;

async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel(/^Correo electrónico/).fill(email);
  await page.getByLabel(/^Contraseña/).fill(password);
  await page.getByRole('button', { name: 'Entrar' }).click();
}

/** The "Registrados" stat card's number. */
async function registered(page: Page) {
  const card = page
    .locator('section[aria-labelledby="totals-title"]')
    .getByText('Registrados', { exact: true })
    .locator('..');
  return (await card.locator('p').nth(1).textContent())?.trim();
}

describe('signing in as each demo user', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const account of ACCOUNTS) {
    it(`${account.who}: lands on the program home and sees what the role allows`, async () => {
      const page = await newPage(browser);
      await signIn(page, `${account.who}@demo.palanca.test`);
      await page.waitForURL(/\/p\/[0-9a-f-]{36}/);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe(account.program);
      const nav = page.getByRole('navigation');
      expect(await nav.getByRole('link', { name: 'Inicio' }).isVisible()).toBe(true);
      expect(await nav.getByRole('link', { name: 'Usuarios' }).count()).toBe(account.admin ? 1 : 0);
      expect(await nav.getByRole('link', { name: 'Auditoría' }).count()).toBe(
        account.admin ? 1 : 0,
      );
      if ('registered' in account) expect(await registered(page)).toBe(account.registered);
      if ('cities' in account) {
        const rows = page.locator('section[aria-labelledby="by-city-title"] tbody th');
        await expect.poll(() => rows.allTextContents()).toEqual([...account.cities]);
      }
      // A direct visit to an admin screen does not show its data to others.
      if (!account.admin) {
        const res = await page.request.get('/api/users');
        expect(res.status()).toBe(403);
      }
      await page.getByRole('button', { name: /Menú de/ }).click();
      await page.getByRole('menuitem', { name: 'Cerrar sesión' }).click();
      await page.waitForURL(/\/login/);
      expect((await page.request.get('/api/auth/me')).status()).toBe(401);
      await page.context().close();
    });
  }

  it('explains a wrong password without saying whether the email exists', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin@demo.palanca.test', 'no es la clave');
    await expect
      .poll(() => page.getByText('El correo o la contraseña no son correctos.').isVisible())
      .toBe(true);
    expect(page.url()).toMatch(/\/login/);
    await page.context().close();
  });

  it('switches to English before and after signing in', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await page.getByText('EN', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByLabel(/^Email/).fill('coordinator@demo.palanca.test');
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/p\//);
    await expect.poll(() => page.getByRole('heading', { name: 'Summary' }).isVisible()).toBe(true);
    // The choice is saved to the account: give the coordinator Spanish back for the other specs.
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/auth/me') && r.request().method() === 'PATCH',
    );
    await page
      .getByRole('radiogroup', { name: 'Language' })
      .getByText('ES', { exact: true })
      .click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => page.getByRole('heading', { name: 'Resumen' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('works on a 360 px phone and has no serious accessibility problem', async () => {
    const page = await newPage(browser, { width: 360 });
    await page.goto('/login');
    await expectAccessible(page);
    await signIn(page, 'supervisor@demo.palanca.test');
    await page.waitForURL(/\/p\//);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Por ciudad' }).isVisible())
      .toBe(true);
    // Cards instead of a wide table, and no horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await expectAccessible(page);
    await page.context().close();
  });
});
