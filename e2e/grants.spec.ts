import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseCard } from '../shared/schemas/cases.ts';
import type { TCaseGrant, TGrantSettingsView } from '../shared/schemas/grants.ts';
import {
  PNG,
  baseUrl,
  chooseFile,
  expectAccessible,
  screenshot,
  signIn,
  visible,
} from './browser.ts';
import {
  dialogOpened,
  expectNoPageScroll,
  isoDay,
  launchForDemo,
  staffApi,
  type StaffApi,
} from './registration-helpers.ts';

/** How long to wait for something to show: pages load their code and data first. */
const LOAD = 15_000;

/** A one-page PDF, as small as a valid one gets. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/** A screenshot at the page's width (for a person, when asked for: see `screenshot`). */
const shot = (page: Page, name: string) =>
  screenshot(page, `grants-${name}-${page.viewportSize()?.width ?? 0}`);

/** Money as the page writes it (`$ 7.500.000`), whatever the space after the sign. */
const money = (digits: string) => new RegExp(`\\$\\s?${digits.replace(/\./g, '\\.')}`);

/** The grant rules the spec works with: a known cap, one tranche, a one-capsule training track. */
const SPEC_SETTINGS = {
  currency: 'COP',
  capMinor: 800_000_000,
  categories: ['working_capital', 'formalization'],
  prerequisites: ['policy', 'training', 'plan_approved'],
  tranches: 1,
};

/**
 * The owner completes a one-capsule track: a session that started two hours ago, the case
 * enrolled and present for the whole hour. Returns the track's id.
 */
async function completeTraining(api: StaffApi, programId: string, caseId: string) {
  const run = Date.now().toString(36);
  const module = (await api.post(`/api/programs/${programId}/training/modules`, {
    title: `Seguros y crédito ${run}`,
    topic: 'Cómo funciona la póliza del incentivo.',
    durationMinutes: 60,
    format: 'in_person',
  })) as { id: string };
  const track = (await api.post(`/api/programs/${programId}/training/tracks`, {
    name: `Ruta del incentivo ${run}`,
    moduleIds: [module.id],
  })) as { id: string };
  const session = (await api.post(`/api/programs/${programId}/training/sessions`, {
    moduleId: module.id,
    startsAt: new Date(Math.floor((Date.now() - 2 * 3_600_000) / 300_000) * 300_000).toISOString(),
    durationMinutes: 60,
    place: 'Cámara de Comercio, salón 3',
    trainerName: 'Laura Gómez',
    capacity: 20,
  })) as { id: string };
  const sessionApi = `/api/programs/${programId}/training/sessions/${session.id}`;
  await api.post(`${sessionApi}/enrollments`, { caseIds: [caseId] });
  await api.put(`${sessionApi}/attendance`, { items: [{ caseId, attendance: 'present' }] });
  return track.id;
}

describe('capitalization grants', () => {
  let browser: Browser;
  let programId: string;
  let coordinator: StaffApi;
  let settingsBefore: TGrantSettingsView['settings'] | null = null;
  let target: TCaseCard;
  const grantUrl = () => `/p/${programId}/cases/${target.id}/grant`;
  const grantApi = () => `/api/programs/${programId}/cases/${target.id}/grant`;

  /** A page in Colombia's time zone (the server's "today"), signed in. */
  async function pageAs(who: string, width: number): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width, height: 800 },
      locale: 'es-CO',
      timezoneId: 'America/Bogota',
      baseURL: baseUrl(),
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await signIn(page, who);
    return page;
  }

  async function openGrant(page: Page) {
    await page.goto(grantUrl());
    await visible(page.getByRole('heading', { level: 1, name: 'Capitalización' }), LOAD);
    await visible(page.getByRole('heading', { level: 2, name: 'Plan de inversión' }), LOAD);
  }

  const section = (page: Page, name: string) => page.getByRole('region', { name });

  beforeAll(async () => {
    ({ browser, programId } = await launchForDemo());
    coordinator = await staffApi(browser, 'coordinator@demo.palanca.test');
    const view: TGrantSettingsView = await coordinator.get(
      `/api/programs/${programId}/grant-settings`,
    );
    settingsBefore = view.settings;

    // An active case of the facilitator's with no investment plan yet (the last one, so that
    // the plan specs, which take the first ones, stay apart).
    const facilitator = await staffApi(browser, 'facilitator@demo.palanca.test');
    const list: { items: TCaseCard[] } = await facilitator.get(
      `/api/programs/${programId}/cases?status=active&sort=name&pageSize=200`,
    );
    let found: TCaseCard | undefined;
    for (const c of [...list.items].reverse()) {
      const grant: TCaseGrant = await facilitator.get(
        `/api/programs/${programId}/cases/${c.id}/grant`,
      );
      if (grant.plan === null && !grant.locked) {
        found = c;
        break;
      }
    }
    await facilitator.context.close();
    expect(found, 'an active case without an investment plan').toBeDefined();
    target = found!;
    // The owner went through the training the grant requires.
    const trackId = await completeTraining(coordinator, programId, target.id);
    await coordinator.put(`/api/programs/${programId}/grant-settings`, {
      ...SPEC_SETTINGS,
      trainingTrackId: trackId,
    });
  });

  afterAll(async () => {
    if (settingsBefore)
      await coordinator.put(`/api/programs/${programId}/grant-settings`, settingsBefore);
    await coordinator.context.close();
    await browser.close();
  });

  it('a facilitator on a phone builds the investment plan within the cap and records the owner’s acceptance', async () => {
    const page = await pageAs('facilitator', 360);
    await page.goto(`/p/${programId}/cases/${target.id}`);
    await visible(page.getByRole('heading', { level: 2, name: 'Capitalización' }), LOAD);
    await page.getByRole('link', { name: 'Capitalización' }).click();
    await openGrant(page);
    const plan = section(page, 'Plan de inversión');
    await visible(plan.getByRole('heading', { level: 3, name: 'Armar el plan de inversión' }));
    // Before any approval: the prerequisites say what is missing, in words.
    const prerequisites = section(page, 'Requisitos para desembolsar');
    await visible(prerequisites.getByText('Póliza de seguro vigente: falta'));
    await visible(prerequisites.getByText('Todavía no se ha registrado la póliza.'));
    await visible(prerequisites.getByText('Plan de inversión aprobado: falta'));
    await visible(prerequisites.getByText(/Ruta de formación.*cumplido/));
    await expectAccessible(page);
    await shot(page, 'empty');

    // Only the program's categories are offered.
    const first = plan.getByRole('group', { name: 'Ítem 1' });
    const categories = first.getByLabel(/^Categoría/);
    expect(await categories.locator('option').allTextContents()).toEqual([
      'Capital de trabajo',
      'Formalización',
    ]);
    await first.getByLabel(/^Qué se compra/).fill('Materia prima: harina y azúcar');
    await first.getByLabel(/^Cantidad/).fill('2');
    await first.getByLabel(/^Valor unitario/).fill('3000000');
    await first.getByLabel(/^Proveedor/).fill('Distribuidora El Molino');
    await first.getByLabel(/^Proveedor/).press('Tab');
    expect(await first.getByLabel(/^Valor unitario/).inputValue()).toMatch(money('3.000.000'));
    await visible(first.getByText(/Total del ítem: \$\s?6\.000\.000/));

    await plan.getByRole('button', { name: 'Agregar ítem' }).click();
    const second = plan.getByRole('group', { name: 'Ítem 2' });
    await second.getByLabel(/^Categoría/).selectOption({ label: 'Formalización' });
    await second.getByLabel(/^Qué se compra/).fill('Matrícula en la Cámara de Comercio');
    await second.getByLabel(/^Valor unitario/).fill('3.000.000');

    // Over the cap: said before saving, and the plan cannot be saved.
    const over = plan.getByRole('alert').filter({ hasText: 'El plan pasa el tope en' });
    await visible(over);
    expect(await over.textContent()).toMatch(money('1.000.000'));
    expect(await plan.getByRole('button', { name: 'Guardar plan de inversión' }).isDisabled()).toBe(
      true,
    );
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await shot(page, 'over-cap');

    // The server refuses it too, with the field and the figures.
    const csrf = decodeURIComponent(
      (await page.context().cookies()).find((c) => c.name === 'palanca_csrf')?.value ?? '',
    );
    const refused = await page.request.put(`${grantApi()}/plan`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        items: [
          {
            category: 'working_capital',
            description: 'Horno',
            quantity: 3,
            unitCostMinor: 300_000_000,
          },
        ],
      },
    });
    expect(refused.status()).toBe(400);
    const body = await refused.json();
    expect(body.error.fields).toEqual([
      expect.objectContaining({ path: 'items', code: 'total_over_cap' }),
    ]);

    await second.getByLabel(/^Valor unitario/).fill('1500000');
    await visible(plan.getByText(/Quedan \$\s?500\.000 por debajo del tope/));
    await plan.getByRole('button', { name: 'Guardar plan de inversión' }).click();
    await visible(page.getByText('Plan de inversión guardado'), LOAD);
    await visible(plan.getByText('Borrador'));
    await visible(plan.getByText(/Total del plan: \$\s?7\.500\.000/));

    // The owner's acceptance: today, by signature.
    await plan.getByRole('button', { name: 'Registrar aceptación del propietario' }).click();
    await visible(plan.getByText('Aceptado por el propietario'), LOAD);
    await visible(plan.getByText(/La persona propietaria lo aceptó el .* \(firma del plan\)/));
    // A facilitator does not approve: the plan waits for the coordination.
    await visible(plan.getByText('Falta la aprobación del plan', { exact: false }));
    expect(await plan.getByRole('button', { name: 'Aprobar plan' }).count()).toBe(0);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await shot(page, 'accepted');
    await page.context().close();
  });

  it('a case coordinator, who did not build the plan, approves it', async () => {
    const page = await pageAs('case-coordinator', 360);
    await openGrant(page);
    const plan = section(page, 'Plan de inversión');
    await plan.getByRole('button', { name: 'Aprobar plan' }).click();
    const dialog = page.getByRole('dialog', { name: '¿Aprobar el plan de inversión?' });
    await dialogOpened(dialog);
    expect(await dialog.textContent()).toMatch(money('7.500.000'));
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Aprobar plan' }).click();
    await visible(plan.getByText('Aprobado', { exact: true }), LOAD);
    await visible(plan.getByText(/^Aprobado el .* por /));
    // Approved: no more editing, the grant is open.
    expect(await plan.getByRole('button', { name: 'Editar plan' }).count()).toBe(0);
    await visible(
      section(page, 'Requisitos para desembolsar').getByText(
        'Plan de inversión aprobado: cumplido',
      ),
    );
    await expectNoPageScroll(page, 360);
    await page.context().close();
  });

  it('the coordinator cannot disburse before the policy: the reason is shown', async () => {
    const page = await pageAs('coordinator', 1280);
    await openGrant(page);
    const ledger = section(page, 'Desembolsos');
    await visible(ledger.getByText('Todavía no hay desembolsos'));
    const amount = ledger.getByLabel(/^Valor/);
    expect(await amount.inputValue()).toMatch(money('7.500.000'));
    await ledger.getByLabel(/^Referencia/).fill('TRF-0001');
    await ledger.getByRole('button', { name: 'Registrar desembolso' }).click();
    const refusal = ledger.getByRole('alert').filter({ hasText: 'No se registró el desembolso' });
    await visible(refusal, LOAD);
    await visible(refusal.getByText('No se puede desembolsar todavía. Falta:'));
    await visible(
      refusal.getByText('Póliza de seguro vigente: Todavía no se ha registrado la póliza.'),
    );
    await expectAccessible(page);
    await shot(page, 'refused');
    await page.context().close();
  });

  it('a facilitator records the policy with its PDF', async () => {
    const page = await pageAs('facilitator', 360);
    await openGrant(page);
    const policy = section(page, 'Póliza de seguro');
    await visible(policy.getByText(/Han pasado 0 días desde la aprobación del plan sin póliza/));
    await policy.getByLabel(/^Aseguradora/).fill('Seguros Bolívar');
    await policy.getByLabel(/^Número de la póliza/).fill('POL-778812');
    await policy.getByLabel(/^Fecha de vencimiento/).fill(isoDay(365));
    expect(await policy.getByLabel(/^Valor asegurado/).inputValue()).toMatch(money('7.500.000'));
    await policy.getByRole('button', { name: 'Guardar póliza' }).click();
    await visible(policy.getByText('Vigente', { exact: true }), LOAD);
    await visible(
      policy.getByText(/^La póliza se expidió \d+ días? después de la aprobación del plan\.$/),
    );
    await visible(policy.getByText('Falta adjuntar el documento de la póliza.'));
    await chooseFile(page, policy.getByRole('button', { name: 'Adjuntar documento' }), {
      name: 'poliza-bolivar.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    const link = policy.getByRole('link', { name: /Ver la póliza: poliza-bolivar\.pdf/ });
    await visible(link, LOAD);
    const file = await page.request.get(await link.getAttribute('href').then((h) => h!));
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('application/pdf');
    await visible(
      section(page, 'Requisitos para desembolsar').getByText('Póliza de seguro vigente: cumplido'),
    );
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await shot(page, 'policy');
    await page.context().close();
  });

  it('the coordinator disburses, reverses a wrong entry and disburses again', async () => {
    const page = await pageAs('coordinator', 1280);
    await openGrant(page);
    const ledger = section(page, 'Desembolsos');
    await ledger.getByLabel(/^Referencia/).fill('TRF-0001');
    await ledger.getByRole('button', { name: 'Registrar desembolso' }).click();
    await visible(page.getByText('Desembolso registrado'), LOAD);
    const table = ledger.getByRole('group', { name: 'Libro de desembolsos' }).getByRole('table');
    await visible(table.getByRole('row', { name: /TRF-0001/ }));
    // Everything is disbursed: the form is gone.
    expect(await ledger.getByRole('button', { name: 'Registrar desembolso' }).count()).toBe(0);

    await ledger.getByRole('button', { name: 'Reversar el desembolso TRF-0001' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reversar un desembolso' });
    await dialogOpened(dialog);
    await dialog.getByLabel(/^Motivo de la reversión/).fill('La cuenta de destino estaba errada.');
    await dialog.getByRole('button', { name: 'Reversar' }).click();
    await visible(table.getByRole('row', { name: /Reversión de TRF-0001/ }), LOAD);
    await visible(table.getByRole('row', { name: /Reversado/ }));
    expect(await table.getByRole('row', { name: /Reversión de TRF-0001/ }).textContent()).toMatch(
      /-\s?\$\s?7\.500\.000|\$\s?-7\.500\.000/,
    );

    await ledger.getByLabel(/^Referencia/).fill('TRF-0002');
    await ledger.getByRole('button', { name: 'Registrar desembolso' }).click();
    await visible(table.getByRole('row', { name: /TRF-0002/ }), LOAD);
    await visible(ledger.getByText(/Desembolsado \$\s?7\.500\.000 de \$\s?7\.500\.000 aprobados/));
    await expectAccessible(page);
    await shot(page, 'disbursed');
    await page.setViewportSize({ width: 360, height: 800 });
    await visible(ledger.getByRole('list', { name: 'Libro de desembolsos' }));
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await shot(page, 'disbursed');
    await page.context().close();
  });

  /** Adds a receipt to an item from its card. */
  async function addReceipt(
    page: Page,
    item: Locator,
    name: string,
    values: { amount: string; file: { name: string; mimeType: string; buffer: Buffer } },
  ) {
    await item.getByRole('button', { name: `Agregar soporte de ${name}` }).click();
    const amount = item.getByLabel(/^Valor de la factura o recibo/);
    await amount.fill(values.amount);
    await chooseFile(page, item.getByRole('button', { name: /^Archivo/ }), values.file);
    await item.getByRole('button', { name: 'Guardar soporte' }).click();
    await visible(item.getByRole('link', { name: new RegExp(values.file.name) }), LOAD);
  }

  it('a facilitator uploads a receipt for each item; the execution shows', async () => {
    const page = await pageAs('facilitator', 360);
    await openGrant(page);
    const execution = section(page, 'Ejecución');
    const flour = execution.getByRole('article', { name: 'Materia prima: harina y azúcar' });
    const registry = execution.getByRole('article', { name: 'Matrícula en la Cámara de Comercio' });
    await visible(flour.getByText('Sin factura ni recibo todavía.'));
    await addReceipt(page, flour, 'Materia prima: harina y azúcar', {
      amount: '6000000',
      file: { name: 'factura-molino.pdf', mimeType: 'application/pdf', buffer: PDF },
    });
    await visible(flour.getByText(/Soportes por \$\s?6\.000\.000 de \$\s?6\.000\.000/));
    // The second one justifies less than planned: the rest will be returned.
    await addReceipt(page, registry, 'Matrícula en la Cámara de Comercio', {
      amount: '1.000.000',
      file: { name: 'recibo-camara.png', mimeType: 'image/png', buffer: PNG },
    });
    await visible(registry.getByText(/Soportes por \$\s?1\.000\.000 de \$\s?1\.500\.000/));
    await visible(
      execution.getByText(/Justificado \$\s?7\.000\.000 de \$\s?7\.500\.000 desembolsados/),
    );
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await shot(page, 'execution');
    await page.context().close();
  });

  it('a case coordinator settles the grant: what receipts do not justify is to be returned', async () => {
    const page = await pageAs('case-coordinator', 360);
    await openGrant(page);
    const settlement = section(page, 'Liquidación');
    await visible(settlement.getByText(/\$\s?500\.000/));
    await settlement.getByLabel(/^Observaciones/).fill('La matrícula costó menos de lo previsto.');
    await settlement.getByRole('button', { name: 'Liquidar incentivo' }).click();
    const dialog = page.getByRole('dialog', { name: '¿Liquidar el incentivo?' });
    await dialogOpened(dialog);
    expect(await dialog.textContent()).toMatch(/Quedarán \$\s?500\.000 por devolver/);
    await dialog.getByRole('button', { name: 'Liquidar incentivo' }).click();
    await visible(settlement.getByText(/^Liquidado el /), LOAD);
    await visible(settlement.getByText(/Quedan \$\s?500\.000 por devolver\./));
    // Settled: no more receipts nor disbursements.
    expect(await page.getByRole('button', { name: /^Agregar soporte/ }).count()).toBe(0);
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await shot(page, 'settled');
    await page.setViewportSize({ width: 1280, height: 800 });
    await shot(page, 'settled');
    await page.context().close();

    const grant: TCaseGrant = await coordinator.get(grantApi());
    expect(grant.grant).toMatchObject({
      approvedMinor: 750_000_000,
      disbursedMinor: 750_000_000,
      executedMinor: 700_000_000,
      status: 'settled',
    });
    expect(grant.grant?.settlement?.toReturnMinor).toBe(50_000_000);
    expect(grant.ledger.map((e) => e.amountMinor)).toEqual([
      750_000_000, -750_000_000, 750_000_000,
    ]);
  });

  it('the coordinator reads the report from the menu, its sums add up, and opens the settings', async () => {
    const page = await pageAs('coordinator', 360);
    await page.goto(`/p/${programId}`);
    await page.getByRole('button', { name: 'Abrir el menú' }).click();
    await page
      .getByRole('navigation', { name: 'Menú principal' })
      .getByRole('link', { name: 'Capitalización', exact: true })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Capitalización' }), LOAD);
    const reconciliation = section(page, 'Conciliación');
    await visible(reconciliation.getByRole('table', { name: 'Lo aprobado' }), LOAD);
    await visible(
      reconciliation.getByText(/El libro de desembolsos tiene .* igual a lo desembolsado/),
    );
    expect(await reconciliation.getByText('Esta suma no cuadra', { exact: false }).count()).toBe(0);
    // On a phone, a card per locality and per group; on a wide screen, tables.
    await visible(
      section(page, 'Por localidad').getByRole('listitem').filter({ hasText: 'Bucaramanga' }),
    );
    await visible(section(page, 'Por grupo prioritario').getByRole('listitem').first());
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await shot(page, 'report');
    await page.setViewportSize({ width: 1280, height: 800 });
    await visible(section(page, 'Por localidad').getByRole('table'));
    await visible(section(page, 'Por grupo prioritario').getByRole('table'));
    await expectAccessible(page);
    await shot(page, 'report');

    // The city filter keeps to the case's city.
    await page.getByRole('textbox', { name: 'Ciudad' }).click();
    await page.getByRole('option', { name: 'Bucaramanga', exact: true }).click();
    await page.waitForURL(/municipalityCode=68001/);
    await visible(section(page, 'Por localidad').getByRole('rowheader', { name: /Bucaramanga/ }));

    await page.getByRole('link', { name: 'Configurar capitalización' }).click();
    await visible(
      page.getByRole('heading', { level: 1, name: 'Configuración de capitalización' }),
      LOAD,
    );
    expect(await page.getByLabel(/^Tope por beneficiario/).inputValue()).toMatch(
      money('8.000.000'),
    );
    expect(await page.getByRole('checkbox', { name: 'Póliza de seguro vigente' }).isChecked()).toBe(
      true,
    );
    expect(
      await page.getByRole('checkbox', { name: 'Ruta de formación completa' }).isChecked(),
    ).toBe(true);
    await expectAccessible(page);
    await shot(page, 'settings');
    await page.setViewportSize({ width: 360, height: 800 });
    await expectNoPageScroll(page, 360);
    await shot(page, 'settings');
    await page.context().close();
  });
});
