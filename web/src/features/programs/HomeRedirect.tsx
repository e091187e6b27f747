import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useCurrentUser } from '../auth/api.ts';
import { useCurrentProgram } from './ProgramContext.tsx';

/** `/`: opens the last program used on this device, or the first one; says so when there is none. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { programId, programsLoading, programsError, refetchPrograms } = useCurrentProgram();

  if (programsLoading) return <LoadingState />;
  if (programsError) return <ErrorState error={programsError} onRetry={refetchPrograms} />;
  if (programId) return <Navigate to={`/p/${encodeURIComponent(programId)}`} replace />;
  return (
    <EmptyState
      title={t('ui.home.noPrograms')}
      description={me.isAdmin ? t('ui.home.noProgramsAdmin') : t('ui.home.noProgramsHelp')}
    >
      {me.isAdmin && (
        <Group justify="center" mt="sm">
          <Button component={Link} to="/admin/users" variant="light">
            {t('ui.nav.users')}
          </Button>
        </Group>
      )}
    </EmptyState>
  );
}
