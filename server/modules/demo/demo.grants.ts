/**
 * The demo's capitalization grants (CAP-BOG-2026): investment plans co-built with the owners
 * (some drafts, some accepted, most approved by the case coordinator), insurance policies that
 * arrive days or weeks after approval (the bottleneck), one tranche disbursed to those with a
 * policy, receipts for most items and a few grants settled. Deterministic from the seed.
 */
import { planTotal } from '../../../shared/domain/grants/rules.ts';
import type { GrantCategory } from '../../../shared/schemas/grants.ts';
import type {
  grantDisbursements,
  grantPolicies,
  grantReceipts,
  grants,
  investmentItems,
  investmentPlans,
} from '../grants/grants.table.ts';
import type { DemoCase } from './demo.generate.ts';
import { createRng, demoId } from './demo.random.ts';
import type { DemoTraining } from './demo.training.ts';
import {
  trackCompletion,
  type PresentAttendance,
} from '../../../shared/domain/training/completion.ts';

type Row<T extends { $inferInsert: object }> = T['$inferInsert'];
export interface DemoGrants {
  plans: Array<Row<typeof investmentPlans>>;
  items: Array<Row<typeof investmentItems>>;
  grants: Array<Row<typeof grants>>;
  policies: Array<Row<typeof grantPolicies>>;
  ledger: Array<Row<typeof grantDisbursements>>;
  /** Receipts without their file: the loader stores one sample PDF for all of them. */
  receipts: Array<Omit<Row<typeof grantReceipts>, 'storedName'>>;
  /** Grants to settle once receipts are loaded: id → to return. */
  settlements: Array<{ grantId: string; settledOn: string; toReturnMinor: number }>;
}

const DAY_MS = 86_400_000;
const PESOS = 100;
const ITEMS: Array<{
  category: GrantCategory;
  description: string;
  unit: [number, number];
  supplier: string;
}> = [
  {
    category: 'working_capital',
    description: 'Mercancía para surtir la temporada',
    unit: [800_000, 2_500_000],
    supplier: 'Mayorista del centro',
  },
  {
    category: 'working_capital',
    description: 'Materia prima (telas, insumos)',
    unit: [400_000, 1_800_000],
    supplier: 'Proveedor de insumos',
  },
  {
    category: 'working_capital',
    description: 'Empaques y etiquetas',
    unit: [150_000, 600_000],
    supplier: 'Litografía del barrio',
  },
  {
    category: 'formalization',
    description: 'Matrícula mercantil y renovación',
    unit: [250_000, 600_000],
    supplier: 'Cámara de Comercio de Bogotá',
  },
  {
    category: 'formalization',
    description: 'Concepto sanitario y adecuaciones',
    unit: [300_000, 1_200_000],
    supplier: 'Contratista de obra',
  },
];
const INSURERS = ['Seguros Bolívar', 'Seguros del Estado', 'La Previsora', 'Mapfre Colombia'];
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function demoGrantsWork(options: {
  seed: number;
  asOf: string;
  programId: string;
  cases: DemoCase[];
  /** Who builds plans (the case's facilitator) and who approves them (the program's case coordinator). */
  approverId: string;
  /** Cases that completed the training track, and when: disbursements wait for it. */
  trained: ReadonlyMap<string, Date>;
}): DemoGrants {
  const rng = createRng(options.seed).fork('grants');
  const ids = rng.fork('ids');
  const asOfMs = Date.parse(options.asOf);
  const out: DemoGrants = {
    plans: [],
    items: [],
    grants: [],
    policies: [],
    ledger: [],
    receipts: [],
    settlements: [],
  };
  const eligible = options.cases
    .filter((c) => c.programId === options.programId && c.planState && c.status !== 'withdrawn')
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const c of eligible) {
    const startMs =
      Math.min(asOfMs - 45 * DAY_MS, c.stageEnteredAt.getTime()) + rng.int(1, 10) * DAY_MS;
    const planId = demoId(ids, startMs);
    const picks = rng.shuffle(ITEMS).slice(0, rng.int(2, 4));
    let items = picks.map((p, position) => ({
      businessId: c.businessId,
      id: demoId(ids, startMs),
      planId,
      position,
      category: p.category,
      description: p.description,
      quantity: rng.int(1, 3),
      unitCostMinor: Math.round(rng.int(p.unit[0], p.unit[1]) / 1000) * 1000 * PESOS,
      supplier: p.supplier,
    }));
    // Within the COP 8,000,000 cap.
    while (planTotal(items) > 8_000_000 * PESOS && items.length > 1) items = items.slice(0, -1);
    if (planTotal(items) > 8_000_000 * PESOS) items[0]!.quantity = 1;
    const stage = rng.weightedPick([
      ['draft', 1],
      ['accepted', 1],
      ['approved', 8],
    ] as const);
    const acceptedMs = startMs + rng.int(2, 8) * DAY_MS;
    const approvedMs = acceptedMs + rng.int(1, 6) * DAY_MS;
    out.plans.push({
      businessId: c.businessId,
      id: planId,
      caseId: c.id,
      programId: c.programId,
      currency: 'COP',
      status: stage,
      version: stage === 'draft' ? 1 : stage === 'accepted' ? 2 : 3,
      builtBy: c.facilitatorId,
      acceptedOn: stage === 'draft' ? null : isoDay(acceptedMs),
      acceptedVia: stage === 'draft' ? null : rng.pick(['signature', 'in_person'] as const),
      approvedBy: stage === 'approved' ? options.approverId : null,
      approvedAt: stage === 'approved' ? new Date(approvedMs) : null,
      createdAt: new Date(startMs),
      updatedAt: new Date(stage === 'approved' ? approvedMs : acceptedMs),
    });
    out.items.push(...items);
    if (stage !== 'approved') continue;

    const grantId = demoId(ids, approvedMs);
    const approvedMinor = planTotal(items);
    out.grants.push({
      businessId: c.businessId,
      id: grantId,
      caseId: c.id,
      programId: c.programId,
      currency: 'COP',
      approvedMinor,
      // Spelled out for every row: a bulk insert leaves a column some rows set NULL in the others.
      executedMinor: 0,
      planId,
      approvedAt: new Date(approvedMs),
      createdAt: new Date(approvedMs),
      updatedAt: new Date(approvedMs),
    });
    // The policy: the bottleneck — from a few days to over a month, and some not yet issued.
    const policyMs = approvedMs + rng.int(3, 40) * DAY_MS;
    if (policyMs >= asOfMs - DAY_MS || rng.chance(0.12)) continue;
    out.policies.push({
      businessId: c.businessId,
      id: demoId(ids, policyMs),
      caseId: c.id,
      programId: c.programId,
      insurer: rng.pick(INSURERS),
      number: `CUM-${String(rng.int(100_000, 999_999))}`,
      issuedOn: isoDay(policyMs),
      expiresOn: isoDay(policyMs + 365 * DAY_MS),
      insuredMinor: approvedMinor,
      recordedBy: c.facilitatorId,
      createdAt: new Date(policyMs + DAY_MS),
      updatedAt: new Date(policyMs + DAY_MS),
    });
    const trainedAt = options.trained.get(c.id);
    if (!trainedAt) continue;
    const paidMs = Math.max(policyMs, trainedAt.getTime()) + rng.int(1, 5) * DAY_MS;
    if (paidMs >= asOfMs) continue;
    out.ledger.push({
      businessId: c.businessId,
      id: demoId(ids, paidMs),
      grantId,
      programId: c.programId,
      tranche: 1,
      amountMinor: approvedMinor,
      paidOn: isoDay(paidMs),
      reference: `TRF-${String(rng.int(1_000_000, 9_999_999))}`,
      recordedBy: options.approverId,
      createdAt: new Date(paidMs),
    });
    // Receipts: most items justified within weeks; a few grants already settled.
    let executed = 0;
    let covered = 0;
    for (const item of items) {
      const receiptMs = paidMs + rng.int(1, 12) * DAY_MS;
      if (receiptMs >= asOfMs || rng.chance(0.15)) continue;
      const amountMinor =
        Math.round((item.quantity * item.unitCostMinor * rng.int(85, 100)) / 100 / PESOS) * PESOS;
      executed += amountMinor;
      covered += 1;
      out.receipts.push({
        businessId: c.businessId,
        id: demoId(ids, receiptMs),
        grantId,
        caseId: c.id,
        itemId: item.id,
        amountMinor,
        issuedOn: isoDay(receiptMs),
        supplier: item.supplier,
        originalName: `factura-${item.position + 1}.pdf`,
        mimeType: 'application/pdf',
        sizeBytes: 0,
        uploadedBy: c.facilitatorId,
        createdAt: new Date(receiptMs),
      });
    }
    out.grants.at(-1)!.executedMinor = executed;
    if (covered === items.length && rng.chance(0.5))
      out.settlements.push({
        grantId,
        settledOn: isoDay(Math.min(asOfMs - DAY_MS, paidMs + 14 * DAY_MS)),
        toReturnMinor: approvedMinor - Math.min(executed, approvedMinor),
      });
  }
  return out;
}

/** When each case completed the demo's training track (cases that did not are absent). */
export function trainedCases(training: DemoTraining): Map<string, Date> {
  const track = training.tracks[0];
  const out = new Map<string, Date>();
  if (!track) return out;
  const sessions = new Map(training.sessions.map((s) => [s.id!, s]));
  const attended = new Map<string, Map<string, PresentAttendance[]>>();
  for (const e of training.enrollments) {
    const session = sessions.get(e.sessionId);
    if (!session || e.attendance !== 'present') continue;
    let perModule = attended.get(e.caseId);
    if (!perModule) attended.set(e.caseId, (perModule = new Map<string, PresentAttendance[]>()));
    const list = perModule.get(session.moduleId) ?? [];
    list.push({ startsAt: session.startsAt, minutes: e.minutes ?? 0 });
    perModule.set(session.moduleId, list);
  }
  const modules = (track.moduleIds ?? []).flatMap((id) => {
    const m = training.modules.find((x) => x.id === id);
    return m ? [{ id, durationMinutes: m.durationMinutes }] : [];
  });
  for (const [caseId, perModule] of attended) {
    const result = trackCompletion({
      modules,
      completionPercent: track.completionPercent ?? 80,
      attended: perModule,
    });
    const last = result.modules.reduce<Date | null>(
      (at, m) => (m.completedAt && (!at || m.completedAt > at) ? m.completedAt : at),
      null,
    );
    if (result.completed && last) out.set(caseId, last);
  }
  return out;
}

/** A one-page sample PDF that stands for every demo receipt. */
export const SAMPLE_RECEIPT_PDF = new TextEncoder().encode(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
    '4 0 obj << /Length 52 >> stream',
    'BT /F1 14 Tf 30 100 Td (Factura de ejemplo) Tj ET',
    'endstream endobj',
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n'),
);
