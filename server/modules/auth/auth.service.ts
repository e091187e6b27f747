import { createHash, randomBytes } from 'node:crypto';
import type { Role, Scope, ScopeType } from '../../../shared/roles.ts';
import type { TLocale, TMe } from '../../../shared/schemas/auth.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, AuthContext } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { ReadCache } from '../../http/read-cache.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './auth.repo.ts';
import { getDummyHash, verifyPassword } from './password.ts';

export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
/** How stale `last_seen_at` may get before a request refreshes it (saves a write per request). */
const TOUCH_EVERY_MS = 60 * 1000;

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toScope(row: {
  scopeType: string;
  scopeCities: string[];
  scopeLocalities: string[];
}): Scope {
  return {
    type: row.scopeType as ScopeType,
    cities: row.scopeCities,
    localities: row.scopeLocalities,
  };
}

export async function login(options: {
  db: Db;
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  policy: SessionPolicy;
  requestId: string;
  now?: Date;
}): Promise<{ token: string; sessionId: string; userId: string }> {
  const now = options.now ?? new Date();
  const email = options.email.trim().toLowerCase();
  const failures = await repo.recentFailures(
    options.db,
    email,
    new Date(now.getTime() - LOCKOUT_WINDOW_MS),
  );
  if (failures.count >= LOCKOUT_FAILURES) {
    const unlockAt = (failures.oldest?.getTime() ?? now.getTime()) + LOCKOUT_WINDOW_MS;
    const seconds = Math.max(1, Math.ceil((unlockAt - now.getTime()) / 1000));
    throw new AppError('account_locked', {
      params: { minutes: Math.ceil(seconds / 60) },
      retryAfterSeconds: seconds,
    });
  }

  const user = await repo.findUserByEmail(options.db, email);
  // Always run scrypt, so an unknown email takes as long as a wrong password.
  const valid = await verifyPassword(
    options.password,
    user?.passwordHash ?? (await getDummyHash()),
  );
  if (!user || !user.passwordHash || !valid) {
    await repo.insertLoginAttempt(options.db, { email, ip: options.ip, success: false });
    throw new AppError('invalid_credentials');
  }
  if (user.disabledAt) throw new AppError('account_disabled');

  const token = randomBytes(32).toString('base64url');
  const sessionId = hashToken(token);
  await options.db.transaction(async (tx) => {
    await repo.insertLoginAttempt(tx, { email, ip: options.ip, success: true });
    await repo.insertSession(tx, {
      id: sessionId,
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + options.policy.absoluteHours * 3600 * 1000),
      ip: options.ip,
      userAgent: options.userAgent?.slice(0, 400) ?? null,
    });
    await recordAudit({
      tx,
      actor: {
        userId: user.id,
        organizationId: user.organizationId,
        requestId: options.requestId,
        ip: options.ip,
      },
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
    });
  });
  return { token, sessionId, userId: user.id };
}

/**
 * Finds the session of a cookie token. `expired` means a cookie was sent but no longer counts
 * (idle or absolute timeout, revoked, user disabled).
 */
export async function resolveSession(options: {
  db: Executor;
  cache: ReadCache;
  token: string;
  policy: SessionPolicy;
  now?: Date;
}): Promise<{ auth: AuthContext } | { expired: true }> {
  const now = options.now ?? new Date();
  const id = hashToken(options.token);
  const key = `session:${id}`;
  const row = await options.cache.get(key, () => repo.findSessionWithUser(options.db, id));
  if (!row || row.revokedAt || row.user.disabledAt) return { expired: true };
  const idleLimit = row.lastSeenAt.getTime() + options.policy.idleMinutes * 60 * 1000;
  if (row.expiresAt.getTime() <= now.getTime() || idleLimit <= now.getTime()) {
    await repo.revokeSession(options.db, id, now);
    options.cache.delete(key);
    return { expired: true };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await repo.touchSession(options.db, id, now);
    options.cache.delete(key);
  }
  const { disabledAt: _disabled, ...user } = row.user;
  return { auth: { sessionId: id, user: { ...user, locale: user.locale === 'en' ? 'en' : 'es' } } };
}

export async function logout(options: { db: Db; auth: AuthContext; actor: Actor }) {
  await options.db.transaction(async (tx) => {
    await repo.revokeSession(tx, options.auth.sessionId, new Date());
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'auth.logout',
      entityType: 'user',
      entityId: options.auth.user.id,
    });
  });
}

/** The signed-in user with roles and scopes; served from the read cache when it has it. */
export function getMe(options: { db: Executor; userId: string; cache?: ReadCache }): Promise<TMe> {
  return options.cache
    ? options.cache.get(`me:${options.userId}`, () => loadMe(options))
    : loadMe(options);
}

async function loadMe(options: { db: Executor; userId: string }): Promise<TMe> {
  const user = await repo.findUserById(options.db, options.userId);
  if (!user) throw notFound();
  const [organization, memberships] = await Promise.all([
    repo.findOrganization(options.db, user.organizationId),
    repo.listMemberships(options.db, { userIds: [user.id], organizationId: user.organizationId }),
  ]);
  if (!organization) throw notFound();
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale === 'en' ? 'en' : 'es',
    isAdmin: user.isAdmin,
    organization: { id: organization.id, name: organization.name },
    memberships: memberships.map((m) => ({
      programId: m.programId,
      programCode: m.programCode,
      programName: m.programName,
      role: m.role as Role,
      scope: toScope(m),
    })),
  };
}

export async function setLocale(options: {
  db: Db;
  actor: Actor;
  userId: string;
  locale: TLocale;
}) {
  await options.db.transaction(async (tx) => {
    const before = await repo.findUserById(tx, options.userId);
    await repo.updateUserLocale(tx, options.userId, options.locale);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'user.locale',
      entityType: 'user',
      entityId: options.userId,
      before: { locale: before?.locale },
      after: { locale: options.locale },
    });
  });
  return getMe({ db: options.db, userId: options.userId });
}
