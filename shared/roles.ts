/** Roles a user can hold in a program (one per program). */
export const ROLES = [
  'admin',
  'coordinator',
  'supervisor', // orientador
  'case_coordinator',
  'facilitator',
  'mentor',
  'owner', // propietario
  'researcher',
] as const;
export type Role = (typeof ROLES)[number];

/** How far a membership reaches inside its program. */
export const SCOPE_TYPES = ['program', 'territory', 'own'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

export interface Scope {
  type: ScopeType;
  /** DIVIPOLA municipality codes, for `territory` scopes. */
  cities: string[];
  /** Locality codes (`11001-08`), for `territory` scopes. */
  localities: string[];
}

/** The scope a role gets when none is given. */
export const DEFAULT_SCOPE_TYPE: Record<Role, ScopeType> = {
  admin: 'program',
  coordinator: 'program',
  researcher: 'program',
  supervisor: 'territory',
  case_coordinator: 'territory',
  facilitator: 'own',
  mentor: 'own',
  owner: 'own',
};
