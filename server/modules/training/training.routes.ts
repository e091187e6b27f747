import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Role } from '../../../shared/roles.ts';
import { ZCaseParams } from '../../../shared/schemas/cases.ts';
import { ZOk } from '../../../shared/schemas/common.ts';
import { ZProgramParams } from '../../../shared/schemas/programs.ts';
import {
  ZAttendanceBody,
  ZCaseTraining,
  ZCertificateQuery,
  ZEnrollBody,
  ZEnrollmentParams,
  ZTrack,
  ZTrackBody,
  ZTrackList,
  ZTrackParams,
  ZTrainingModule,
  ZTrainingModuleBody,
  ZTrainingModuleList,
  ZTrainingModuleParams,
  ZTrainingReport,
  ZTrainingReportQuery,
  ZTrainingSessionBody,
  ZTrainingSessionDetail,
  ZTrainingSessionList,
  ZTrainingSessionParams,
  ZTrainingSessionQuery,
} from '../../../shared/schemas/training.ts';
import type { AppContext } from '../../app.ts';
import { actorOf, programAccessOf } from '../../http/context.ts';
import { PLAN_READERS } from '../assessment/assessment.routes.ts';
import { CASE_CONFIGURERS, CASE_READERS, CASE_WORKERS } from '../cases/cases.routes.ts';
import { getCaseTraining, getTrainingReport, trackCertificate } from './progress.service.ts';
import {
  createSession,
  enrollCases,
  getSession,
  listSessions,
  recordAttendance,
  unenrollCase,
  updateSession,
} from './sessions.service.ts';
import {
  createModule,
  createTrack,
  deleteModule,
  deleteTrack,
  listModules,
  listTracks,
  updateModule,
  updateTrack,
} from './training.service.ts';

/** Who configures modules and tracks. */
export const TRAINING_CONFIGURERS: Role[] = CASE_CONFIGURERS;
/** Who schedules sessions, enrolls cases and records attendance (scope narrows the cases). */
export const TRAINING_STAFF: Role[] = CASE_WORKERS;
/** Who reads modules, tracks and sessions. */
export const TRAINING_READERS: Role[] = CASE_READERS;
/** Who reads the report: the case readers (in their scope) and researchers. */
export const TRAINING_REPORT_READERS: Role[] = [...CASE_READERS, 'researcher'];
/** A case's training and certificate: also its owner (the scope keeps them to their own case). */
export const CASE_TRAINING_READERS: Role[] = PLAN_READERS;

const program = (roles: Role[]) => ({ access: { kind: 'program', roles } }) as const;
const tags = ['training'];

export function trainingRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    // ---------- modules ----------
    app.get(
      '/programs/:programId/training/modules',
      {
        config: program(TRAINING_READERS),
        schema: {
          tags,
          summary: "The program's training modules (capsules)",
          params: ZProgramParams,
          response: { 200: ZTrainingModuleList },
        },
      },
      (req) => listModules({ db, access: programAccessOf(req) }),
    );
    app.post(
      '/programs/:programId/training/modules',
      {
        config: program(TRAINING_CONFIGURERS),
        schema: {
          tags,
          summary: 'Create a module: title, topic, duration, levers, format, material links',
          params: ZProgramParams,
          body: ZTrainingModuleBody,
          response: { 200: ZTrainingModule },
        },
      },
      (req) =>
        createModule({ db, actor: actorOf(req), access: programAccessOf(req), body: req.body }),
    );
    app.put(
      '/programs/:programId/training/modules/:moduleId',
      {
        config: program(TRAINING_CONFIGURERS),
        schema: {
          tags,
          summary: 'Change a module at the version read',
          params: ZTrainingModuleParams,
          body: ZTrainingModuleBody,
          response: { 200: ZTrainingModule },
        },
      },
      (req) =>
        updateModule({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          moduleId: req.params.moduleId,
          body: req.body,
        }),
    );
    app.delete(
      '/programs/:programId/training/modules/:moduleId',
      {
        config: program(TRAINING_CONFIGURERS),
        schema: {
          tags,
          summary: 'Delete a module that no session and no track uses (409 module_in_use)',
          params: ZTrainingModuleParams,
          response: { 200: ZOk },
        },
      },
      (req) =>
        deleteModule({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          moduleId: req.params.moduleId,
        }),
    );

    // ---------- tracks ----------
    app.get(
      '/programs/:programId/training/tracks',
      {
        // Researchers pick the track of the report.
        config: program(TRAINING_REPORT_READERS),
        schema: {
          tags,
          summary: "The program's training tracks",
          params: ZProgramParams,
          response: { 200: ZTrackList },
        },
      },
      (req) => listTracks({ db, access: programAccessOf(req) }),
    );
    app.post(
      '/programs/:programId/training/tracks',
      {
        config: program(TRAINING_CONFIGURERS),
        schema: {
          tags,
          summary: 'Create a track: modules in order and the completion rule',
          params: ZProgramParams,
          body: ZTrackBody,
          response: { 200: ZTrack },
        },
      },
      (req) =>
        createTrack({ db, actor: actorOf(req), access: programAccessOf(req), body: req.body }),
    );
    app.put(
      '/programs/:programId/training/tracks/:trackId',
      {
        config: program(TRAINING_CONFIGURERS),
        schema: {
          tags,
          summary: 'Change a track at the version read',
          params: ZTrackParams,
          body: ZTrackBody,
          response: { 200: ZTrack },
        },
      },
      (req) =>
        updateTrack({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          trackId: req.params.trackId,
          body: req.body,
        }),
    );
    app.delete(
      '/programs/:programId/training/tracks/:trackId',
      {
        config: program(TRAINING_CONFIGURERS),
        schema: {
          tags,
          summary: 'Delete a track (attendance stays)',
          params: ZTrackParams,
          response: { 200: ZOk },
        },
      },
      (req) =>
        deleteTrack({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          trackId: req.params.trackId,
        }),
    );

    // ---------- sessions ----------
    app.get(
      '/programs/:programId/training/sessions',
      {
        config: program(TRAINING_READERS),
        schema: {
          tags,
          summary: 'Training sessions starting between two days (at most 92 days)',
          params: ZProgramParams,
          querystring: ZTrainingSessionQuery,
          response: { 200: ZTrainingSessionList },
        },
      },
      (req) => listSessions({ db, access: programAccessOf(req), query: req.query }),
    );
    app.post(
      '/programs/:programId/training/sessions',
      {
        config: program(TRAINING_STAFF),
        schema: {
          tags,
          summary:
            'Schedule a session of a module: start, duration, place or link, trainer, places',
          params: ZProgramParams,
          body: ZTrainingSessionBody,
          response: { 200: ZTrainingSessionDetail },
        },
      },
      (req) =>
        createSession({ db, actor: actorOf(req), access: programAccessOf(req), body: req.body }),
    );
    app.get(
      '/programs/:programId/training/sessions/:sessionId',
      {
        config: program(TRAINING_READERS),
        schema: {
          tags,
          summary: 'A session with the enrollments of the cases in the caller’s scope',
          params: ZTrainingSessionParams,
          response: { 200: ZTrainingSessionDetail },
        },
      },
      (req) => getSession({ db, access: programAccessOf(req), sessionId: req.params.sessionId }),
    );
    app.put(
      '/programs/:programId/training/sessions/:sessionId',
      {
        config: program(TRAINING_STAFF),
        schema: {
          tags,
          summary: 'Change a session at the version read (places not below the cases enrolled)',
          params: ZTrainingSessionParams,
          body: ZTrainingSessionBody,
          response: { 200: ZTrainingSessionDetail },
        },
      },
      (req) =>
        updateSession({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          sessionId: req.params.sessionId,
          body: req.body,
        }),
    );
    app.post(
      '/programs/:programId/training/sessions/:sessionId/enrollments',
      {
        config: program(TRAINING_STAFF),
        schema: {
          tags,
          summary:
            'Enroll active cases of the caller’s scope (409 session_full when no places are left)',
          params: ZTrainingSessionParams,
          body: ZEnrollBody,
          response: { 200: ZTrainingSessionDetail },
        },
      },
      (req) =>
        enrollCases({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          sessionId: req.params.sessionId,
          body: req.body,
        }),
    );
    app.delete(
      '/programs/:programId/training/sessions/:sessionId/enrollments/:caseId',
      {
        config: program(TRAINING_STAFF),
        schema: {
          tags,
          summary: 'Take a case out of a session while its attendance is pending',
          params: ZEnrollmentParams,
          response: { 200: ZTrainingSessionDetail },
        },
      },
      (req) =>
        unenrollCase({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          sessionId: req.params.sessionId,
          caseId: req.params.caseId,
        }),
    );
    app.put(
      '/programs/:programId/training/sessions/:sessionId/attendance',
      {
        config: program(TRAINING_STAFF),
        schema: {
          tags,
          summary:
            'Record attendance (present, absent, excused, pending) and minutes, once the session has started',
          params: ZTrainingSessionParams,
          body: ZAttendanceBody,
          response: { 200: ZTrainingSessionDetail },
        },
      },
      (req) =>
        recordAttendance({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          sessionId: req.params.sessionId,
          body: req.body,
        }),
    );

    // ---------- report and cases ----------
    app.get(
      '/programs/:programId/training/report',
      {
        config: program(TRAINING_REPORT_READERS),
        schema: {
          tags,
          summary:
            'Attendance and completion of a track by city, sex and priority group (cases in scope)',
          params: ZProgramParams,
          querystring: ZTrainingReportQuery,
          response: { 200: ZTrainingReport },
        },
      },
      (req) => getTrainingReport({ db, access: programAccessOf(req), query: req.query }),
    );
    app.get(
      '/programs/:programId/cases/:caseId/training',
      {
        config: program(CASE_TRAINING_READERS),
        schema: {
          tags,
          summary: "A case's training sessions, attendance and progress in each track",
          params: ZCaseParams,
          response: { 200: ZCaseTraining },
        },
      },
      (req) => getCaseTraining({ db, access: programAccessOf(req), caseId: req.params.caseId }),
    );
    app.get(
      '/programs/:programId/cases/:caseId/training/certificate',
      {
        config: program(CASE_TRAINING_READERS),
        schema: {
          tags,
          summary:
            'Certificate of completion of a track, as a PDF (409 track_not_completed before)',
          params: ZCaseParams,
          querystring: ZCertificateQuery,
        },
      },
      async (req, reply) => {
        const pdf = await trackCertificate({
          db,
          access: programAccessOf(req),
          caseId: req.params.caseId,
          trackId: req.query.trackId,
          locale: req.locale,
        });
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${pdf.fileName}"`)
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(pdf.bytes));
      },
    );
  };
}
