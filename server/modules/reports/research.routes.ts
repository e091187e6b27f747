import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';

/** The researcher's de-identified rows. */
export function researchRoutes(_deps: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
