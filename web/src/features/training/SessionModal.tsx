import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import {
  IconExternalLink,
  IconMapPin,
  IconPencil,
  IconSearch,
  IconUserMinus,
  IconUserPlus,
  IconVideo,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TEnrollment,
  TTrainingAttendance,
  TTrainingSessionDetail,
} from '../../../../shared/schemas/training.ts';
import { errorMessage } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import {
  useCaseSearch,
  useEnroll,
  useRecordAttendance,
  useTrainingSession,
  useUnenroll,
} from './api.ts';
import { ATTENDANCE_COLOR, useTrainingLabels, useTrainingPermissions } from './labels.ts';

const K = 'ui.training.sessions';
const MARKS: readonly TTrainingAttendance[] = ['present', 'absent', 'excused'];

/**
 * A session opened from the week: its details, the cases enrolled that the caller may see, the
 * search to enroll more, and attendance per case with buttons a thumb can hit.
 */
export function SessionModal(props: {
  programId: string;
  sessionId: string | null;
  onClose: () => void;
  onEdit: (session: TTrainingSessionDetail) => void;
  cityName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const session = useTrainingSession(props.programId, props.sessionId);
  const s = session.data;
  return (
    <Modal
      opened={props.sessionId !== null}
      onClose={props.onClose}
      title={s ? s.moduleTitle : t(`${K}.loadingTitle`)}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      {session.isPending ? (
        <LoadingState />
      ) : session.isError || !s ? (
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      ) : (
        <SessionBody
          programId={props.programId}
          session={s}
          onEdit={() => props.onEdit(s)}
          cityName={props.cityName}
        />
      )}
    </Modal>
  );
}

function SessionBody({
  programId,
  session,
  onEdit,
  cityName,
}: {
  programId: string;
  session: TTrainingSessionDetail;
  onEdit: () => void;
  cityName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const can = useTrainingPermissions();
  const labels = useTrainingLabels();
  const full = session.enrolled >= session.capacity;
  const hidden = session.enrolled - session.enrollments.length;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text fw={600}>
          {labels.day(session.startsAt)} · {labels.timeRange(session)}
        </Text>
        <Group gap={6} wrap="nowrap" align="flex-start">
          {session.format === 'virtual' ? (
            <IconVideo size={16} aria-hidden="true" style={{ flexShrink: 0, marginTop: 3 }} />
          ) : (
            <IconMapPin size={16} aria-hidden="true" style={{ flexShrink: 0, marginTop: 3 }} />
          )}
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {labels.format(session.format)}
            {session.place && ` · ${session.place}`}
            {session.link && (
              <>
                {' · '}
                <Anchor
                  href={session.link}
                  target="_blank"
                  rel="noopener noreferrer"
                  size="sm"
                  aria-label={`${t(`${K}.join`)} (${t('ui.common.opensInNewTab')})`}
                >
                  {t(`${K}.join`)}
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
        {session.trainerName && (
          <Text size="sm">{t(`${K}.trainerIs`, { name: session.trainerName })}</Text>
        )}
        <Group gap="xs">
          <StatusBadge color={full ? 'yellow' : 'teal'}>
            {t(`${K}.places`, { enrolled: session.enrolled, capacity: session.capacity })}
          </StatusBadge>
          {!session.started && <StatusBadge color="gray">{t(`${K}.notStarted`)}</StatusBadge>}
        </Group>
        {can.work && (
          <Group>
            <Button
              variant="default"
              size="sm"
              leftSection={<IconPencil size={16} aria-hidden="true" />}
              onClick={onEdit}
            >
              {t(`${K}.edit`)}
            </Button>
          </Group>
        )}
      </Stack>

      {can.work && (
        <EnrollSearch programId={programId} session={session} full={full} cityName={cityName} />
      )}

      <Stack component="section" gap="sm" aria-labelledby="training-enrolled-title">
        <Title order={3} size="h5" id="training-enrolled-title">
          {t(`${K}.enrolledTitle`)}
        </Title>
        {can.work && !session.started && session.enrollments.length > 0 && (
          <Text size="sm" c="dimmed">
            {t(`${K}.attendanceLater`)}
          </Text>
        )}
        {session.enrollments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t(`${K}.noneEnrolled`)}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {session.enrollments.map((e) => (
              <EnrollmentRow
                key={e.caseId}
                programId={programId}
                session={session}
                enrollment={e}
                editable={can.work}
              />
            ))}
          </Stack>
        )}
        {hidden > 0 && (
          <Text size="sm" c="dimmed">
            {t(`${K}.hiddenEnrolled`, { count: hidden })}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}

/** Finds active cases in the caller's scope by business or owner, and enrolls them. */
function EnrollSearch({
  programId,
  session,
  full,
  cityName,
}: {
  programId: string;
  session: TTrainingSessionDetail;
  full: boolean;
  cityName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const search = useCaseSearch(programId, debounced);
  const enroll = useEnroll(programId, session.id);
  const [problem, setProblem] = useState<string | null>(null);
  const enrolled = new Set(session.enrollments.map((e) => e.caseId));
  const results = (search.data?.items ?? []).filter((c) => !enrolled.has(c.id));

  const add = (caseId: string, name: string) => {
    setProblem(null);
    enroll.mutate([caseId], {
      onSuccess: () => {
        notifySuccess(t(`${K}.enrolled`), name);
        setQ('');
      },
      onError: (e) => setProblem(errorMessage(e)),
    });
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="section"
      aria-labelledby="training-enroll-title"
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id="training-enroll-title">
          {t(`${K}.enrollTitle`)}
        </Title>
        {full ? (
          <Notice color="yellow">{t(`${K}.full`)}</Notice>
        ) : (
          <>
            <TextInput
              label={t(`${K}.search`)}
              description={t(`${K}.searchHelp`)}
              leftSection={<IconSearch size={18} aria-hidden="true" />}
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
              size="md"
              type="search"
              autoComplete="off"
            />
            {problem && (
              <Notice color="red" role="alert">
                {problem}
              </Notice>
            )}
            {debounced.length >= 2 && search.isSuccess && results.length === 0 && (
              <Text size="sm" c="dimmed" aria-live="polite">
                {t(`${K}.noResults`)}
              </Text>
            )}
            {results.length > 0 && (
              <Stack
                component="ul"
                gap={6}
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
                aria-label={t(`${K}.results`)}
              >
                {results.map((c) => (
                  <Group
                    component="li"
                    key={c.id}
                    justify="space-between"
                    gap="xs"
                    wrap="nowrap"
                    className="training-result"
                  >
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {c.businessName}
                      </Text>
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {c.ownerName} · {cityName(c.municipalityCode)}
                      </Text>
                    </Stack>
                    <Button
                      size="md"
                      variant="light"
                      leftSection={<IconUserPlus size={18} aria-hidden="true" />}
                      aria-label={t(`${K}.enrollNamed`, { name: c.businessName })}
                      loading={enroll.isPending && enroll.variables?.[0] === c.id}
                      onClick={() => add(c.id, c.businessName)}
                      style={{ flexShrink: 0 }}
                    >
                      {t(`${K}.enroll`)}
                    </Button>
                  </Group>
                ))}
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** One case in the session: its attendance (big buttons, saved at once), minutes, and leaving. */
function EnrollmentRow({
  programId,
  session,
  enrollment: e,
  editable,
}: {
  programId: string;
  session: TTrainingSessionDetail;
  enrollment: TEnrollment;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const labels = useTrainingLabels();
  const record = useRecordAttendance(programId, session.id);
  const unenroll = useUnenroll(programId, session.id);
  const [minutes, setMinutes] = useState<number | string>(e.minutes);
  const [editingMinutes, setEditingMinutes] = useState(false);

  const mark = (attendance: TTrainingAttendance, m?: number) =>
    record.mutate(
      { items: [{ caseId: e.caseId, attendance, ...(m === undefined ? {} : { minutes: m }) }] },
      {
        onSuccess: () => setEditingMinutes(false),
        onError: (err) => notifyError(t(`${K}.attendanceFailed`), err),
      },
    );

  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {e.businessName}
            </Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {e.ownerName}
            </Text>
          </Stack>
          <StatusBadge color={ATTENDANCE_COLOR[e.attendance]}>
            {labels.attendance(e.attendance)}
          </StatusBadge>
        </Group>
        {editable && session.started && (
          <Group
            gap="xs"
            grow
            role="group"
            aria-label={t(`${K}.attendanceOf`, { name: e.businessName })}
          >
            {MARKS.map((a) => (
              <Button
                key={a}
                size="md"
                h={48}
                px={4}
                fz="sm"
                variant={e.attendance === a ? 'filled' : 'default'}
                color={ATTENDANCE_COLOR[a] === 'yellow' ? 'yellow.9' : `${ATTENDANCE_COLOR[a]}.8`}
                aria-pressed={e.attendance === a}
                loading={record.isPending && record.variables?.items[0]?.attendance === a}
                onClick={() => mark(a)}
              >
                {labels.attendance(a)}
              </Button>
            ))}
          </Group>
        )}
        {e.attendance === 'present' && (
          <Group gap="xs" align="flex-end">
            {editingMinutes ? (
              <>
                <NumberInput
                  label={t(`${K}.minutes`)}
                  description={t(`${K}.minutesHelp`, { max: session.durationMinutes })}
                  min={0}
                  max={session.durationMinutes}
                  allowDecimal={false}
                  size="md"
                  value={minutes}
                  onChange={setMinutes}
                  w={200}
                />
                <Button
                  size="md"
                  onClick={() => mark('present', Number(minutes))}
                  loading={record.isPending}
                >
                  {t(`${K}.saveMinutes`)}
                </Button>
              </>
            ) : (
              <>
                <Text size="sm">
                  {t(`${K}.minutesOf`, { minutes: e.minutes, total: session.durationMinutes })}
                </Text>
                {editable && (
                  <Button
                    variant="subtle"
                    size="xs"
                    onClick={() => {
                      setMinutes(e.minutes);
                      setEditingMinutes(true);
                    }}
                    aria-label={t(`${K}.changeMinutesOf`, { name: e.businessName })}
                  >
                    {t(`${K}.changeMinutes`)}
                  </Button>
                )}
              </>
            )}
          </Group>
        )}
        {editable && e.attendance === 'pending' && (
          <Group justify="flex-end">
            <ActionIcon
              variant="subtle"
              color="red.9"
              size={40}
              aria-label={t(`${K}.unenrollNamed`, { name: e.businessName })}
              loading={unenroll.isPending}
              onClick={() =>
                unenroll.mutate(e.caseId, {
                  onError: (err) => notifyError(t(`${K}.unenrollFailed`), err),
                })
              }
            >
              <IconUserMinus size={20} aria-hidden="true" />
            </ActionIcon>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
