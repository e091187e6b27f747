import type { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { TMe } from '../../../../shared/schemas/auth.ts';
import { setUnauthorizedHandler } from '../../api/client.ts';
import { resetLanguageSync } from './language.ts';

export const ME_KEY = ['me'] as const;

/** A message for the sign-in page (e.g. "your session has ended"), kept until the next sign-in. */
let notice: string | null = null;
const listeners = new Set<() => void>();

export function setSessionNotice(message: string | null): void {
  notice = message;
  for (const listener of listeners) listener();
}

export function useSessionNotice(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => notice,
  );
}

/** Forgets the signed-in user and every cached answer that belonged to them. */
export function clearSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
  queryClient.setQueryData<TMe | null>(ME_KEY, null);
  resetLanguageSync();
}

/**
 * Any 401 while the app believes someone is signed in ends the session on this side too:
 * the user is cleared (the auth guard then sends them to sign in) and the server's message
 * ("your session has ended") is shown there.
 */
export function installSessionHandler(queryClient: QueryClient): void {
  setUnauthorizedHandler((error) => {
    const me = queryClient.getQueryData<TMe | null>(ME_KEY);
    if (!me) return;
    setSessionNotice(error.message);
    clearSession(queryClient);
  });
}
