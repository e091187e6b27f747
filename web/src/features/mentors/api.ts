import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TAssignMentorBody,
  TCaseMentor,
  TMentor,
  TMentorProfileBody,
  TMentorQueue,
  TMentorQueueQuery,
} from '../../../../shared/schemas/mentors.ts';
import { api } from '../../api/client.ts';
import { caseKeys, casePath, casesPath } from '../cases/api.ts';

const enc = encodeURIComponent;

const mentorsPath = (programId: string) => `${casesPath(programId)}/mentors`;

export const mentorKeys = {
  /** Everything a profile or an assignment may change: lists, queue, the cases' panels. */
  all: (programId: string) => ['mentors', programId] as const,
  list: (programId: string) => ['mentors', programId, 'list'] as const,
  one: (programId: string, userId: string) => ['mentors', programId, 'one', userId] as const,
  queue: (programId: string, query: Partial<TMentorQueueQuery>) =>
    ['mentors', programId, 'queue', query] as const,
  caseMentor: (programId: string, caseId: string) =>
    ['mentors', programId, 'case', caseId] as const,
};

/** The program's mentors with their profiles and load. */
export function useMentors(programId: string, enabled = true) {
  return useQuery({
    queryKey: mentorKeys.list(programId),
    queryFn: ({ signal }) => api<{ items: TMentor[] }>(mentorsPath(programId), { signal }),
    enabled,
  });
}

/** One mentor's profile (a mentor may read their own). */
export function useMentor(programId: string, userId: string, enabled = true) {
  return useQuery({
    queryKey: mentorKeys.one(programId, userId),
    queryFn: ({ signal }) => api<TMentor>(`${mentorsPath(programId)}/${enc(userId)}`, { signal }),
    enabled: enabled && Boolean(userId),
  });
}

export function useSaveMentorProfile(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: TMentorProfileBody }) =>
      api<TMentor>(`${mentorsPath(programId)}/${enc(userId)}`, { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(mentorKeys.one(programId, saved.userId), saved),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: mentorKeys.all(programId) }),
  });
}

/** Plans that need a mentor and have none, oldest first, each with its best suggestions. */
export function useMentorQueue(programId: string, query: Partial<TMentorQueueQuery>) {
  return useQuery({
    queryKey: mentorKeys.queue(programId, query),
    queryFn: ({ signal }) =>
      api<TMentorQueue>(`${casesPath(programId)}/mentoring/queue`, { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A case's mentor, its history and (for those who assign) suggestions. */
export function useCaseMentor(programId: string, caseId: string) {
  return useQuery({
    queryKey: mentorKeys.caseMentor(programId, caseId),
    queryFn: ({ signal }) => api<TCaseMentor>(`${casePath(programId, caseId)}/mentor`, { signal }),
  });
}

/** Assigns, changes or ends (`mentorId: null`) a case's mentor. */
export function useAssignMentor(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, body }: { caseId: string; body: TAssignMentorBody }) =>
      api<TCaseMentor>(`${casePath(programId, caseId)}/mentor`, { method: 'PUT', body }),
    onSuccess: (saved) =>
      queryClient.setQueryData(mentorKeys.caseMentor(programId, saved.caseId), saved),
    onSettled: (_data, _error, { caseId }) => {
      void queryClient.invalidateQueries({ queryKey: mentorKeys.all(programId) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(programId, caseId) });
    },
  });
}
