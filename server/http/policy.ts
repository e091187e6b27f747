import type { FastifyRequest } from 'fastify';
import { ROLES, type Role } from '../../shared/roles.ts';
import type { Executor } from '../db/client.ts';
import { findProgramMembership } from '../modules/auth/auth.repo.ts';
import { toScope } from '../modules/auth/auth.service.ts';
import type { Access, ProgramAccess } from './context.ts';
import { AppError, forbidden, notFound } from './errors.ts';
import type { ReadCache } from './read-cache.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every role: for program routes any member may use. */
export const ANY_ROLE: readonly Role[] = ROLES;

/**
 * Settles a user's standing in a program. Organization admins act as program admins in every
 * program of their organization. A program outside the user's organization, or one they have no
 * role in, does not exist for them (404).
 */
export async function resolveProgramAccess(options: {
  db: Executor;
  programId: string;
  user: { id: string; organizationId: string; isAdmin: boolean };
}): Promise<ProgramAccess | null> {
  if (!UUID.test(options.programId)) return null;
  const row = await findProgramMembership(options.db, {
    programId: options.programId,
    organizationId: options.user.organizationId,
    userId: options.user.id,
  });
  if (!row) return null;
  const base = {
    programId: row.programId,
    organizationId: options.user.organizationId,
    userId: options.user.id,
  };
  if (options.user.isAdmin) {
    return { ...base, role: 'admin', scope: { type: 'program', cities: [], localities: [] } };
  }
  if (!row.role || !row.scopeType) return null;
  return {
    ...base,
    role: row.role as Role,
    scope: toScope({
      scopeType: row.scopeType,
      scopeCities: row.scopeCities ?? [],
      scopeLocalities: row.scopeLocalities ?? [],
    }),
  };
}

/** Runs before every handler: role and scope are checked on the server, whatever the UI shows. */
export async function enforceAccess(
  db: Executor,
  cache: ReadCache,
  req: FastifyRequest,
): Promise<void> {
  const access: Access | undefined = req.routeOptions.config.access;
  if (!access) throw new Error(`route ${req.routeOptions.url} declares no access`);
  if (access.kind === 'public') return;
  const auth = req.auth;
  if (!auth) throw new AppError(req.sessionProblem ?? 'unauthenticated');
  switch (access.kind) {
    case 'user':
      return;
    case 'admin':
      if (!auth.user.isAdmin) throw forbidden();
      return;
    case 'program': {
      const programId = (req.params as { programId?: string }).programId;
      if (!programId)
        throw new Error(`route ${req.routeOptions.url} has program access but no :programId`);
      const programAccess = await cache.get(`access:${auth.user.id}:${programId}`, () =>
        resolveProgramAccess({ db, programId, user: auth.user }),
      );
      if (!programAccess) throw notFound();
      if (!access.roles.includes(programAccess.role)) throw forbidden();
      req.programAccess = programAccess;
      return;
    }
  }
}
