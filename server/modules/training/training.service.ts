import type {
  TTrack,
  TTrackBody,
  TTrainingModule,
  TTrainingModuleBody,
} from '../../../shared/schemas/training.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, invalidFields, notFound } from '../../http/errors.ts';
import { loadQuestionnaire } from '../assessment/questionnaire.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './training.repo.ts';

// ---------- modules ----------

function moduleOut(r: repo.ModuleRow): TTrainingModule {
  const m = r.module;
  return {
    id: m.id,
    version: m.version,
    title: m.title,
    topic: m.topic,
    durationMinutes: m.durationMinutes,
    levers: m.levers,
    format: m.format as TTrainingModule['format'],
    materials: m.materials,
    sessions: r.sessions,
  };
}

export async function listModules(options: { db: Executor; access: ProgramAccess }) {
  const rows = await repo.modulesOf(options.db, options.access.programId);
  return { items: rows.map(moduleOut) };
}

async function getModule(db: Executor, programId: string, id: string) {
  const [row] = await repo.modulesOf(db, programId, [id]);
  if (!row) throw notFound();
  return row;
}

/** Levers must be the questionnaire's. */
async function checkModule(tx: Executor, programId: string, body: TTrainingModuleBody) {
  if (body.levers.length === 0) return;
  const questionnaire = await loadQuestionnaire(tx, programId);
  const levers = new Set(questionnaire.definition.levers.map((l) => l.id));
  const problems = body.levers.flatMap((l, i) =>
    levers.has(l) ? [] : [{ path: `levers.${i}`, code: 'unknown_lever' }],
  );
  if (problems.length > 0) throw invalidFields(problems);
}

function moduleValues(body: TTrainingModuleBody) {
  return {
    title: body.title,
    topic: body.topic,
    durationMinutes: body.durationMinutes,
    levers: [...new Set(body.levers)],
    format: body.format,
    materials: body.materials,
  };
}

export async function createModule(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  body: TTrainingModuleBody;
}) {
  const { access, body } = options;
  const id = await options.db.transaction(async (tx) => {
    await checkModule(tx, access.programId, body);
    const values = moduleValues(body);
    const moduleId = await repo.insertModule(tx, { programId: access.programId, ...values });
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'training.module.create',
      entityType: 'training_module',
      entityId: moduleId,
      programId: access.programId,
      after: values,
    });
    return moduleId;
  });
  return moduleOut(await getModule(options.db, access.programId, id));
}

export async function updateModule(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  moduleId: string;
  body: TTrainingModuleBody;
}) {
  const { access, body } = options;
  await options.db.transaction(async (tx) => {
    const current = (await getModule(tx, access.programId, options.moduleId)).module;
    if (body.version !== current.version)
      throw new AppError('conflict', { params: { version: current.version } });
    await checkModule(tx, access.programId, body);
    const values = moduleValues(body);
    if (!(await repo.updateModule(tx, { id: current.id, version: current.version, values })))
      throw new AppError('conflict');
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'training.module.update',
      entityType: 'training_module',
      entityId: current.id,
      programId: access.programId,
      before: moduleValues({ ...current, format: current.format as TTrainingModule['format'] }),
      after: values,
    });
  });
  return moduleOut(await getModule(options.db, access.programId, options.moduleId));
}

/** Deletes a module that no session and no track uses. */
export async function deleteModule(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  moduleId: string;
}) {
  const { access } = options;
  await options.db.transaction(async (tx) => {
    const row = await getModule(tx, access.programId, options.moduleId);
    const tracks = await repo.tracksWithModule(tx, access.programId, row.module.id);
    if (row.sessions > 0 || tracks.length > 0)
      throw new AppError('module_in_use', {
        params: { sessions: row.sessions, tracks: tracks.length },
      });
    await repo.deleteModule(tx, row.module.id);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'training.module.delete',
      entityType: 'training_module',
      entityId: row.module.id,
      programId: access.programId,
      before: { title: row.module.title, durationMinutes: row.module.durationMinutes },
    });
  });
  return { ok: true as const };
}

// ---------- tracks ----------

function trackOut(t: repo.TrackRow): TTrack {
  return {
    id: t.id,
    version: t.version,
    name: t.name,
    moduleIds: t.moduleIds,
    completionPercent: t.completionPercent,
  };
}

export async function listTracks(options: { db: Executor; access: ProgramAccess }) {
  const rows = await repo.tracksOf(options.db, options.access.programId);
  return { items: rows.map(trackOut) };
}

async function getTrack(db: Executor, programId: string, id: string) {
  const [row] = await repo.tracksOf(db, programId, id);
  if (!row) throw notFound();
  return row;
}

/** Modules must be the program's. */
async function checkTrack(tx: Executor, programId: string, body: TTrackBody) {
  const found = new Set(
    (await repo.modulesOf(tx, programId, body.moduleIds)).map((m) => m.module.id),
  );
  const problems = body.moduleIds.flatMap((id, i) =>
    found.has(id) ? [] : [{ path: `moduleIds.${i}`, code: 'unknown_module' }],
  );
  if (problems.length > 0) throw invalidFields(problems);
}

const trackValues = (body: TTrackBody) => ({
  name: body.name,
  moduleIds: body.moduleIds,
  completionPercent: body.completionPercent,
});

export async function createTrack(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  body: TTrackBody;
}) {
  const { access, body } = options;
  const id = await options.db.transaction(async (tx) => {
    await checkTrack(tx, access.programId, body);
    const values = trackValues(body);
    const trackId = await repo.insertTrack(tx, { programId: access.programId, ...values });
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'training.track.create',
      entityType: 'training_track',
      entityId: trackId,
      programId: access.programId,
      after: values,
    });
    return trackId;
  });
  return trackOut(await getTrack(options.db, access.programId, id));
}

export async function updateTrack(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  trackId: string;
  body: TTrackBody;
}) {
  const { access, body } = options;
  await options.db.transaction(async (tx) => {
    const current = await getTrack(tx, access.programId, options.trackId);
    if (body.version !== current.version)
      throw new AppError('conflict', { params: { version: current.version } });
    await checkTrack(tx, access.programId, body);
    const values = trackValues(body);
    if (!(await repo.updateTrack(tx, { id: current.id, version: current.version, values })))
      throw new AppError('conflict');
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'training.track.update',
      entityType: 'training_track',
      entityId: current.id,
      programId: access.programId,
      before: trackValues(current),
      after: values,
    });
  });
  return trackOut(await getTrack(options.db, access.programId, options.trackId));
}

/** Deletes a track; attendance stays (progress is computed from it, not stored). */
export async function deleteTrack(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  trackId: string;
}) {
  const { access } = options;
  await options.db.transaction(async (tx) => {
    const current = await getTrack(tx, access.programId, options.trackId);
    await repo.deleteTrack(tx, current.id);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'training.track.delete',
      entityType: 'training_track',
      entityId: current.id,
      programId: access.programId,
      before: trackValues(current),
    });
  });
  return { ok: true as const };
}
