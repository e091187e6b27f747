import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { registerAuthHooks } from './http/auth-hooks.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { ReadCache } from './http/read-cache.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { userRoutes } from './modules/auth/users.routes.ts';
import { programRoutes } from './modules/programs/programs.routes.ts';
import { applicantRoutes } from './modules/registration/applicants.routes.ts';
import { callRoutes } from './modules/registration/calls.routes.ts';
import { selectionRoutes } from './modules/registration/selection.routes.ts';
import { importRoutes } from './modules/registration/import.routes.ts';
import { documentRoutes } from './modules/registration/documents.routes.ts';
import { caseRoutes } from './modules/cases/cases.routes.ts';
import { assessmentRoutes } from './modules/assessment/assessment.routes.ts';
import { serviceRoutes } from './modules/services/services.routes.ts';
import { mentorRoutes } from './modules/mentors/mentors.routes.ts';
import { trainingRoutes } from './modules/training/training.routes.ts';
import { grantRoutes } from './modules/grants/grants.routes.ts';
import { geoRoutes } from './modules/geo/geo.routes.ts';
import { reportRoutes } from './modules/reports/reports.routes.ts';
import { researchRoutes } from './modules/reports/research.routes.ts';

export interface AppDeps {
  database: Database;
  config: Config;
  /** Signs CSRF tokens. */
  secret: string;
  /** The built web app to serve; absent or missing means API only. */
  webDir?: string;
  /** Pino options, or false for none (tests). */
  logger?: boolean | object;
}

/** What route modules get: the dependencies plus what the app builds from them. */
export interface AppContext extends AppDeps {
  cache: ReadCache;
}

export const DEFAULT_WEB_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../dist/web',
);
const JSON_BODY_LIMIT = 256 * 1024;
export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

/** JSON lines for machines; readable lines when a person watches a terminal outside production. */
function loggerOptions(config: Config) {
  const pretty = process.stdout.isTTY && process.env.NODE_ENV !== 'production';
  return {
    level: config.logLevel,
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
          },
        }
      : {}),
  };
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? loggerOptions(deps.config),
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: deps.config.trustProxy,
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine sets styles inline; scripts stay same-origin only.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: deps.config.cookieSecure ? [] : null,
      },
    },
    hsts: deps.config.cookieSecure,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  // One spreadsheet or document per request; larger files are refused before they are read.
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 10 } });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Palanca API',
        version: '0.1.0',
        description:
          'Sign in with POST /api/auth/login. State-changing requests need the x-csrf-token header equal to the palanca_csrf cookie (GET /api/auth/csrf issues one).',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'palanca_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  const ctx: AppContext = {
    ...deps,
    cache: new ReadCache({ ttlSeconds: deps.config.readCacheSeconds }),
  };
  registerAuthHooks(app, {
    cache: ctx.cache,
    db: deps.database.db,
    secret: deps.secret,
    policy: {
      idleMinutes: deps.config.sessionIdleMinutes,
      absoluteHours: deps.config.sessionAbsoluteHours,
    },
    cookieSecure: deps.config.cookieSecure,
  });

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      typed.get(
        '/health',
        {
          config: { access: { kind: 'public' } },
          schema: {
            tags: ['system'],
            summary: 'Liveness and database kind',
            response: {
              200: z.object({
                status: z.literal('ok'),
                database: z.enum(['pglite', 'postgresql']),
              }),
            },
          },
        },
        async () => {
          await deps.database.db.execute('select 1');
          return { status: 'ok' as const, database: deps.database.kind };
        },
      );
      typed.get(
        '/openapi.json',
        { config: { access: { kind: 'public' } }, schema: { hide: true } },
        () => app.swagger(),
      );
      await api.register(authRoutes(ctx));
      await api.register(programRoutes(ctx));
      await api.register(userRoutes(ctx));
      await api.register(auditRoutes(ctx));
      await api.register(callRoutes(ctx));
      await api.register(applicantRoutes(ctx));
      await api.register(selectionRoutes(ctx));
      await api.register(importRoutes(ctx));
      await api.register(documentRoutes(ctx));
      await api.register(caseRoutes(ctx));
      await api.register(assessmentRoutes(ctx));
      await api.register(serviceRoutes(ctx));
      await api.register(mentorRoutes(ctx));
      await api.register(trainingRoutes(ctx));
      await api.register(grantRoutes(ctx));
      await api.register(reportRoutes(ctx));
      await api.register(researchRoutes(ctx));
      await api.register(geoRoutes(ctx));
    },
    { prefix: '/api' },
  );

  const webDir = deps.webDir ?? DEFAULT_WEB_DIR;
  if (fs.existsSync(path.join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });
    // Client-side routes: any non-API GET that is not a file gets the app shell.
    app.get('/*', { schema: { hide: true } }, (req, reply) => {
      if (req.url.startsWith('/api/')) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
    app.get('/', { schema: { hide: true } }, (_req, reply) =>
      reply.header('cache-control', 'no-cache').sendFile('index.html'),
    );
  }

  return app;
}
