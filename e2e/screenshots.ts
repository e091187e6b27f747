/**
 * Screenshots of the main screens at 360 px and 1280 px for a human to look at:
 * `node --import tsx e2e/screenshots.ts http://127.0.0.1:3000` → e2e/screenshots/*.png
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = path.resolve('e2e/screenshots');
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const accounts = ['admin', 'supervisor', 'facilitator', 'owner'];
for (const width of [360, 1280]) {
  for (const who of accounts) {
    const context = await browser.newContext({
      viewport: { width, height: 800 },
      locale: 'es-CO',
      baseURL: base,
    });
    const page = await context.newPage();
    await page.goto('/login');
    if (who === 'admin')
      await page.screenshot({ path: path.join(out, `login-${width}.png`), fullPage: true });
    await page.getByLabel(/^Correo electrónico/).fill(`${who}@demo.palanca.test`);
    await page.getByLabel(/^Contraseña/).fill('palanca-demo');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.waitForURL(/\/p\//);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(out, `home-${who}-${width}.png`), fullPage: true });
    if (who === 'admin') {
      for (const screen of ['users', 'audit']) {
        await page.goto(`/admin/${screen}`);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: path.join(out, `${screen}-${width}.png`), fullPage: true });
      }
    }
    await context.close();
  }
}
await browser.close();
console.log(`Screenshots in ${out}`);
