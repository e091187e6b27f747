import type { FastifyRequest } from 'fastify';
import type { Role, Scope } from '../../shared/roles.ts';
import type { TLocale } from '../../shared/schemas/auth.ts';

/** Who may call a route. Every /api route declares one in `config.access`. */
export type Access =
  | { kind: 'public' }
  /** Any signed-in user. */
  | { kind: 'user' }
  /** An organization administrator. */
  | { kind: 'admin' }
  /** A member of the program named by the `:programId` parameter, with one of these roles. */
  | { kind: 'program'; roles: readonly Role[] };

export interface SessionUser {
  id: string;
  organizationId: string;
  email: string;
  name: string;
  locale: TLocale;
  isAdmin: boolean;
}

export interface AuthContext {
  sessionId: string;
  user: SessionUser;
}

/** The caller's standing in one program, settled by the policy layer before the handler runs. */
export interface ProgramAccess {
  programId: string;
  organizationId: string;
  userId: string;
  role: Role;
  scope: Scope;
}

/** What services need to know about who acts, for scope and audit. */
export interface Actor {
  userId: string | null;
  organizationId: string | null;
  requestId: string;
  ip: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    locale: TLocale;
    auth: AuthContext | null;
    /** Why the session cookie was not accepted, when one was sent. */
    sessionProblem: 'session_expired' | null;
    programAccess: ProgramAccess | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

export function actorOf(req: FastifyRequest): Actor {
  return {
    userId: req.auth?.user.id ?? null,
    organizationId: req.auth?.user.organizationId ?? null,
    requestId: String(req.id),
    ip: req.ip ?? null,
  };
}

/** The signed-in user; only call on routes whose access is not public. */
export function userOf(req: FastifyRequest): SessionUser {
  if (!req.auth) throw new Error('userOf called on an unauthenticated request');
  return req.auth.user;
}

export function programAccessOf(req: FastifyRequest): ProgramAccess {
  if (!req.programAccess)
    throw new Error('programAccessOf called on a route without program access');
  return req.programAccess;
}
