import {
  Box,
  Button,
  Grid,
  Group,
  List,
  NavLink,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconArrowRight,
  IconCircleCheck,
  IconCloudCheck,
  IconLoader2,
  IconSend,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAnswers, visibleQuestions } from '../../../../shared/domain/assessment/scoring.ts';
import type { AnswerIssue } from '../../../../shared/domain/assessment/scoring.ts';
import type {
  TAnswer,
  TAnswers,
  TCaseAssessment,
  TQuestionnaireDefinition,
} from '../../../../shared/schemas/assessment.ts';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import { assessmentChanged, assessmentKeys, saveDraft, submitAssessment } from './api.ts';
import {
  answeredCount,
  isBlank,
  questionIndex,
  useDefinitionText,
  visibleAnswers,
} from './labels.ts';
import { QuestionField, focusQuestion } from './QuestionField.tsx';

type Definition = Pick<TQuestionnaireDefinition, 'levers' | 'sections'>;

/** How long after the last change a draft is saved. */
const SAVE_DELAY_MS = 1500;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; error: unknown };

/** The first section with a shown required question left blank; the last one when none is. */
function resumeSection(def: Definition, answers: TAnswers): number {
  const shown = visibleQuestions(def, answers);
  const i = def.sections.findIndex((s) =>
    s.questions.some((q) => q.required && shown.has(q.id) && isBlank(answers[q.id])),
  );
  if (i >= 0) return i;
  return Object.keys(answers).length > 0 ? def.sections.length - 1 : 0;
}

/** `answers.<id>` of a field error, or null when it points elsewhere. */
function questionOf(path: readonly (string | number)[] | string): string | null {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  return parts[0] === 'answers' && parts[1] ? parts[1] : null;
}

interface Props {
  programId: string;
  caseId: string;
  data: TCaseAssessment;
  readOnly: boolean;
  /** Someone else saved meanwhile: reload and start again from what is stored. */
  onConflict: () => void;
  /** The assessment went through; the page shows the diagnosis next. */
  onSubmitted: () => void;
}

/**
 * The questionnaire, one section at a time: answers save themselves as a draft a moment after
 * each change and on every step, conditional questions come and go as answers change, and the
 * submission first shows (and jumps to) whatever is still missing.
 */
export function AssessmentForm({
  programId,
  caseId,
  data,
  readOnly,
  onConflict,
  onSubmitted,
}: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useDefinitionText();
  const queryClient = useQueryClient();
  const def = data.questionnaire.definition;
  const sections = def.sections;
  const index = useMemo(() => questionIndex(def), [def]);
  const order = useMemo(() => [...index.keys()], [index]);

  const [answers, setAnswers] = useState<TAnswers>(() => ({ ...(data.assessment?.answers ?? {}) }));
  const [step, setStep] = useState(() => resumeSection(def, data.assessment?.answers ?? {}));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);
  const [, setTick] = useState(0);

  const answersRef = useRef(answers);
  const versionRef = useRef<number | undefined>(
    data.assessment?.status === 'draft' ? data.assessment.version : undefined,
  );
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const mounted = useRef(true);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const movedStep = useRef(false);

  const issueText = useCallback(
    (issue: Pick<AnswerIssue, 'code' | 'params'>) => {
      const params = Object.fromEntries(
        Object.entries(issue.params ?? {}).map(([k, v]) => [
          k,
          typeof v === 'number' ? f.number(v) : v,
        ]),
      );
      return t(`validation.${issue.code}`, { ...params, defaultValue: t('validation.invalid') });
    },
    [t, f],
  );

  /** Sends what changed as the draft; waits for a save already on its way. */
  const persist = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (!dirty.current || readOnly) return true;
    dirty.current = false;
    const current = answersRef.current;
    // An answer that does not fit yet (a number out of range) is shown at its question, not sent.
    const unfit = new Set(checkAnswers(def, current, 'draft').map((i) => i.path[1]));
    const body = {
      answers: Object.fromEntries(
        Object.entries(current).filter(([id, a]) => !unfit.has(id) && !isBlank(a)),
      ),
      version: versionRef.current,
    };
    if (mounted.current) setSave({ kind: 'saving' });
    const run = (async () => {
      try {
        const result = await saveDraft(programId, caseId, body);
        versionRef.current = result.assessment?.version;
        queryClient.setQueryData(assessmentKeys.detail(programId, caseId), result);
        if (mounted.current)
          setSave(dirty.current ? { kind: 'dirty' } : { kind: 'saved', at: Date.now() });
        return true;
      } catch (error) {
        dirty.current = true;
        if (isApiError(error) && error.code === 'conflict') {
          onConflict();
          return false;
        }
        if (mounted.current) {
          setSave({ kind: 'error', error });
          if (isApiError(error)) {
            const fields: Record<string, string> = {};
            for (const field of error.fields) {
              const id = questionOf(field.path);
              if (id) fields[id] = field.message;
            }
            setErrors((e) => ({ ...e, ...fields }));
          }
        }
        return false;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    return run;
  }, [def, programId, caseId, queryClient, onConflict, readOnly]);

  const persistRef = useRef(persist);
  persistRef.current = persist;

  useEffect(() => {
    mounted.current = true;
    // Leaving the page with changes not sent yet: send them anyway.
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current || inFlight.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      mounted.current = false;
      window.removeEventListener('beforeunload', beforeUnload);
      if (dirty.current) void persistRef.current();
    };
  }, []);

  // "Saved a moment ago" turns into the time of the save after a minute.
  useEffect(() => {
    if (save.kind !== 'saved') return;
    const id = window.setTimeout(() => setTick((n) => n + 1), 60_000);
    return () => window.clearTimeout(id);
  }, [save]);

  useEffect(() => {
    if (focusTarget) focusQuestion(focusTarget.id);
  }, [focusTarget]);

  useEffect(() => {
    if (!movedStep.current) return;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [step]);

  const change = useCallback((id: string, value: TAnswer | undefined) => {
    const next = { ...answersRef.current };
    if (value === undefined) delete next[id];
    else next[id] = value;
    answersRef.current = next;
    setAnswers(next);
    setErrors((e) => {
      if (!(id in e)) return e;
      const rest = { ...e };
      delete rest[id];
      return rest;
    });
    dirty.current = true;
    setSave({ kind: 'dirty' });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void persistRef.current(), SAVE_DELAY_MS);
  }, []);

  const goTo = (i: number) => {
    if (i === step) return;
    void persist();
    movedStep.current = true;
    setStep(i);
  };

  /** Shows each problem at its question and jumps to the first one. */
  const showIssues = (byQuestion: Record<string, string>) => {
    setErrors(byQuestion);
    const ids = order.filter((id) => id in byQuestion);
    setMissing(ids);
    const first = ids[0];
    if (!first) return;
    const at = index.get(first)?.section ?? step;
    if (at !== step) void persist();
    setStep(at);
    setFocusTarget({ id: first });
  };

  const submit = async () => {
    setSubmitError(null);
    const sent = visibleAnswers(def, answersRef.current);
    const issues = checkAnswers(def, sent, 'submit');
    if (issues.length > 0) {
      const byQuestion: Record<string, string> = {};
      for (const issue of issues) {
        const id = questionOf(issue.path);
        if (id && !(id in byQuestion)) byQuestion[id] = issueText(issue);
      }
      showIssues(byQuestion);
      return;
    }
    window.clearTimeout(timer.current);
    setSubmitting(true);
    try {
      while (inFlight.current) await inFlight.current;
      const result = await submitAssessment(programId, caseId, {
        answers: sent,
        version: versionRef.current,
      });
      dirty.current = false;
      notifySuccess(t('ui.assessment.form.submittedTitle'), t('ui.assessment.form.submittedBody'));
      onSubmitted();
      assessmentChanged(queryClient, programId, result);
    } catch (error) {
      if (isApiError(error) && error.code === 'conflict') {
        onConflict();
        return;
      }
      const byQuestion: Record<string, string> = {};
      if (isApiError(error))
        for (const field of error.fields) {
          const id = questionOf(field.path);
          if (id && !(id in byQuestion)) byQuestion[id] = field.message;
        }
      if (Object.keys(byQuestion).length > 0) showIssues(byQuestion);
      else setSubmitError(error);
    } finally {
      if (mounted.current) setSubmitting(false);
    }
  };

  const shown = visibleQuestions(def, answers);
  const progress = answeredCount(def, answers);
  const live = new Map<string, string>();
  for (const issue of checkAnswers(def, answers, 'draft')) {
    const id = questionOf(issue.path);
    if (id && !live.has(id)) live.set(id, issueText(issue));
  }
  const stillMissing = missing.filter((id) => shown.has(id) && id in errors);
  const section = sections[step]!;
  const last = step === sections.length - 1;
  const sectionCount = (i: number) => {
    const ids = sections[i]!.questions.filter((q) => shown.has(q.id));
    return {
      answered: ids.filter((q) => !isBlank(answers[q.id])).length,
      total: ids.length,
      complete: ids.every((q) => !q.required || !isBlank(answers[q.id])),
    };
  };

  const status = (() => {
    switch (save.kind) {
      case 'idle':
        return readOnly ? null : (
          <Text size="sm" c="dimmed">
            {t('ui.assessment.save.idle')}
          </Text>
        );
      case 'dirty':
      case 'saving':
        return (
          <Group gap={6} wrap="nowrap">
            <IconLoader2 size={16} aria-hidden="true" />
            <Text size="sm" c="dimmed">
              {t('ui.assessment.save.saving')}
            </Text>
          </Group>
        );
      case 'saved':
        return (
          <Group gap={6} wrap="nowrap">
            <IconCloudCheck size={16} aria-hidden="true" color="var(--mantine-color-teal-8)" />
            <Text size="sm" c="teal.9">
              {Date.now() - save.at < 60_000
                ? t('ui.assessment.save.savedNow')
                : t('ui.assessment.save.savedAt', {
                    time: new Intl.DateTimeFormat(f.locale, { timeStyle: 'short' }).format(save.at),
                  })}
            </Text>
          </Group>
        );
      case 'error':
        return (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconAlertTriangle size={16} aria-hidden="true" color="var(--mantine-color-red-9)" />
            <Text size="sm" c="red.9">
              {t('ui.assessment.save.failed', { message: errorMessage(save.error) })}{' '}
              <UnstyledButton
                className="assessment-inline-button"
                onClick={() => {
                  dirty.current = true;
                  void persist();
                }}
              >
                {t('ui.common.retry')}
              </UnstyledButton>
            </Text>
          </Group>
        );
    }
  })();

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="sm" className="assessment-progress">
        <Stack gap={6}>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              {t('ui.assessment.form.progress', {
                answered: f.number(progress.answered),
                total: f.number(progress.total),
              })}
            </Text>
            <div role="status" aria-live="polite" className="assessment-save-status">
              {status}
            </div>
          </Group>
          <Progress
            value={progress.total > 0 ? (progress.answered / progress.total) * 100 : 0}
            size="sm"
            color="indigo.7"
            aria-hidden="true"
          />
        </Stack>
      </Paper>

      {stillMissing.length > 0 && (
        <Notice
          color="yellow"
          icon={<IconAlertTriangle aria-hidden="true" />}
          title={t('ui.assessment.form.missingTitle', { count: stillMissing.length })}
          role="alert"
        >
          <List size="sm" spacing={4}>
            {stillMissing.map((id) => {
              const entry = index.get(id)!;
              return (
                <List.Item key={id}>
                  <UnstyledButton
                    className="assessment-inline-button"
                    onClick={() => {
                      if (entry.section !== step) goTo(entry.section);
                      setFocusTarget({ id });
                    }}
                  >
                    {text(entry.q.label)}
                  </UnstyledButton>
                  <Text span size="sm" c="dimmed">
                    {` · ${text(sections[entry.section]!.title)}`}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        </Notice>
      )}

      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }} visibleFrom="md">
          <Paper
            withBorder
            radius="md"
            p={4}
            component="nav"
            aria-label={t('ui.assessment.form.sections')}
          >
            {sections.map((s, i) => {
              const count = sectionCount(i);
              return (
                <NavLink
                  key={s.id}
                  component="button"
                  type="button"
                  active={i === step}
                  aria-current={i === step ? 'step' : undefined}
                  label={text(s.title)}
                  description={t('ui.assessment.form.sectionCount', {
                    answered: f.number(count.answered),
                    total: f.number(count.total),
                  })}
                  leftSection={
                    count.complete ? (
                      <IconCircleCheck
                        size={18}
                        color="var(--mantine-color-teal-8)"
                        aria-label={t('ui.assessment.form.sectionComplete')}
                      />
                    ) : (
                      <Text span fw={700} size="sm" w={18} ta="center" aria-hidden="true">
                        {i + 1}
                      </Text>
                    )
                  }
                  onClick={() => goTo(i)}
                  styles={{
                    root: {
                      borderRadius: 'var(--mantine-radius-sm)',
                      color: i === step ? 'var(--mantine-color-indigo-9)' : undefined,
                    },
                    label: { fontWeight: i === step ? 600 : 500 },
                    description: { color: 'var(--mantine-color-dimmed)' },
                  }}
                />
              );
            })}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Paper withBorder radius="md" p={{ base: 'sm', xs: 'md', sm: 'lg' }}>
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (!last) goTo(step + 1);
                else if (!readOnly) void submit();
              }}
            >
              <Stack gap="lg">
                <Box>
                  <Text size="sm" c="dimmed" fw={500}>
                    {t('ui.assessment.form.sectionOf', { n: step + 1, total: sections.length })}
                  </Text>
                  <Title order={2} fz={{ base: 20, sm: 24 }} ref={headingRef} tabIndex={-1}>
                    {text(section.title)}
                  </Title>
                </Box>
                {section.questions
                  .filter((q) => shown.has(q.id))
                  .map((q) => (
                    <QuestionField
                      key={q.id}
                      question={q}
                      value={answers[q.id]}
                      onChange={change}
                      error={errors[q.id] ?? live.get(q.id)}
                      readOnly={readOnly}
                    />
                  ))}
                {last && !readOnly && (
                  <Text size="sm" c="dimmed">
                    {t('ui.assessment.form.submitHelp')}
                  </Text>
                )}
                {submitError !== null && (
                  <Notice
                    color="red"
                    icon={<IconAlertTriangle aria-hidden="true" />}
                    title={t('ui.assessment.form.submitFailed')}
                    role="alert"
                  >
                    {errorMessage(submitError)}
                  </Notice>
                )}
                <Group justify="space-between" gap="sm">
                  {step > 0 ? (
                    <Button
                      variant="default"
                      size="md"
                      leftSection={<IconArrowLeft size={18} aria-hidden="true" />}
                      onClick={() => goTo(step - 1)}
                    >
                      {t('ui.assessment.form.previous')}
                    </Button>
                  ) : (
                    <span />
                  )}
                  {!last ? (
                    <Button
                      type="submit"
                      size="md"
                      rightSection={<IconArrowRight size={18} aria-hidden="true" />}
                    >
                      {t('ui.assessment.form.next')}
                    </Button>
                  ) : (
                    !readOnly && (
                      <Button
                        type="submit"
                        size="md"
                        loading={submitting}
                        leftSection={<IconSend size={18} aria-hidden="true" />}
                      >
                        {t('ui.assessment.form.submit')}
                      </Button>
                    )
                  )}
                </Group>
              </Stack>
            </form>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
