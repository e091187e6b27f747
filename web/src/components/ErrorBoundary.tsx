import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import i18n from '../i18n/index.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(
      error.message,
    )
  );
}

function CrashMessage({ error, onHome }: { error: unknown; onHome?: () => void }) {
  const { t } = useTranslation();
  const stale = isChunkLoadError(error);
  return (
    <Container size="sm" py="xl">
      <Stack role="alert" gap="md">
        <Title order={1} size="h2">
          {t('ui.crash.title')}
        </Title>
        <Text>{stale ? t('ui.crash.newVersion') : t('ui.crash.body')}</Text>
        <Stack gap="xs" align="flex-start">
          <Button onClick={() => window.location.reload()}>{t('ui.crash.reload')}</Button>
          {onHome && (
            <Button variant="subtle" onClick={onHome}>
              {t('ui.crash.home')}
            </Button>
          )}
        </Stack>
      </Stack>
    </Container>
  );
}

/** Errors thrown while rendering a route: shown inside the shell, with a way out. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);
  return <CrashMessage error={error} onHome={() => void navigate('/')} />;
}

interface State {
  error: unknown;
}

/** The last resort around the whole app (a class: React has no hook for this). */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('unknown') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <Container size="sm" py="xl">
          <Stack role="alert">
            <Title order={1} size="h2">
              {i18n.t('ui.crash.title')}
            </Title>
            <Text>{i18n.t('ui.crash.body')}</Text>
            <Button onClick={() => window.location.reload()} w="fit-content">
              {i18n.t('ui.crash.reload')}
            </Button>
          </Stack>
        </Container>
      );
    }
    return this.props.children;
  }
}
