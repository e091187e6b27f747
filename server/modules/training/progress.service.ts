import {
  trackCompletion,
  trackShare,
  type PresentAttendance,
} from '../../../shared/domain/training/completion.ts';
import type { TLocale } from '../../../shared/schemas/auth.ts';
import type {
  TCaseTraining,
  TTrackProgress,
  TTrainingReport,
  TTrainingReportQuery,
  TTrainingReportRow,
} from '../../../shared/schemas/training.ts';
import type { Executor } from '../../db/client.ts';
import type { ProgramAccess } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { caseScope, type CasePopulation } from '../cases/cases.policy.ts';
import { requireCase } from '../cases/cases.service.ts';
import { findProgram } from '../programs/programs.repo.ts';
import { renderCertificate } from './certificate.ts';
import * as repo from './training.repo.ts';

type Attendance = TCaseTraining['enrollments'][number]['attendance'];

/** A case's sessions and its progress in every track of the program. */
export async function getCaseTraining(options: {
  db: Executor;
  access: ProgramAccess;
  caseId: string;
}): Promise<TCaseTraining> {
  const { db, access } = options;
  const row = await requireCase(db, access, options.caseId);
  const [enrollments, tracks, modules] = await Promise.all([
    repo.enrollmentsOfCase(db, access.programId, row.id),
    repo.tracksOf(db, access.programId),
    repo.modulesOf(db, access.programId),
  ]);
  const attended = new Map<string, PresentAttendance[]>();
  for (const e of enrollments) {
    if (e.attendance !== 'present') continue;
    const list = attended.get(e.moduleId) ?? [];
    list.push({ startsAt: e.startsAt, minutes: e.minutes });
    attended.set(e.moduleId, list);
  }
  const moduleById = new Map(modules.map((m) => [m.module.id, m.module]));
  return {
    caseId: row.id,
    enrollments: enrollments.map((e) => ({
      sessionId: e.sessionId,
      moduleId: e.moduleId,
      moduleTitle: e.moduleTitle,
      startsAt: e.startsAt.toISOString(),
      durationMinutes: e.durationMinutes,
      attendance: e.attendance as Attendance,
      minutes: e.minutes,
    })),
    tracks: tracks.map((t): TTrackProgress => {
      const trackModules = t.moduleIds.flatMap((id) => {
        const m = moduleById.get(id);
        return m ? [m] : [];
      });
      const progress = trackCompletion({
        modules: trackModules.map((m) => ({ id: m.id, durationMinutes: m.durationMinutes })),
        completionPercent: t.completionPercent,
        attended,
      });
      return {
        trackId: t.id,
        name: t.name,
        completionPercent: t.completionPercent,
        completed: progress.completed,
        percent: progress.percent,
        modules: progress.modules.map((p, i) => ({
          moduleId: p.moduleId,
          title: trackModules[i]!.title,
          durationMinutes: trackModules[i]!.durationMinutes,
          minutes: p.minutes,
          required: p.required,
          completed: p.completed,
          completedAt: p.completedAt?.toISOString() ?? null,
        })),
      };
    }),
  };
}

/** The certificate of a completed track, as a PDF (409 track_not_completed otherwise). */
export async function trackCertificate(options: {
  db: Executor;
  access: ProgramAccess;
  caseId: string;
  trackId: string;
  locale: TLocale;
}) {
  const { db, access } = options;
  const training = await getCaseTraining(options);
  const track = training.tracks.find((t) => t.trackId === options.trackId);
  if (!track) throw notFound();
  if (!track.completed)
    throw new AppError('track_not_completed', {
      params: { name: track.name, percent: track.percent },
    });
  const [row, program] = await Promise.all([
    requireCase(db, access, options.caseId),
    findProgram(db, access.programId),
  ]);
  const bytes = await renderCertificate({
    locale: options.locale,
    programName: program?.name ?? '',
    businessName: row.business.name,
    ownerName: `${row.owner.firstNames} ${row.owner.lastNames}`.trim(),
    trackName: track.name,
    modules: track.modules.map((m) => ({
      title: m.title,
      durationMinutes: m.durationMinutes,
      completedAt: m.completedAt ? new Date(m.completedAt) : null,
    })),
    issuedAt: new Date(),
  });
  return { bytes, fileName: `certificado-${slug(track.name)}.pdf` };
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'formacion';

// ---------- report ----------

interface Tally {
  enrolled: number;
  attended: number;
  completed: number;
}
const rate = (t: Tally): TTrainingReportRow => ({
  ...t,
  completionRate: t.enrolled === 0 ? null : Math.round((t.completed * 1000) / t.enrolled) / 10,
});

/**
 * Attendance and completion of a track by city, owner's sex and priority group, over the cases
 * of the caller's scope enrolled in at least one session of its modules.
 */
export async function getTrainingReport(options: {
  db: Executor;
  access: ProgramAccess;
  query: TTrainingReportQuery;
  /** The reports module's cases and moment: attendance counts only in sessions started before it. */
  population?: CasePopulation;
}): Promise<TTrainingReport> {
  const { db, access, query } = options;
  const [track] = await repo.tracksOf(db, access.programId, query.trackId);
  if (!track) throw notFound();
  const [modules, rows] = await Promise.all([
    repo.modulesOf(db, access.programId, track.moduleIds),
    repo.enrolledCasesOfModules(db, {
      programId: access.programId,
      moduleIds: track.moduleIds,
      scope: options.population?.where ?? caseScope(access),
      before: options.population?.before ?? null,
      ...(query.municipalityCode ? { municipalityCode: query.municipalityCode } : {}),
    }),
  ]);
  const moduleDurations = modules.map((m) => ({
    id: m.module.id,
    durationMinutes: m.module.durationMinutes,
  }));
  const complete = moduleDurations.length === track.moduleIds.length;
  const perCase = new Map<
    string,
    { city: string; sex: string; groups: string[]; present: boolean; minutes: Map<string, number> }
  >();
  for (const r of rows) {
    let c = perCase.get(r.caseId);
    if (!c) {
      c = {
        city: r.municipalityCode,
        sex: r.sex ?? 'X',
        groups: r.priorityGroups,
        present: false,
        minutes: new Map(),
      };
      perCase.set(r.caseId, c);
    }
    c.present ||= r.present;
    c.minutes.set(r.moduleId, r.minutes);
  }
  const total: Tally = { enrolled: 0, attended: 0, completed: 0 };
  const byCity = new Map<string, Tally>();
  const bySex = new Map<string, Tally>();
  const byGroup = new Map<string, Tally>();
  const add = (map: Map<string, Tally>, key: string, attended: boolean, completed: boolean) => {
    const t = map.get(key) ?? { enrolled: 0, attended: 0, completed: 0 };
    t.enrolled += 1;
    if (attended) t.attended += 1;
    if (completed) t.completed += 1;
    map.set(key, t);
  };
  for (const c of perCase.values()) {
    const completed =
      complete &&
      trackShare({
        moduleDurations,
        completionPercent: track.completionPercent,
        minutes: c.minutes,
      }).completed;
    total.enrolled += 1;
    if (c.present) total.attended += 1;
    if (completed) total.completed += 1;
    add(byCity, c.city, c.present, completed);
    add(bySex, c.sex, c.present, completed);
    for (const g of c.groups) add(byGroup, g, c.present, completed);
  }
  const sorted = <K extends string>(map: Map<string, Tally>, key: K) =>
    [...map.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, t]) => ({ ...rate(t), [key]: k }) as TTrainingReportRow & Record<K, string>);
  return {
    trackId: track.id,
    trackName: track.name,
    total: rate(total),
    byCity: sorted(byCity, 'municipalityCode'),
    bySex: sorted(bySex, 'sex'),
    byPriorityGroup: sorted(byGroup, 'group'),
  };
}
