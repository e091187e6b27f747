import {
  Button,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconEdit,
  IconLock,
  IconPresentation,
  IconPrinter,
  IconRefresh,
  IconSparkles,
  IconUserStar,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type {
  TPlan,
  TPlanActivity,
  TQuestionnaireDefinition,
} from '../../../../shared/schemas/assessment.ts';
import { errorMessage, formErrors, generalErrors, isApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { isDay, today } from '../cases/EncounterForm.tsx';
import { useCaseLabels } from '../cases/labels.ts';
import { useMoveFlow } from '../cases/moveFlow.tsx';
import { useCasePermissions } from '../cases/permissions.ts';
import { isMissing } from '../registration/labels.ts';
import {
  assessmentKeys,
  assessmentPage,
  planPrintPage,
  useAssessmentSettings,
  useCaseAssessment,
} from '../assessment/api.ts';
import { useCase, useCaseSettings } from '../cases/api.ts';
import { caseLink } from '../cases/CaseCard.tsx';
import { ActivityService } from '../services/PlanServiceField.tsx';
import { useGeneratePlan, usePlan, useSavePlan } from './api.ts';
import { ActivityFollowUp } from './ActivityFollowUp.tsx';
import { byWeek, hasFollowUp, usePlanLabels } from './labels.ts';
import {
  PRESENTED_ON_ERRORS,
  PlanEditor,
  PresentationFields,
  pastDayProblem,
  planBody,
} from './PlanEditor.tsx';
import './plan.css';

/**
 * A case's attention plan: generated from the diagnosis, edited with the owner, presented, and
 * followed up activity by activity with evidence until enough is done to complete the case.
 */
export default function PlanPage() {
  const { t } = useTranslation();
  const { programId = '', caseId = '' } = useParams();
  const can = useCasePermissions();
  const queryClient = useQueryClient();
  const plan = usePlan(programId, caseId);
  const assessment = useCaseAssessment(programId, caseId, can.see);
  const detail = useCase(programId, caseId, can.see);
  const rules = useAssessmentSettings(programId, can.see);
  const [editing, setEditing] = useState(false);

  const business = plan.data?.businessName ?? detail.data?.businessName;
  useDocumentTitle([t('ui.plan.title'), business, t('ui.app.name')].filter(Boolean).join(' · '));

  // A move of the case (to completed, say) locks or unlocks the plan: read it again.
  const stageKey = detail.data ? `${detail.data.stage}/${detail.data.status}` : null;
  const lastStage = useRef(stageKey);
  useEffect(() => {
    if (lastStage.current && stageKey && lastStage.current !== stageKey)
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.plan(programId, caseId) });
    lastStage.current = stageKey;
  }, [stageKey, queryClient, programId, caseId]);

  if (plan.isPending) return <LoadingState />;
  if (isMissing(plan.error)) return <NotFoundPage />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;

  const p = plan.data;
  const definition = assessment.data?.questionnaire.definition;
  const completionPercent = rules.data?.completionPercent ?? null;

  return (
    <Stack gap="md" className="plan-page" maw={960}>
      <PageHeader
        title={t('ui.plan.title')}
        crumbs={
          can.see
            ? [
                { label: t('ui.cases.title'), to: `/p/${encodeURIComponent(programId)}/cases` },
                ...(business ? [{ label: business, to: caseLink(programId, caseId) }] : []),
              ]
            : undefined
        }
      >
        {(p || detail.data) && (
          <Text size="sm" c="dimmed">
            {[
              p?.businessName ?? detail.data?.businessName,
              p?.ownerName ?? detail.data?.ownerName,
              (p?.facilitatorName ?? detail.data?.facilitatorName)
                ? t('ui.plan.facilitatorIs', {
                    name: p?.facilitatorName ?? detail.data?.facilitatorName,
                  })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
      </PageHeader>

      {p === null ? (
        <NoPlan
          programId={programId}
          caseId={caseId}
          canWork={can.work}
          assessment={assessment.data}
          assessmentLoading={can.see && assessment.isPending}
          assessmentError={assessment.error}
        />
      ) : (
        <PlanView
          programId={programId}
          caseId={caseId}
          plan={p}
          canWork={can.work && !p.locked}
          canSeeCase={can.see}
          definition={definition}
          levers={assessment.data?.diagnosis?.levers.map((l) => l.lever) ?? []}
          completionPercent={completionPercent}
          editing={editing}
          setEditing={setEditing}
          reload={async () => (await plan.refetch()).data ?? null}
        />
      )}
    </Stack>
  );
}

function NoPlan({
  programId,
  caseId,
  canWork,
  assessment,
  assessmentLoading,
  assessmentError,
}: {
  programId: string;
  caseId: string;
  canWork: boolean;
  assessment: { diagnosis: unknown; locked: boolean } | undefined;
  assessmentLoading: boolean;
  assessmentError: unknown;
}) {
  const { t } = useTranslation();
  const generate = useGeneratePlan(programId, caseId);
  const [startsOn, setStartsOn] = useState(today());
  const [dateError, setDateError] = useState<string | null>(null);

  if (!canWork)
    return <EmptyState title={t('ui.plan.none.title')} description={t('ui.plan.none.body')} />;
  if (assessmentLoading) return <LoadingState />;
  if (assessmentError) return <ErrorState error={assessmentError} />;

  const noDiagnosis =
    !assessment?.diagnosis ||
    (isApiError(generate.error) && generate.error.code === 'no_diagnosis');
  if (assessment?.locked)
    return (
      <Notice color="gray" icon={<IconLock aria-hidden="true" />} title={t('ui.plan.locked.title')}>
        {t('ui.plan.locked.noPlan')}
      </Notice>
    );
  if (noDiagnosis)
    return (
      <Notice
        color="yellow"
        role={generate.error ? 'alert' : undefined}
        icon={<IconAlertTriangle aria-hidden="true" />}
        title={t('ui.plan.noDiagnosis.title')}
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('ui.plan.noDiagnosis.body')}</Text>
          <Button component={Link} to={assessmentPage(programId, caseId)} variant="default">
            {t('ui.plan.noDiagnosis.link')}
          </Button>
        </Stack>
      </Notice>
    );

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!isDay(startsOn)) {
      setDateError(t('ui.plan.errors.date'));
      return;
    }
    setDateError(null);
    generate.mutate(
      { startsOn },
      {
        onSuccess: () => notifySuccess(t('ui.plan.generate.done'), t('ui.plan.generate.doneBody')),
        onError: (error) => {
          const at = formErrors(error, ['startsOn']).startsOn;
          if (at) setDateError(at);
        },
      },
    );
  };
  const failure =
    generate.error && !(isApiError(generate.error) && generate.error.fields.length > 0)
      ? errorMessage(generate.error)
      : null;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="plan-generate-title">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm" align="flex-start">
          <Title order={2} size="h4" id="plan-generate-title">
            {t('ui.plan.generate.title')}
          </Title>
          <Text size="sm">{t('ui.plan.generate.body')}</Text>
          <TextInput
            type="date"
            label={t('ui.plan.generate.startsOn')}
            description={t('ui.plan.generate.startsOnHelp')}
            value={startsOn}
            onChange={(e) => {
              setStartsOn(e.currentTarget.value);
              setDateError(null);
            }}
            error={dateError}
            size="md"
            w={{ base: '100%', xs: 260 }}
          />
          {failure && (
            <Notice color="red" role="alert" title={t('ui.plan.generate.failed')} w="100%">
              {failure}
            </Notice>
          )}
          <Button
            type="submit"
            loading={generate.isPending}
            leftSection={<IconSparkles size={18} aria-hidden="true" />}
          >
            {t('ui.plan.generate.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function PlanView({
  programId,
  caseId,
  plan,
  canWork,
  canSeeCase,
  definition,
  levers,
  completionPercent,
  editing,
  setEditing,
  reload,
}: {
  programId: string;
  caseId: string;
  plan: TPlan;
  /** A case worker, and the plan is not locked. */
  canWork: boolean;
  canSeeCase: boolean;
  definition: TQuestionnaireDefinition | undefined;
  levers: string[];
  completionPercent: number | null;
  editing: boolean;
  setEditing: (editing: boolean) => void;
  reload: () => Promise<TPlan | null>;
}) {
  const { t } = useTranslation();
  const labels = usePlanLabels(definition);
  const generate = useGeneratePlan(programId, caseId);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const followedUp = plan.activities.some(hasFollowUp);
  const activities = byWeek(plan.activities);
  const editLevers = levers.length > 0 ? levers : [...new Set(plan.activities.map((a) => a.lever))];

  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => editRef.current?.focus());
  };

  return (
    <Stack gap="md">
      {plan.locked && (
        <Notice
          color="gray"
          icon={<IconLock aria-hidden="true" />}
          title={t('ui.plan.locked.title')}
        >
          {t('ui.plan.locked.body')}
        </Notice>
      )}
      {plan.needsMentor && (
        <Notice
          color="indigo"
          icon={<IconUserStar aria-hidden="true" />}
          title={t('ui.plan.mentor.title')}
        >
          {t('ui.plan.mentor.body')}
        </Notice>
      )}
      {plan.proposeCompletion && canWork && canSeeCase && (
        <CompletionNotice programId={programId} caseId={caseId} percent={completionPercent} />
      )}

      {!editing && (
        <Group gap="sm" className="plan-actions">
          {canWork && (
            <Button
              ref={editRef}
              leftSection={<IconEdit size={18} aria-hidden="true" />}
              onClick={() => setEditing(true)}
            >
              {t('ui.plan.edit')}
            </Button>
          )}
          <Button
            component={Link}
            to={planPrintPage(programId, caseId)}
            variant="default"
            leftSection={<IconPrinter size={18} aria-hidden="true" />}
          >
            {t('ui.plan.print')}
          </Button>
          {canWork && !followedUp && (
            <Button
              variant="default"
              leftSection={<IconRefresh size={18} aria-hidden="true" />}
              onClick={() => setConfirmReplace(true)}
            >
              {t('ui.plan.replace.open')}
            </Button>
          )}
        </Group>
      )}

      <ProgressSection plan={plan} percent={completionPercent} />

      {editing ? (
        <PlanEditor
          programId={programId}
          caseId={caseId}
          plan={plan}
          levers={editLevers}
          definition={definition}
          reload={reload}
          onClose={close}
        />
      ) : (
        <>
          <PresentationSection
            programId={programId}
            caseId={caseId}
            plan={plan}
            canWork={canWork}
            reload={reload}
          />
          <Paper
            withBorder
            radius="md"
            p="md"
            component="section"
            aria-labelledby="plan-activities"
          >
            <Title order={2} size="h4" id="plan-activities" mb="sm">
              {t('ui.plan.activities', { n: activities.length })}
            </Title>
            <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {activities.map((a) => (
                <li key={a.id}>
                  <ActivityCard
                    programId={programId}
                    caseId={caseId}
                    plan={plan}
                    activity={a}
                    labels={labels}
                    canWork={canWork}
                    percent={completionPercent}
                  />
                </li>
              ))}
            </Stack>
          </Paper>
        </>
      )}

      <ConfirmDialog
        opened={confirmReplace}
        title={t('ui.plan.replace.title')}
        message={t('ui.plan.replace.body')}
        confirmLabel={t('ui.plan.replace.confirm')}
        danger
        loading={generate.isPending}
        onClose={() => setConfirmReplace(false)}
        onConfirm={() =>
          generate.mutate(
            { startsOn: plan.startsOn, replace: true },
            {
              onSuccess: () => {
                setConfirmReplace(false);
                notifySuccess(t('ui.plan.replace.done'), t('ui.plan.replace.doneBody'));
              },
              onError: (e) => {
                setConfirmReplace(false);
                notifyError(t('ui.plan.replace.failed'), e);
                void reload();
              },
            },
          )
        }
      />
    </Stack>
  );
}

function ProgressSection({ plan, percent }: { plan: TPlan; percent: number | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const pr = plan.progress;
  const ratio = pr.donePercent / 100;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="plan-progress">
      <Title order={2} size="h4" id="plan-progress" mb="sm">
        {t('ui.plan.progress.title')}
      </Title>
      <Stack gap="sm">
        <SimpleGrid cols={3} spacing="xs" component="dl" m={0}>
          {(
            [
              ['planned', pr.planned],
              ['recorded', pr.recorded],
              ['done', pr.done],
            ] as const
          ).map(([key, n]) => (
            <div key={key} className="plan-stat">
              <Text component="dt" size="xs" c="dimmed" fw={500}>
                {t(`ui.plan.progress.${key}`)}
              </Text>
              <Text component="dd" m={0} fz={24} fw={700} lh={1.2} className="num" ta="left">
                {f.number(n)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        <Group gap="xs" wrap="nowrap">
          <Progress
            value={Math.min(100, pr.donePercent)}
            color={pr.completionReached ? 'teal.8' : 'indigo.8'}
            size="lg"
            style={{ flex: 1 }}
            aria-hidden="true"
          />
          <Text size="sm" fw={600} className="num" miw={56} ta="right">
            {f.percent(ratio)}
          </Text>
        </Group>
        <Text size="sm">
          {t('ui.plan.progress.summary', {
            done: f.number(pr.done),
            planned: f.number(pr.planned),
            percent: f.percent(ratio),
          })}
        </Text>
        {percent !== null && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            {pr.completionReached && (
              <IconCircleCheck
                size={18}
                color="var(--mantine-color-teal-8)"
                aria-hidden="true"
                style={{ flex: 'none', marginTop: 2 }}
              />
            )}
            <Text size="sm" c={pr.completionReached ? 'teal.9' : 'dimmed'}>
              {pr.completionReached
                ? t('ui.plan.progress.ruleMet', { percent: f.number(percent) })
                : t('ui.plan.progress.rule', { percent: f.number(percent) })}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** The completion rule is met: offers to move the case to its last stage (the usual move flow). */
function CompletionNotice({
  programId,
  caseId,
  percent,
}: {
  programId: string;
  caseId: string;
  percent: number | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const detail = useCase(programId, caseId);
  const settings = useCaseSettings(programId);
  const labels = useCaseLabels(settings.data);
  const move = useMoveFlow(programId, settings.data);
  const last = settings.data?.stages.at(-1)?.id;
  const stage = last ? labels.stage(last) : '';
  return (
    <Notice
      color="teal"
      icon={<IconCircleCheck aria-hidden="true" />}
      title={t('ui.plan.completion.title', { percent: f.number(percent ?? 80) })}
      role="status"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('ui.plan.completion.body', { stage })}</Text>
        <Button
          color="teal.8"
          disabled={!detail.data || !last || detail.isFetching}
          loading={move.moving === caseId}
          onClick={() => detail.data && last && move.request(detail.data, last)}
        >
          {t('ui.plan.completion.move', { stage })}
        </Button>
      </Stack>
      {move.dialog}
    </Notice>
  );
}

function PresentationSection({
  programId,
  caseId,
  plan,
  canWork,
  reload,
}: {
  programId: string;
  caseId: string;
  plan: TPlan;
  canWork: boolean;
  reload: () => Promise<TPlan | null>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [open, setOpen] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const presented = plan.presentedOn !== null;
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => openRef.current?.focus());
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="plan-presentation">
      <Title order={2} size="h4" id="plan-presentation" mb="sm">
        {t('ui.plan.presentation.title')}
      </Title>
      {open ? (
        <PresentationForm
          programId={programId}
          caseId={caseId}
          plan={plan}
          reload={reload}
          onClose={close}
        />
      ) : (
        <Stack gap="sm" align="flex-start">
          {presented ? (
            <>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <IconCircleCheck
                  size={18}
                  color="var(--mantine-color-teal-8)"
                  aria-hidden="true"
                  style={{ flex: 'none', marginTop: 2 }}
                />
                <Text size="sm" fw={500}>
                  {t('ui.plan.presentation.presentedOn', { date: f.day(plan.presentedOn!) })}
                </Text>
              </Group>
              <Stack gap={2}>
                <Text component="h3" size="sm" fw={700} m={0}>
                  {t('ui.plan.presentation.priorities')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {plan.ownerPriorities || t('ui.plan.presentation.noPriorities')}
                </Text>
              </Stack>
              {canWork && (
                <Button
                  ref={openRef}
                  variant="default"
                  leftSection={<IconEdit size={18} aria-hidden="true" />}
                  onClick={() => setOpen(true)}
                >
                  {t('ui.plan.presentation.change')}
                </Button>
              )}
            </>
          ) : (
            <>
              <Text size="sm">{t('ui.plan.presentation.notYet')}</Text>
              {canWork && (
                <Button
                  ref={openRef}
                  leftSection={<IconPresentation size={18} aria-hidden="true" />}
                  onClick={() => setOpen(true)}
                >
                  {t('ui.plan.presentation.record')}
                </Button>
              )}
            </>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function PresentationForm({
  programId,
  caseId,
  plan,
  reload,
  onClose,
}: {
  programId: string;
  caseId: string;
  plan: TPlan;
  reload: () => Promise<TPlan | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSavePlan(programId, caseId);
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      presentedOn: plan.presentedOn ?? today(),
      ownerPriorities: plan.ownerPriorities,
    },
    validate: {
      presentedOn: (value) => {
        if (!value) return t('ui.plan.errors.presentedRequired');
        const problem = pastDayProblem(value, plan.startsOn);
        return problem ? t(PRESENTED_ON_ERRORS[problem]) : null;
      },
    },
  });
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={form.onSubmit((values) => {
        setGeneral([]);
        save.mutate(
          planBody(plan, {
            presentedOn: values.presentedOn,
            ownerPriorities: values.ownerPriorities.trim(),
          }),
          {
            onSuccess: () => {
              notifySuccess(t('ui.plan.presentation.saved'), t('ui.plan.presentation.savedBody'));
              onClose();
            },
            onError: (e) => {
              if (isApiError(e) && e.code === 'conflict') {
                void reload();
                setGeneral([t('ui.plan.editor.conflictBody')]);
                return;
              }
              const paths = ['presentedOn', 'ownerPriorities'];
              form.setErrors(formErrors(e, paths));
              setGeneral(generalErrors(e, paths));
            },
          },
        );
      })}
    >
      <Stack gap="sm">
        <PresentationFields form={form} min={plan.startsOn} />
        {general.length > 0 && (
          <Notice color="red" role="alert" title={t('ui.plan.presentation.failed')}>
            {general.join(' ')}
          </Notice>
        )}
        <Group gap="sm" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('ui.common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('ui.plan.presentation.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ActivityCard({
  programId,
  caseId,
  plan,
  activity,
  labels,
  canWork,
  percent,
}: {
  programId: string;
  caseId: string;
  plan: TPlan;
  activity: TPlanActivity;
  labels: ReturnType<typeof usePlanLabels>;
  canWork: boolean;
  percent: number | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const titleId = `activity-${activity.id}`;
  const overdue = activity.status === 'scheduled' && activity.dueOn < today();
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="article"
      aria-labelledby={titleId}
      className="plan-activity"
    >
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Text size="sm" fw={600} c="indigo.9">
            {t('ui.plan.weekDue', { n: activity.week, date: labels.shortDay(activity.dueOn) })}
          </Text>
          <Group gap={6}>
            {overdue && <StatusBadge color="yellow">{t('ui.plan.overdue')}</StatusBadge>}
            <StatusBadge color="indigo">{labels.lever(activity.lever)}</StatusBadge>
          </Group>
        </Group>
        <Title order={3} size="h5" id={titleId} style={{ overflowWrap: 'anywhere' }}>
          {activity.title}
        </Title>
        {activity.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {activity.description}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('ui.plan.responsibleIs', { who: labels.responsible(activity.responsible) })}
        </Text>
        {activity.service && <ActivityService service={activity.service} />}
        <ActivityFollowUp
          programId={programId}
          caseId={caseId}
          plan={plan}
          activity={activity}
          canWork={canWork}
          onSaved={(saved) => {
            if (saved.proposeCompletion)
              notifySuccess(
                t('ui.plan.completion.title', { percent: f.number(percent ?? 80) }),
                t('ui.plan.completion.toast'),
              );
          }}
        />
      </Stack>
    </Paper>
  );
}
