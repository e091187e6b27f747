import { Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useProgram } from '../programs/api.ts';
import { useSaveCall } from './api.ts';
import { CallForm } from './CallForm.tsx';
import { useRegistrationPermissions } from './permissions.ts';

export default function NewCallPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('ui.calls.new')} · ${t('ui.app.name')}`);
  const { programId = '' } = useParams();
  const program = useProgram(programId);
  const save = useSaveCall(programId);
  const navigate = useNavigate();
  const can = useRegistrationPermissions();

  if (!can.editCalls) return <NotFoundPage />;
  if (program.isPending) return <LoadingState />;
  if (program.isError)
    return <ErrorState error={program.error} onRetry={() => void program.refetch()} />;

  return (
    <Stack gap="md">
      <Breadcrumbs separator="›">
        <Anchor component={Link} to={`/p/${encodeURIComponent(programId)}/calls`} size="sm">
          {t('ui.calls.title')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('ui.calls.new')}
        </Text>
      </Breadcrumbs>
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {t('ui.calls.new')}
      </Title>
      <CallForm
        program={program.data}
        call={null}
        saving={save.isPending}
        error={save.error}
        onSave={async (body) => {
          const call = await save.mutateAsync(body);
          notifySuccess(t('ui.callForm.created'), call.name);
          void navigate(`/p/${encodeURIComponent(programId)}/calls/${encodeURIComponent(call.id)}`);
        }}
      />
    </Stack>
  );
}
