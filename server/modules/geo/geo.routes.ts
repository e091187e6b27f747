import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.ts';
import { GEO_NAMES, geoFile } from './geo.service.ts';

/** The maps change only with a new release: browsers and proxies may keep them for a day. */
const CACHE_CONTROL = 'public, max-age=86400';

const ZGeoFeatureCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({
          code: z.string().describe('DANE department code (05) or Bogotá locality (11001-08)'),
          name: z.string(),
        }),
        geometry: z.object({
          type: z.enum(['Polygon', 'MultiPolygon']),
          coordinates: z.array(z.unknown()),
        }),
      }),
    ),
  })
  .describe('GeoJSON (WGS84 longitude, latitude): co-departments or bogota-localities');
const ZCentroids = z
  .record(z.string(), z.tuple([z.number(), z.number()]))
  .describe('municipality-centroids: { "<DIVIPOLA code>": [longitude, latitude] } of town centres');

/** Public map data (GeoJSON of departments and Bogotá's localities, city centroids). */
export function geoRoutes(_deps: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/geo/:name',
      {
        config: { access: { kind: 'public' } },
        schema: {
          tags: ['public'],
          summary: `Map data, public: ${GEO_NAMES.join(', ')}`,
          params: z.strictObject({ name: z.string().max(60) }),
          response: {
            200: z.union([ZGeoFeatureCollection, ZCentroids]),
            304: z.null().describe('Not modified: the copy the client has is current'),
          },
        },
      },
      async (req, reply) => {
        const file = geoFile({ name: req.params.name });
        reply.header('cache-control', CACHE_CONTROL).header('etag', file.etag);
        if (req.headers['if-none-match'] === file.etag) return reply.code(304).send(null);
        // Already JSON: sent as stored, not parsed and serialized again.
        return reply.type('application/json; charset=utf-8').send(file.bytes as never);
      },
    );
  };
}
