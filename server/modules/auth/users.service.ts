import { DEFAULT_SCOPE_TYPE, type Role, type ScopeType } from '../../../shared/roles.ts';
import type {
  TCreateUserBody,
  TMembershipBody,
  TUserSummary,
} from '../../../shared/schemas/users.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, invalidFields, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  findProgram,
  listProgramCities,
  listProgramLocalities,
} from '../programs/programs.repo.ts';
import { listMemberships, revokeUserSessions } from './auth.repo.ts';
import { toScope } from './auth.service.ts';
import { hashPassword } from './password.ts';
import * as repo from './users.repo.ts';

type UserRow = NonNullable<Awaited<ReturnType<typeof repo.findOrgUser>>>;

async function summarize(
  db: Executor,
  organizationId: string,
  rows: UserRow[],
): Promise<TUserSummary[]> {
  const all = await listMemberships(db, { userIds: rows.map((r) => r.id), organizationId });
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    locale: u.locale === 'en' ? 'en' : 'es',
    isAdmin: u.isAdmin,
    disabled: u.disabledAt !== null,
    createdAt: u.createdAt.toISOString(),
    memberships: all
      .filter((m) => m.userId === u.id)
      .map((m) => ({
        programId: m.programId,
        programCode: m.programCode,
        role: m.role as Role,
        scope: toScope(m),
      })),
  }));
}

async function summarizeOne(db: Executor, organizationId: string, userId: string) {
  const user = await repo.findOrgUser(db, organizationId, userId);
  if (!user) throw notFound();
  const [summary] = await summarize(db, organizationId, [user]);
  return summary as TUserSummary;
}

export async function listUsers(options: {
  db: Executor;
  organizationId: string;
  query: {
    q?: string | undefined;
    programId?: string | undefined;
    role?: string | undefined;
    page: number;
    pageSize: number;
  };
}) {
  const { query } = options;
  const { rows, total } = await repo.listOrgUsers(options.db, {
    organizationId: options.organizationId,
    q: query.q,
    programId: query.programId,
    role: query.role,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: await summarize(options.db, options.organizationId, rows),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

export async function createUser(options: {
  db: Db;
  actor: Actor;
  organizationId: string;
  body: TCreateUserBody;
}) {
  const { db, body } = options;
  const passwordHash = await hashPassword(body.password);
  const id = await db.transaction(async (tx) => {
    const user = await repo
      .insertUser(tx, {
        organizationId: options.organizationId,
        email: body.email,
        name: body.name,
        passwordHash,
        locale: body.locale,
        isAdmin: body.isAdmin,
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err))
          throw new AppError('email_taken', {
            fields: [{ path: 'email', code: 'email_taken', message: '' }],
          });
        throw err;
      });
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: user,
    });
    return user.id;
  });
  return summarizeOne(db, options.organizationId, id);
}

/** Disabling revokes every session of the user in the same transaction. */
export async function setUserDisabled(options: {
  db: Db;
  actor: Actor;
  organizationId: string;
  userId: string;
  disabled: boolean;
}) {
  const { db } = options;
  await db.transaction(async (tx) => {
    const user = await repo.findOrgUser(tx, options.organizationId, options.userId);
    if (!user) throw notFound();
    const now = new Date();
    await repo.setUserDisabled(tx, user.id, options.disabled ? now : null);
    const revoked = options.disabled ? await revokeUserSessions(tx, user.id, now) : 0;
    await recordAudit({
      tx,
      actor: options.actor,
      action: options.disabled ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: user.id,
      before: { disabled: user.disabledAt !== null },
      after: { disabled: options.disabled, sessionsRevoked: revoked },
    });
  });
  return summarizeOne(db, options.organizationId, options.userId);
}

export async function setMembership(options: {
  db: Db;
  actor: Actor;
  organizationId: string;
  userId: string;
  programId: string;
  body: TMembershipBody;
}) {
  const { db, body } = options;
  await db.transaction(async (tx) => {
    const user = await repo.findOrgUser(tx, options.organizationId, options.userId);
    const program = await findProgram(tx, options.programId);
    if (!user || !program || program.organizationId !== options.organizationId) throw notFound();
    const scopeType: ScopeType = body.scope?.type ?? DEFAULT_SCOPE_TYPE[body.role];
    const cities = scopeType === 'territory' ? (body.scope?.cities ?? []) : [];
    const localities = scopeType === 'territory' ? (body.scope?.localities ?? []) : [];
    if (scopeType === 'territory') {
      if (cities.length === 0 && localities.length === 0)
        throw invalidFields([{ path: 'scope', code: 'territory_required' }]);
      const programCities = await listProgramCities(tx, program.id);
      const programLocalities = await listProgramLocalities(tx, program.id);
      const okCities = new Set(programCities.map((c) => c.municipalityCode));
      const okLocalities = new Set(programLocalities.map((l) => l.localityCode));
      const problems = [
        ...cities.flatMap((c, i) =>
          okCities.has(c)
            ? []
            : [
                {
                  path: `scope.cities.${i}`,
                  code: 'territory_outside_program',
                  params: { code: c },
                },
              ],
        ),
        ...localities.flatMap((l, i) =>
          okLocalities.has(l)
            ? []
            : [
                {
                  path: `scope.localities.${i}`,
                  code: 'territory_outside_program',
                  params: { code: l },
                },
              ],
        ),
      ];
      if (problems.length > 0) throw invalidFields(problems);
    }
    const before = await repo.findMembership(tx, user.id, program.id);
    const after = {
      userId: user.id,
      programId: program.id,
      role: body.role,
      scopeType,
      scopeCities: cities,
      scopeLocalities: localities,
    };
    await repo.upsertMembership(tx, after);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'membership.set',
      entityType: 'membership',
      entityId: `${user.id}:${program.id}`,
      programId: program.id,
      before,
      after,
    });
  });
  return summarizeOne(db, options.organizationId, options.userId);
}

export async function removeMembership(options: {
  db: Db;
  actor: Actor;
  organizationId: string;
  userId: string;
  programId: string;
}) {
  const { db } = options;
  await db.transaction(async (tx) => {
    const user = await repo.findOrgUser(tx, options.organizationId, options.userId);
    const before = user ? await repo.findMembership(tx, user.id, options.programId) : null;
    if (!user || !before) throw notFound();
    await repo.deleteMembership(tx, user.id, options.programId);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'membership.remove',
      entityType: 'membership',
      entityId: `${user.id}:${options.programId}`,
      programId: options.programId,
      before,
    });
  });
  return summarizeOne(db, options.organizationId, options.userId);
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}
