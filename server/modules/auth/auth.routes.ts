import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCsrf, ZLocale, ZLoginBody, ZMe } from '../../../shared/schemas/auth.ts';
import { ZOk } from '../../../shared/schemas/common.ts';
import type { AppContext } from '../../app.ts';
import { clearSessionCookie, setCsrfCookie, setSessionCookie } from '../../http/auth-hooks.ts';
import { actorOf, userOf } from '../../http/context.ts';
import { getMe, login, logout, setLocale } from './auth.service.ts';

export function authRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  const secure = deps.config.cookieSecure;
  const policy = {
    idleMinutes: deps.config.sessionIdleMinutes,
    absoluteHours: deps.config.sessionAbsoluteHours,
  };

  return async (app) => {
    app.get(
      '/auth/csrf',
      {
        config: { access: { kind: 'public' } },
        schema: {
          tags: ['auth'],
          summary: 'Issue a CSRF token (also set as the palanca_csrf cookie)',
          response: { 200: ZCsrf },
        },
      },
      (req, reply) => ({
        csrfToken: setCsrfCookie(reply, {
          secret: deps.secret,
          sessionId: req.auth?.sessionId ?? null,
          secure,
        }),
      }),
    );

    app.post(
      '/auth/login',
      {
        config: {
          access: { kind: 'public' },
          rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
        },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with email and password; sets the session cookie',
          body: ZLoginBody,
          response: { 200: ZMe },
        },
      },
      async (req, reply) => {
        const session = await login({
          db,
          email: req.body.email,
          password: req.body.password,
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
          policy,
          requestId: String(req.id),
        });
        setSessionCookie(reply, session.token, {
          secure,
          maxAgeSeconds: policy.absoluteHours * 3600,
        });
        setCsrfCookie(reply, { secret: deps.secret, sessionId: session.sessionId, secure });
        return getMe({ db, userId: session.userId });
      },
    );

    app.get(
      '/auth/me',
      {
        config: { access: { kind: 'user' } },
        schema: {
          tags: ['auth'],
          summary: 'The signed-in user with roles and scopes',
          response: { 200: ZMe },
        },
      },
      (req) => getMe({ db, userId: userOf(req).id, cache: deps.cache }),
    );

    app.patch(
      '/auth/me',
      {
        config: { access: { kind: 'user' } },
        schema: {
          tags: ['auth'],
          summary: "Change the signed-in user's preferences",
          body: z.strictObject({ locale: ZLocale }),
          response: { 200: ZMe },
        },
      },
      (req) =>
        setLocale({ db, actor: actorOf(req), userId: userOf(req).id, locale: req.body.locale }),
    );

    app.post(
      '/auth/logout',
      {
        config: { access: { kind: 'user' } },
        schema: {
          tags: ['auth'],
          summary: 'Sign out: the session is revoked',
          response: { 200: ZOk },
        },
      },
      async (req, reply) => {
        if (req.auth) await logout({ db, auth: req.auth, actor: actorOf(req) });
        clearSessionCookie(reply, secure);
        setCsrfCookie(reply, { secret: deps.secret, sessionId: null, secure });
        return { ok: true as const };
      },
    );
  };
}
