import {
  ActionIcon,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import {
  IconChevronLeft,
  IconChevronRight,
  IconMapPin,
  IconPlus,
  IconVideo,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TTrainingSession,
  TTrainingSessionDetail,
} from '../../../../shared/schemas/training.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { addDays, localDay, weekStart } from '../mentoring/dates.ts';
import { useModules, useTrainingSessions } from './api.ts';
import { useTrainingLabels, useTrainingPermissions } from './labels.ts';
import { SessionFormModal } from './SessionFormModal.tsx';
import { SessionModal } from './SessionModal.tsx';

const K = 'ui.training.sessions';

function byDay(items: TTrainingSession[]): Map<string, TTrainingSession[]> {
  const days = new Map<string, TTrainingSession[]>();
  for (const s of items) {
    const day = localDay(new Date(s.startsAt));
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  return days;
}

/** The sessions of a week, day by day; a session opens to enroll cases and take attendance. */
export function SessionsTab({
  programId,
  week,
  onWeek,
  cityName,
}: {
  programId: string;
  /** The Monday of the week shown. */
  week: string;
  onWeek: (monday: string | null) => void;
  cityName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const can = useTrainingPermissions();
  const labels = useTrainingLabels();
  const sessions = useTrainingSessions(programId, { from: week, to: addDays(week, 6) });
  const modules = useModules(programId, can.work);
  const [open, setOpen] = useState<string | null>(null);
  const [form, setForm] = useState<{ session: TTrainingSessionDetail | null } | null>(null);
  const thisWeek = weekStart(localDay(new Date()));
  const { locale } = useFormat();
  const f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' });
  const range = t(`${K}.weekOf`, {
    from: f.format(new Date(`${week}T12:00:00`)),
    to: f.format(new Date(`${addDays(week, 6)}T12:00:00`)),
  });
  const items = sessions.data?.items ?? [];
  const days = byDay(items);

  return (
    <Stack gap="md">
      <Paper withBorder p="sm" radius="md">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Stack gap={6}>
            <Title order={2} size="h4" aria-live="polite">
              {range}
            </Title>
            <Group gap="xs" wrap="nowrap">
              <ActionIcon
                variant="default"
                size={44}
                aria-label={t(`${K}.previousWeek`)}
                onClick={() => onWeek(addDays(week, -7))}
              >
                <IconChevronLeft size={20} aria-hidden="true" />
              </ActionIcon>
              <Button
                variant="default"
                h={44}
                disabled={week === thisWeek}
                onClick={() => onWeek(null)}
              >
                {t(`${K}.thisWeek`)}
              </Button>
              <ActionIcon
                variant="default"
                size={44}
                aria-label={t(`${K}.nextWeek`)}
                onClick={() => onWeek(addDays(week, 7))}
              >
                <IconChevronRight size={20} aria-hidden="true" />
              </ActionIcon>
            </Group>
          </Stack>
          {can.work && (
            <Button
              leftSection={<IconPlus size={18} aria-hidden="true" />}
              onClick={() => setForm({ session: null })}
              disabled={(modules.data?.items.length ?? 0) === 0}
            >
              {t(`${K}.schedule`)}
            </Button>
          )}
        </Group>
      </Paper>

      {sessions.isPending ? (
        <LoadingState />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={t(`${K}.empty`)}
          description={can.work ? t(`${K}.emptyHelp`) : undefined}
        />
      ) : (
        <Stack gap="md" aria-busy={sessions.isPlaceholderData}>
          {[...days.entries()].map(([day, list]) => (
            <Stack component="section" key={day} gap="xs" aria-labelledby={`training-day-${day}`}>
              <Title order={3} size="h5" id={`training-day-${day}`}>
                {labels.day(list[0]!.startsAt)}
              </Title>
              <SimpleGrid
                component="ul"
                cols={{ base: 1, sm: 2, lg: 3 }}
                spacing="sm"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
              >
                {list.map((s) => (
                  <SessionCard key={s.id} session={s} onOpen={() => setOpen(s.id)} />
                ))}
              </SimpleGrid>
            </Stack>
          ))}
        </Stack>
      )}

      <SessionModal
        programId={programId}
        sessionId={open}
        onClose={() => setOpen(null)}
        onEdit={(session) => setForm({ session })}
        cityName={cityName}
      />
      {can.work && (
        <SessionFormModal
          programId={programId}
          opened={form !== null}
          session={form?.session ?? null}
          modules={modules.data?.items ?? []}
          defaultDay={week === thisWeek ? localDay(new Date()) : week}
          onClose={() => setForm(null)}
          onSaved={(saved) => {
            const savedWeek = weekStart(localDay(new Date(saved.startsAt)));
            if (savedWeek !== week) onWeek(savedWeek === thisWeek ? null : savedWeek);
            if (!form?.session) setOpen(saved.id);
          }}
        />
      )}
    </Stack>
  );
}

function SessionCard({ session, onOpen }: { session: TTrainingSession; onOpen: () => void }) {
  const { t } = useTranslation();
  const labels = useTrainingLabels();
  const full = session.enrolled >= session.capacity;
  const Icon = session.format === 'virtual' ? IconVideo : IconMapPin;
  return (
    <Paper component="li" withBorder radius="md" p="sm" className="training-card">
      <Stack gap={6}>
        <UnstyledButton
          onClick={onOpen}
          className="training-open"
          aria-label={t(`${K}.open`, {
            module: session.moduleTitle,
            time: labels.timeRange(session),
          })}
        >
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
              {session.moduleTitle}
            </Text>
            <Text size="sm" className="num" ta="left">
              {labels.timeRange(session)}
            </Text>
          </Stack>
          <IconChevronRight size={18} aria-hidden="true" style={{ flexShrink: 0 }} />
        </UnstyledButton>
        <Group gap={4} wrap="nowrap" align="flex-start">
          <Icon size={14} aria-hidden="true" style={{ flexShrink: 0, marginTop: 3 }} />
          <Text size="sm" lineClamp={2} style={{ minWidth: 0 }}>
            {[labels.format(session.format), session.place].filter(Boolean).join(' · ')}
          </Text>
        </Group>
        <Group gap={4}>
          <StatusBadge color={full ? 'yellow' : 'teal'}>
            {t(`${K}.places`, { enrolled: session.enrolled, capacity: session.capacity })}
          </StatusBadge>
          {session.started && <StatusBadge color="gray">{t(`${K}.started`)}</StatusBadge>}
        </Group>
      </Stack>
    </Paper>
  );
}
