import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/roles.ts';
import { findAuditByRequest } from '../modules/audit/audit.repo.ts';
import { createTestContext, multipartRequest, TestClient, type TestContext } from '../test/app.ts';
import { APPLICANT_COLUMNS } from '../modules/registration/spreadsheet/index.ts';
import { csvOf, validCells } from '../modules/registration/spreadsheet/test-helpers.ts';
import { CONSENT_VERSION } from '../modules/registration/consent.ts';
import { insertDocument } from '../modules/registration/applicants.repo.ts';
import { storeUpload } from '../storage/files.ts';
import {
  createApplicant,
  createCall,
  createCase,
  createFlag,
  createUser,
} from '../test/factories.ts';
import { DEFAULT_CASE_SETTINGS } from '../../shared/schemas/cases.ts';
import { insertAttachment } from '../modules/cases/cases.repo.ts';
import { saveSettings } from '../modules/cases/settings.repo.ts';
import { encounters } from '../modules/cases/cases.table.ts';
import { applicantInput, callBody } from '../test/registration.ts';
import { buildWorld, type World } from '../test/world.ts';
import { GRANT_SPECS } from './access-matrix.grants.ts';
import { TRAINING_SPECS } from './access-matrix.training.ts';
import { REPORT_SPECS } from './access-matrix.reports.ts';
import { RESEARCH_SPECS } from './access-matrix.research.ts';
import type { Access } from './context.ts';
import {
  DEFAULT_ASSESSMENT_SETTINGS,
  DEFAULT_QUESTIONNAIRE,
} from '../../shared/domain/assessment/standard.ts';
import type { TCaseAssessment, TPlan } from '../../shared/schemas/assessment.ts';
import { attachEvidence } from '../modules/assessment/plan.service.ts';
import { assessCase, coordinatorOf, fullAnswers } from '../test/assessment.ts';
import { createService } from '../modules/services/services.service.ts';
import { matrixTemplate } from '../modules/services/matrix.service.ts';
import { ZServiceBody } from '../../shared/schemas/services.ts';
import { ZExtraServiceBody, ZSessionBody } from '../../shared/schemas/mentors.ts';
import { upsertProfile } from '../modules/mentors/mentors.repo.ts';
import { createSession } from '../modules/mentors/sessions.service.ts';
import { addExtraService } from '../modules/services/ecosystem.service.ts';

/**
 * Walks every /api route with every role, in and out of scope. A route without an entry in
 * SPECS fails the test, so a new route cannot ship without its access being exercised.
 */
export interface Call {
  request: InjectOptions;
  /** Sign in again for this call (for routes that end the session). */
  fresh?: boolean;
}
export interface RouteSpec {
  /** A request the caller is entitled to, if their role allows the route. */
  inScope: (w: World, ctx: TestContext) => Promise<Call> | Call;
  /** The same request aimed at something outside the caller's reach (expects 404). */
  outOfScope?: (w: World, ctx: TestContext, role: Role) => Promise<Call> | Call;
  /** Extra checks on a successful in-scope answer. */
  leak?: (role: Role, body: unknown, w: World) => void;
}

const programBody = (code: string) => ({
  code,
  name: 'Programa de prueba',
  cycleStart: '2026-01-01',
  cycleEnd: '2026-06-30',
  cities: [{ municipalityCode: '68001', goal: 10 }],
});

let seq = 0;
const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n'));
/** A stored document of an applicant (file on disk and row), for the routes that read or review one. */
async function createDocument(ctx: TestContext, applicant: { id: string; businessId: string }) {
  const storedName = await storeUpload({ dataDir: ctx.config.dataDir, bytes: PDF, ext: 'pdf' });
  return insertDocument(ctx.db, {
    businessId: applicant.businessId,
    applicantId: applicant.id,
    kind: 'id_document',
    storedName,
    originalName: 'c.pdf',
    mimeType: 'application/pdf',
    sizeBytes: PDF.length,
  });
}
/** A one-row applicant CSV for Bucaramanga, new document each time. */
const importCsv = () =>
  csvOf([
    APPLICANT_COLUMNS.map((c) => c.header.es),
    validCells('es', {
      'owner.documentNumber': String(80_000_000 + ++seq),
      'owner.municipalityCode': '68001',
      'owner.localityCode': '',
    }),
  ]);

/** A fresh case of the in-scope facilitator and supervisor in Bucaramanga. */
async function freshCase(w: World, ctx: TestContext, status: 'active' | 'withdrawn' = 'active') {
  return (
    await createCase(ctx.db, {
      organizationId: w.orgA.id,
      programId: w.programP.id,
      municipalityCode: '68001',
      facilitatorId: w.users.facilitator.id,
      supervisorId: w.users.supervisor.id,
      status,
    })
  ).case;
}
/** The case a role cannot see: another program's for whole-program roles, else one in Cúcuta. */
function unseenCase(w: World, role: Role) {
  return role === 'admin' || role === 'coordinator'
    ? { programId: w.programQ.id, caseId: w.bCase.case.id }
    : { programId: w.programP.id, caseId: w.outCase.case.id };
}
/** The matrix gives the test facilitator hundreds of fresh cases: no caseload limit gets in the way. */
const MATRIX_CASE_SETTINGS = {
  ...DEFAULT_CASE_SETTINGS,
  caseload: { recommended: 1000, maximum: 1000 },
};
const ENCOUNTER = {
  occurredOn: '2026-09-10',
  mode: 'phone',
  durationMinutes: 20,
  notes: 'Llamada',
};
const caseAction = (
  action: string,
  payload: (c: { version: number }) => Record<string, unknown>,
  status: 'active' | 'withdrawn' = 'active',
): RouteSpec => ({
  inScope: async (w, ctx) => {
    const c = await freshCase(w, ctx, status);
    return {
      request: {
        method: 'POST',
        url: `/api/programs/${w.programP.id}/cases/${c.id}/${action}`,
        payload: payload(c),
      },
    };
  },
  outOfScope: (w, _ctx, role) => {
    const { programId, caseId } = unseenCase(w, role);
    return {
      request: {
        method: 'POST',
        url: `/api/programs/${programId}/cases/${caseId}/${action}`,
        payload: payload({ version: 1 }),
      },
    };
  },
});
/** A fresh case with one encounter (and, when asked, a PDF attached to it), through the API's own services. */
async function caseWithEncounter(w: World, ctx: TestContext, attach = false) {
  // Reading needs a case every reader sees (the mentor's too); attaching needs a fresh one.
  const c = attach ? w.inCase.case : await freshCase(w, ctx);
  const [encounter] = await ctx.db
    .insert(encounters)
    .values({
      businessId: c.businessId,
      caseId: c.id,
      programId: w.programP.id,
      occurredOn: '2026-09-10',
      mode: 'phone',
      durationMinutes: 20,
      stage: c.stage,
    })
    .returning();
  let attachmentId = '';
  if (attach) {
    const storedName = await storeUpload({ dataDir: ctx.config.dataDir, bytes: PDF, ext: 'pdf' });
    attachmentId = await insertAttachment(ctx.db, {
      businessId: c.businessId,
      encounterId: encounter!.id,
      caseId: c.id,
      storedName,
      originalName: 'acta.pdf',
      mimeType: 'application/pdf',
      sizeBytes: PDF.length,
    });
  }
  return { c, encounterId: encounter!.id, attachmentId };
}
const CASE_SPECS: Record<string, RouteSpec> = {
  'POST /api/programs/:programId/cases/:caseId/encounters/:encounterId/attachments': {
    inScope: async (w, ctx) => {
      const { c, encounterId } = await caseWithEncounter(w, ctx);
      return {
        request: multipartRequest(
          `/api/programs/${w.programP.id}/cases/${c.id}/encounters/${encounterId}/attachments`,
          'foto.pdf',
          PDF,
        ),
      };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseenCase(w, role);
      return {
        request: multipartRequest(
          `/api/programs/${programId}/cases/${caseId}/encounters/${caseId}/attachments`,
          'foto.pdf',
          PDF,
        ),
      };
    },
  },
  'GET /api/programs/:programId/cases/:caseId/attachments/:attachmentId': {
    inScope: async (w, ctx) => {
      const { c, attachmentId } = await caseWithEncounter(w, ctx, true);
      return {
        request: {
          url: `/api/programs/${w.programP.id}/cases/${c.id}/attachments/${attachmentId}`,
        },
      };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseenCase(w, role);
      return {
        request: { url: `/api/programs/${programId}/cases/${caseId}/attachments/${caseId}` },
      };
    },
  },
  'GET /api/programs/:programId/case-settings': {
    inScope: (w) => ({ request: { url: `/api/programs/${w.programP.id}/case-settings` } }),
    outOfScope: (w) => ({ request: { url: `/api/programs/${w.programQ.id}/case-settings` } }),
  },
  'PUT /api/programs/:programId/case-settings': {
    inScope: (w) => ({
      request: {
        method: 'PUT',
        url: `/api/programs/${w.programP.id}/case-settings`,
        payload: MATRIX_CASE_SETTINGS,
      },
    }),
    outOfScope: (w) => ({
      request: {
        method: 'PUT',
        url: `/api/programs/${w.programQ.id}/case-settings`,
        payload: MATRIX_CASE_SETTINGS,
      },
    }),
  },
  'GET /api/programs/:programId/board': {
    inScope: (w) => ({ request: { url: `/api/programs/${w.programP.id}/board` } }),
    outOfScope: (w) => ({ request: { url: `/api/programs/${w.programQ.id}/board` } }),
    // Nobody sees a case outside their scope on the board.
    leak: (role, body, w) => {
      const text = JSON.stringify(body);
      expect(text).not.toContain(w.bCase.case.id);
      if (role !== 'admin' && role !== 'coordinator') expect(text).not.toContain(w.outCase.case.id);
    },
  },
  'GET /api/programs/:programId/cases': {
    inScope: (w) => ({ request: { url: `/api/programs/${w.programP.id}/cases?pageSize=200` } }),
    outOfScope: (w) => ({ request: { url: `/api/programs/${w.programQ.id}/cases` } }),
    leak: (role, body, w) => {
      const text = JSON.stringify(body);
      expect(text).not.toContain(w.bCase.case.id);
      if (role !== 'admin' && role !== 'coordinator') expect(text).not.toContain(w.outCase.case.id);
    },
  },
  'GET /api/programs/:programId/cases/export': {
    inScope: (w) => ({
      request: { url: `/api/programs/${w.programP.id}/cases/export?format=csv` },
    }),
    outOfScope: (w) => ({ request: { url: `/api/programs/${w.programQ.id}/cases/export` } }),
  },
  'GET /api/programs/:programId/cases/staff': {
    inScope: (w) => ({ request: { url: `/api/programs/${w.programP.id}/cases/staff` } }),
    outOfScope: (w) => ({ request: { url: `/api/programs/${w.programQ.id}/cases/staff` } }),
  },
  'GET /api/programs/:programId/agenda': {
    inScope: (w) => ({ request: { url: `/api/programs/${w.programP.id}/agenda` } }),
    outOfScope: (w) => ({ request: { url: `/api/programs/${w.programQ.id}/agenda` } }),
    leak: (role, body, w) => {
      const text = JSON.stringify(body);
      expect(text).not.toContain(w.bCase.case.id);
      if (role !== 'admin' && role !== 'coordinator') {
        expect(text).not.toContain(w.outCase.case.id);
        expect(text).not.toContain(w.otherFacilitator.id);
      }
    },
  },
  'GET /api/programs/:programId/cases/report': {
    inScope: (w) => ({ request: { url: `/api/programs/${w.programP.id}/cases/report` } }),
    outOfScope: (w) => ({ request: { url: `/api/programs/${w.programQ.id}/cases/report` } }),
  },
  'POST /api/programs/:programId/cases/assign': {
    inScope: async (w, ctx) => {
      const c = await freshCase(w, ctx);
      return {
        request: {
          method: 'POST',
          url: `/api/programs/${w.programP.id}/cases/assign`,
          payload: { caseIds: [c.id], facilitatorId: w.users.facilitator.id },
        },
      };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseenCase(w, role);
      return {
        request: {
          method: 'POST',
          url: `/api/programs/${programId}/cases/assign`,
          payload: { caseIds: [caseId], supervisorId: w.users.supervisor.id },
        },
      };
    },
  },
  'GET /api/programs/:programId/cases/:caseId': {
    inScope: (w) => ({
      request: { url: `/api/programs/${w.programP.id}/cases/${w.inCase.case.id}` },
    }),
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseenCase(w, role);
      return { request: { url: `/api/programs/${programId}/cases/${caseId}` } };
    },
  },
  'POST /api/programs/:programId/cases/:caseId/move': caseAction('move', (c) => ({
    stage: 'second_encounter',
    version: c.version,
    encounter: ENCOUNTER,
  })),
  'POST /api/programs/:programId/cases/:caseId/encounters': caseAction(
    'encounters',
    () => ENCOUNTER,
  ),
  'POST /api/programs/:programId/cases/:caseId/withdraw': caseAction('withdraw', (c) => ({
    reason: 'not_interested',
    note: 'No contesta',
    version: c.version,
  })),
  'POST /api/programs/:programId/cases/:caseId/reactivate': caseAction(
    'reactivate',
    (c) => ({ note: 'Volvió a contestar', version: c.version }),
    'withdrawn',
  ),
};

const PNG = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);
/** inCase (seen by every case role, the owner and mentor too) with a plan and one piece of evidence, made once. */
const readablePlan = new WeakMap<World, Promise<{ evidenceId: string }>>();
function planOfInCase(w: World, ctx: TestContext) {
  let made = readablePlan.get(w);
  if (!made) {
    made = (async () => {
      const { plan } = await assessCase(ctx.db, w, w.inCase.case.id, { plan: true });
      const who = coordinatorOf(w);
      const withEvidence = await attachEvidence({
        db: ctx.db,
        ...who,
        dataDir: ctx.config.dataDir,
        caseId: w.inCase.case.id,
        activityId: plan!.activities[0]!.id,
        file: { bytes: PNG, filename: 'foto.png' },
      });
      return { evidenceId: withEvidence.activities[0]!.evidence[0]!.id };
    })();
    readablePlan.set(w, made);
  }
  return made;
}
/** A request on a fresh case of the in-scope facilitator, prepared (assessed, planned) as needed. */
const onFreshCase = (
  method: 'GET' | 'PUT' | 'POST',
  path: string,
  payload: (prepared: { plan: TPlan | null; assessment: TCaseAssessment | null }) => unknown,
  prepare: { assess?: boolean; plan?: boolean } = {},
): RouteSpec => ({
  inScope: async (w, ctx) => {
    const c = await freshCase(w, ctx);
    const made = prepare.assess
      ? await assessCase(ctx.db, w, c.id, { plan: prepare.plan ?? false })
      : { plan: null, assessment: null };
    return {
      request: {
        method,
        url: `/api/programs/${w.programP.id}/cases/${c.id}/${path.replace(':activityId', made.plan?.activities[0]?.id ?? '')}`,
        payload: payload(made) as InjectOptions['payload'],
      },
    };
  },
  outOfScope: (w, _ctx, role) => {
    const { programId, caseId } = unseenCase(w, role);
    return {
      request: {
        method,
        url: `/api/programs/${programId}/cases/${caseId}/${path.replace(':activityId', caseId)}`,
        payload: payload({ plan: null, assessment: null }) as InjectOptions['payload'],
      },
    };
  },
});
const programRead = (path: string): RouteSpec => ({
  inScope: (w) => ({ request: { url: `/api/programs/${w.programP.id}/${path}` } }),
  outOfScope: (w) => ({ request: { url: `/api/programs/${w.programQ.id}/${path}` } }),
});
const planBody = ({ plan }: { plan: TPlan | null }) => ({
  version: plan?.version ?? 1,
  startsOn: plan?.startsOn ?? '2026-09-01',
  weeks: plan?.weeks ?? 12,
  presentedOn: '2026-09-02',
  ownerPriorities: 'Vender más',
  activities: (plan?.activities ?? [{ lever: 'finance', title: 'Cuentas claras', week: 1 }]).map(
    (a) => ({
      ...('id' in a ? { id: a.id } : {}),
      lever: a.lever,
      title: a.title,
      week: a.week,
      responsible: 'facilitator',
    }),
  ),
});
const ASSESSMENT_SPECS: Record<string, RouteSpec> = {
  'GET /api/programs/:programId/questionnaire': programRead('questionnaire'),
  'GET /api/programs/:programId/questionnaire/versions': programRead('questionnaire/versions'),
  'GET /api/programs/:programId/questionnaire/versions/:version': programRead(
    'questionnaire/versions/1',
  ),
  'PUT /api/programs/:programId/questionnaire': {
    inScope: (w) => ({
      request: {
        method: 'PUT',
        url: `/api/programs/${w.programP.id}/questionnaire`,
        payload: { definition: DEFAULT_QUESTIONNAIRE },
      },
    }),
    outOfScope: (w) => ({
      request: {
        method: 'PUT',
        url: `/api/programs/${w.programQ.id}/questionnaire`,
        payload: { definition: DEFAULT_QUESTIONNAIRE },
      },
    }),
  },
  'GET /api/programs/:programId/assessment-settings': programRead('assessment-settings'),
  'PUT /api/programs/:programId/assessment-settings': {
    inScope: (w) => ({
      request: {
        method: 'PUT',
        url: `/api/programs/${w.programP.id}/assessment-settings`,
        payload: DEFAULT_ASSESSMENT_SETTINGS,
      },
    }),
    outOfScope: (w) => ({
      request: {
        method: 'PUT',
        url: `/api/programs/${w.programQ.id}/assessment-settings`,
        payload: DEFAULT_ASSESSMENT_SETTINGS,
      },
    }),
  },
  'GET /api/programs/:programId/assessment-report': {
    ...programRead('assessment-report'),
    // Counts only; never a case, business or owner.
    leak: (_role, body, w) => {
      const text = JSON.stringify(body);
      expect(text).not.toContain(w.outCase.case.id);
      expect(text).not.toContain(w.inCase.business.id);
    },
  },
  'GET /api/programs/:programId/cases/:caseId/assessment': {
    inScope: async (w, ctx) => {
      await planOfInCase(w, ctx);
      return {
        request: { url: `/api/programs/${w.programP.id}/cases/${w.inCase.case.id}/assessment` },
      };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseenCase(w, role);
      return { request: { url: `/api/programs/${programId}/cases/${caseId}/assessment` } };
    },
  },
  'PUT /api/programs/:programId/cases/:caseId/assessment/draft': onFreshCase(
    'PUT',
    'assessment/draft',
    () => ({ answers: { education_level: 'secondary' } }),
  ),
  'POST /api/programs/:programId/cases/:caseId/assessment/submit': onFreshCase(
    'POST',
    'assessment/submit',
    () => ({ answers: fullAnswers(3) }),
  ),
  'POST /api/programs/:programId/cases/:caseId/diagnosis/adjust': onFreshCase(
    'POST',
    'diagnosis/adjust',
    ({ assessment }) => ({
      target: 'finance',
      level:
        assessment?.diagnosis?.levers.find((l) => l.lever === 'finance')?.level === 'excelente'
          ? 'competente'
          : 'excelente',
      reason: 'Revisado en visita',
    }),
    { assess: true },
  ),
  'GET /api/programs/:programId/cases/:caseId/plan': {
    inScope: async (w, ctx) => {
      await planOfInCase(w, ctx);
      return { request: { url: `/api/programs/${w.programP.id}/cases/${w.inCase.case.id}/plan` } };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseenCase(w, role);
      return { request: { url: `/api/programs/${programId}/cases/${caseId}/plan` } };
    },
  },
  'POST /api/programs/:programId/cases/:caseId/plan/generate': onFreshCase(
    'POST',
    'plan/generate',
    () => ({}),
    { assess: true },
  ),
  'PUT /api/programs/:programId/cases/:caseId/plan': onFreshCase('PUT', 'plan', planBody, {
    assess: true,
    plan: true,
  }),
  'POST /api/programs/:programId/cases/:caseId/plan/activities/:activityId/follow-up': onFreshCase(
    'POST',
    'plan/activities/:activityId/follow-up',
    ({ plan }) => ({ status: 'done', recordedOn: plan?.startsOn ?? '2026-09-01', note: 'Hecho' }),
    { assess: true, plan: true },
  ),
  'POST /api/programs/:programId/cases/:caseId/plan/activities/:activityId/evidence': {
    inScope: async (w, ctx) => {
      const c = await freshCase(w, ctx);
      const { plan } = await assessCase(ctx.db, w, c.id, { plan: true });
      return {
        request: multipartRequest(
          `/api/programs/${w.programP.id}/cases/${c.id}/plan/activities/${plan!.activities[0]!.id}/evidence`,
          'foto.png',
          PNG,
        ),
      };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseenCase(w, role);
      return {
        request: multipartRequest(
          `/api/programs/${programId}/cases/${caseId}/plan/activities/${caseId}/evidence`,
          'foto.png',
          PNG,
        ),
      };
    },
  },
  'GET /api/programs/:programId/cases/:caseId/plan/evidence/:evidenceId': {
    inScope: async (w, ctx) => {
      const { evidenceId } = await planOfInCase(w, ctx);
      return {
        request: {
          url: `/api/programs/${w.programP.id}/cases/${w.inCase.case.id}/plan/evidence/${evidenceId}`,
        },
      };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseenCase(w, role);
      return {
        request: { url: `/api/programs/${programId}/cases/${caseId}/plan/evidence/${caseId}` },
      };
    },
  },
};

const SERVICE_BODY = {
  entity: { name: 'Cámara de Comercio de Bucaramanga', kind: 'private', sector: 'Gremio' },
  name: 'Asesoría en formalización',
  benefit: 'Acompañamiento para la matrícula mercantil',
  scope: 'local',
  cities: ['68001'],
  contact: 'Luz Díaz',
  startMonth: '2026-03',
  levers: ['formalization'],
  cost: 'free',
};
let serviceSeq = 0;
/** A service of program P made through the API's own service (a new name each time). */
async function freshService(w: World, ctx: TestContext) {
  return createService({
    db: ctx.db,
    ...coordinatorOf(w),
    body: ZServiceBody.parse({ ...SERVICE_BODY, name: `Servicio ${++serviceSeq}` }),
  });
}
const SERVICE_SPECS: Record<string, RouteSpec> = {
  'GET /api/programs/:programId/services': programRead('services'),
  'GET /api/programs/:programId/services/template': programRead('services/template'),
  'GET /api/programs/:programId/services/export': programRead('services/export?format=csv'),
  'POST /api/programs/:programId/services/import': {
    inScope: async (w) => ({
      request: multipartRequest(
        `/api/programs/${w.programP.id}/services/import`,
        'matriz.csv',
        await matrixTemplate({ format: 'csv', language: 'es' }),
      ),
    }),
    outOfScope: async (w) => ({
      request: multipartRequest(
        `/api/programs/${w.programQ.id}/services/import`,
        'matriz.csv',
        await matrixTemplate({ format: 'csv', language: 'es' }),
      ),
    }),
  },
  'POST /api/programs/:programId/services': {
    inScope: (w) => ({
      request: {
        method: 'POST',
        url: `/api/programs/${w.programP.id}/services`,
        payload: { ...SERVICE_BODY, name: `Servicio ${++serviceSeq}` },
      },
    }),
    outOfScope: (w) => ({
      request: {
        method: 'POST',
        url: `/api/programs/${w.programQ.id}/services`,
        payload: SERVICE_BODY,
      },
    }),
  },
  'PUT /api/programs/:programId/services/:serviceId': {
    inScope: async (w, ctx) => {
      const s = await freshService(w, ctx);
      return {
        request: {
          method: 'PUT',
          url: `/api/programs/${w.programP.id}/services/${s.id}`,
          payload: { ...SERVICE_BODY, name: s.name, version: s.version, cost: 'cost' },
        },
      };
    },
    outOfScope: async (w, ctx) => {
      const s = await freshService(w, ctx);
      return {
        request: {
          method: 'PUT',
          url: `/api/programs/${w.programQ.id}/services/${s.id}`,
          payload: { ...SERVICE_BODY, version: 1 },
        },
      };
    },
  },
};
const PROFILE = {
  levers: ['finance', 'marketing'],
  cities: ['68001'],
  remote: true,
  capacity: 40,
  availability: 'Martes en la tarde',
  organization: 'Voluntariado',
  organizationKind: 'volunteer',
};
/** The test mentor with a profile that reaches Bucaramanga and room for every matrix call. */
async function mentorWithProfile(w: World, ctx: TestContext) {
  await upsertProfile(ctx.db, {
    programId: w.programP.id,
    userId: w.users.mentor.id,
    ...PROFILE,
    capacity: 1000,
  });
  return w.users.mentor.id;
}
let sessionDay = 0;
/** A session body for a fresh mentee of the test mentor, each on its own day. */
async function sessionBody(w: World, ctx: TestContext) {
  const c = (
    await createCase(ctx.db, {
      organizationId: w.orgA.id,
      programId: w.programP.id,
      municipalityCode: '68001',
      facilitatorId: w.users.facilitator.id,
      supervisorId: w.users.supervisor.id,
      mentorId: w.users.mentor.id,
    })
  ).case;
  const day = new Date(Date.UTC(2027, 0, 1) + ++sessionDay * 86_400_000);
  return {
    mentorId: w.users.mentor.id,
    startsAt: day.toISOString(),
    durationMinutes: 60,
    mode: 'phone',
    caseIds: [c.id],
  };
}
const mentorPath = (w: World, programId: string, tail = '') =>
  `/api/programs/${programId}/mentors/${w.users.mentor.id}${tail}`;
const caseRoute = (
  method: 'GET' | 'POST' | 'PUT',
  tail: string,
  payload?: (w: World, ctx: TestContext, caseId: string) => Promise<object> | object,
  fresh = method !== 'GET',
): RouteSpec => ({
  inScope: async (w, ctx) => {
    const caseId = fresh ? (await freshCase(w, ctx)).id : w.inCase.case.id;
    const url = `/api/programs/${w.programP.id}/cases/${caseId}/${tail}`;
    return payload
      ? { request: { method, url, payload: await payload(w, ctx, caseId) } }
      : { request: { method, url } };
  },
  outOfScope: async (w, ctx, role) => {
    const { programId, caseId } = unseenCase(w, role);
    const url = `/api/programs/${programId}/cases/${caseId}/${tail}`;
    return payload
      ? { request: { method, url, payload: await payload(w, ctx, caseId) } }
      : { request: { method, url } };
  },
});
const MENTOR_SPECS: Record<string, RouteSpec> = {
  'GET /api/programs/:programId/mentors': programRead('mentors'),
  'GET /api/programs/:programId/mentors/:userId': {
    inScope: (w) => ({ request: { url: mentorPath(w, w.programP.id) } }),
    outOfScope: (w) => ({ request: { url: mentorPath(w, w.programQ.id) } }),
  },
  'PUT /api/programs/:programId/mentors/:userId': {
    inScope: (w) => ({
      request: { method: 'PUT', url: mentorPath(w, w.programP.id), payload: PROFILE },
    }),
    outOfScope: (w) => ({
      request: { method: 'PUT', url: mentorPath(w, w.programQ.id), payload: PROFILE },
    }),
  },
  'GET /api/programs/:programId/mentors/:userId/mentees': {
    inScope: (w) => ({ request: { url: mentorPath(w, w.programP.id, '/mentees') } }),
    outOfScope: (w) => ({ request: { url: mentorPath(w, w.programQ.id, '/mentees') } }),
  },
  'GET /api/programs/:programId/mentors/:userId/calendar.ics': {
    inScope: (w) => ({ request: { url: mentorPath(w, w.programP.id, '/calendar.ics') } }),
    outOfScope: (w) => ({ request: { url: mentorPath(w, w.programQ.id, '/calendar.ics') } }),
  },
  'GET /api/programs/:programId/mentoring/queue': programRead('mentoring/queue'),
  'GET /api/programs/:programId/cases/:caseId/mentor': caseRoute('GET', 'mentor'),
  'PUT /api/programs/:programId/cases/:caseId/mentor': caseRoute(
    'PUT',
    'mentor',
    async (w, ctx) => ({
      mentorId: await mentorWithProfile(w, ctx),
    }),
  ),
  'GET /api/programs/:programId/mentoring/sessions': programRead(
    'mentoring/sessions?from=2026-09-01&to=2026-09-30',
  ),
  'POST /api/programs/:programId/mentoring/sessions': {
    inScope: async (w, ctx) => ({
      request: {
        method: 'POST',
        url: `/api/programs/${w.programP.id}/mentoring/sessions`,
        payload: await sessionBody(w, ctx),
      },
    }),
    outOfScope: async (w, ctx, role) => {
      const { programId, caseId } = unseenCase(w, role);
      return {
        request: {
          method: 'POST',
          url: `/api/programs/${programId}/mentoring/sessions`,
          payload: { ...(await sessionBody(w, ctx)), caseIds: [caseId] },
        },
      };
    },
  },
  'PUT /api/programs/:programId/mentoring/sessions/:sessionId': {
    inScope: async (w, ctx) => {
      const body = ZSessionBody.parse(await sessionBody(w, ctx));
      const session = await createSession({ db: ctx.db, ...coordinatorOf(w), body });
      return {
        request: {
          method: 'PUT',
          url: `/api/programs/${w.programP.id}/mentoring/sessions/${session.id}`,
          payload: { ...body, version: session.version, agenda: 'Revisar cuentas' },
        },
      };
    },
    outOfScope: async (w, ctx) => ({
      request: {
        method: 'PUT',
        url: `/api/programs/${w.programQ.id}/mentoring/sessions/${w.bCase.case.id}`,
        payload: { ...(await sessionBody(w, ctx)), version: 1 },
      },
    }),
  },
  'GET /api/programs/:programId/services/report': programRead('services/report'),
  'GET /api/programs/:programId/cases/:caseId/extra-services': caseRoute('GET', 'extra-services'),
  'POST /api/programs/:programId/cases/:caseId/extra-services': caseRoute(
    'POST',
    'extra-services',
    () => ({ kind: 'microcredit', status: 'proposed' }),
  ),
  'PUT /api/programs/:programId/cases/:caseId/extra-services/:extraId': {
    inScope: async (w, ctx) => {
      const c = await freshCase(w, ctx);
      const body = ZExtraServiceBody.parse({ kind: 'digital_tools', status: 'proposed' });
      const extra = await addExtraService({ db: ctx.db, ...coordinatorOf(w), caseId: c.id, body });
      return {
        request: {
          method: 'PUT',
          url: `/api/programs/${w.programP.id}/cases/${c.id}/extra-services/${extra.id}`,
          payload: { ...body, status: 'received', version: extra.version },
        },
      };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseenCase(w, role);
      return {
        request: {
          method: 'PUT',
          url: `/api/programs/${programId}/cases/${caseId}/extra-services/${caseId}`,
          payload: { kind: 'digital_tools', status: 'received', version: 1 },
        },
      };
    },
  },
};
const SPECS: Record<string, RouteSpec> = {
  ...CASE_SPECS,
  ...MENTOR_SPECS,
  ...TRAINING_SPECS,
  ...GRANT_SPECS,
  ...REPORT_SPECS,
  ...RESEARCH_SPECS,
  ...ASSESSMENT_SPECS,
  ...SERVICE_SPECS,
  'GET /api/health': { inScope: () => ({ request: { url: '/api/health' } }) },
  'GET /api/openapi.json': { inScope: () => ({ request: { url: '/api/openapi.json' } }) },
  'GET /api/auth/csrf': { inScope: () => ({ request: { url: '/api/auth/csrf' } }) },
  'POST /api/auth/login': {
    inScope: () => ({
      request: {
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'coordinator@a.test', password: 'una clave de prueba larga' },
      },
      fresh: true,
    }),
  },
  'GET /api/auth/me': { inScope: () => ({ request: { url: '/api/auth/me' } }) },
  'PATCH /api/auth/me': {
    inScope: () => ({
      request: { method: 'PATCH', url: '/api/auth/me', payload: { locale: 'es' } },
    }),
  },
  'POST /api/auth/logout': {
    inScope: () => ({ request: { method: 'POST', url: '/api/auth/logout' }, fresh: true }),
  },
  'GET /api/programs': {
    inScope: () => ({ request: { url: '/api/programs' } }),
    leak: (_role, body, w) => expect(JSON.stringify(body)).not.toContain(w.programQ.id),
  },
  'POST /api/programs': {
    inScope: () => ({
      request: { method: 'POST', url: '/api/programs', payload: programBody(`NEW-${++seq}`) },
    }),
  },
  'GET /api/programs/:programId': {
    inScope: (w) => ({ request: { url: `/api/programs/${w.programP.id}` } }),
    outOfScope: (w) => ({ request: { url: `/api/programs/${w.programQ.id}` } }),
  },
  'PUT /api/programs/:programId': {
    inScope: (w) => ({
      request: {
        method: 'PUT',
        url: `/api/programs/${w.programP.id}`,
        payload: {
          ...programBody('PRG-A'),
          cities: [
            { municipalityCode: '68001', goal: 50 },
            { municipalityCode: '54001', goal: 40 },
          ],
        },
      },
    }),
    outOfScope: (w) => ({
      request: {
        method: 'PUT',
        url: `/api/programs/${w.programQ.id}`,
        payload: programBody('PRG-B'),
      },
    }),
  },
  'GET /api/programs/:programId/home': {
    inScope: (w) => ({ request: { url: `/api/programs/${w.programP.id}/home` } }),
    outOfScope: (w) => ({ request: { url: `/api/programs/${w.programQ.id}/home` } }),
    leak: (role, body) => {
      const cities = (body as { cities: Array<{ municipalityCode: string; registered: number }> })
        .cities;
      const wide = role === 'admin' || role === 'coordinator' || role === 'researcher';
      // Only whole-program roles may see Cúcuta, where none of the scoped users has a case.
      if (!wide) expect(cities.map((c) => c.municipalityCode)).not.toContain('54001');
      if (wide) expect(cities.map((c) => c.municipalityCode)).toContain('54001');
      // Own-case roles count exactly their cases, however many cases selection adds meanwhile
      // (the facilitator and the mentor also get the fresh cases that the case and session
      // routes' specs work on).
      const own = cities.reduce((s, c) => s + c.registered, 0);
      if (role === 'owner') expect(own).toBe(1);
      if (role === 'facilitator' || role === 'mentor') expect(own).toBeGreaterThanOrEqual(1);
    },
  },
  'GET /api/territories/departments': {
    inScope: () => ({ request: { url: '/api/territories/departments' } }),
  },
  'GET /api/territories/municipalities': {
    inScope: () => ({ request: { url: '/api/territories/municipalities?q=bucara' } }),
  },
  'GET /api/territories/localities': {
    inScope: () => ({ request: { url: '/api/territories/localities?municipality=11001' } }),
  },
  'GET /api/users': {
    inScope: () => ({ request: { url: '/api/users?pageSize=200' } }),
    leak: (_role, body, w) => expect(JSON.stringify(body)).not.toContain(w.outsider.email),
  },
  'POST /api/users': {
    inScope: () => ({
      request: {
        method: 'POST',
        url: '/api/users',
        payload: {
          email: `new${++seq}@a.test`,
          name: 'Nueva persona',
          password: 'suficientemente larga',
        },
      },
    }),
  },
  'POST /api/users/:userId/disable': {
    inScope: async (w, ctx) => {
      const u = await createUser(ctx.db, { organizationId: w.orgA.id });
      return { request: { method: 'POST', url: `/api/users/${u.id}/disable` } };
    },
    outOfScope: (w) => ({
      request: { method: 'POST', url: `/api/users/${w.outsider.id}/disable` },
    }),
  },
  'POST /api/users/:userId/enable': {
    inScope: (w) => ({
      request: { method: 'POST', url: `/api/users/${w.otherFacilitator.id}/enable` },
    }),
    outOfScope: (w) => ({ request: { method: 'POST', url: `/api/users/${w.outsider.id}/enable` } }),
  },
  'PUT /api/users/:userId/memberships/:programId': {
    inScope: (w) => ({
      request: {
        method: 'PUT',
        url: `/api/users/${w.otherFacilitator.id}/memberships/${w.programP.id}`,
        payload: { role: 'facilitator' },
      },
    }),
    outOfScope: (w) => ({
      request: {
        method: 'PUT',
        url: `/api/users/${w.otherFacilitator.id}/memberships/${w.programQ.id}`,
        payload: { role: 'facilitator' },
      },
    }),
  },
  'DELETE /api/users/:userId/memberships/:programId': {
    inScope: async (w, ctx) => {
      const u = await createUser(ctx.db, { organizationId: w.orgA.id });
      const admin = new TestClient(ctx.app);
      await admin.signIn('admin@a.test', w.password);
      await admin.put(`/api/users/${u.id}/memberships/${w.programP.id}`, { role: 'mentor' });
      return {
        request: { method: 'DELETE', url: `/api/users/${u.id}/memberships/${w.programP.id}` },
      };
    },
    outOfScope: (w) => ({
      request: {
        method: 'DELETE',
        url: `/api/users/${w.outsider.id}/memberships/${w.programQ.id}`,
      },
    }),
  },
  'GET /api/programs/:programId/calls': {
    inScope: (w) => ({ request: { url: `/api/programs/${w.programP.id}/calls` } }),
    outOfScope: (w) => ({ request: { url: `/api/programs/${w.programQ.id}/calls` } }),
  },
  'POST /api/programs/:programId/calls': {
    inScope: (w) => ({
      request: {
        method: 'POST',
        url: `/api/programs/${w.programP.id}/calls`,
        payload: callBody({ code: `MX-${++seq}` }),
      },
    }),
    outOfScope: (w) => ({
      request: {
        method: 'POST',
        url: `/api/programs/${w.programQ.id}/calls`,
        payload: callBody({ code: `MX-${++seq}` }),
      },
    }),
  },
  'GET /api/programs/:programId/calls/:callId': {
    inScope: (w) => ({ request: { url: `/api/programs/${w.programP.id}/calls/${w.callP.id}` } }),
    outOfScope: (w) => ({ request: { url: `/api/programs/${w.programP.id}/calls/${w.callQ.id}` } }),
  },
  'PUT /api/programs/:programId/calls/:callId': {
    inScope: (w) => ({
      request: {
        method: 'PUT',
        url: `/api/programs/${w.programP.id}/calls/${w.callP.id}`,
        payload: callBody({
          code: 'CALL-A',
          territories: [
            { territoryCode: '68001', goal: 1 },
            { territoryCode: '54001', goal: 1 },
          ],
        }),
      },
    }),
    outOfScope: (w) => ({
      request: {
        method: 'PUT',
        url: `/api/programs/${w.programP.id}/calls/${w.callQ.id}`,
        payload: callBody({ code: 'CALL-B' }),
      },
    }),
  },
  'GET /api/public/calls/:code': {
    inScope: () => ({ request: { url: '/api/public/calls/CALL-A' } }),
  },
  'POST /api/public/calls/:code/applications': {
    inScope: () => ({
      request: {
        method: 'POST',
        url: '/api/public/calls/CALL-A/applications',
        payload: {
          applicant: applicantInput(),
          consent: { accepted: true, version: CONSENT_VERSION },
        },
      },
    }),
  },
  'POST /api/public/applications/status': {
    inScope: (w) => ({
      request: {
        method: 'POST',
        url: '/api/public/applications/status',
        payload: {
          code: w.inApplicant.confirmationCode,
          documentNumber: w.inApplicant.documentNumber,
        },
      },
    }),
  },
  'POST /api/programs/:programId/calls/:callId/applicants': {
    inScope: (w) => ({
      request: {
        method: 'POST',
        url: `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants`,
        payload: applicantInput(),
      },
    }),
    outOfScope: (w) => ({
      request: {
        method: 'POST',
        url: `/api/programs/${w.programP.id}/calls/${w.callQ.id}/applicants`,
        payload: applicantInput(),
      },
    }),
  },
  'GET /api/programs/:programId/calls/:callId/applicants': {
    inScope: (w) => ({
      request: {
        url: `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants?pageSize=200`,
      },
    }),
    outOfScope: (w) => ({
      request: { url: `/api/programs/${w.programP.id}/calls/${w.callQ.id}/applicants` },
    }),
    leak: (role, body, w) => {
      const ids = (body as { items: Array<{ id: string }> }).items.map((a) => a.id);
      if (role !== 'admin' && role !== 'coordinator') expect(ids).not.toContain(w.outApplicant.id);
    },
  },
  'GET /api/programs/:programId/calls/:callId/applicants/:applicantId': {
    inScope: (w) => ({
      request: {
        url: `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants/${w.inApplicant.id}`,
      },
    }),
    // Whole-program roles see every applicant of the program: outside for them is another organization's.
    outOfScope: (w, _ctx, role) => {
      const other = role === 'admin' || role === 'coordinator' ? w.bApplicant : w.outApplicant;
      return {
        request: {
          url: `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants/${other.id}`,
        },
      };
    },
  },
  'GET /api/programs/:programId/calls/:callId/selection': {
    inScope: (w) => ({
      request: {
        url: `/api/programs/${w.programP.id}/calls/${w.callP.id}/selection?territory=68001`,
      },
    }),
    outOfScope: (w) => ({
      request: {
        url: `/api/programs/${w.programP.id}/calls/${w.callQ.id}/selection?territory=11001`,
      },
    }),
  },
  'POST /api/programs/:programId/calls/:callId/selection': {
    inScope: async (w, ctx) => {
      const call = await createCall(ctx.db, { programId: w.programP.id });
      await createApplicant(ctx.db, { call, organizationId: w.orgA.id });
      return {
        request: {
          method: 'POST',
          url: `/api/programs/${w.programP.id}/calls/${call.id}/selection`,
          payload: { territoryCode: '68001' },
        },
      };
    },
    outOfScope: (w) => ({
      request: {
        method: 'POST',
        url: `/api/programs/${w.programP.id}/calls/${w.callQ.id}/selection`,
        payload: { territoryCode: '11001' },
      },
    }),
  },
  'POST /api/programs/:programId/calls/:callId/selection/promote': {
    inScope: async (w, ctx) => {
      const call = await createCall(ctx.db, { programId: w.programP.id });
      await createApplicant(ctx.db, { call, organizationId: w.orgA.id, score: 20 });
      await createApplicant(ctx.db, { call, organizationId: w.orgA.id, score: 10 });
      const coordinator = new TestClient(ctx.app);
      await coordinator.signIn('coordinator@a.test', w.password);
      await coordinator.post(`/api/programs/${w.programP.id}/calls/${call.id}/selection`, {
        territoryCode: '68001',
      });
      return {
        request: {
          method: 'POST',
          url: `/api/programs/${w.programP.id}/calls/${call.id}/selection/promote`,
          payload: { territoryCode: '68001' },
        },
      };
    },
    outOfScope: (w) => ({
      request: {
        method: 'POST',
        url: `/api/programs/${w.programP.id}/calls/${w.callQ.id}/selection/promote`,
        payload: { territoryCode: '11001' },
      },
    }),
  },
  'POST /api/programs/:programId/calls/:callId/applicants/import': {
    inScope: (w) => ({
      request: multipartRequest(
        `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants/import`,
        'p.csv',
        importCsv(),
      ),
    }),
    outOfScope: (w) => ({
      request: multipartRequest(
        `/api/programs/${w.programP.id}/calls/${w.callQ.id}/applicants/import`,
        'p.csv',
        importCsv(),
      ),
    }),
  },
  'GET /api/programs/:programId/calls/:callId/applicants/template': {
    inScope: (w) => ({
      request: {
        url: `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants/template?format=csv`,
      },
    }),
    outOfScope: (w) => ({
      request: { url: `/api/programs/${w.programQ.id}/calls/${w.callQ.id}/applicants/template` },
    }),
  },
  'GET /api/programs/:programId/calls/:callId/applicants/export': {
    inScope: (w) => ({
      request: {
        url: `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants/export?format=csv`,
      },
    }),
    outOfScope: (w) => ({
      request: {
        url: `/api/programs/${w.programP.id}/calls/${w.callQ.id}/applicants/export?format=csv`,
      },
    }),
    leak: (role, body, w) => {
      if (role !== 'admin' && role !== 'coordinator')
        expect(String(body)).not.toContain(w.outApplicant.documentNumber);
    },
  },
  'POST /api/programs/:programId/calls/:callId/applicants/:applicantId/flags/:flagId/resolve': {
    inScope: async (w, ctx) => {
      const flag = await createFlag(ctx.db, w.inApplicant, 'same_phone');
      return {
        request: {
          method: 'POST',
          url: `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants/${w.inApplicant.id}/flags/${flag.id}/resolve`,
          payload: { decision: 'dismiss', note: 'otra persona' },
        },
      };
    },
    outOfScope: async (w, ctx) => {
      const flag = await createFlag(ctx.db, w.bApplicant, 'same_phone');
      return {
        request: {
          method: 'POST',
          url: `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants/${w.bApplicant.id}/flags/${flag.id}/resolve`,
          payload: { decision: 'dismiss', note: 'otra persona' },
        },
      };
    },
  },
  'GET /api/programs/:programId/calls/:callId/report': {
    inScope: (w) => ({
      request: { url: `/api/programs/${w.programP.id}/calls/${w.callP.id}/report` },
    }),
    outOfScope: (w) => ({
      request: { url: `/api/programs/${w.programP.id}/calls/${w.callQ.id}/report` },
    }),
  },
  'GET /api/public/ciiu': { inScope: () => ({ request: { url: '/api/public/ciiu?q=tienda' } }) },
  'POST /api/public/applications/documents': {
    inScope: (w) => ({
      request: multipartRequest('/api/public/applications/documents', 'c.pdf', PDF, {
        code: w.inApplicant.confirmationCode,
        documentNumber: w.inApplicant.documentNumber,
        kind: 'id_document',
      }),
    }),
  },
  'POST /api/programs/:programId/calls/:callId/applicants/:applicantId/documents': {
    inScope: (w) => ({
      request: multipartRequest(
        `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants/${w.inApplicant.id}/documents`,
        'c.pdf',
        PDF,
        { kind: 'id_document' },
      ),
    }),
    outOfScope: (w) => ({
      request: multipartRequest(
        `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants/${w.bApplicant.id}/documents`,
        'c.pdf',
        PDF,
        { kind: 'id_document' },
      ),
    }),
  },
  'GET /api/programs/:programId/calls/:callId/applicants/:applicantId/documents/:documentId': {
    inScope: async (w, ctx) => {
      const doc = await createDocument(ctx, w.inApplicant);
      return {
        request: {
          url: `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants/${w.inApplicant.id}/documents/${doc}`,
        },
      };
    },
    outOfScope: async (w, ctx) => {
      const doc = await createDocument(ctx, w.bApplicant);
      return {
        request: {
          url: `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants/${w.bApplicant.id}/documents/${doc}`,
        },
      };
    },
  },
  'POST /api/programs/:programId/calls/:callId/applicants/:applicantId/documents/:documentId/review':
    {
      inScope: async (w, ctx) => {
        const doc = await createDocument(ctx, w.inApplicant);
        return {
          request: {
            method: 'POST',
            url: `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants/${w.inApplicant.id}/documents/${doc}/review`,
            payload: { status: 'verified' },
          },
        };
      },
      outOfScope: async (w, ctx) => {
        const doc = await createDocument(ctx, w.bApplicant);
        return {
          request: {
            method: 'POST',
            url: `/api/programs/${w.programP.id}/calls/${w.callP.id}/applicants/${w.bApplicant.id}/documents/${doc}/review`,
            payload: { status: 'verified' },
          },
        };
      },
    },
  'GET /api/audit': {
    inScope: () => ({ request: { url: '/api/audit?pageSize=200' } }),
    leak: (_role, body, w) => expect(JSON.stringify(body)).not.toContain(w.orgB.id),
  },
};

function allows(access: Access, role: Role): boolean {
  switch (access.kind) {
    case 'public':
    case 'user':
      return true;
    case 'admin':
      return role === 'admin';
    case 'program':
      return access.roles.includes(role);
  }
}

const ok = (res: LightMyRequestResponse) => res.statusCode >= 200 && res.statusCode < 300;

describe('access matrix: every route × every role, in and out of scope', () => {
  let ctx: TestContext;
  let world: World;
  const clients = new Map<Role, TestClient>();

  beforeAll(async () => {
    ctx = await createTestContext();
    world = await buildWorld(ctx.db);
    await saveSettings(ctx.db, world.programP.id, MATRIX_CASE_SETTINGS);
    for (const role of ROLES) {
      const client = new TestClient(ctx.app);
      await client.signIn(`${role}@a.test`, world.password);
      clients.set(role, client);
    }
  });
  afterAll(() => ctx.close());

  it('has a spec for every registered route', () => {
    const missing = ctx.app.routeCatalog
      .map((r) => `${r.method} ${r.url}`)
      .filter((k) => !SPECS[k]);
    expect(missing).toEqual([]);
    expect(ctx.app.routeCatalog.length).toBeGreaterThanOrEqual(Object.keys(SPECS).length);
  });

  it('refuses anonymous callers on every non-public route', async () => {
    for (const route of ctx.app.routeCatalog) {
      const call = await SPECS[`${route.method} ${route.url}`]!.inScope(world, ctx);
      const res = await new TestClient(ctx.app).request(call.request);
      const label = `${route.method} ${route.url}`;
      if (route.access.kind === 'public') expect(res.statusCode, label).not.toBe(401);
      else expect({ label, status: res.statusCode }).toEqual({ label, status: 401 });
    }
  });

  for (const role of ROLES) {
    it(`enforces role and scope for ${role}`, async () => {
      for (const route of ctx.app.routeCatalog) {
        const label = `${role} ${route.method} ${route.url}`;
        const spec = SPECS[`${route.method} ${route.url}`]!;
        const call = await spec.inScope(world, ctx);
        let client = clients.get(role)!;
        if (call.fresh) {
          client = new TestClient(ctx.app);
          await client.signIn(`${role}@a.test`, world.password);
        }
        const res = await client.request(call.request);
        const allowed = allows(route.access, role);
        if (allowed) {
          expect({ label, status: res.statusCode, ok: ok(res) }).toMatchObject({ label, ok: true });
          const body: unknown = res.headers['content-type']?.toString().includes('json')
            ? res.json()
            : res.body;
          const text = typeof body === 'string' ? body : JSON.stringify(body);
          // Nothing of the other organization ever shows up.
          expect(text, label).not.toContain(world.orgB.name);
          expect(text, label).not.toContain(world.bCase.business.id);
          spec.leak?.(role, body, world);
          if (route.method !== 'GET') {
            const events = await findAuditByRequest(ctx.db, String(res.headers['x-request-id']));
            expect(events.length, `${label} wrote no audit event`).toBeGreaterThan(0);
          }
        } else {
          expect({ label, status: res.statusCode }).toEqual({ label, status: 403 });
        }
        if (spec.outOfScope) {
          const out = await spec.outOfScope(world, ctx, role);
          const outRes = await client.request(out.request);
          // Allowed roles get 404 for what lies outside their scope; others are refused by role
          // (403) unless the program itself is not theirs (404).
          const ownProgram = JSON.stringify(out.request.url).includes(world.programP.id);
          const expected = allowed ? 404 : route.access.kind === 'admin' || ownProgram ? 403 : 404;
          expect({ label: `${label} (out of scope)`, status: outRes.statusCode }).toEqual({
            label: `${label} (out of scope)`,
            status: expected,
          });
        }
      }
    });
  }

  it('treats a program of another organization as absent even for its admin', async () => {
    const outsider = new TestClient(ctx.app);
    await outsider.signIn(world.outsider.email, world.password);
    const res = await outsider.get(`/api/programs/${world.programP.id}/home`);
    expect(res.statusCode).toBe(404);
    const users = await outsider.get('/api/users?pageSize=200');
    expect(users.body).not.toContain('@a.test');
  });
});
