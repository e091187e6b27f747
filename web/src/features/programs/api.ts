import { useQuery } from '@tanstack/react-query';
import type { TProgram, TProgramHome } from '../../../../shared/schemas/programs.ts';
import type { Role } from '../../../../shared/roles.ts';
import { api } from '../../api/client.ts';

/** A program the user can open, as `GET /api/programs` lists it. */
export interface TProgramListItem {
  id: string;
  code: string;
  name: string;
  cycleStart: string;
  cycleEnd: string;
  /** The user's role in it; null for an organization admin without a membership. */
  role: Role | null;
}

export const programKeys = {
  list: ['programs'] as const,
  detail: (programId: string) => ['program', programId] as const,
  home: (programId: string) => ['programHome', programId] as const,
};

export function usePrograms() {
  return useQuery({
    queryKey: programKeys.list,
    queryFn: ({ signal }) => api<{ items: TProgramListItem[] }>('/api/programs', { signal }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}

export function useProgram(programId: string | null, enabled = true) {
  return useQuery({
    queryKey: programKeys.detail(programId ?? ''),
    queryFn: ({ signal }) =>
      api<TProgram>(`/api/programs/${encodeURIComponent(programId ?? '')}`, { signal }),
    enabled: enabled && Boolean(programId),
    staleTime: 5 * 60_000,
  });
}

export function useProgramHome(programId: string) {
  return useQuery({
    queryKey: programKeys.home(programId),
    queryFn: ({ signal }) =>
      api<TProgramHome>(`/api/programs/${encodeURIComponent(programId)}/home`, { signal }),
  });
}
