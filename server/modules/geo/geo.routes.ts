import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.ts';

/** Public map data (GeoJSON of departments and Bogotá's localities, city centroids). */
export function geoRoutes(_deps: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
