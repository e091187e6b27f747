/** The training routes in the access matrix (see access-matrix.test.ts). */
import type { Role } from '../../shared/roles.ts';
import {
  ZTrackBody,
  ZTrainingModuleBody,
  ZTrainingSessionBody,
} from '../../shared/schemas/training.ts';
import {
  enrollCases,
  createSession,
  recordAttendance,
} from '../modules/training/sessions.service.ts';
import { createModule, createTrack } from '../modules/training/training.service.ts';
import type { TestContext } from '../test/app.ts';
import { coordinatorOf } from '../test/assessment.ts';
import { createCase } from '../test/factories.ts';
import type { World } from '../test/world.ts';
import type { RouteSpec } from './access-matrix.test.ts';

const DAY_MS = 86_400_000;
const MODULE = {
  title: 'Costos y precios',
  durationMinutes: 60,
  levers: ['finance'],
  format: 'in_person',
  materials: [{ label: 'Guía', url: 'https://example.org/guia.pdf' }],
};
const p = (programId: string, tail: string) => `/api/programs/${programId}/training/${tail}`;

let seq = 0;
const freshModule = (w: World, ctx: TestContext) =>
  createModule({
    db: ctx.db,
    ...coordinatorOf(w),
    body: ZTrainingModuleBody.parse({ ...MODULE, title: `Módulo ${++seq}` }),
  });
async function freshTrack(w: World, ctx: TestContext) {
  const m = await freshModule(w, ctx);
  return createTrack({
    db: ctx.db,
    ...coordinatorOf(w),
    body: ZTrackBody.parse({ name: `Ruta ${++seq}`, moduleIds: [m.id] }),
  });
}
/** A session of a fresh module, started yesterday, with places for every matrix call. */
async function freshSession(w: World, ctx: TestContext, moduleId?: string) {
  const id = moduleId ?? (await freshModule(w, ctx)).id;
  return createSession({
    db: ctx.db,
    ...coordinatorOf(w),
    body: ZTrainingSessionBody.parse({
      moduleId: id,
      startsAt: new Date(Date.now() - DAY_MS).toISOString(),
      durationMinutes: 60,
      place: 'Aula 1',
      capacity: 100,
    }),
  });
}
/** A fresh active case of the in-scope facilitator and supervisor in Bucaramanga. */
async function freshCase(w: World, ctx: TestContext) {
  return (
    await createCase(ctx.db, {
      organizationId: w.orgA.id,
      programId: w.programP.id,
      municipalityCode: '68001',
      facilitatorId: w.users.facilitator.id,
      supervisorId: w.users.supervisor.id,
    })
  ).case;
}
/** A session with a fresh case of the in-scope staff enrolled. */
async function sessionWithCase(w: World, ctx: TestContext) {
  const session = await freshSession(w, ctx);
  const c = await freshCase(w, ctx);
  await enrollCases({
    db: ctx.db,
    ...coordinatorOf(w),
    sessionId: session.id,
    body: { caseIds: [c.id] },
  });
  return { session, caseId: c.id };
}
/** What a role cannot see: another program's case for whole-program roles, else one in Cúcuta. */
function unseen(w: World, role: Role) {
  return role === 'admin' || role === 'coordinator'
    ? { programId: w.programQ.id, caseId: w.bCase.case.id }
    : { programId: w.programP.id, caseId: w.outCase.case.id };
}

/** inCase completed a one-module track: made once, for the certificate and the report. */
let completed: Promise<string> | null = null;
function completedTrack(w: World, ctx: TestContext) {
  completed ??= (async () => {
    const track = await freshTrack(w, ctx);
    const session = await freshSession(w, ctx, track.moduleIds[0]);
    const f = { db: ctx.db, ...coordinatorOf(w), sessionId: session.id };
    await enrollCases({ ...f, body: { caseIds: [w.inCase.case.id] } });
    await recordAttendance({
      ...f,
      body: { items: [{ caseId: w.inCase.case.id, attendance: 'present' }] },
    });
    return track.id;
  })();
  return completed;
}

const programRead = (tail: string): RouteSpec => ({
  inScope: (w) => ({ request: { url: p(w.programP.id, tail) } }),
  outOfScope: (w) => ({ request: { url: p(w.programQ.id, tail) } }),
});
/** A write on a fresh object of program P; out of scope, the same aimed through program Q. */
const programWrite = (
  method: 'POST' | 'PUT' | 'DELETE',
  make: (w: World, ctx: TestContext) => Promise<{ tail: string; payload?: object }>,
): RouteSpec => {
  const call = async (w: World, ctx: TestContext, programId: string) => {
    const { tail, payload } = await make(w, ctx);
    return {
      request: { method, url: p(programId, tail), ...(payload ? { payload } : {}) },
    };
  };
  return {
    inScope: (w, ctx) => call(w, ctx, w.programP.id),
    outOfScope: (w, ctx) => call(w, ctx, w.programQ.id),
  };
};
const sessionBody = (moduleId: string, version?: number) => ({
  moduleId,
  startsAt: new Date(Date.now() + 7 * DAY_MS).toISOString(),
  durationMinutes: 90,
  place: 'Aula 2',
  capacity: 20,
  ...(version ? { version } : {}),
});

export const TRAINING_SPECS: Record<string, RouteSpec> = {
  'GET /api/programs/:programId/training/modules': programRead('modules'),
  'POST /api/programs/:programId/training/modules': programWrite('POST', async () => ({
    tail: 'modules',
    payload: { ...MODULE, title: `Nuevo ${++seq}` },
  })),
  'PUT /api/programs/:programId/training/modules/:moduleId': programWrite('PUT', async (w, ctx) => {
    const m = await freshModule(w, ctx);
    return { tail: `modules/${m.id}`, payload: { ...MODULE, topic: 'Márgenes', version: 1 } };
  }),
  'DELETE /api/programs/:programId/training/modules/:moduleId': programWrite(
    'DELETE',
    async (w, ctx) => ({ tail: `modules/${(await freshModule(w, ctx)).id}` }),
  ),
  'GET /api/programs/:programId/training/tracks': programRead('tracks'),
  'POST /api/programs/:programId/training/tracks': programWrite('POST', async (w, ctx) => ({
    tail: 'tracks',
    payload: { name: `Ruta ${++seq}`, moduleIds: [(await freshModule(w, ctx)).id] },
  })),
  'PUT /api/programs/:programId/training/tracks/:trackId': programWrite('PUT', async (w, ctx) => {
    const t = await freshTrack(w, ctx);
    return {
      tail: `tracks/${t.id}`,
      payload: { name: t.name, moduleIds: t.moduleIds, completionPercent: 90, version: 1 },
    };
  }),
  'DELETE /api/programs/:programId/training/tracks/:trackId': programWrite(
    'DELETE',
    async (w, ctx) => ({ tail: `tracks/${(await freshTrack(w, ctx)).id}` }),
  ),
  'GET /api/programs/:programId/training/sessions': programRead(
    `sessions?from=2026-09-01&to=2026-09-30`,
  ),
  'POST /api/programs/:programId/training/sessions': programWrite('POST', async (w, ctx) => ({
    tail: 'sessions',
    payload: sessionBody((await freshModule(w, ctx)).id),
  })),
  'GET /api/programs/:programId/training/sessions/:sessionId': {
    inScope: async (w, ctx) => ({
      request: { url: p(w.programP.id, `sessions/${(await freshSession(w, ctx)).id}`) },
    }),
    outOfScope: async (w, ctx) => ({
      request: { url: p(w.programQ.id, `sessions/${(await freshSession(w, ctx)).id}`) },
    }),
  },
  'PUT /api/programs/:programId/training/sessions/:sessionId': programWrite(
    'PUT',
    async (w, ctx) => {
      const s = await freshSession(w, ctx);
      return { tail: `sessions/${s.id}`, payload: sessionBody(s.moduleId, s.version) };
    },
  ),
  'POST /api/programs/:programId/training/sessions/:sessionId/enrollments': {
    inScope: async (w, ctx) => {
      const s = await freshSession(w, ctx);
      const c = await freshCase(w, ctx);
      return {
        request: {
          method: 'POST',
          url: p(w.programP.id, `sessions/${s.id}/enrollments`),
          payload: { caseIds: [c.id] },
        },
      };
    },
    // A case the caller cannot see does not exist for them, even in a session they can see.
    outOfScope: async (w, ctx, role) => {
      const s = await freshSession(w, ctx);
      const { programId, caseId } = unseen(w, role);
      return {
        request: {
          method: 'POST',
          url: p(programId, `sessions/${s.id}/enrollments`),
          payload: { caseIds: [caseId] },
        },
      };
    },
  },
  'DELETE /api/programs/:programId/training/sessions/:sessionId/enrollments/:caseId': {
    inScope: async (w, ctx) => {
      const { session, caseId } = await sessionWithCase(w, ctx);
      return {
        request: {
          method: 'DELETE',
          url: p(w.programP.id, `sessions/${session.id}/enrollments/${caseId}`),
        },
      };
    },
    outOfScope: async (w, ctx) => {
      const { session, caseId } = await sessionWithCase(w, ctx);
      return {
        request: {
          method: 'DELETE',
          url: p(w.programQ.id, `sessions/${session.id}/enrollments/${caseId}`),
        },
      };
    },
  },
  'PUT /api/programs/:programId/training/sessions/:sessionId/attendance': {
    inScope: async (w, ctx) => {
      const { session, caseId } = await sessionWithCase(w, ctx);
      return {
        request: {
          method: 'PUT',
          url: p(w.programP.id, `sessions/${session.id}/attendance`),
          payload: { items: [{ caseId, attendance: 'present' }] },
        },
      };
    },
    outOfScope: async (w, ctx) => {
      const { session, caseId } = await sessionWithCase(w, ctx);
      return {
        request: {
          method: 'PUT',
          url: p(w.programQ.id, `sessions/${session.id}/attendance`),
          payload: { items: [{ caseId, attendance: 'present' }] },
        },
      };
    },
  },
  'GET /api/programs/:programId/training/report': {
    inScope: async (w, ctx) => ({
      request: { url: p(w.programP.id, `report?trackId=${await completedTrack(w, ctx)}`) },
    }),
    outOfScope: async (w, ctx) => ({
      request: { url: p(w.programQ.id, `report?trackId=${await completedTrack(w, ctx)}`) },
    }),
  },
  'GET /api/programs/:programId/cases/:caseId/training': {
    inScope: (w) => ({
      request: { url: `/api/programs/${w.programP.id}/cases/${w.inCase.case.id}/training` },
    }),
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseen(w, role);
      return { request: { url: `/api/programs/${programId}/cases/${caseId}/training` } };
    },
  },
  'GET /api/programs/:programId/cases/:caseId/training/certificate': {
    inScope: async (w, ctx) => ({
      request: {
        url: `/api/programs/${w.programP.id}/cases/${w.inCase.case.id}/training/certificate?trackId=${await completedTrack(w, ctx)}`,
      },
    }),
    outOfScope: async (w, ctx, role) => {
      const { programId, caseId } = unseen(w, role);
      return {
        request: {
          url: `/api/programs/${programId}/cases/${caseId}/training/certificate?trackId=${await completedTrack(w, ctx)}`,
        },
      };
    },
  },
};
