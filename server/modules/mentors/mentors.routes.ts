import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Role } from '../../../shared/roles.ts';
import { ZCaseParams } from '../../../shared/schemas/cases.ts';
import {
  ZAssignMentorBody,
  ZCaseMentor,
  ZMentees,
  ZMentor,
  ZMentorList,
  ZMentorParams,
  ZMentorProfileBody,
  ZMentorQueue,
  ZMentorQueueQuery,
  ZSession,
  ZSessionBody,
  ZSessionList,
  ZSessionParams,
  ZSessionQuery,
} from '../../../shared/schemas/mentors.ts';
import { ZProgramParams } from '../../../shared/schemas/programs.ts';
import type { AppContext } from '../../app.ts';
import { actorOf, programAccessOf } from '../../http/context.ts';
import { CASE_ASSIGNERS, CASE_READERS } from '../cases/cases.routes.ts';
import {
  assignMentor,
  getCaseMentor,
  getMentor,
  listMentors,
  mentorQueue,
  saveMentorProfile,
} from './mentors.service.ts';
import {
  createSession,
  listMentees,
  listSessions,
  mentorCalendar,
  updateSession,
} from './sessions.service.ts';

/** Who assigns mentors and sees all of them (scope narrows the cases). */
export const MENTOR_MANAGERS: Role[] = CASE_ASSIGNERS;
/** A mentor reads and edits their own profile and calendar (the service checks it is their own). */
export const MENTOR_SELF: Role[] = [...MENTOR_MANAGERS, 'mentor'];
/** Supervisors read profiles; the program team and the mentors themselves keep them. */
export const PROFILE_EDITORS: Role[] = ['admin', 'coordinator', 'case_coordinator', 'mentor'];
/** Sessions are scheduled by the mentor or for them by the team. */
export const SESSION_SCHEDULERS: Role[] = MENTOR_SELF;

const program = (roles: Role[]) => ({ access: { kind: 'program', roles } }) as const;

export function mentorRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/programs/:programId/mentors',
      {
        config: program(MENTOR_MANAGERS),
        schema: {
          tags: ['mentors'],
          summary: "The program's mentors with their profile and active mentees",
          params: ZProgramParams,
          response: { 200: ZMentorList },
        },
      },
      (req) => listMentors({ db, access: programAccessOf(req) }),
    );

    app.get(
      '/programs/:programId/mentors/:userId',
      {
        config: program(MENTOR_SELF),
        schema: {
          tags: ['mentors'],
          summary: "A mentor's profile (a mentor reads only their own)",
          params: ZMentorParams,
          response: { 200: ZMentor },
        },
      },
      (req) => getMentor({ db, access: programAccessOf(req), userId: req.params.userId }),
    );

    app.put(
      '/programs/:programId/mentors/:userId',
      {
        config: program(PROFILE_EDITORS),
        schema: {
          tags: ['mentors'],
          summary:
            "Save a mentor's profile: levers, cities or remote, capacity, availability, organization",
          params: ZMentorParams,
          body: ZMentorProfileBody,
          response: { 200: ZMentor },
        },
      },
      (req) =>
        saveMentorProfile({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          userId: req.params.userId,
          body: req.body,
        }),
    );

    app.get(
      '/programs/:programId/mentors/:userId/mentees',
      {
        config: program(MENTOR_SELF),
        schema: {
          tags: ['mentors'],
          summary: "A mentor's active mentees within the caller's scope",
          params: ZMentorParams,
          response: { 200: ZMentees },
        },
      },
      (req) => listMentees({ db, access: programAccessOf(req), userId: req.params.userId }),
    );

    app.get(
      '/programs/:programId/mentors/:userId/calendar.ics',
      {
        config: program(MENTOR_SELF),
        schema: {
          tags: ['mentors'],
          summary: "A mentor's sessions as an iCalendar file (90 days back, a year ahead)",
          params: ZMentorParams,
        },
      },
      async (req, reply) => {
        const calendar = await mentorCalendar({
          db,
          access: programAccessOf(req),
          userId: req.params.userId,
        });
        return reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', 'attachment; filename="mentorias.ics"')
          .header('cache-control', 'private, no-store')
          .send(calendar.text);
      },
    );

    app.get(
      '/programs/:programId/mentoring/queue',
      {
        config: program(MENTOR_MANAGERS),
        schema: {
          tags: ['mentors'],
          summary:
            'Plans that need a mentor and have none, oldest first, each with ranked mentor suggestions and their reasons',
          params: ZProgramParams,
          querystring: ZMentorQueueQuery,
          response: { 200: ZMentorQueue },
        },
      },
      (req) => mentorQueue({ db, access: programAccessOf(req), query: req.query }),
    );

    app.get(
      '/programs/:programId/cases/:caseId/mentor',
      {
        config: program(CASE_READERS),
        schema: {
          tags: ['mentors'],
          summary: "The case's mentor, the assignment history and (for assigners) suggestions",
          params: ZCaseParams,
          response: { 200: ZCaseMentor },
        },
      },
      (req) => getCaseMentor({ db, access: programAccessOf(req), caseId: req.params.caseId }),
    );

    app.put(
      '/programs/:programId/cases/:caseId/mentor',
      {
        config: program(MENTOR_MANAGERS),
        schema: {
          tags: ['mentors'],
          summary:
            'Assign, change (with a reason) or end (mentorId null, with a reason) the case’s mentor; capacity and reach enforced',
          params: ZCaseParams,
          body: ZAssignMentorBody,
          response: { 200: ZCaseMentor },
        },
      },
      (req) =>
        assignMentor({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          caseId: req.params.caseId,
          body: req.body,
        }),
    );

    app.get(
      '/programs/:programId/mentoring/sessions',
      {
        config: program(CASE_READERS),
        schema: {
          tags: ['mentors'],
          summary:
            'Mentoring sessions starting between two days (at most 92 days), of one mentor or all; a mentor sees their own',
          params: ZProgramParams,
          querystring: ZSessionQuery,
          response: { 200: ZSessionList },
        },
      },
      (req) => listSessions({ db, access: programAccessOf(req), query: req.query }),
    );

    app.post(
      '/programs/:programId/mentoring/sessions',
      {
        config: program(SESSION_SCHEDULERS),
        schema: {
          tags: ['mentors'],
          summary:
            "Schedule a session with one or several of the mentor's mentees; overlapping sessions are refused",
          params: ZProgramParams,
          body: ZSessionBody,
          response: { 200: ZSession },
        },
      },
      (req) =>
        createSession({ db, actor: actorOf(req), access: programAccessOf(req), body: req.body }),
    );

    app.put(
      '/programs/:programId/mentoring/sessions/:sessionId',
      {
        config: program(SESSION_SCHEDULERS),
        schema: {
          tags: ['mentors'],
          summary:
            'Change a session at the version read: details, businesses, status, attendance, notes, follow-up tasks',
          params: ZSessionParams,
          body: ZSessionBody,
          response: { 200: ZSession },
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
  };
}
