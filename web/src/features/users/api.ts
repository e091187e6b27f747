import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../../shared/roles.ts';
import type {
  TCreateUserBody,
  TMembershipBody,
  TUserSummary,
} from '../../../../shared/schemas/users.ts';
import { api } from '../../api/client.ts';
import { ME_KEY } from '../auth/session.ts';
import { programKeys } from '../programs/api.ts';

export interface UserListParams {
  q?: string;
  programId?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => ['users', 'list', params] as const,
};

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) =>
      api<Page<TUserSummary>>('/api/users', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** After any change to users: refresh the lists, and the signed-in user when it was them. */
function useAfterUserChange() {
  const queryClient = useQueryClient();
  return (user: TUserSummary) => {
    void queryClient.invalidateQueries({ queryKey: userKeys.all });
    const me = queryClient.getQueryData<{ id: string } | null>(ME_KEY);
    if (me?.id === user.id) {
      void queryClient.invalidateQueries({ queryKey: ME_KEY });
      void queryClient.invalidateQueries({ queryKey: programKeys.list });
    }
  };
}

export function useCreateUser() {
  const after = useAfterUserChange();
  return useMutation({
    mutationFn: (body: TCreateUserBody) =>
      api<TUserSummary>('/api/users', { method: 'POST', body }),
    onSuccess: after,
  });
}

export function useSetUserDisabled() {
  const after = useAfterUserChange();
  return useMutation({
    mutationFn: ({ userId, disabled }: { userId: string; disabled: boolean }) =>
      api<TUserSummary>(
        `/api/users/${encodeURIComponent(userId)}/${disabled ? 'disable' : 'enable'}`,
        {
          method: 'POST',
        },
      ),
    onSuccess: after,
  });
}

export function usePutMembership() {
  const after = useAfterUserChange();
  return useMutation({
    mutationFn: ({
      userId,
      programId,
      body,
    }: {
      userId: string;
      programId: string;
      body: TMembershipBody;
    }) =>
      api<TUserSummary>(
        `/api/users/${encodeURIComponent(userId)}/memberships/${encodeURIComponent(programId)}`,
        { method: 'PUT', body },
      ),
    onSuccess: after,
  });
}

export function useDeleteMembership() {
  const after = useAfterUserChange();
  return useMutation({
    mutationFn: ({ userId, programId }: { userId: string; programId: string }) =>
      api<TUserSummary>(
        `/api/users/${encodeURIComponent(userId)}/memberships/${encodeURIComponent(programId)}`,
        { method: 'DELETE' },
      ),
    onSuccess: after,
  });
}
