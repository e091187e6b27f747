import {
  Box,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UseFormReturnType } from '@mantine/form';
import { IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONSIBLES } from '../../../../shared/schemas/assessment.ts';
import type {
  Responsible,
  TPlan,
  TPlanBody,
  TQuestionnaireDefinition,
} from '../../../../shared/schemas/assessment.ts';
import { formErrors, generalErrors, isApiError } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { isDay, today } from '../cases/EncounterForm.tsx';
import {
  NO_SERVICE,
  PlanServiceField,
  suggestedFor,
  type LinkedService,
} from '../services/PlanServiceField.tsx';
import { useSavePlan } from './api.ts';
import { byWeek, hasFollowUp, usePlanLabels } from './labels.ts';

interface ActivityRow {
  /** React key; the activity id for saved ones. */
  key: string;
  id?: string;
  lever: string;
  title: string;
  description: string;
  week: string;
  responsible: Responsible;
  /** The catalog service it uses, or NO_SERVICE. */
  serviceId: string;
  /** The service saved on it, as read (it may no longer be proposed). */
  linked: LinkedService | null;
  /** Has a follow-up: it cannot be removed. */
  recorded: boolean;
}

interface Values {
  startsOn: string;
  weeks: string;
  presentedOn: string;
  ownerPriorities: string;
  activities: ActivityRow[];
}

const WEEK_CHOICES = ['10', '11', '12'];

function toValues(plan: TPlan): Values {
  return {
    startsOn: plan.startsOn,
    weeks: String(plan.weeks),
    presentedOn: plan.presentedOn ?? '',
    ownerPriorities: plan.ownerPriorities,
    activities: byWeek(plan.activities).map((a) => ({
      key: a.id,
      id: a.id,
      lever: a.lever,
      title: a.title,
      description: a.description,
      week: String(a.week),
      responsible: a.responsible,
      serviceId: a.service?.id ?? NO_SERVICE,
      linked: a.service,
      recorded: hasFollowUp(a),
    })),
  };
}

/** The plan as it is, to save with some fields changed (the presentation, for one). */
export function planBody(plan: TPlan, changes: Partial<TPlanBody> = {}): TPlanBody {
  return {
    version: plan.version,
    startsOn: plan.startsOn,
    weeks: plan.weeks,
    presentedOn: plan.presentedOn,
    ownerPriorities: plan.ownerPriorities,
    activities: byWeek(plan.activities).map((a) => ({
      id: a.id,
      lever: a.lever,
      title: a.title,
      description: a.description,
      week: a.week,
      responsible: a.responsible,
      serviceId: a.service?.id ?? null,
    })),
    ...changes,
  };
}

function knownPaths(values: Values): string[] {
  return [
    'startsOn',
    'weeks',
    'presentedOn',
    'ownerPriorities',
    'activities',
    ...values.activities.flatMap((_, i) =>
      ['lever', 'title', 'description', 'week', 'responsible', 'serviceId'].map(
        (f) => `activities.${i}.${f}`,
      ),
    ),
  ];
}

/** The presentation to the owner: when, and what the owner wants first. */
export function PresentationFields<V extends { presentedOn: string; ownerPriorities: string }>({
  form,
  min,
}: {
  form: UseFormReturnType<V>;
  min: string;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        type="date"
        label={t('ui.plan.presentation.date')}
        description={t('ui.plan.presentation.dateHelp')}
        min={min}
        max={today()}
        size="md"
        {...form.getInputProps('presentedOn')}
      />
      <Textarea
        label={t('ui.plan.presentation.priorities')}
        description={t('ui.plan.presentation.prioritiesHelp')}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={2000}
        size="md"
        {...form.getInputProps('ownerPriorities')}
      />
    </SimpleGrid>
  );
}

/**
 * What is wrong with the day something of the plan happened (its presentation, an activity's
 * follow-up): not a date, a day still to come, or before the plan starts; null when nothing is.
 */
export function pastDayProblem(
  value: string,
  startsOn: string,
): 'date' | 'future' | 'beforeStart' | null {
  if (!isDay(value)) return 'date';
  if (value > today()) return 'future';
  if (value < startsOn) return 'beforeStart';
  return null;
}

/** The message for what is wrong with a presentation day. */
export const PRESENTED_ON_ERRORS = {
  date: 'ui.plan.errors.date',
  future: 'ui.plan.errors.future',
  beforeStart: 'ui.plan.errors.presentedBeforeStart',
} as const;

/**
 * The plan as a form: dates and length, each activity (what, why, lever, week, who), adding and
 * removing activities (not those already followed up), and the presentation to the owner.
 * Saves with the version read; a conflict reloads the plan and says so.
 */
export function PlanEditor({
  programId,
  caseId,
  plan,
  levers,
  definition,
  reload,
  onClose,
}: {
  programId: string;
  caseId: string;
  plan: TPlan;
  /** Levers an activity may address, in the diagnosis's order. */
  levers: string[];
  definition: TQuestionnaireDefinition | undefined;
  /** Fetches the plan again (after a conflict). */
  reload: () => Promise<TPlan | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = usePlanLabels(definition);
  const save = useSavePlan(programId, caseId);
  const [version, setVersion] = useState(plan.version);
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const newCount = useRef(0);
  const listRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Opening the editor takes the focus to its heading, so a screen reader hears where it is.
  useEffect(() => titleRef.current?.focus(), []);

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: toValues(plan),
    validate: (values) => {
      const errors: Record<string, string | null> = {};
      const weeks = Number(values.weeks);
      if (!isDay(values.startsOn)) errors.startsOn = t('ui.plan.errors.date');
      const presented = values.presentedOn && pastDayProblem(values.presentedOn, values.startsOn);
      errors.presentedOn = presented ? t(PRESENTED_ON_ERRORS[presented]) : null;
      if (values.activities.length === 0) errors.activities = t('ui.plan.errors.noActivities');
      values.activities.forEach((a, i) => {
        if (a.title.trim().length < 3)
          errors[`activities.${i}.title`] = t('ui.plan.errors.titleShort');
        if (Number(a.week) > weeks)
          errors[`activities.${i}.week`] = t('ui.plan.errors.weekBeyond', { weeks });
        if (!a.lever) errors[`activities.${i}.lever`] = t('ui.plan.errors.lever');
      });
      return errors;
    },
  });
  const v = form.values;
  const weeks = Number(v.weeks);

  const leverChoices = (current: string) =>
    (levers.includes(current) || !current ? levers : [...levers, current]).map((id) => ({
      value: id,
      label: labels.lever(id),
    }));
  const weekChoices = Array.from({ length: Math.max(weeks, 1) }, (_, i) => ({
    value: String(i + 1),
    label: t('ui.plan.week', { n: i + 1 }),
  }));

  // The services follow the lever: one chosen among the old lever's proposals is let go.
  const changeLever = (i: number, lever: string) => {
    const row = form.getValues().activities[i];
    form.setFieldValue(`activities.${i}.lever`, lever);
    if (
      row &&
      row.serviceId !== NO_SERVICE &&
      suggestedFor(plan, row.lever, row.serviceId) &&
      !suggestedFor(plan, lever, row.serviceId)
    )
      form.setFieldValue(`activities.${i}.serviceId`, NO_SERVICE);
  };

  const add = () => {
    newCount.current += 1;
    const last = v.activities.at(-1);
    form.insertListItem('activities', {
      key: `new-${newCount.current}`,
      lever: levers[0] ?? last?.lever ?? '',
      title: '',
      description: '',
      week: last ? last.week : '1',
      responsible: 'facilitator',
      serviceId: NO_SERVICE,
      linked: null,
      recorded: false,
    } satisfies ActivityRow);
    // The new activity's first field takes the focus, so the keyboard lands where typing goes.
    requestAnimationFrame(() =>
      listRef.current
        ?.querySelector<HTMLInputElement>('li:last-child input[data-field="title"]')
        ?.focus(),
    );
  };

  const submit = (values: Values) => {
    setGeneral([]);
    const body: TPlanBody = {
      version,
      startsOn: values.startsOn,
      weeks: Number(values.weeks),
      presentedOn: values.presentedOn || null,
      ownerPriorities: values.ownerPriorities.trim(),
      activities: values.activities.map((a) => ({
        ...(a.id ? { id: a.id } : {}),
        lever: a.lever,
        title: a.title.trim(),
        description: a.description.trim(),
        week: Number(a.week),
        responsible: a.responsible,
        serviceId: a.serviceId === NO_SERVICE ? null : a.serviceId,
      })),
    };
    save.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('ui.plan.editor.saved'), t('ui.plan.editor.savedBody'));
        onClose();
      },
      onError: (e) => {
        if (isApiError(e) && e.code === 'conflict') {
          void reload().then((fresh) => {
            if (fresh) {
              form.setValues(toValues(fresh));
              form.resetDirty(toValues(fresh));
              setVersion(fresh.version);
            }
            form.clearErrors();
            setConflict(true);
          });
          return;
        }
        if (isApiError(e) && e.code === 'case_locked') {
          notifyError(t('ui.plan.editor.lockedTitle'), e);
          void reload();
          onClose();
          return;
        }
        const paths = knownPaths(values);
        form.setErrors(formErrors(e, paths));
        setGeneral(generalErrors(e, paths));
      },
    });
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)} aria-labelledby="plan-editor-title">
      <Stack gap="md">
        <Text
          component="h2"
          id="plan-editor-title"
          ref={titleRef}
          tabIndex={-1}
          fw={700}
          fz="h3"
          m={0}
        >
          {t('ui.plan.editor.title')}
        </Text>
        {conflict && (
          <Notice color="yellow" role="alert" title={t('ui.plan.editor.conflictTitle')}>
            {t('ui.plan.editor.conflictBody')}
          </Notice>
        )}
        <Paper withBorder radius="md" p="md" component="fieldset" className="plan-fieldset">
          <Text component="legend" fw={600} px={4}>
            {t('ui.plan.editor.dates')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t('ui.plan.editor.startsOn')}
              required
              size="md"
              {...form.getInputProps('startsOn')}
            />
            <NativeSelect
              label={t('ui.plan.editor.weeks')}
              data={WEEK_CHOICES.map((w) => ({ value: w, label: t('ui.plan.weeksN', { n: w }) }))}
              required
              size="md"
              {...form.getInputProps('weeks')}
            />
          </SimpleGrid>
        </Paper>

        <Stack gap="sm">
          <Text component="h3" fw={700} fz="lg" m={0}>
            {t('ui.plan.editor.activities')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('ui.plan.editor.activitiesHelp')}
          </Text>
          {form.errors.activities && (
            <Notice color="red" role="alert">
              {form.errors.activities}
            </Notice>
          )}
          <Stack component="ol" ref={listRef} gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {v.activities.map((a, i) => {
              const n = i + 1;
              const lockedId = `activity-${a.key}-kept`;
              return (
                <li key={a.key}>
                  <Paper
                    withBorder
                    radius="md"
                    p="sm"
                    component="fieldset"
                    className="plan-fieldset"
                  >
                    <Text component="legend" fw={600} px={4}>
                      {t('ui.plan.editor.activityN', { n })}
                    </Text>
                    <Stack gap="sm">
                      <TextInput
                        label={t('ui.plan.editor.activityTitle')}
                        required
                        maxLength={200}
                        size="md"
                        data-field="title"
                        {...form.getInputProps(`activities.${i}.title`)}
                      />
                      <Textarea
                        label={t('ui.plan.editor.description')}
                        autosize
                        minRows={2}
                        maxRows={6}
                        maxLength={2000}
                        size="md"
                        {...form.getInputProps(`activities.${i}.description`)}
                      />
                      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
                        <NativeSelect
                          label={t('ui.plan.editor.lever')}
                          data={leverChoices(a.lever)}
                          required
                          size="md"
                          {...form.getInputProps(`activities.${i}.lever`)}
                          onChange={(e) => changeLever(i, e.currentTarget.value)}
                        />
                        <NativeSelect
                          label={t('ui.plan.editor.week')}
                          data={
                            Number(a.week) > weeks
                              ? [
                                  ...weekChoices,
                                  { value: a.week, label: t('ui.plan.week', { n: a.week }) },
                                ]
                              : weekChoices
                          }
                          required
                          size="md"
                          {...form.getInputProps(`activities.${i}.week`)}
                        />
                        <NativeSelect
                          label={t('ui.plan.editor.responsible')}
                          data={RESPONSIBLES.map((r) => ({
                            value: r,
                            label: labels.responsible(r),
                          }))}
                          required
                          size="md"
                          {...form.getInputProps(`activities.${i}.responsible`)}
                        />
                      </SimpleGrid>
                      <PlanServiceField
                        plan={plan}
                        lever={a.lever}
                        leverName={labels.lever(a.lever)}
                        value={a.serviceId}
                        linked={a.linked}
                        onChange={(id) => form.setFieldValue(`activities.${i}.serviceId`, id)}
                        error={form.errors[`activities.${i}.serviceId`]}
                      />
                      <Group gap="xs" align="center">
                        <Button
                          variant="default"
                          c={a.recorded ? undefined : 'red.9'}
                          leftSection={<IconTrash size={16} aria-hidden="true" />}
                          disabled={a.recorded}
                          aria-describedby={a.recorded ? lockedId : undefined}
                          aria-label={t('ui.plan.editor.removeN', { n })}
                          onClick={() => form.removeListItem('activities', i)}
                        >
                          {t('ui.plan.editor.remove')}
                        </Button>
                        {a.recorded && (
                          <Text id={lockedId} size="sm" c="dimmed">
                            {t('ui.plan.editor.cannotRemove')}
                          </Text>
                        )}
                      </Group>
                    </Stack>
                  </Paper>
                </li>
              );
            })}
          </Stack>
          <Box>
            <Button
              variant="light"
              leftSection={<IconPlus size={18} aria-hidden="true" />}
              onClick={add}
              disabled={v.activities.length >= 20}
            >
              {t('ui.plan.editor.add')}
            </Button>
          </Box>
        </Stack>

        <Paper withBorder radius="md" p="md" component="fieldset" className="plan-fieldset">
          <Text component="legend" fw={600} px={4}>
            {t('ui.plan.presentation.title')}
          </Text>
          <PresentationFields form={form} min={v.startsOn} />
        </Paper>

        {general.length > 0 && (
          <Notice color="red" role="alert" title={t('ui.plan.editor.failed')}>
            {general.join(' ')}
          </Notice>
        )}
        <Group gap="sm" justify="flex-end" className="plan-editor-actions">
          <Button variant="default" onClick={onClose}>
            {t('ui.common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            leftSection={<IconDeviceFloppy size={18} aria-hidden="true" />}
          >
            {t('ui.plan.editor.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
