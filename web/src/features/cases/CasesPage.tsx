import { Button, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconCalendarDue,
  IconChartBar,
  IconLayoutKanban,
  IconList,
  IconSettings,
  IconUsersPlus,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useProgram } from '../programs/api.ts';
import { isMissing } from '../registration/labels.ts';
import { useCaseSettings, useCaseStaff } from './api.ts';
import { AssignModal } from './AssignModal.tsx';
import { BoardView } from './BoardView.tsx';
import { CaseFilters, useCaseQuery } from './filters.tsx';
import { ListView } from './ListView.tsx';
import { useMoveFlow } from './moveFlow.tsx';
import { useCasePermissions } from './permissions.ts';
import './cases.css';

/** The program's cases: a Kanban of stages or a sortable list, with the same filters. */
export default function CasesPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const can = useCasePermissions();
  const settings = useCaseSettings(programId);
  const program = useProgram(programId);
  const staff = useCaseStaff(programId, can.assign);
  const query = useCaseQuery();
  const view = query.params.get('view') === 'list' ? 'list' : 'board';
  const move = useMoveFlow(programId, settings.data);
  const [assigning, setAssigning] = useState<string[] | null>(null);
  useDocumentTitle(`${t('ui.cases.title')} · ${t('ui.app.name')}`);

  if (settings.isPending) return <LoadingState />;
  if (isMissing(settings.error)) return <NotFoundPage />;
  if (settings.isError)
    return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('ui.cases.title')}
        </Title>
        <Group gap="xs">
          {can.assign && (
            <Button
              variant="default"
              leftSection={<IconUsersPlus size={18} aria-hidden="true" />}
              onClick={() => setAssigning([])}
            >
              {t('ui.cases.assign.open')}
            </Button>
          )}
          <Button
            component={Link}
            to={`/p/${encodeURIComponent(programId)}/cases/agenda`}
            variant="default"
            leftSection={<IconCalendarDue size={18} aria-hidden="true" />}
          >
            {t('ui.cases.agenda.title')}
          </Button>
          <Button
            component={Link}
            to={`/p/${encodeURIComponent(programId)}/cases/report`}
            variant="default"
            leftSection={<IconChartBar size={18} aria-hidden="true" />}
          >
            {t('ui.cases.report.title')}
          </Button>
          {can.editSettings && (
            <Button
              component={Link}
              to={`/p/${encodeURIComponent(programId)}/cases/settings`}
              variant="default"
              leftSection={<IconSettings size={18} aria-hidden="true" />}
            >
              {t('ui.cases.settings.open')}
            </Button>
          )}
        </Group>
      </Group>
      <SegmentedControl
        value={view}
        onChange={(v) => query.update({ view: v === 'list' ? 'list' : null, page: null })}
        aria-label={t('ui.cases.view.label')}
        data={[
          {
            value: 'board',
            label: (
              <Group gap={6} wrap="nowrap" justify="center">
                <IconLayoutKanban size={16} aria-hidden="true" />
                {t('ui.cases.view.board')}
              </Group>
            ),
          },
          {
            value: 'list',
            label: (
              <Group gap={6} wrap="nowrap" justify="center">
                <IconList size={16} aria-hidden="true" />
                {t('ui.cases.view.list')}
              </Group>
            ),
          },
        ]}
        w={{ base: '100%', xs: 'auto' }}
        style={{ alignSelf: 'flex-start' }}
      />
      <CaseFilters program={program.data} staff={staff.data} query={query} />
      {view === 'list' ? (
        <ListView
          programId={programId}
          settings={settings.data}
          program={program.data}
          query={query}
          canAssign={can.assign}
          onAssign={(ids) => setAssigning(ids)}
        />
      ) : (
        <BoardView
          programId={programId}
          settings={settings.data}
          filter={query.filter}
          canMove={can.work}
          moving={move.moving}
          onMove={move.request}
        />
      )}
      {move.dialog}
      {can.assign && assigning && (
        <AssignModal
          opened
          onClose={() => setAssigning(null)}
          programId={programId}
          program={program.data}
          staff={staff.data}
          caseIds={assigning}
          defaultCity={query.filter.municipalityCode}
        />
      )}
    </Stack>
  );
}
