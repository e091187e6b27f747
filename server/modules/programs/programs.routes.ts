import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../../shared/roles.ts';
import { ZId } from '../../../shared/schemas/common.ts';
import {
  ZLocality,
  ZMunicipality,
  ZProgram,
  ZProgramBody,
  ZProgramHome,
  ZProgramParams,
  ZTerritory,
} from '../../../shared/schemas/programs.ts';
import type { AppContext } from '../../app.ts';
import { actorOf, programAccessOf, userOf } from '../../http/context.ts';
import { ANY_ROLE } from '../../http/policy.ts';
import {
  createProgram,
  getProgram,
  getProgramHome,
  listPrograms,
  updateProgram,
} from './programs.service.ts';
import * as repo from './programs.repo.ts';

const ZProgramListItem = z.object({
  id: ZId,
  code: z.string(),
  name: z.string(),
  cycleStart: z.string(),
  cycleEnd: z.string(),
  role: z.enum(ROLES),
});

export function programRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/programs',
      {
        config: { access: { kind: 'user' } },
        schema: {
          tags: ['programs'],
          summary: 'Programs the user can open',
          response: { 200: z.object({ items: z.array(ZProgramListItem) }) },
        },
      },
      (req) => listPrograms({ db, user: userOf(req) }),
    );

    app.post(
      '/programs',
      {
        config: { access: { kind: 'admin' } },
        schema: {
          tags: ['programs'],
          summary: 'Create a program',
          body: ZProgramBody,
          response: { 201: ZProgram },
        },
      },
      async (req, reply) => {
        const program = await createProgram({
          db,
          actor: actorOf(req),
          organizationId: userOf(req).organizationId,
          body: req.body,
        });
        return reply.status(201).send(program);
      },
    );

    app.get(
      '/programs/:programId',
      {
        config: { access: { kind: 'program', roles: ANY_ROLE } },
        schema: {
          tags: ['programs'],
          summary: 'A program with its cities, localities and goals',
          params: ZProgramParams,
          response: { 200: ZProgram },
        },
      },
      (req) => getProgram({ db, programId: programAccessOf(req).programId }),
    );

    app.put(
      '/programs/:programId',
      {
        config: { access: { kind: 'program', roles: ['admin', 'coordinator'] } },
        schema: {
          tags: ['programs'],
          summary: 'Update a program',
          params: ZProgramParams,
          body: ZProgramBody,
          response: { 200: ZProgram },
        },
      },
      (req) =>
        updateProgram({ db, actor: actorOf(req), access: programAccessOf(req), body: req.body }),
    );

    app.get(
      '/programs/:programId/home',
      {
        config: { access: { kind: 'program', roles: ANY_ROLE } },
        schema: {
          tags: ['programs'],
          summary: 'Counts by city, within the caller’s scope',
          params: ZProgramParams,
          response: { 200: ZProgramHome },
        },
      },
      (req) => getProgramHome({ db, access: programAccessOf(req), cache: deps.cache }),
    );

    app.get(
      '/territories/departments',
      {
        config: { access: { kind: 'user' } },
        schema: {
          tags: ['territories'],
          summary: 'DIVIPOLA departments',
          response: { 200: z.object({ items: z.array(ZTerritory) }) },
        },
      },
      async () => ({ items: await repo.listDepartments(db) }),
    );

    app.get(
      '/territories/municipalities',
      {
        config: { access: { kind: 'user' } },
        schema: {
          tags: ['territories'],
          summary: 'DIVIPOLA municipalities, searchable by name (accents ignored) or code',
          querystring: z.strictObject({
            q: z.string().trim().max(100).optional(),
            department: z
              .string()
              .regex(/^\d{2}$/)
              .optional(),
            limit: z.coerce.number().int().min(1).max(1200).default(50),
          }),
          response: { 200: z.object({ items: z.array(ZMunicipality) }) },
        },
      },
      async (req) => ({
        items: await repo.searchMunicipalities(db, {
          q: req.query.q,
          departmentCode: req.query.department,
          limit: req.query.limit,
        }),
      }),
    );

    app.get(
      '/territories/localities',
      {
        config: { access: { kind: 'user' } },
        schema: {
          tags: ['territories'],
          summary: 'Localities (e.g. Bogotá’s 20)',
          querystring: z.strictObject({
            municipality: z
              .string()
              .regex(/^\d{5}$/)
              .optional(),
          }),
          response: { 200: z.object({ items: z.array(ZLocality) }) },
        },
      },
      async (req) => ({ items: await repo.listLocalities(db, req.query.municipality) }),
    );
  };
}
