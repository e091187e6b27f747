import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId, zPage } from '../../../shared/schemas/common.ts';
import {
  ZCreateUserBody,
  ZMembershipBody,
  ZUserListQuery,
  ZUserSummary,
} from '../../../shared/schemas/users.ts';
import type { AppContext } from '../../app.ts';
import { actorOf, userOf } from '../../http/context.ts';
import {
  createUser,
  listUsers,
  removeMembership,
  setMembership,
  setUserDisabled,
} from './users.service.ts';

const ZUserParams = z.strictObject({ userId: ZId });
const ZMembershipParams = z.strictObject({ userId: ZId, programId: ZId });

export function userRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  const admin = { access: { kind: 'admin' } } as const;
  return async (app) => {
    app.get(
      '/users',
      {
        config: admin,
        schema: {
          tags: ['users'],
          summary: 'Users of the organization',
          querystring: ZUserListQuery,
          response: { 200: zPage(ZUserSummary) },
        },
      },
      (req) => listUsers({ db, organizationId: userOf(req).organizationId, query: req.query }),
    );

    app.post(
      '/users',
      {
        config: admin,
        schema: {
          tags: ['users'],
          summary: 'Create a user',
          body: ZCreateUserBody,
          response: { 201: ZUserSummary },
        },
      },
      async (req, reply) =>
        reply.status(201).send(
          await createUser({
            db,
            actor: actorOf(req),
            organizationId: userOf(req).organizationId,
            body: req.body,
          }),
        ),
    );

    for (const [verb, disabled] of [
      ['disable', true],
      ['enable', false],
    ] as const) {
      app.post(
        `/users/:userId/${verb}`,
        {
          config: admin,
          schema: {
            tags: ['users'],
            summary: disabled ? 'Disable a user and revoke all their sessions' : 'Enable a user',
            params: ZUserParams,
            response: { 200: ZUserSummary },
          },
        },
        (req) =>
          setUserDisabled({
            db,
            actor: actorOf(req),
            organizationId: userOf(req).organizationId,
            userId: req.params.userId,
            disabled,
          }),
      );
    }

    app.put(
      '/users/:userId/memberships/:programId',
      {
        config: admin,
        schema: {
          tags: ['users'],
          summary: "Set a user's role and scope in a program",
          params: ZMembershipParams,
          body: ZMembershipBody,
          response: { 200: ZUserSummary },
        },
      },
      (req) =>
        setMembership({
          db,
          actor: actorOf(req),
          organizationId: userOf(req).organizationId,
          userId: req.params.userId,
          programId: req.params.programId,
          body: req.body,
        }),
    );

    app.delete(
      '/users/:userId/memberships/:programId',
      {
        config: admin,
        schema: {
          tags: ['users'],
          summary: "Remove a user's role in a program",
          params: ZMembershipParams,
          response: { 200: ZUserSummary },
        },
      },
      (req) =>
        removeMembership({
          db,
          actor: actorOf(req),
          organizationId: userOf(req).organizationId,
          userId: req.params.userId,
          programId: req.params.programId,
        }),
    );
  };
}
