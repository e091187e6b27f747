import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCallParams, ZSelectionPreview } from '../../../shared/schemas/registration.ts';
import type { AppContext } from '../../app.ts';
import { actorOf, programAccessOf } from '../../http/context.ts';
import { SELECTORS } from './registration.policy.ts';
import { confirmSelection, previewSelection, promoteNext } from './selection.service.ts';

const ZTerritory = z.string().regex(/^\d{5}(-\d{2})?$/);

export function selectionRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  const access = { access: { kind: 'program', roles: SELECTORS } } as const;
  return async (app) => {
    app.get(
      '/programs/:programId/calls/:callId/selection',
      {
        config: access,
        schema: {
          tags: ['registration'],
          summary: 'Ranked selection of a territory: who fills the goal, who waits',
          params: ZCallParams,
          querystring: z.strictObject({ territory: ZTerritory }),
          response: { 200: ZSelectionPreview },
        },
      },
      (req) =>
        previewSelection({
          db,
          access: programAccessOf(req),
          callId: req.params.callId,
          territoryCode: req.query.territory,
        }),
    );

    app.post(
      '/programs/:programId/calls/:callId/selection',
      {
        config: access,
        schema: {
          tags: ['registration'],
          summary:
            'Confirm a territory’s selection: the selected become cases, the rest are waitlisted',
          params: ZCallParams,
          body: z.strictObject({ territoryCode: ZTerritory }),
          response: { 200: ZSelectionPreview },
        },
      },
      (req) =>
        confirmSelection({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          callId: req.params.callId,
          territoryCode: req.body.territoryCode,
        }),
    );

    app.post(
      '/programs/:programId/calls/:callId/selection/promote',
      {
        config: access,
        schema: {
          tags: ['registration'],
          summary: 'Promote the first of the waitlist (after a withdrawal)',
          params: ZCallParams,
          body: z.strictObject({ territoryCode: ZTerritory }),
          response: { 200: ZSelectionPreview },
        },
      },
      (req) =>
        promoteNext({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          callId: req.params.callId,
          territoryCode: req.body.territoryCode,
        }),
    );
  };
}
