import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const DEMO_PASSWORD = 'palanca-demo';
export const baseUrl = () => inject('baseUrl');

/** Debian's Chromium, headless, with the flags this network needs (no background connections). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(
  browser: Browser,
  options: { width?: number; locale?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    locale: options.locale ?? 'es-CO',
    baseURL: baseUrl(),
    // The app honours reduced motion, so axe never samples a notification half faded in.
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

/** No serious or critical accessibility violation on the page as it stands. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(bad).toEqual([]);
}

/** Signs in through the form as one of the demo accounts (`coordinator`, `facilitator`…). */
export async function signIn(page: Page, who: string) {
  await page.goto('/login');
  await page.getByLabel(/^Correo electrónico/).fill(`${who}@demo.palanca.test`);
  await page.getByLabel(/^Contraseña/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.waitForURL(/\/p\//);
}

/** Waits for it to show (for `timeout` ms when a page loads its code and data first). */
export const visible = (locator: Locator, timeout?: number) =>
  expect.poll(() => locator.isVisible(), { timeout }).toBe(true);

/** A JSON answer of the API, read with the page's session. */
export async function getJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  if (!res.ok()) throw new Error(`${url} ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A 1×1 PNG, like a photo taken with the phone. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** Picks a file the way a person does: the button opens the chooser, the file goes in. */
export async function chooseFile(
  page: Page,
  button: Locator,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(file);
}

/** A screenshot for a person to look at, only when asked for: E2E_SCREENSHOTS=<folder>. */
export async function screenshot(page: Page, name: string, fullPage = true) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage });
}
