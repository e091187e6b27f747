import { Stack, Tabs, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCalendarEvent, IconChartBar, IconSchool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useUrlQuery } from '../../components/urlQuery.ts';
import { isDay, localDay, weekStart } from '../mentoring/dates.ts';
import { useProgram } from '../programs/api.ts';
import { useTrainingPermissions } from './labels.ts';
import { ModulesTab } from './ModulesTab.tsx';
import { ReportTab } from './ReportTab.tsx';
import { SessionsTab } from './SessionsTab.tsx';
import './training.css';

const TABS = ['sessions', 'modules', 'report'] as const;
type Tab = (typeof TABS)[number];
const UUID = /^[0-9a-f-]{36}$/i;

interface TrainingQuery {
  tab: Tab;
  week: string;
  track: string | null;
  municipalityCode: string | null;
}

function readQuery(params: URLSearchParams): TrainingQuery {
  const tab = params.get('tab');
  const week = params.get('week') ?? '';
  const track = params.get('track');
  const city = params.get('municipalityCode');
  return {
    tab: (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'sessions',
    week: weekStart(isDay(week) ? week : localDay(new Date())),
    track: track && UUID.test(track) ? track : null,
    municipalityCode: city && /^\d{5}$/.test(city) ? city : null,
  };
}
const QUERY_KEYS = ['tab', 'week', 'track', 'municipalityCode'] as const;

/**
 * Training (formación): the sessions of each week with enrollment and attendance, the modules and
 * tracks the program teaches, and the report of attendance and completion.
 */
export default function TrainingPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const can = useTrainingPermissions();
  const query = useUrlQuery(readQuery, QUERY_KEYS);
  const program = useProgram(programId);
  const title = t('ui.training.title');
  useDocumentTitle(`${title} · ${t('ui.app.name')}`);
  const cityName = (code: string) =>
    program.data?.cities.find((c) => c.municipalityCode === code)?.name ?? code;
  const tabs = TABS.filter((tab) => (tab === 'report' ? can.report : can.read));
  const tab = tabs.includes(query.filter.tab) ? query.filter.tab : (tabs[0] ?? 'report');

  return (
    <Stack gap="md">
      <PageHeader title={title}>
        <Text size="sm" c="dimmed">
          {t('ui.training.intro')}
        </Text>
      </PageHeader>
      <Tabs
        value={tab}
        onChange={(v) => query.update({ tab: v === 'sessions' ? null : v })}
        keepMounted={false}
      >
        <Tabs.List className="training-tabs">
          {tabs.includes('sessions') && (
            <Tabs.Tab
              value="sessions"
              leftSection={<IconCalendarEvent size={18} aria-hidden="true" />}
            >
              {t('ui.training.tabs.sessions')}
            </Tabs.Tab>
          )}
          {tabs.includes('modules') && (
            <Tabs.Tab value="modules" leftSection={<IconSchool size={18} aria-hidden="true" />}>
              {t('ui.training.tabs.modules')}
            </Tabs.Tab>
          )}
          {tabs.includes('report') && (
            <Tabs.Tab value="report" leftSection={<IconChartBar size={18} aria-hidden="true" />}>
              {t('ui.training.tabs.report')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="sessions" pt="md">
          <SessionsTab
            programId={programId}
            week={query.filter.week}
            onWeek={(week) => query.update({ week })}
            cityName={cityName}
          />
        </Tabs.Panel>
        <Tabs.Panel value="modules" pt="md">
          <ModulesTab programId={programId} />
        </Tabs.Panel>
        <Tabs.Panel value="report" pt="md">
          <ReportTab
            programId={programId}
            program={program.data}
            trackId={query.filter.track}
            municipalityCode={query.filter.municipalityCode}
            update={query.update}
            cityName={cityName}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
