import { Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { useCurrentUser, useMe } from './api.ts';

/** Lets signed-in users through; sends everyone else to sign in, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  if (isPending) return <LoadingState />;
  if (error && me === undefined) {
    return (
      <Container size="sm" py="xl" component="main">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </Container>
    );
  }
  if (!me) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  return children;
}

/**
 * Organization admins only. The server refuses the data anyway; others get a plain 404 so the
 * page does not advertise itself.
 */
export function RequireAdmin() {
  const me = useCurrentUser();
  return me.isAdmin ? <Outlet /> : <NotFoundPage />;
}
