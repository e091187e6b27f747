import { Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail } from '../../../../shared/schemas/cases.ts';
import type { TTrackProgress } from '../../../../shared/schemas/training.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useRoleCheck } from '../programs/ProgramContext.tsx';
import { Section } from '../registration/ApplicantPage.tsx';
import { certificateUrl, useCaseTraining } from './api.ts';
import { ATTENDANCE_COLOR, useTrainingLabels } from './labels.ts';

const K = 'ui.training.panel';
/** Sessions listed on the case page; the rest are in the training screen. */
const RECENT = 5;

/** The case's progress in each training track, its latest sessions, and the certificates earned. */
export function TrainingPanel({ programId, detail }: { programId: string; detail: TCaseDetail }) {
  const { t } = useTranslation();
  const has = useRoleCheck();
  const see = has([
    'admin',
    'coordinator',
    'supervisor',
    'case_coordinator',
    'facilitator',
    'mentor',
    'owner',
  ]);
  const training = useCaseTraining(programId, detail.id, see);
  const labels = useTrainingLabels();
  if (!see) return null;
  const data = training.data;
  return (
    <Section id="case-training-title" title={t(`${K}.title`)}>
      {training.isPending ? (
        <LoadingState />
      ) : training.isError || !data ? (
        <ErrorState error={training.error} onRetry={() => void training.refetch()} />
      ) : data.tracks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`${K}.noTracks`)}
        </Text>
      ) : (
        <Stack gap="sm">
          {data.tracks.map((track) => (
            <TrackCard key={track.trackId} programId={programId} caseId={detail.id} track={track} />
          ))}
          <Stack gap={4}>
            <Title order={3} size="h6">
              {t(`${K}.sessions`)}
            </Title>
            {data.enrollments.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t(`${K}.noSessions`)}
              </Text>
            ) : (
              <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
                {data.enrollments.slice(0, RECENT).map((e) => (
                  <Group component="li" key={e.sessionId} justify="space-between" gap="xs">
                    <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                      {e.moduleTitle} · {labels.day(e.startsAt)}
                    </Text>
                    <StatusBadge color={ATTENDANCE_COLOR[e.attendance]}>
                      {labels.attendance(e.attendance)}
                    </StatusBadge>
                  </Group>
                ))}
              </Stack>
            )}
          </Stack>
        </Stack>
      )}
    </Section>
  );
}

function TrackCard({
  programId,
  caseId,
  track,
}: {
  programId: string;
  caseId: string;
  track: TTrackProgress;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const done = track.modules.filter((m) => m.completed).length;
  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {track.name}
          </Text>
          <StatusBadge color={track.completed ? 'teal' : 'gray'}>
            {track.completed ? t(`${K}.completed`) : t(`${K}.inProgress`)}
          </StatusBadge>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Progress
            value={track.percent}
            color={track.completed ? 'teal.8' : 'indigo.8'}
            size="lg"
            style={{ flex: 1 }}
            aria-hidden="true"
          />
          <Text size="sm" fw={600} className="num" miw={48}>
            {f.percent(track.percent / 100)}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t(`${K}.modulesDone`, { done, total: track.modules.length })}
        </Text>
        <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
          {track.modules.map((m) => (
            <Group component="li" key={m.moduleId} gap={6} wrap="nowrap" align="flex-start">
              {m.completed ? (
                <IconCircleCheck
                  size={18}
                  color="var(--mantine-color-teal-8)"
                  aria-hidden="true"
                  style={{ flexShrink: 0, marginTop: 1 }}
                />
              ) : (
                <IconCircleDashed
                  size={18}
                  color="var(--mantine-color-gray-6)"
                  aria-hidden="true"
                  style={{ flexShrink: 0, marginTop: 1 }}
                />
              )}
              <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {m.title} —{' '}
                {m.completed && m.completedAt
                  ? t(`${K}.moduleDone`, { date: f.dateTime(m.completedAt) })
                  : t(`${K}.moduleMinutes`, { minutes: m.minutes, required: m.required })}
              </Text>
            </Group>
          ))}
        </Stack>
        {track.completed && (
          <Group>
            <Button
              component="a"
              href={certificateUrl(programId, caseId, track.trackId)}
              download
              variant="light"
              leftSection={<IconDownload size={18} aria-hidden="true" />}
              aria-label={t(`${K}.certificateOf`, { name: track.name })}
            >
              {t(`${K}.certificate`)}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
