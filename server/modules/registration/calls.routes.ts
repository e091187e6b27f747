import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProgramParams } from '../../../shared/schemas/programs.ts';
import {
  ZCall,
  ZCallBody,
  ZCallParams,
  ZPublicCall,
} from '../../../shared/schemas/registration.ts';
import type { AppContext } from '../../app.ts';
import { actorOf, programAccessOf } from '../../http/context.ts';
import { getCall, getPublicCall, listCalls, saveCall } from './calls.service.ts';
import { CALL_EDITORS, CALL_READERS } from './registration.policy.ts';

export function callRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/programs/:programId/calls',
      {
        config: { access: { kind: 'program', roles: CALL_READERS } },
        schema: {
          tags: ['registration'],
          summary: 'Calls of a program',
          params: ZProgramParams,
          response: { 200: z.object({ items: z.array(ZCall) }) },
        },
      },
      (req) => listCalls({ db, access: programAccessOf(req) }),
    );

    app.post(
      '/programs/:programId/calls',
      {
        config: { access: { kind: 'program', roles: CALL_EDITORS } },
        schema: {
          tags: ['registration'],
          summary: 'Open a call',
          params: ZProgramParams,
          body: ZCallBody,
          response: { 201: ZCall },
        },
      },
      async (req, reply) =>
        reply.status(201).send(
          await saveCall({
            db,
            actor: actorOf(req),
            access: programAccessOf(req),
            body: req.body,
          }),
        ),
    );

    app.get(
      '/programs/:programId/calls/:callId',
      {
        config: { access: { kind: 'program', roles: CALL_READERS } },
        schema: {
          tags: ['registration'],
          summary: 'A call with its territories, goals, targets and current rules',
          params: ZCallParams,
          response: { 200: ZCall },
        },
      },
      (req) => getCall({ db, access: programAccessOf(req), callId: req.params.callId }),
    );

    app.put(
      '/programs/:programId/calls/:callId',
      {
        config: { access: { kind: 'program', roles: CALL_EDITORS } },
        schema: {
          tags: ['registration'],
          summary: 'Change a call; changed rules become a new version',
          params: ZCallParams,
          body: ZCallBody,
          response: { 200: ZCall },
        },
      },
      (req) =>
        saveCall({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          callId: req.params.callId,
          body: req.body,
        }),
    );

    app.get(
      '/public/calls/:code',
      {
        config: { access: { kind: 'public' }, rateLimit: { max: 120, timeWindow: '1 minute' } },
        schema: {
          tags: ['public'],
          summary: 'What the public application form shows about a call',
          params: z.strictObject({ code: z.string().min(3).max(40) }),
          response: { 200: ZPublicCall },
        },
      },
      (req) => getPublicCall({ db, code: req.params.code }),
    );
  };
}
