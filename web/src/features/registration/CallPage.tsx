import { Anchor, Badge, Breadcrumbs, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconChartBar, IconListCheck, IconSettings, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useOutletContext, useParams } from 'react-router';
import type { TCall } from '../../../../shared/schemas/registration.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useCall } from './api.ts';
import { CallStatusBadge, CopyFormLink } from './CallsPage.tsx';
import { isMissing } from './labels.ts';
import { useRegistrationPermissions } from './permissions.ts';

export interface CallOutletContext {
  call: TCall;
  programId: string;
}

export function useCallContext(): CallOutletContext {
  return useOutletContext<CallOutletContext>();
}

const TABS = ['summary', 'applicants', 'selection', 'settings'] as const;
type Tab = (typeof TABS)[number];

/** A call: its summary, applicants, selection and setup, one tab each (each tab has its URL). */
export default function CallPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { programId = '', callId = '' } = useParams();
  const call = useCall(programId, callId);
  const can = useRegistrationPermissions();
  const location = useLocation();
  const navigate = useNavigate();
  useDocumentTitle(`${call.data?.name ?? t('ui.calls.title')} · ${t('ui.app.name')}`);

  if (call.isPending) return <LoadingState />;
  if (isMissing(call.error)) return <NotFoundPage />;
  if (call.isError) return <ErrorState error={call.error} onRetry={() => void call.refetch()} />;

  const base = `/p/${encodeURIComponent(programId)}/calls/${encodeURIComponent(callId)}`;
  const segment = location.pathname.slice(base.length).split('/')[1] ?? '';
  const current: Tab = (TABS as readonly string[]).includes(segment) ? (segment as Tab) : 'summary';
  const visible: Record<Tab, boolean> = {
    summary: true,
    applicants: can.seeApplicants,
    selection: can.select,
    settings: can.editCalls,
  };
  const icons = {
    summary: IconChartBar,
    applicants: IconUsers,
    selection: IconListCheck,
    settings: IconSettings,
  };
  const context: CallOutletContext = { call: call.data, programId };

  return (
    <Stack gap="md">
      <Breadcrumbs separator="›">
        <Anchor component={Link} to={`/p/${encodeURIComponent(programId)}/calls`} size="sm">
          {t('ui.calls.title')}
        </Anchor>
        <Text size="sm" c="dimmed" truncate maw={220}>
          {call.data.code}
        </Text>
      </Breadcrumbs>
      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Title order={1} fz={{ base: 24, sm: 30 }}>
            {call.data.name}
          </Title>
          <CallStatusBadge status={call.data.status} />
        </Group>
        <Group gap="sm">
          <Badge variant="outline" color="gray.7" radius="sm">
            {call.data.code}
          </Badge>
          <Text c="dimmed" size="sm">
            {t('ui.calls.dates', {
              opens: f.day(call.data.opensOn),
              closes: f.day(call.data.closesOn),
            })}
          </Text>
          <CopyFormLink code={call.data.code} />
        </Group>
      </Stack>

      <Tabs
        value={current}
        onChange={(v) => {
          if (v && v !== current) void navigate(v === 'summary' ? base : `${base}/${v}`);
        }}
        keepMounted={false}
      >
        <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {TABS.filter((tab) => visible[tab]).map((tab) => {
            const Icon = icons[tab];
            return (
              <Tabs.Tab
                key={tab}
                value={tab}
                leftSection={<Icon size={16} aria-hidden="true" />}
                style={{ flexShrink: 0 }}
              >
                {t(`ui.call.tabs.${tab}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {TABS.filter((tab) => visible[tab]).map((tab) => (
          <Tabs.Panel key={tab} value={tab} pt="md">
            {tab === current && <Outlet context={context} />}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
