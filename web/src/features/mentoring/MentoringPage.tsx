import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconCalendarDown,
  IconChevronLeft,
  IconChevronRight,
  IconExternalLink,
  IconMapPin,
  IconPhone,
  IconPlus,
  IconUser,
  IconUserCircle,
  IconVideo,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TSession } from '../../../../shared/schemas/mentors.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useUrlQuery } from '../../components/urlQuery.ts';
import { useFormat } from '../../i18n/format.ts';
import { useCurrentUser } from '../auth/api.ts';
import { MentorProfileModal } from '../mentors/MentorProfileModal.tsx';
import { calendarUrl, useMentorList, useSessions } from './api.ts';
import { addDays, isDay, localDay, weekStart } from './dates.ts';
import { STATUS_COLOR, useMentoringLabels, useMentoringRole } from './labels.ts';
import type { MentoringLabels } from './labels.ts';
import { SessionFormModal } from './SessionFormModal.tsx';
import './mentoring.css';

interface CalendarFilter {
  /** The Monday of the week shown. */
  week: string;
  /** One mentor's calendar (managers); none, the program's. */
  mentor: string | null;
}

function readCalendar(params: URLSearchParams): CalendarFilter {
  const week = params.get('week') ?? '';
  const mentor = params.get('mentor');
  return {
    week: weekStart(isDay(week) ? week : localDay(new Date())),
    mentor: mentor && /^[0-9a-f-]{36}$/i.test(mentor) ? mentor : null,
  };
}
const CALENDAR_KEYS = ['week', 'mentor'] as const;

const MODE_ICON = { in_person: IconMapPin, video: IconVideo, phone: IconPhone } as const;

/** Where it happens: the place, the video link, or the phone. */
function WhereLine({ session, compact }: { session: TSession; compact: boolean }) {
  const { t } = useTranslation();
  const labels = useMentoringLabels();
  const Icon = MODE_ICON[session.mode];
  const mode = labels.mode(session.mode);
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <Icon size={14} aria-hidden="true" style={{ flexShrink: 0, marginTop: 3 }} />
      <Text
        size={compact ? 'xs' : 'sm'}
        lineClamp={compact ? 2 : undefined}
        style={{ minWidth: 0 }}
      >
        {[
          compact ? labels.kind(session.kind) : null,
          mode,
          session.mode === 'in_person' && session.place ? session.place : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        {!compact && session.mode === 'video' && session.link && (
          <>
            {' · '}
            <Anchor
              href={session.link}
              target="_blank"
              rel="noopener noreferrer"
              size="sm"
              aria-label={`${t('ui.mentoring.joinCall')} (${t('ui.common.opensInNewTab')})`}
            >
              {t('ui.mentoring.joinCall')}
              <IconExternalLink
                size={14}
                aria-hidden="true"
                style={{ marginInlineStart: 4, verticalAlign: 'middle' }}
              />
            </Anchor>
          </>
        )}
      </Text>
    </Group>
  );
}

/** A session in the week or the agenda: when, what kind, where, with whom, how it went. */
function SessionCard({
  session,
  labels,
  showMentor,
  compact,
  onOpen,
}: {
  session: TSession;
  labels: MentoringLabels;
  showMentor: boolean;
  compact: boolean;
  onOpen: (s: TSession) => void;
}) {
  const { t } = useTranslation();
  const time = labels.timeRange(session);
  const businesses = labels.businesses(session);
  const attended = labels.attendanceSummary(session);
  return (
    <Paper
      component="li"
      withBorder
      radius="sm"
      p={compact ? 6 : 'sm'}
      className="mentoring-card"
      data-status={session.status}
    >
      <Stack gap={compact ? 4 : 6}>
        <UnstyledButton
          className="mentoring-open"
          onClick={() => onOpen(session)}
          aria-label={t('ui.mentoring.openSession', { time, businesses })}
        >
          <Text
            component="span"
            fw={700}
            size={compact ? 'sm' : 'md'}
            className="mentoring-time num"
            ta="left"
            style={{ whiteSpace: 'normal' }}
          >
            {time}
          </Text>
          <IconChevronRight size={16} aria-hidden="true" style={{ flexShrink: 0 }} />
        </UnstyledButton>
        <Group gap={4}>
          <StatusBadge color={STATUS_COLOR[session.status]}>
            {labels.status(session.status)}
          </StatusBadge>
          {!compact && <StatusBadge color="gray">{labels.kind(session.kind)}</StatusBadge>}
        </Group>
        <WhereLine session={session} compact={compact} />
        <Text size={compact ? 'xs' : 'sm'} fw={500} lineClamp={compact ? 2 : undefined}>
          {businesses}
        </Text>
        {showMentor &&
          (compact ? (
            <Group gap={4} wrap="nowrap" align="flex-start">
              <IconUser size={14} aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
              <Text size="xs" c="dimmed" lineClamp={2} style={{ minWidth: 0 }}>
                <VisuallyHidden>{t('ui.mentoring.form.mentor')}: </VisuallyHidden>
                {session.mentorName}
              </Text>
            </Group>
          ) : (
            <Text size="xs" c="dimmed">
              {t('ui.mentoring.withMentor', { name: session.mentorName })}
            </Text>
          ))}
        {attended && (
          <Text size="xs" fw={500}>
            {attended}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function byDay(items: TSession[]): Map<string, TSession[]> {
  const days = new Map<string, TSession[]>();
  for (const s of [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = localDay(new Date(s.startsAt));
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  return days;
}

/** On a computer: seven columns, one per day, each with its sessions in order. */
function WeekGrid(props: {
  monday: string;
  days: Map<string, TSession[]>;
  labels: MentoringLabels;
  showMentor: boolean;
  onOpen: (s: TSession) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const today = localDay(new Date());
  return (
    <Box
      visibleFrom="md"
      className="mentoring-week-scroll"
      role="group"
      aria-label={props.label}
      tabIndex={0}
    >
      <div className="mentoring-week">
        {Array.from({ length: 7 }, (_, i) => addDays(props.monday, i)).map((day) => {
          const sessions = props.days.get(day) ?? [];
          const headingId = `mentoring-day-${day}`;
          return (
            <section
              key={day}
              className="mentoring-day"
              data-today={day === today || undefined}
              aria-labelledby={headingId}
            >
              <Group justify="space-between" gap={4} mb={6} wrap="nowrap">
                <Title order={3} size="h6" id={headingId} aria-label={props.labels.dayLong(day)}>
                  {props.labels.dayShort(day)}
                </Title>
                {day === today && (
                  <StatusBadge color="indigo">{t('ui.mentoring.today')}</StatusBadge>
                )}
              </Group>
              {sessions.length === 0 ? (
                <Text size="xs" c="dimmed">
                  {t('ui.mentoring.noSessionsDay')}
                </Text>
              ) : (
                <ul className="mentoring-list">
                  {sessions.map((s) => (
                    <SessionCard
                      key={s.id}
                      session={s}
                      labels={props.labels}
                      showMentor={props.showMentor}
                      compact
                      onOpen={props.onOpen}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </Box>
  );
}

/** On a phone: the days that have sessions, one after the other. */
function Agenda(props: {
  days: Map<string, TSession[]>;
  labels: MentoringLabels;
  showMentor: boolean;
  onOpen: (s: TSession) => void;
}) {
  const { t } = useTranslation();
  const today = localDay(new Date());
  return (
    <Stack hiddenFrom="md" gap="md" className="mentoring-agenda">
      {[...props.days.entries()].map(([day, sessions]) => {
        const headingId = `mentoring-agenda-${day}`;
        return (
          <Stack component="section" key={day} gap="xs" aria-labelledby={headingId}>
            <Group gap="xs">
              <Title order={3} size="h5" id={headingId}>
                {props.labels.dayLong(day)}
              </Title>
              {day === today && <StatusBadge color="indigo">{t('ui.mentoring.today')}</StatusBadge>}
            </Group>
            <ul className="mentoring-list">
              {sessions.map((s) => (
                <SessionCard
                  key={s.id}
                  session={s}
                  labels={props.labels}
                  showMentor={props.showMentor}
                  compact={false}
                  onOpen={props.onOpen}
                />
              ))}
            </ul>
          </Stack>
        );
      })}
    </Stack>
  );
}

/** The week's sessions in numbers: how many, held and cancelled. */
function WeekSummary({ items }: { items: TSession[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const held = items.filter((s) => s.status === 'held').length;
  const cancelled = items.filter((s) => s.status === 'cancelled').length;
  const parts = [
    t('ui.mentoring.summary.sessions', { count: items.length, n: f.number(items.length) }),
  ];
  if (held > 0) parts.push(t('ui.mentoring.summary.held', { count: held, n: f.number(held) }));
  if (cancelled > 0)
    parts.push(t('ui.mentoring.summary.cancelled', { count: cancelled, n: f.number(cancelled) }));
  return (
    <Text size="sm" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}

/**
 * Mentoring sessions week by week: a mentor's own calendar, or for those who run the program any
 * mentor's or all of them; sessions are scheduled here and opened to record how they went.
 */
export default function MentoringPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const me = useCurrentUser();
  const { manager, mentor } = useMentoringRole();
  const labels = useMentoringLabels();
  const query = useUrlQuery(readCalendar, CALENDAR_KEYS);
  const { week: monday } = query.filter;
  const filteredMentor = manager ? query.filter.mentor : null;
  const calendarOf = manager ? filteredMentor : me.id;
  const mentors = useMentorList(programId, manager);
  const sessions = useSessions(programId, {
    from: monday,
    to: addDays(monday, 6),
    ...(calendarOf ? { mentorId: calendarOf } : {}),
  });
  const [form, setForm] = useState<{ session: TSession | null } | null>(null);
  const [profileOpen, setProfileOpen] = useState(false);
  const title = t('ui.mentoring.title');
  useDocumentTitle(`${title} · ${t('ui.app.name')}`);

  const items = sessions.data?.items ?? [];
  const days = byDay(items);
  const range = labels.weekRange(monday);
  const showMentor = manager && !filteredMentor;
  const thisWeek = weekStart(localDay(new Date()));
  // The session open in the form, as the calendar has it now (a newer version after a conflict).
  const openSession = form?.session
    ? (items.find((s) => s.id === form.session?.id) ?? form.session)
    : null;
  const mentorName = filteredMentor
    ? mentors.data?.find((m) => m.userId === filteredMentor)?.name
    : undefined;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Box style={{ flex: '1 1 320px' }}>
          <PageHeader title={title}>
            <Text size="sm" c="dimmed">
              {mentor ? t('ui.mentoring.introMentor') : t('ui.mentoring.intro')}
            </Text>
          </PageHeader>
        </Box>
        <Group gap="xs">
          {mentor && (
            <Button
              variant="default"
              leftSection={<IconUserCircle size={18} aria-hidden="true" />}
              onClick={() => setProfileOpen(true)}
            >
              {t('ui.mentoring.myProfile')}
            </Button>
          )}
          {calendarOf && (
            <Button
              component="a"
              href={calendarUrl(programId, calendarOf)}
              download
              variant="default"
              leftSection={<IconCalendarDown size={18} aria-hidden="true" />}
              aria-label={
                mentorName
                  ? t('ui.mentoring.exportOf', { name: mentorName })
                  : t('ui.mentoring.export')
              }
            >
              {t('ui.mentoring.export')}
            </Button>
          )}
          {(manager || mentor) && (
            <Button
              leftSection={<IconPlus size={18} aria-hidden="true" />}
              onClick={() => setForm({ session: null })}
            >
              {t('ui.mentoring.schedule')}
            </Button>
          )}
        </Group>
      </Group>

      <Paper withBorder p="sm" radius="md">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Stack gap={6}>
            <Title order={2} size="h4" aria-live="polite">
              {range}
            </Title>
            <Group gap="xs" wrap="nowrap">
              <ActionIcon
                variant="default"
                size={40}
                aria-label={t('ui.mentoring.previousWeek')}
                onClick={() => query.update({ week: addDays(monday, -7) })}
              >
                <IconChevronLeft size={20} aria-hidden="true" />
              </ActionIcon>
              <Button
                variant="default"
                h={40}
                disabled={monday === thisWeek}
                onClick={() => query.update({ week: null })}
              >
                {t('ui.mentoring.thisWeek')}
              </Button>
              <ActionIcon
                variant="default"
                size={40}
                aria-label={t('ui.mentoring.nextWeek')}
                onClick={() => query.update({ week: addDays(monday, 7) })}
              >
                <IconChevronRight size={20} aria-hidden="true" />
              </ActionIcon>
            </Group>
          </Stack>
          {manager && (
            <Select
              label={t('ui.mentoring.mentorFilter')}
              data={[
                { value: 'all', label: t('ui.mentoring.allMentors') },
                ...(mentors.data ?? []).map((m) => ({ value: m.userId, label: m.name })),
              ]}
              value={filteredMentor ?? 'all'}
              onChange={(v) => query.update({ mentor: v && v !== 'all' ? v : null })}
              allowDeselect={false}
              searchable
              nothingFoundMessage={t('ui.common.nothingFound')}
              w={{ base: '100%', xs: 300 }}
            />
          )}
        </Group>
      </Paper>

      {sessions.isPending ? (
        <LoadingState />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={t('ui.mentoring.empty')}
          description={
            manager && !filteredMentor
              ? t('ui.mentoring.emptyProgram')
              : t('ui.mentoring.emptyMentor')
          }
        />
      ) : (
        <Stack gap="sm" aria-busy={sessions.isPlaceholderData}>
          <WeekSummary items={items} />
          <WeekGrid
            monday={monday}
            days={days}
            labels={labels}
            showMentor={showMentor}
            onOpen={(session) => setForm({ session })}
            label={t('ui.mentoring.weekLabel', { range })}
          />
          <Agenda
            days={days}
            labels={labels}
            showMentor={showMentor}
            onOpen={(session) => setForm({ session })}
          />
        </Stack>
      )}

      {(manager || mentor) && (
        <SessionFormModal
          opened={form !== null}
          onClose={() => setForm(null)}
          onSaved={(saved) => {
            const savedWeek = weekStart(localDay(new Date(saved.startsAt)));
            if (savedWeek !== monday)
              query.update({ week: savedWeek === thisWeek ? null : savedWeek });
          }}
          programId={programId}
          session={openSession}
          mentors={manager ? (mentors.data ?? []) : null}
          defaultMentorId={manager ? (filteredMentor ?? '') : me.id}
        />
      )}
      {mentor && (
        <MentorProfileModal
          programId={programId}
          userId={me.id}
          opened={profileOpen}
          onClose={() => setProfileOpen(false)}
        />
      )}
    </Stack>
  );
}
