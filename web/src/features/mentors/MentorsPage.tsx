import {
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconListCheck, IconPencil, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LEVELS } from '../../../../shared/schemas/assessment.ts';
import type { TProgram } from '../../../../shared/schemas/programs.ts';
import type { TMentor, TMentorSuggestion, TQueueItem } from '../../../../shared/schemas/mentors.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager, ShowingCount } from '../../components/Paging.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useUrlQuery } from '../../components/urlQuery.ts';
import { useFormat } from '../../i18n/format.ts';
import { useQuestionnaire } from '../assessment/api.ts';
import { LevelBadge } from '../assessment/LevelBadge.tsx';
import { useProgram } from '../programs/api.ts';
import { oneOf } from '../registration/labels.ts';
import { useAssignMentor, useMentorQueue, useMentors } from './api.ts';
import { daysSince, useMentorLabels, useMentorPermissions } from './labels.ts';
import type { MentorLabels } from './labels.ts';
import { MentorProfileModal } from './MentorProfileModal.tsx';
import { MentorSuggestions } from './MentorSuggestions.tsx';

const PAGE_SIZE = 20;
const TABS = ['queue', 'mentors'] as const;
type Tab = (typeof TABS)[number];

interface QueueFilter {
  tab: Tab;
  municipalityCode?: string;
}

function readFilter(params: URLSearchParams): QueueFilter {
  const tab = params.get('tab') ?? '';
  const out: QueueFilter = { tab: oneOf(TABS, tab) ? tab : 'queue' };
  const city = params.get('municipalityCode');
  if (city && /^\d{5}$/.test(city)) out.municipalityCode = city;
  return out;
}

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** "Plan del 3 de marzo de 2026 · hace 12 días". */
function Waiting({ since }: { since: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const days = daysSince(since);
  return (
    <Text size="sm">
      {t('ui.mentors.queue.planOn', { date: f.day(since.slice(0, 10)) })} ·{' '}
      <Text span inherit fw={600} style={{ whiteSpace: 'nowrap' }}>
        {days === 0
          ? t('ui.mentors.queue.waitingToday')
          : t('ui.mentors.queue.waitingDays', { count: days, n: f.number(days) })}
      </Text>
    </Text>
  );
}

function LeverBadges({ levers, labels }: { levers: readonly string[]; labels: MentorLabels }) {
  return (
    <Group gap={4} component="span">
      {levers.map((id) => (
        <Badge key={id} variant="outline" color="gray.7" c="dark.7" tt="none" fw={500}>
          {labels.leverName(id)}
        </Badge>
      ))}
    </Group>
  );
}

function QueueCard(props: {
  programId: string;
  item: TQueueItem;
  labels: MentorLabels;
  onAssign: (item: TQueueItem, s: TMentorSuggestion) => void;
  pendingId: string | null;
}) {
  const { t } = useTranslation();
  const { item, labels } = props;
  const titleId = `queue-${item.caseId}`;
  return (
    <Paper component="li" withBorder radius="md" p="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Title order={2} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
              <Anchor
                component={Link}
                to={`/p/${encodeURIComponent(props.programId)}/cases/${encodeURIComponent(item.caseId)}`}
                inherit
              >
                {item.businessName}
              </Anchor>
            </Title>
            {item.overallLevel && oneOf(LEVELS, item.overallLevel) && (
              <Box style={{ flexShrink: 0 }}>
                <LevelBadge level={item.overallLevel} size="sm" />
              </Box>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {[item.ownerName, labels.cityName(item.municipalityCode)].join(' · ')}
          </Text>
          <Waiting since={item.planCreatedAt} />
          {item.levers.length > 0 && (
            <Group gap={6} align="center">
              <Text size="sm" fw={500}>
                {t('ui.mentors.queue.needs')}
              </Text>
              <LeverBadges levers={item.levers} labels={labels} />
            </Group>
          )}
        </Stack>
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Title order={3} size="h6">
            {t('ui.mentors.suggested')}
          </Title>
          <MentorSuggestions
            suggestions={item.suggestions}
            municipalityCode={item.municipalityCode}
            labels={labels}
            onAssign={(s) => props.onAssign(item, s)}
            pendingId={props.pendingId}
            label={t('ui.mentors.suggestedFor', { name: item.businessName })}
            cols={{ base: 1, sm: 2, lg: 3 }}
          />
        </Stack>
      </Stack>
    </Paper>
  );
}

function QueueTab(props: {
  programId: string;
  program: TProgram | undefined;
  labels: MentorLabels;
  query: ReturnType<typeof useUrlQuery<QueueFilter>>;
}) {
  const { t } = useTranslation();
  const { filter, update, params } = props.query;
  const page = positiveInt(params.get('page'), 1);
  const queue = useMentorQueue(props.programId, {
    municipalityCode: filter.municipalityCode,
    page,
    pageSize: PAGE_SIZE,
  });
  const assign = useAssignMentor(props.programId);
  const cities = [...(props.program?.cities ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const pending = assign.isPending ? (assign.variables?.body.mentorId ?? null) : null;
  const pendingCase = assign.isPending ? assign.variables?.caseId : null;

  const onAssign = (item: TQueueItem, s: TMentorSuggestion) =>
    assign.mutate(
      { caseId: item.caseId, body: { mentorId: s.userId, reason: '' } },
      {
        onSuccess: () =>
          notifySuccess(
            t('ui.mentors.assigned'),
            t('ui.mentors.assignedBody', { mentor: s.name, business: item.businessName }),
          ),
        onError: (error) => notifyError(t('ui.mentors.assignFailed'), error),
      },
    );

  const data = queue.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text size="sm" c="dimmed" style={{ flex: '1 1 240px' }}>
          {t('ui.mentors.queue.intro')}
        </Text>
        <Box role="search" aria-label={t('ui.mentors.queue.filters')} w={{ base: '100%', xs: 280 }}>
          <Select
            label={t('ui.mentors.queue.city')}
            placeholder={t('ui.common.all')}
            data={cities.map((c) => ({ value: c.municipalityCode, label: c.name }))}
            value={filter.municipalityCode ?? null}
            onChange={(v) => update({ municipalityCode: v })}
            clearable
            searchable
            nothingFoundMessage={t('ui.common.nothingFound')}
          />
        </Box>
      </Group>
      {queue.isPending ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState
          title={t('ui.mentors.queue.empty')}
          description={
            filter.municipalityCode
              ? t('ui.mentors.queue.emptyCity')
              : t('ui.mentors.queue.emptyHelp')
          }
        />
      ) : data ? (
        <Stack gap="sm" aria-busy={queue.isPlaceholderData || queue.isFetching}>
          <ShowingCount data={data} />
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            aria-label={t('ui.mentors.queue.listLabel')}
            style={{ listStyle: 'none', opacity: queue.isPlaceholderData ? 0.6 : 1 }}
          >
            {data.items.map((item) => (
              <QueueCard
                key={item.caseId}
                programId={props.programId}
                item={item}
                labels={props.labels}
                onAssign={onAssign}
                pendingId={pendingCase === item.caseId ? pending : pendingCase ? 'other' : null}
              />
            ))}
          </Stack>
          <Pager data={data} page={page} onChange={(p) => update({ page: String(p) })} />
        </Stack>
      ) : null}
    </Stack>
  );
}

/** "3 / 5" with a bar; "Lleno" in words when it is. */
function MentorLoad({ mentor }: { mentor: TMentor }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!mentor.hasProfile)
    return (
      <Text size="sm">
        {t('ui.mentors.list.activeOnly', { count: mentor.active, n: f.number(mentor.active) })}
      </Text>
    );
  const full = mentor.active >= mentor.capacity;
  const pct = Math.min(100, Math.round((mentor.active / Math.max(1, mentor.capacity)) * 100));
  return (
    <Stack gap={4} miw={96}>
      <Text size="sm" fw={500}>
        {t('ui.mentors.list.load', {
          active: f.number(mentor.active),
          capacity: f.number(mentor.capacity),
        })}
        {full && (
          <Text span inherit c="red.9" fw={600}>
            {` · ${t('ui.mentors.list.full')}`}
          </Text>
        )}
      </Text>
      <Progress
        value={pct}
        size="sm"
        color={full ? 'red.7' : pct >= 80 ? 'yellow.6' : 'teal.7'}
        aria-label={t('ui.mentors.list.loadOf', { name: mentor.name })}
      />
    </Stack>
  );
}

/** "Bucaramanga y Floridablanca · Mentoría remota". */
function useReachText(labels: MentorLabels) {
  const { t } = useTranslation();
  return (m: TMentor) => {
    const parts: string[] = [];
    if (m.cities.length > 0) parts.push(labels.cities(m.cities));
    if (m.remote) parts.push(t('ui.mentors.reasons.remote'));
    return parts.length > 0 ? parts.join(' · ') : t('ui.mentors.list.noReach');
  };
}

function NoProfile() {
  const { t } = useTranslation();
  return <StatusBadge color="yellow">{t('ui.mentors.list.noProfile')}</StatusBadge>;
}

function EditProfileButton({ mentor, onEdit }: { mentor: TMentor; onEdit: (m: TMentor) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconPencil size={14} aria-hidden="true" />}
      aria-label={t('ui.mentors.list.editNamed', { name: mentor.name })}
      onClick={() => onEdit(mentor)}
    >
      {t('ui.mentors.list.edit')}
    </Button>
  );
}

function MentorTable(props: {
  items: TMentor[];
  labels: MentorLabels;
  onEdit: ((m: TMentor) => void) | null;
}) {
  const { t } = useTranslation();
  const { labels } = props;
  const reachText = useReachText(labels);
  return (
    <ScrollTable minWidth={880} visibleFrom="md" label={t('ui.mentors.list.label')}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.mentors.list.mentor')}</Table.Th>
            <Table.Th scope="col">{t('ui.mentors.list.organization')}</Table.Th>
            <Table.Th scope="col">{t('ui.mentors.list.levers')}</Table.Th>
            <Table.Th scope="col">{t('ui.mentors.list.reach')}</Table.Th>
            <Table.Th scope="col">{t('ui.mentors.list.loadColumn')}</Table.Th>
            <Table.Th scope="col">{t('ui.mentors.list.availability')}</Table.Th>
            {props.onEdit && <Table.Th scope="col">{t('ui.common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.items.map((m) => (
            <Table.Tr key={m.userId}>
              <Table.Th scope="row" miw={170} maw={240}>
                <Text size="sm" fw={600}>
                  {m.name}
                </Text>
                <Text size="xs" c="dimmed" fw={400} style={{ overflowWrap: 'anywhere' }}>
                  {m.email}
                </Text>
                {!m.hasProfile && (
                  <Box mt={4}>
                    <NoProfile />
                  </Box>
                )}
              </Table.Th>
              <Table.Td maw={200}>
                {m.hasProfile ? (
                  <>
                    <Text size="sm">{m.organization || '—'}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`ui.mentors.organizationKinds.${m.organizationKind}`)}
                    </Text>
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td maw={220}>
                <Text size="sm" c={m.levers.length ? undefined : 'dimmed'}>
                  {m.levers.length ? labels.levers(m.levers) : t('ui.mentors.list.noLevers')}
                </Text>
              </Table.Td>
              <Table.Td maw={200}>
                <Text size="sm">{m.hasProfile ? reachText(m) : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <MentorLoad mentor={m} />
              </Table.Td>
              <Table.Td maw={220}>
                <Text size="sm" lineClamp={3}>
                  {m.availability || '—'}
                </Text>
              </Table.Td>
              {props.onEdit && (
                <Table.Td>
                  <EditProfileButton mentor={m} onEdit={props.onEdit} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function MentorCards(props: {
  items: TMentor[];
  labels: MentorLabels;
  onEdit: ((m: TMentor) => void) | null;
}) {
  const { t } = useTranslation();
  const { labels } = props;
  const reachText = useReachText(labels);
  return (
    <Stack
      component="ul"
      gap="sm"
      p={0}
      m={0}
      hiddenFrom="md"
      aria-label={t('ui.mentors.list.label')}
      style={{ listStyle: 'none' }}
    >
      {props.items.map((m) => (
        <Paper component="li" key={m.userId} withBorder radius="md" p="sm">
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Box style={{ minWidth: 0 }}>
                <Title order={2} size="h5" style={{ overflowWrap: 'anywhere' }}>
                  {m.name}
                </Title>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {m.hasProfile
                    ? [m.organization, t(`ui.mentors.organizationKinds.${m.organizationKind}`)]
                        .filter(Boolean)
                        .join(' · ')
                    : m.email}
                </Text>
              </Box>
              {props.onEdit && (
                <Box style={{ flexShrink: 0 }}>
                  <EditProfileButton mentor={m} onEdit={props.onEdit} />
                </Box>
              )}
            </Group>
            {!m.hasProfile ? (
              <Group gap="xs">
                <NoProfile />
                <MentorLoad mentor={m} />
              </Group>
            ) : (
              <>
                <MentorLoad mentor={m} />
                <Text size="sm">
                  {`${t('ui.mentors.list.levers')}: ${
                    m.levers.length ? labels.levers(m.levers) : t('ui.mentors.list.noLevers')
                  }`}
                </Text>
                <Text size="sm">{`${t('ui.mentors.list.reach')}: ${reachText(m)}`}</Text>
                {m.availability && (
                  <Text size="xs" c="dimmed">
                    {`${t('ui.mentors.list.availability')}: ${m.availability}`}
                  </Text>
                )}
              </>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function MentorsTab(props: { programId: string; labels: MentorLabels; canEdit: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const mentors = useMentors(props.programId);
  const [editing, setEditing] = useState<string | null>(null);
  const onEdit = props.canEdit ? (m: TMentor) => setEditing(m.userId) : null;
  const items = mentors.data?.items ?? [];
  const withoutProfile = items.filter((m) => !m.hasProfile).length;
  return (
    <Stack gap="md">
      {mentors.isPending ? (
        <LoadingState />
      ) : mentors.isError ? (
        <ErrorState error={mentors.error} onRetry={() => void mentors.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={t('ui.mentors.list.empty')}
          description={t('ui.mentors.list.emptyHelp')}
        />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('ui.mentors.list.count', { count: items.length, n: f.number(items.length) })}
            {withoutProfile > 0 &&
              ` · ${t('ui.mentors.list.countNoProfile', { count: withoutProfile, n: f.number(withoutProfile) })}`}
          </Text>
          <MentorTable items={items} labels={props.labels} onEdit={onEdit} />
          <MentorCards items={items} labels={props.labels} onEdit={onEdit} />
        </>
      )}
      {props.canEdit && (
        <MentorProfileModal
          programId={props.programId}
          userId={editing ?? ''}
          opened={editing !== null}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

/** Who accompanies whom: plans waiting for a mentor with the best suggestions, and the mentors. */
export default function MentorsPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const can = useMentorPermissions();
  const query = useUrlQuery(readFilter, ['municipalityCode']);
  const program = useProgram(programId);
  const questionnaire = useQuestionnaire(programId);
  const labels = useMentorLabels(program.data, questionnaire.data?.definition);
  const title = t('ui.mentors.title');
  useDocumentTitle(`${title} · ${t('ui.app.name')}`);
  const tab = query.filter.tab;
  const setTab = (next: string | null) => {
    if (!next || next === tab) return;
    query.setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        if (next === 'queue') out.delete('tab');
        else out.set('tab', next);
        out.delete('page');
        return out;
      },
      { replace: true },
    );
  };

  return (
    <Stack gap="md">
      <PageHeader title={title}>
        <Text size="sm" c="dimmed">
          {t('ui.mentors.intro')}
        </Text>
      </PageHeader>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="queue" leftSection={<IconListCheck size={16} aria-hidden="true" />}>
            {t('ui.mentors.tabs.queue')}
          </Tabs.Tab>
          <Tabs.Tab value="mentors" leftSection={<IconUsers size={16} aria-hidden="true" />}>
            {t('ui.mentors.tabs.mentors')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="queue" pt="md">
          <QueueTab programId={programId} program={program.data} labels={labels} query={query} />
        </Tabs.Panel>
        <Tabs.Panel value="mentors" pt="md">
          <MentorsTab programId={programId} labels={labels} canEdit={can.editProfiles} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
