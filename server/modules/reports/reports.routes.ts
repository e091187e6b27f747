import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';

/** Dashboards, figure exports and the bulletin. */
export function reportRoutes(_deps: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
