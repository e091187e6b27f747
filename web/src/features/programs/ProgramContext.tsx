import { createContext, useCallback, useContext, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useMatch, useNavigate } from 'react-router';
import type { TMembership } from '../../../../shared/schemas/auth.ts';
import type { Role } from '../../../../shared/roles.ts';
import { useCurrentUser } from '../auth/api.ts';
import { usePrograms } from './api.ts';
import type { TProgramListItem } from './api.ts';

export interface CurrentProgram {
  programs: TProgramListItem[];
  programsLoading: boolean;
  programsError: unknown;
  refetchPrograms: () => void;
  /** The program in the URL (`/p/:programId`), else the last one opened on this device. */
  programId: string | null;
  /** Whether the program id comes from the URL of the current page. */
  inUrl: boolean;
  program: TProgramListItem | null;
  /** The user's role in this program; null for an organization admin without one. */
  role: Role | null;
  membership: TMembership | null;
  /** Opens another program, keeping the page below `/p/:programId` when there is one. */
  selectProgram: (programId: string) => void;
}

const ProgramContext = createContext<CurrentProgram | null>(null);

function storageKey(userId: string): string {
  return `palanca.program.${userId}`;
}

export function readRememberedProgram(userId: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(userId));
  } catch {
    return null;
  }
}

function rememberProgram(userId: string, programId: string): void {
  try {
    window.localStorage.setItem(storageKey(userId), programId);
  } catch {
    // Storage unavailable: the program is simply not remembered.
  }
}

export function ProgramProvider({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  const programsQuery = usePrograms();
  const match = useMatch('/p/:programId/*');
  const navigate = useNavigate();
  const urlProgramId = match?.params.programId ?? null;
  const rest = match?.params['*'] ?? '';
  const programs = useMemo(() => programsQuery.data ?? [], [programsQuery.data]);

  const known = urlProgramId !== null && programs.some((p) => p.id === urlProgramId);
  useEffect(() => {
    if (urlProgramId && known) rememberProgram(me.id, urlProgramId);
  }, [me.id, urlProgramId, known]);

  const programId = useMemo(() => {
    if (urlProgramId) return urlProgramId;
    const remembered = readRememberedProgram(me.id);
    if (remembered && programs.some((p) => p.id === remembered)) return remembered;
    return programs[0]?.id ?? null;
  }, [urlProgramId, me.id, programs]);

  const selectProgram = useCallback(
    (id: string) => {
      rememberProgram(me.id, id);
      const base = `/p/${encodeURIComponent(id)}`;
      void navigate(urlProgramId && rest ? `${base}/${rest}` : base);
    },
    [me.id, navigate, urlProgramId, rest],
  );

  const { refetch } = programsQuery;
  const refetchPrograms = useCallback(() => void refetch(), [refetch]);

  const value = useMemo<CurrentProgram>(() => {
    const program = programs.find((p) => p.id === programId) ?? null;
    const membership = me.memberships.find((m) => m.programId === programId) ?? null;
    return {
      programs,
      programsLoading: programsQuery.isPending,
      programsError: programsQuery.error,
      refetchPrograms,
      programId,
      inUrl: urlProgramId !== null,
      program,
      role: program?.role ?? membership?.role ?? null,
      membership,
      selectProgram,
    };
  }, [
    programs,
    programsQuery.isPending,
    programsQuery.error,
    refetchPrograms,
    programId,
    urlProgramId,
    me.memberships,
    selectProgram,
  ]);

  return <ProgramContext.Provider value={value}>{children}</ProgramContext.Provider>;
}

export function useCurrentProgram(): CurrentProgram {
  const value = useContext(ProgramContext);
  if (!value) throw new Error('useCurrentProgram outside ProgramProvider');
  return value;
}

/**
 * Whether the signed-in person holds one of the roles in the current program (an admin always
 * does). The UI only hides with it; the server decides.
 */
export function useRoleCheck(): (roles: readonly Role[]) => boolean {
  const me = useCurrentUser();
  const { role } = useCurrentProgram();
  return (roles) => me.isAdmin || (role !== null && roles.includes(role));
}
