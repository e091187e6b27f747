import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NativeSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UseFormReturnType } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isWebLink } from '../../../../shared/domain/services/status.ts';
import { SESSION_MODES } from '../../../../shared/schemas/mentors.ts';
import type { TMentor, TSession, TSessionBody } from '../../../../shared/schemas/mentors.ts';
import { errorMessage, isApiError } from '../../api/client.ts';
import { ChoiceGroup } from '../../components/ChoiceGroup.tsx';
import { Notice } from '../../components/Notice.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { fetchSessions, useMentees, useSaveSession } from './api.ts';
import {
  addDays,
  hasStarted,
  isDay,
  isTime,
  isoWithOffset,
  localDay,
  localTime,
  overlaps,
} from './dates.ts';
import { useMentoringLabels } from './labels.ts';
import type { Attendance, SessionMode, SessionStatus } from './labels.ts';

interface TaskValues {
  key: string;
  text: string;
  dueOn: string;
  done: boolean;
}

interface Values {
  mentorId: string;
  day: string;
  time: string;
  durationMinutes: string;
  mode: SessionMode;
  place: string;
  link: string;
  agenda: string;
  caseIds: string[];
  status: SessionStatus;
  notes: string;
  attendance: Record<string, Attendance>;
  tasks: TaskValues[];
}

const DURATIONS = [15, 30, 45, 60, 75, 90, 120, 150, 180, 240, 300, 360, 420, 480];
const MARKED: readonly Attendance[] = ['present', 'absent', 'excused'];
const MAX_TASKS = 20;

let taskSeq = 0;
const taskKey = () => `task-${++taskSeq}`;

/** The next quarter hour from now, for a new session. */
function nextQuarter(): Date {
  const d = new Date();
  d.setSeconds(0, 0);
  d.setMinutes(Math.ceil((d.getMinutes() + 1) / 15) * 15);
  return d;
}

function valuesOf(session: TSession | null, mentorId: string): Values {
  if (!session) {
    const start = nextQuarter();
    return {
      mentorId,
      day: localDay(start),
      time: localTime(start),
      durationMinutes: '60',
      mode: 'in_person',
      place: '',
      link: '',
      agenda: '',
      caseIds: [],
      status: 'scheduled',
      notes: '',
      attendance: {},
      tasks: [],
    };
  }
  const start = new Date(session.startsAt);
  return {
    mentorId: session.mentorId,
    day: localDay(start),
    time: localTime(start),
    durationMinutes: String(session.durationMinutes),
    mode: session.mode,
    place: session.place,
    link: session.link,
    agenda: session.agenda,
    caseIds: session.attendees.map((a) => a.caseId),
    status: session.status,
    notes: session.notes,
    attendance: Object.fromEntries(session.attendees.map((a) => [a.caseId, a.attendance])),
    tasks: session.tasks.map((task) => ({
      key: taskKey(),
      text: task.text,
      dueOn: task.dueOn ?? '',
      done: task.done,
    })),
  };
}

function bodyOf(v: Values, version: number | undefined): TSessionBody {
  return {
    mentorId: v.mentorId,
    startsAt: isoWithOffset(v.day, v.time),
    durationMinutes: Number(v.durationMinutes),
    mode: v.mode,
    place: v.mode === 'in_person' ? v.place.trim() : '',
    link: v.mode === 'video' ? v.link.trim() : '',
    agenda: v.agenda.trim(),
    caseIds: v.caseIds,
    status: v.status,
    notes: v.notes.trim(),
    attendance: v.caseIds.map((caseId) => ({
      caseId,
      attendance: v.attendance[caseId] ?? 'pending',
    })),
    tasks: v.tasks.map((task) => ({
      text: task.text.trim(),
      dueOn: task.dueOn || null,
      done: task.done,
    })),
    ...(version === undefined ? {} : { version }),
  };
}

const SIMPLE_FIELDS = [
  'mentorId',
  'durationMinutes',
  'mode',
  'place',
  'link',
  'agenda',
  'status',
  'notes',
] as const;

/**
 * The server's field errors on the form's fields: the start on the time, a business's attendance
 * on its group, a task's on its row. What no field shows goes with the general message.
 */
function placeErrors(
  error: unknown,
  body: TSessionBody,
  mentorShown: boolean,
): { placed: Record<string, string>; rest: string[] } {
  const placed: Record<string, string> = {};
  const rest: string[] = [];
  if (!isApiError(error)) return { placed, rest };
  for (const field of error.fields) {
    const [head = '', index, leaf] = field.path.split('.');
    let key: string | null = null;
    if (head === 'startsAt') key = 'time';
    else if (head === 'caseIds') key = 'caseIds';
    else if (head === 'attendance') {
      const caseId = body.attendance[Number(index)]?.caseId;
      key = caseId ? `attendance.${caseId}` : 'caseIds';
    } else if (head === 'tasks' && index !== undefined)
      key = `tasks.${index}.${leaf === 'dueOn' ? 'dueOn' : 'text'}`;
    else if ((SIMPLE_FIELDS as readonly string[]).includes(head))
      key = head === 'mentorId' && !mentorShown ? null : head;
    if (key && !(key in placed)) placed[key] = field.message;
    else if (!key) rest.push(field.message);
  }
  return { placed, rest };
}

/**
 * A new session (`session` null), or one opened from the calendar: its details, and once it has
 * started, whether it was held, who came, the notes and the follow-up tasks.
 */
export function SessionFormModal({
  opened,
  onClose,
  onSaved,
  programId,
  session,
  mentors,
  defaultMentorId,
}: {
  opened: boolean;
  onClose: () => void;
  onSaved: (session: TSession) => void;
  programId: string;
  session: TSession | null;
  /** The mentors to choose from (managers); null when the signed-in mentor schedules their own. */
  mentors: TMentor[] | null;
  /** The mentor a new session is for: the signed-in mentor, or the one the calendar shows. */
  defaultMentorId: string;
}) {
  const { t } = useTranslation();
  const labels = useMentoringLabels();
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveSession(programId);
  const [conflict, setConflict] = useState(false);
  const [overlap, setOverlap] = useState<string | null>(null);
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<Values>({
    initialValues: valuesOf(session, defaultMentorId),
    validate: {
      mentorId: (v) => (v ? null : t('ui.mentoring.form.errors.mentor')),
      day: (v) => (isDay(v) ? null : t('ui.mentoring.form.errors.day')),
      time: (v) => (isTime(v) ? null : t('ui.mentoring.form.errors.time')),
      place: (v, all) =>
        all.mode === 'in_person' && v.trim() === '' ? t('validation.place_required') : null,
      link: (v, all) =>
        all.mode === 'video' && !isWebLink(v) ? t('validation.link_not_url') : null,
      caseIds: (v) => (v.length > 0 ? null : t('ui.mentoring.form.errors.businesses')),
      tasks: {
        text: (v) =>
          v.trim().length >= 2 ? null : t('validation.too_small_string', { minimum: 2 }),
      },
    },
  });
  const mentorId = form.values.mentorId;
  const mentees = useMentees(programId, opened ? mentorId || null : null);

  // Each opening starts from the session as the calendar has it now (fresh after a conflict).
  const { setValues, resetDirty, clearErrors } = form;
  const { reset: resetSave } = save;
  useEffect(() => {
    if (!opened) return;
    const values = valuesOf(session, defaultMentorId);
    setValues(values);
    resetDirty(values);
    clearErrors();
    // Only when the modal opens, or the session read changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, session?.id, session?.version]);
  const openedOn = useRef<string | null>(null);
  useEffect(() => {
    const key = opened ? (session?.id ?? 'new') : null;
    if (key === openedOn.current) return;
    openedOn.current = key;
    setConflict(false);
    setOverlap(null);
    setGeneral([]);
    resetSave();
  }, [opened, session?.id, resetSave]);

  const mentorShown = mentors !== null && session === null;
  const started = session !== null && hasStarted(session);
  const editing = session !== null;

  /** The session the new times clash with, in words; the server's message when not found. */
  const describeOverlap = async (body: TSessionBody, fallback: string) => {
    const wanted = {
      startsAt: new Date(body.startsAt).toISOString(),
      endsAt: new Date(Date.parse(body.startsAt) + body.durationMinutes * 60_000).toISOString(),
    };
    try {
      const day = form.values.day;
      const around = await fetchSessions(programId, {
        from: addDays(day, -1),
        to: addDays(day, 1),
        mentorId: body.mentorId,
      });
      const clash = around.find(
        (s) => s.id !== session?.id && s.status !== 'cancelled' && overlaps(s, wanted),
      );
      if (!clash) return fallback;
      return t('ui.mentoring.form.overlap', {
        day: labels.dayInSentence(localDay(new Date(clash.startsAt))),
        time: labels.timeRange(clash),
        businesses: labels.businesses(clash),
      });
    } catch {
      return fallback;
    }
  };

  // What went wrong shows at the top of a long form, or at a field further down: bring it in view.
  const formRef = useRef<HTMLFormElement>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (conflict || overlap || general.length > 0)
      problemsRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [conflict, overlap, general]);
  const focusFirstError = () =>
    window.setTimeout(() => {
      const invalid = formRef.current?.querySelector<HTMLElement>(
        '[aria-invalid="true"], [data-invalid] input',
      );
      invalid?.focus();
    }, 0);

  const submit = form.onSubmit((values) => {
    setConflict(false);
    setOverlap(null);
    setGeneral([]);
    const body = bodyOf(values, session?.version);
    save.mutate(
      { id: session?.id ?? null, body },
      {
        onSuccess: (saved) => {
          notifySuccess(
            editing ? t('ui.mentoring.form.saved') : t('ui.mentoring.form.created'),
            `${labels.dayLong(localDay(new Date(saved.startsAt)))} · ${labels.timeRange(saved)}`,
          );
          onSaved(saved);
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'conflict') {
            setConflict(true);
            return;
          }
          if (isApiError(error) && error.code === 'session_overlap') {
            void describeOverlap(body, error.message).then(setOverlap);
            return;
          }
          const { placed, rest } = placeErrors(error, body, mentorShown);
          form.setErrors(placed);
          if (Object.keys(placed).length > 0) focusFirstError();
          if (rest.length > 0 || !isApiError(error) || error.fields.length === 0)
            setGeneral([errorMessage(error), ...rest]);
        },
      },
    );
  }, focusFirstError);

  // The businesses to choose from: the mentor's mentees, and those already in the session.
  const menteeData = [
    ...(mentees.data ?? []).map((m) => ({
      value: m.caseId,
      label: `${m.businessName} · ${m.ownerName}`,
    })),
    ...(session?.attendees ?? [])
      .filter((a) => !mentees.data?.some((m) => m.caseId === a.caseId))
      .map((a) => ({ value: a.caseId, label: `${a.businessName} · ${a.ownerName}` })),
  ];
  const businessName = (caseId: string) =>
    mentees.data?.find((m) => m.caseId === caseId)?.businessName ??
    session?.attendees.find((a) => a.caseId === caseId)?.businessName ??
    caseId;
  const durations = DURATIONS.includes(Number(form.values.durationMinutes))
    ? DURATIONS
    : [...DURATIONS, Number(form.values.durationMinutes)].sort((a, b) => a - b);
  const statuses: SessionStatus[] = started
    ? ['scheduled', 'held', 'cancelled']
    : ['scheduled', 'cancelled'];
  const count = form.values.caseIds.length;
  const mentorName = session?.mentorName ?? mentors?.find((m) => m.userId === mentorId)?.name;
  const title = editing ? t('ui.mentoring.form.editTitle') : t('ui.mentoring.form.newTitle');

  return (
    <Modal
      opened={opened}
      onClose={() => !save.isPending && onClose()}
      title={title}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form onSubmit={submit} noValidate ref={formRef}>
        <Stack gap="md">
          {(conflict || overlap || general.length > 0) && (
            <Stack gap="md" ref={problemsRef} style={{ scrollMarginTop: 72 }}>
              {conflict && (
                <Notice color="yellow" role="alert" title={t('ui.mentoring.form.conflictTitle')}>
                  {t('ui.mentoring.form.conflictBody')}
                </Notice>
              )}
              {overlap && (
                <Notice color="red" role="alert" title={t('ui.mentoring.form.overlapTitle')}>
                  {overlap}
                </Notice>
              )}
              {general.length > 0 && (
                <Notice color="red" role="alert" title={t('ui.mentoring.form.failed')}>
                  {general.map((m) => (
                    <div key={m}>{m}</div>
                  ))}
                </Notice>
              )}
            </Stack>
          )}

          {mentorShown ? (
            <Select
              label={t('ui.mentoring.form.mentor')}
              placeholder={t('ui.mentoring.form.mentorPlaceholder')}
              data={(mentors ?? []).map((m) => ({ value: m.userId, label: m.name }))}
              searchable
              allowDeselect={false}
              required
              size="md"
              nothingFoundMessage={t('ui.common.nothingFound')}
              {...form.getInputProps('mentorId')}
              onChange={(v) => {
                form.setFieldValue('mentorId', v ?? '');
                form.setFieldValue('caseIds', []);
              }}
            />
          ) : (
            mentors !== null &&
            mentorName && (
              <Text size="sm">
                <Text span fw={600}>
                  {t('ui.mentoring.form.mentor')}:
                </Text>{' '}
                {mentorName}
              </Text>
            )
          )}

          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing="sm">
            <TextInput
              type="date"
              label={t('ui.mentoring.form.day')}
              required
              size="md"
              data-autofocus
              {...form.getInputProps('day')}
            />
            <TextInput
              type="time"
              label={t('ui.mentoring.form.time')}
              required
              size="md"
              step={300}
              {...form.getInputProps('time')}
            />
            <NativeSelect
              label={t('ui.mentoring.form.duration')}
              data={durations.map((m) => ({ value: String(m), label: labels.duration(m) }))}
              required
              size="md"
              {...form.getInputProps('durationMinutes')}
            />
          </SimpleGrid>

          <ChoiceGroup
            label={t('ui.mentoring.form.mode')}
            options={SESSION_MODES.map((m) => ({ value: m, label: labels.mode(m) }))}
            value={form.values.mode}
            onChange={(v) => form.setFieldValue('mode', v as SessionMode)}
            error={form.errors.mode}
            inline
            required
            size="md"
            name="session-mode"
          />
          {form.values.mode === 'in_person' && (
            <TextInput
              label={t('ui.mentoring.form.place')}
              description={t('ui.mentoring.form.placeHelp')}
              required
              size="md"
              maxLength={300}
              {...form.getInputProps('place')}
            />
          )}
          {form.values.mode === 'video' && (
            <TextInput
              label={t('ui.mentoring.form.link')}
              description={t('ui.mentoring.form.linkHelp')}
              required
              size="md"
              type="url"
              inputMode="url"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={500}
              {...form.getInputProps('link')}
            />
          )}

          <Stack gap={6}>
            <MultiSelect
              label={t('ui.mentoring.form.businesses')}
              description={t('ui.mentoring.form.businessesHelp')}
              placeholder={
                form.values.caseIds.length === 0 ? t('ui.mentoring.form.businessesPlaceholder') : ''
              }
              data={menteeData}
              searchable
              required
              size="md"
              disabled={!mentorId}
              nothingFoundMessage={
                mentees.isPending ? t('ui.common.loading') : t('ui.mentoring.form.noMentees')
              }
              maxValues={40}
              {...form.getInputProps('caseIds')}
            />
            {count > 0 && (
              <Text size="sm" c="dimmed" aria-live="polite">
                {count === 1
                  ? t('ui.mentoring.form.individual')
                  : t('ui.mentoring.form.group', { n: count })}
              </Text>
            )}
            {mentees.isSuccess && mentees.data.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('ui.mentoring.form.noMenteesHelp')}
              </Text>
            )}
          </Stack>

          <Textarea
            label={t('ui.mentoring.form.agenda')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            size="md"
            {...form.getInputProps('agenda')}
          />

          {editing && (
            <Paper
              withBorder
              radius="md"
              p="sm"
              component="fieldset"
              className="mentoring-fieldset"
            >
              <Text component="legend" fw={600} px={4}>
                {t('ui.mentoring.form.outcome')}
              </Text>
              <Stack gap="md">
                <ChoiceGroup
                  label={t('ui.mentoring.form.status')}
                  options={statuses.map((s) => ({ value: s, label: labels.status(s) }))}
                  value={form.values.status}
                  onChange={(v) => form.setFieldValue('status', v as SessionStatus)}
                  error={form.errors.status}
                  inline
                  size="md"
                  name="session-status"
                />
                {!started ? (
                  <Text size="sm" c="dimmed">
                    {t('ui.mentoring.form.notStarted')}
                  </Text>
                ) : (
                  <>
                    <Stack gap="sm">
                      <Text fw={600} size="sm">
                        {t('ui.mentoring.form.attendanceTitle')}
                      </Text>
                      {form.values.caseIds.map((caseId) => (
                        <ChoiceGroup
                          key={caseId}
                          label={businessName(caseId)}
                          options={MARKED.map((a) => ({ value: a, label: labels.attendance(a) }))}
                          value={
                            form.values.attendance[caseId] === 'pending'
                              ? ''
                              : (form.values.attendance[caseId] ?? '')
                          }
                          onChange={(v) => {
                            form.setFieldValue(`attendance.${caseId}`, v as Attendance);
                            form.clearFieldError(`attendance.${caseId}`);
                          }}
                          error={form.errors[`attendance.${caseId}`]}
                          inline
                          size="md"
                          name={`attendance-${caseId}`}
                        />
                      ))}
                    </Stack>
                    <Textarea
                      label={t('ui.mentoring.form.notes')}
                      description={t('ui.mentoring.form.notesHelp')}
                      autosize
                      minRows={3}
                      maxRows={8}
                      maxLength={4000}
                      size="md"
                      {...form.getInputProps('notes')}
                    />
                    <TaskList form={form} />
                  </>
                )}
              </Stack>
            </Paper>
          )}

          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {editing ? t('ui.mentoring.form.save') : t('ui.mentoring.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The follow-up tasks: what to do, by when, and whether it is done. */
function TaskList({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation();
  const tasks = form.values.tasks;
  return (
    <Stack gap="sm">
      <Text fw={600} size="sm">
        {t('ui.mentoring.form.tasksTitle')}
      </Text>
      {tasks.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('ui.mentoring.form.noTasks')}
        </Text>
      )}
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {tasks.map((task, i) => (
          <li key={task.key}>
            <Paper
              withBorder
              radius="md"
              p="sm"
              component="fieldset"
              className="mentoring-fieldset"
            >
              <Text component="legend" fw={600} size="sm" px={4}>
                {t('ui.mentoring.form.taskN', { n: i + 1 })}
              </Text>
              <Stack gap="xs">
                <TextInput
                  label={t('ui.mentoring.form.taskText')}
                  required
                  size="md"
                  maxLength={300}
                  {...form.getInputProps(`tasks.${i}.text`)}
                />
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs">
                  <TextInput
                    type="date"
                    label={t('ui.mentoring.form.taskDue')}
                    size="md"
                    {...form.getInputProps(`tasks.${i}.dueOn`)}
                  />
                  <Checkbox
                    label={t('ui.mentoring.form.taskDone')}
                    size="md"
                    mt={{ base: 0, xs: 34 }}
                    {...form.getInputProps(`tasks.${i}.done`, { type: 'checkbox' })}
                  />
                </SimpleGrid>
                <Group justify="flex-end">
                  <Button
                    variant="subtle"
                    color="red.9"
                    size="sm"
                    leftSection={<IconTrash size={16} aria-hidden="true" />}
                    aria-label={t('ui.mentoring.form.removeTaskN', { n: i + 1 })}
                    onClick={() => form.removeListItem('tasks', i)}
                  >
                    {t('ui.mentoring.form.removeTask')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          </li>
        ))}
      </Stack>
      {tasks.length < MAX_TASKS && (
        <Group>
          <Button
            variant="default"
            size="sm"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() =>
              form.insertListItem('tasks', { key: taskKey(), text: '', dueOn: '', done: false })
            }
          >
            {t('ui.mentoring.form.addTask')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
