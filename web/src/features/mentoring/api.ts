import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TMentees,
  TMentor,
  TSession,
  TSessionBody,
  TSessionQuery,
} from '../../../../shared/schemas/mentors.ts';
import { api } from '../../api/client.ts';

const programPath = (programId: string) => `/api/programs/${encodeURIComponent(programId)}`;
const sessionsPath = (programId: string) => `${programPath(programId)}/mentoring/sessions`;

export const mentoringKeys = {
  all: (programId: string) => ['mentoring', programId] as const,
  sessions: (programId: string) => ['mentoring', programId, 'sessions'] as const,
  sessionList: (programId: string, query: TSessionQuery) =>
    ['mentoring', programId, 'sessions', query] as const,
  mentors: (programId: string) => ['mentoring', programId, 'mentors'] as const,
  mentees: (programId: string, mentorId: string) =>
    ['mentoring', programId, 'mentees', mentorId] as const,
};

/** The sessions between two days (both included), of one mentor or of the whole program. */
export function useSessions(programId: string, query: TSessionQuery) {
  return useQuery({
    queryKey: mentoringKeys.sessionList(programId, query),
    queryFn: ({ signal }) =>
      api<{ items: TSession[] }>(sessionsPath(programId), { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The sessions of a mentor between two days, read once (to name the one a new session clashes with). */
export function fetchSessions(programId: string, query: TSessionQuery): Promise<TSession[]> {
  return api<{ items: TSession[] }>(sessionsPath(programId), { query: { ...query } }).then(
    (r) => r.items,
  );
}

/** The program's mentors, for the managers' filter and the mentor of a new session. */
export function useMentorList(programId: string, enabled: boolean) {
  return useQuery({
    queryKey: mentoringKeys.mentors(programId),
    queryFn: ({ signal }) =>
      api<{ items: TMentor[] }>(`${programPath(programId)}/mentors`, { signal }),
    select: (data) => [...data.items].sort((a, b) => a.name.localeCompare(b.name)),
    enabled: enabled && Boolean(programId),
    staleTime: 60_000,
  });
}

/** A mentor's active mentees: the businesses a session can be with. */
export function useMentees(programId: string, mentorId: string | null) {
  return useQuery({
    queryKey: mentoringKeys.mentees(programId, mentorId ?? ''),
    queryFn: ({ signal }) =>
      api<TMentees>(
        `${programPath(programId)}/mentors/${encodeURIComponent(mentorId ?? '')}/mentees`,
        { signal },
      ),
    select: (data) => [...data.items].sort((a, b) => a.businessName.localeCompare(b.businessName)),
    enabled: Boolean(programId) && Boolean(mentorId),
    staleTime: 60_000,
  });
}

/** A new session, or a change of one (`id`) sent with the version read. */
export function useSaveSession(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TSessionBody }) =>
      id
        ? api<TSession>(`${sessionsPath(programId)}/${encodeURIComponent(id)}`, {
            method: 'PUT',
            body,
          })
        : api<TSession>(sessionsPath(programId), { method: 'POST', body }),
    onSettled: () =>
      void queryClient.invalidateQueries({ queryKey: mentoringKeys.sessions(programId) }),
  });
}

/** A mentor's sessions as an iCalendar file, for a phone's or a computer's calendar. */
export function calendarUrl(programId: string, mentorId: string): string {
  return `${programPath(programId)}/mentors/${encodeURIComponent(mentorId)}/calendar.ics`;
}
