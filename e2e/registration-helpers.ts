import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD, baseUrl, launchBrowser } from './browser.ts';

/** An API answer, read field by field in the specs. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON from the API, asserted on
type Json = any;

/** A signed-in API client (its own browser context, so its cookies stay apart from the pages). */
export interface StaffApi {
  context: BrowserContext;
  request: APIRequestContext;
  get(path: string): Promise<Json>;
  post(path: string, body: unknown): Promise<Json>;
  put(path: string, body: unknown): Promise<Json>;
}

export async function staffApi(browser: Browser, email: string): Promise<StaffApi> {
  const context = await browser.newContext({ baseURL: baseUrl() });
  const request = context.request;
  // The token lives in a cookie, renewed at sign-in: read it for every change.
  const csrf = async () => {
    const cookie = (await context.cookies()).find((c) => c.name === 'palanca_csrf');
    return { 'x-csrf-token': decodeURIComponent(cookie?.value ?? '') };
  };
  await request.get('/api/auth/csrf');
  const login = await request.post('/api/auth/login', {
    headers: await csrf(),
    data: { email, password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const check = async (res: Awaited<ReturnType<APIRequestContext['get']>>) => {
    if (!res.ok()) throw new Error(`${res.url()} ${res.status()} ${await res.text()}`);
    return res.json();
  };
  return {
    context,
    request,
    get: async (path) => check(await request.get(path)),
    post: async (path, body) =>
      check(await request.post(path, { headers: await csrf(), data: body })),
    put: async (path, body) =>
      check(await request.put(path, { headers: await csrf(), data: body })),
  };
}

/** The id of the demo program the specs work in (PAM-2026-2). */
export async function demoProgramId(api: StaffApi): Promise<string> {
  const programs = await api.get('/api/programs');
  return programs.items.find((p: { code: string }) => p.code === 'PAM-2026-2').id;
}

/** A browser for a file's specs, and the id of the demo program they work in. */
export async function launchForDemo(): Promise<{ browser: Browser; programId: string }> {
  const browser = await launchBrowser();
  const api = await staffApi(browser, 'coordinator@demo.palanca.test');
  const programId = await demoProgramId(api);
  await api.context.close();
  return { browser, programId };
}

const DAY = 24 * 3600 * 1000;
export const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/** A code no other run or spec uses: `E2E-APPLY-LX3K9Q`. */
export const uniqueCode = (prefix: string) =>
  `${prefix}-${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1296)
    .toString(36)
    .toUpperCase()}`;

/** Opens a call in PAM-2026-2 (Bucaramanga, and Cúcuta when asked) as the demo coordinator. */
export async function createCall(
  api: StaffApi,
  options: {
    code: string;
    name: string;
    goals: Record<string, number>;
    /** The documents asked for, and whether they must be verified to be eligible. */
    documents?: { required: string[]; mustBeVerified: boolean };
  },
) {
  const programId = await demoProgramId(api);
  const call = await api.post(`/api/programs/${programId}/calls`, {
    code: options.code,
    name: options.name,
    opensOn: isoDay(-5),
    closesOn: isoDay(20),
    territories: Object.entries(options.goals).map(([territoryCode, goal]) => ({
      territoryCode,
      goal,
    })),
    rules: {
      criteria: [
        { kind: 'lives_in_call_territory' },
        { kind: 'business_min_months', months: 6 },
        { kind: 'not_previous_beneficiary' },
        ...(options.documents?.mustBeVerified ? [{ kind: 'documents_verified' }] : []),
        { kind: 'min_age', years: 18 },
      ],
      priorityWeights: [
        { group: 'head_of_household_mother', points: 20 },
        { group: 'conflict_victim', points: 20 },
        { group: 'women', points: 10 },
      ],
      requiredDocuments: options.documents?.required ?? ['id_document'],
      targetFactor: 1.6,
    },
  });
  return { programId, callId: call.id as string, code: call.code as string };
}

/** A document number and a mobile nobody else in this run has. */
let seq = 0;
export function uniquePerson() {
  seq++;
  const n = (Date.now() % 1_000_000) * 10 + seq;
  return {
    documentNumber: String(1_000_000_000 + n),
    phone: `31${String(n % 100_000_000).padStart(8, '0')}`,
  };
}

export interface Person {
  documentNumber: string;
  firstNames: string;
  lastNames: string;
  phone: string;
}

/** Who the owner is (step 1 of the public form, first section of the field form). */
export async function fillOwner(page: Page, person: Person) {
  await page.getByLabel(/^Número de documento/).fill(person.documentNumber);
  await page.getByLabel(/^Nombres/).fill(person.firstNames);
  await page.getByLabel(/^Apellidos/).fill(person.lastNames);
  await page.getByRole('radio', { name: 'Mujer' }).check();
  await page.getByLabel(/^Fecha de nacimiento/).fill('1987-06-15');
  await page.getByLabel(/^Celular o teléfono/).fill(person.phone);
  await page.getByLabel(/^¿Dónde vive\?/).selectOption({ label: 'Bucaramanga' });
  await page.getByLabel(/^Dirección de su casa/).fill('Carrera 27 # 36-14, barrio Sotomayor');
}

/** The business (step 2 of the public form): the activity is found by a word typed without accents. */
export async function fillBusiness(page: Page) {
  await page.getByLabel(/^Nombre del negocio/).fill('Panadería El Trigal');
  await page.getByRole('textbox', { name: /^¿A qué se dedica el negocio\?/ }).fill('panaderia');
  await page.getByRole('option', { name: /^1081 · / }).click();
  await page.getByLabel(/^¿Desde cuándo funciona\?/).fill('2019-03-01');
  for (const question of [
    '¿Tiene local?',
    '¿Tiene RUT?',
    '¿Está registrado en la Cámara de Comercio?',
    '¿Es un negocio verde?',
    '¿Es un negocio cultural o creativo?',
  ]) {
    await page.getByRole('group', { name: question }).getByRole('radio', { name: 'No' }).check();
  }
  await page.getByLabel(/^¿Cuántas personas trabajan/).fill('3');
  await page.getByLabel(/^¿Cuántas de ellas son mujeres\?/).fill('2');
  await page.getByLabel(/^Ventas de un mes normal/).fill('4500000');
}

/** No horizontal scrolling of the page itself (once the layout has settled after a resize). */
export async function expectNoPageScroll(page: Page, width: number) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 5_000 })
    .toBeLessThanOrEqual(width);
}

/** Waits until a dialog has finished fading in (axe reads colors mid-fade as too pale). */
export async function dialogOpened(dialog: Locator) {
  await expect
    .poll(() =>
      dialog.evaluate((el) => {
        let opacity = 1;
        for (let node: Element | null = el; node; node = node.parentElement)
          opacity *= Number(getComputedStyle(node).opacity);
        return opacity;
      }),
    )
    .toBe(1);
}
