import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pickLocale } from '../../shared/i18n/index.ts';
import type { Db } from '../db/client.ts';
import { resolveSession, type SessionPolicy } from '../modules/auth/auth.service.ts';
import { CSRF_COOKIE, CSRF_HEADER, issueCsrfToken, verifyCsrfToken } from './csrf.ts';
import type { Access } from './context.ts';
import { AppError } from './errors.ts';
import { enforceAccess } from './policy.ts';
import type { ReadCache } from './read-cache.ts';

export interface RouteCatalogEntry {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api route with its declared access: the access-matrix test walks it. */
    routeCatalog: RouteCatalogEntry[];
  }
}

export const SESSION_COOKIE = 'palanca_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthHookOptions {
  db: Db;
  cache: ReadCache;
  secret: string;
  policy: SessionPolicy;
  cookieSecure: boolean;
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  options: { secure: boolean; maxAgeSeconds: number },
) {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: '/',
    maxAge: options.maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  void reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** Issues a CSRF token bound to a session (or to none) and sets its cookie; returns the token. */
export function setCsrfCookie(
  reply: FastifyReply,
  options: { secret: string; sessionId: string | null; secure: boolean },
) {
  const token = issueCsrfToken(options.secret, options.sessionId);
  // Readable by the page's script (double submit), never sent by other sites.
  void reply.setCookie(CSRF_COOKIE, token, {
    httpOnly: false,
    sameSite: 'strict',
    secure: options.secure,
    path: '/',
  });
  return token;
}

/**
 * Request pipeline for /api: language → session → CSRF → access policy.
 * Routes without a declared access are refused at registration (fail closed).
 */
export function registerAuthHooks(app: FastifyInstance, options: AuthHookOptions) {
  app.decorateRequest('locale', 'es');
  app.decorateRequest('auth', null);
  app.decorateRequest('sessionProblem', null);
  app.decorateRequest('programAccess', null);

  const catalog: RouteCatalogEntry[] = [];
  app.decorate('routeCatalog', catalog);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access)
      throw new Error(
        `${String(route.method)} ${route.url}: every /api route must declare config.access`,
      );
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') catalog.push({ method, url: route.url, access });
    }
  });

  // Every answer names its request, so a user can quote it and support can find its audit events.
  app.addHook('onSend', async (req, reply) => {
    void reply.header('x-request-id', String(req.id));
  });

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    req.locale = pickLocale(req.headers['accept-language']);
    if (!req.url.startsWith('/api/')) return;

    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const result = await resolveSession({
        db: options.db,
        cache: options.cache,
        token,
        policy: options.policy,
      });
      if ('auth' in result) {
        req.auth = result.auth;
        if (!req.headers['accept-language']) req.locale = result.auth.user.locale;
      } else {
        req.sessionProblem = 'session_expired';
        clearSessionCookie(reply, options.cookieSecure);
      }
    }

    const access = req.routeOptions.config.access;
    if (access && access.kind !== 'public' && !req.auth) {
      throw new AppError(req.sessionProblem ?? 'unauthenticated');
    }

    if (!SAFE_METHODS.has(req.method)) {
      const header = req.headers[CSRF_HEADER];
      const ok = verifyCsrfToken(
        options.secret,
        req.auth?.sessionId ?? null,
        req.cookies[CSRF_COOKIE],
        Array.isArray(header) ? header[0] : header,
      );
      if (!ok) throw new AppError('csrf_invalid');
    }
  });

  app.addHook('preHandler', async (req: FastifyRequest) => {
    if (!req.url.startsWith('/api/') || !req.routeOptions.config.access) return;
    await enforceAccess(options.db, options.cache, req);
  });

  // A successful write may change anything a cached read returned.
  app.addHook('onResponse', async (req, reply) => {
    if (!SAFE_METHODS.has(req.method) && reply.statusCode < 400) options.cache.invalidateAll();
  });
}
