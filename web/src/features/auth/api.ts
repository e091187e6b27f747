import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TLocale, TLoginBody, TMe } from '../../../../shared/schemas/auth.ts';
import { api, isApiError } from '../../api/client.ts';
import { ME_KEY, clearSession, setSessionNotice } from './session.ts';

/** The signed-in user, or null when nobody is (a 401 is an answer here, not an error). */
async function fetchMe({ signal }: { signal: AbortSignal }): Promise<TMe | null> {
  try {
    return await api<TMe>('/api/auth/me', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      // Coming back to an expired session (e.g. the next morning): say so on the sign-in page.
      if (error.code === 'session_expired') setSessionNotice(error.message);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

/** The signed-in user, for components rendered behind the auth guard. */
export function useCurrentUser(): TMe {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser used outside the signed-in area');
  return data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TLoginBody) => api<TMe>('/api/auth/login', { method: 'POST', body }),
    onSuccess: (me) => {
      setSessionNotice(null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await api<{ ok: true }>('/api/auth/logout', { method: 'POST' });
      } catch (error) {
        // Already signed out on the server: that is what we wanted.
        if (!(isApiError(error) && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      clearSession(queryClient);
      setSessionNotice(null);
    },
  });
}

export function useSaveLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: TLocale) =>
      api<TMe>('/api/auth/me', { method: 'PATCH', body: { locale } }),
    onSuccess: (me) => queryClient.setQueryData(ME_KEY, me),
  });
}
