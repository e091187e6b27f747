import { Button, Group, Modal, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconUserMinus, IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail } from '../../../../shared/schemas/cases.ts';
import type { TCaseMentor, TMentorSuggestion } from '../../../../shared/schemas/mentors.ts';
import { formErrors, generalErrors } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { ErrorState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useQuestionnaire } from '../assessment/api.ts';
import { useProgram } from '../programs/api.ts';
import { Section } from '../registration/ApplicantPage.tsx';
import { useAssignMentor, useCaseMentor, useMentors } from './api.ts';
import { useMentorLabels, useMentorPermissions } from './labels.ts';
import type { MentorLabels } from './labels.ts';
import { MentorSuggestions } from './MentorSuggestions.tsx';

type Assignment = TCaseMentor['history'][number];
const FIELDS = ['mentorId', 'reason'] as const;

/** Who accompanied the case, newest first: assigned when and by whom, ended when, by whom, why. */
function History({ history }: { history: readonly Assignment[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const day = (iso: string) => f.day(iso.slice(0, 10));
  const items = [...history].sort((a, b) => b.assignedAt.localeCompare(a.assignedAt));
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {t('ui.mentors.panel.history')}
      </Title>
      <Stack component="ol" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((h) => (
          <Text component="li" size="sm" key={`${h.mentorId}-${h.assignedAt}`}>
            <Text span inherit fw={600}>
              {h.mentorName}
            </Text>
            {' · '}
            {h.assignedByName
              ? t('ui.mentors.panel.assignedOnBy', {
                  date: day(h.assignedAt),
                  name: h.assignedByName,
                })
              : t('ui.mentors.panel.assignedOn', { date: day(h.assignedAt) })}
            {h.endedAt ? (
              <Text span inherit c="dimmed">
                {'; '}
                {h.endedByName
                  ? t('ui.mentors.panel.endedOnBy', { date: day(h.endedAt), name: h.endedByName })
                  : t('ui.mentors.panel.endedOn', { date: day(h.endedAt) })}
                {h.endReason ? `: «${h.endReason}»` : ''}
              </Text>
            ) : (
              <>
                {' · '}
                <Text span inherit fw={600} c="teal.9">
                  {t('ui.mentors.panel.current')}
                </Text>
              </>
            )}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}

interface ReasonValues {
  mentorId: string | null;
  reason: string;
}

/** Ends the assignment, or hands the case to another mentor: either way, why. */
function ReasonModal(props: {
  programId: string;
  caseId: string;
  mode: 'end' | 'change';
  current: { userId: string; name: string };
  suggestions: readonly TMentorSuggestion[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const assign = useAssignMentor(props.programId);
  const change = props.mode === 'change';
  const mentors = useMentors(props.programId, change);
  const form = useForm<ReasonValues>({
    initialValues: { mentorId: null, reason: '' },
    validate: {
      mentorId: (v) => (change && !v ? t('validation.required') : null),
      reason: (v) =>
        v.trim().length >= 3 ? null : t('validation.too_small_string', { minimum: 3 }),
    },
  });
  const suggested = props.suggestions.filter((s) => s.userId !== props.current.userId);
  const others = (mentors.data?.items ?? []).filter(
    (m) => m.userId !== props.current.userId && !suggested.some((s) => s.userId === m.userId),
  );
  const data = [
    ...(suggested.length > 0
      ? [
          {
            group: t('ui.mentors.suggested'),
            items: suggested.map((s) => ({
              value: s.userId,
              label: t('ui.mentors.panel.optionSuggested', {
                name: s.name,
                remaining: s.remaining,
                capacity: s.capacity,
              }),
            })),
          },
        ]
      : []),
    ...(others.length > 0
      ? [
          {
            group: t('ui.mentors.panel.otherMentors'),
            items: others.map((m) => ({
              value: m.userId,
              label: m.hasProfile
                ? t('ui.mentors.panel.optionSuggested', {
                    name: m.name,
                    remaining: Math.max(0, m.capacity - m.active),
                    capacity: m.capacity,
                  })
                : m.name,
            })),
          },
        ]
      : []),
  ];
  const general = assign.error ? generalErrors(assign.error, FIELDS) : [];
  const submit = form.onSubmit((values) =>
    assign.mutate(
      {
        caseId: props.caseId,
        body: { mentorId: change ? values.mentorId : null, reason: values.reason.trim() },
      },
      {
        onSuccess: (saved) => {
          notifySuccess(
            change ? t('ui.mentors.panel.changed') : t('ui.mentors.panel.ended'),
            change
              ? (saved.mentor?.name ?? '')
              : t('ui.mentors.panel.endedBody', { name: props.current.name }),
          );
          props.onClose();
        },
        onError: (error) => form.setErrors(formErrors(error, FIELDS)),
      },
    ),
  );
  return (
    <Modal
      opened
      onClose={() => !assign.isPending && props.onClose()}
      title={change ? t('ui.mentors.panel.changeTitle') : t('ui.mentors.panel.endTitle')}
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {change
              ? t('ui.mentors.panel.changeIntro', { name: props.current.name })
              : t('ui.mentors.panel.endIntro', { name: props.current.name })}
          </Text>
          {general.length > 0 && (
            <Notice color="red" role="alert">
              {general.map((m) => (
                <div key={m}>{m}</div>
              ))}
            </Notice>
          )}
          {change && (
            <Select
              label={t('ui.mentors.panel.newMentor')}
              data={data}
              required
              searchable
              data-autofocus
              nothingFoundMessage={t('ui.common.nothingFound')}
              {...form.getInputProps('mentorId')}
            />
          )}
          <Textarea
            label={t('ui.mentors.panel.reason')}
            description={t('ui.mentors.panel.reasonHelp')}
            required
            autosize
            minRows={2}
            maxRows={5}
            maxLength={500}
            data-autofocus={change ? undefined : true}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose} disabled={assign.isPending}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" loading={assign.isPending} color={change ? undefined : 'red.9'}>
              {change ? t('ui.mentors.panel.changeConfirm') : t('ui.mentors.panel.endConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function PanelBody(props: {
  programId: string;
  detail: TCaseDetail;
  data: TCaseMentor;
  labels: MentorLabels;
  canAssign: boolean;
}) {
  const { t } = useTranslation();
  const { data, detail } = props;
  const assign = useAssignMentor(props.programId);
  const [dialog, setDialog] = useState<'end' | 'change' | null>(null);
  const pending = assign.isPending ? (assign.variables?.body.mentorId ?? null) : null;
  const onAssign = (s: TMentorSuggestion) =>
    assign.mutate(
      { caseId: detail.id, body: { mentorId: s.userId, reason: '' } },
      {
        onSuccess: () =>
          notifySuccess(
            t('ui.mentors.assigned'),
            t('ui.mentors.assignedBody', { mentor: s.name, business: detail.businessName }),
          ),
        onError: (error) => notifyError(t('ui.mentors.assignFailed'), error),
      },
    );

  return (
    <Stack gap="sm">
      <Group gap="xs" align="center">
        <Text size="sm" fw={500}>
          {t('ui.mentors.panel.currentLabel')}
        </Text>
        {data.mentor ? (
          <Text size="sm" fw={700}>
            {data.mentor.name}
          </Text>
        ) : (
          <StatusBadge color={data.needsMentor ? 'yellow' : 'gray'}>
            {t('ui.mentors.panel.none')}
          </StatusBadge>
        )}
      </Group>
      {data.hasPlan && !data.mentor && data.needsMentor && (
        <Notice color="yellow" icon={<IconAlertTriangle aria-hidden="true" />}>
          <Text size="sm">
            {data.levers.length > 0
              ? t('ui.mentors.panel.needsOn', { levers: props.labels.levers(data.levers) })
              : t('ui.mentors.panel.needs')}
          </Text>
        </Notice>
      )}
      {data.hasPlan && !data.mentor && !data.needsMentor && (
        <Text size="sm" c="dimmed">
          {t('ui.mentors.panel.notNeeded')}
        </Text>
      )}
      {props.canAssign && data.mentor && (
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconUserShare size={14} aria-hidden="true" />}
            onClick={() => setDialog('change')}
          >
            {t('ui.mentors.panel.change')}
          </Button>
          <Button
            size="xs"
            variant="default"
            c="red.9"
            leftSection={<IconUserMinus size={14} aria-hidden="true" />}
            onClick={() => setDialog('end')}
          >
            {t('ui.mentors.panel.end')}
          </Button>
        </Group>
      )}
      {props.canAssign && !data.mentor && data.hasPlan && (
        <Stack gap={6}>
          <Title order={3} size="h6">
            {t('ui.mentors.suggested')}
          </Title>
          <MentorSuggestions
            suggestions={data.suggestions}
            municipalityCode={detail.municipalityCode}
            labels={props.labels}
            onAssign={onAssign}
            pendingId={pending}
            label={t('ui.mentors.suggestedFor', { name: detail.businessName })}
          />
        </Stack>
      )}
      {data.history.length > 0 && <History history={data.history} />}
      {dialog && data.mentor && (
        <ReasonModal
          programId={props.programId}
          caseId={detail.id}
          mode={dialog}
          current={data.mentor}
          suggestions={data.suggestions}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}

/** The case's mentor: whether its plan needs one, who it is, who it was, and (for assigners) who could be. */
export function CaseMentorPanel({ programId, detail }: { programId: string; detail: TCaseDetail }) {
  const { t } = useTranslation();
  const can = useMentorPermissions();
  const query = useCaseMentor(programId, detail.id);
  const program = useProgram(programId);
  const questionnaire = useQuestionnaire(programId);
  const labels = useMentorLabels(program.data, questionnaire.data?.definition);
  const title = t('ui.mentors.panel.title');

  // Nothing while it loads: the panel may have nothing to say, and should not flash.
  if (query.isPending) return null;
  if (query.isError)
    return (
      <Section id="case-mentor-title" title={title}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Section>
    );
  const data = query.data;
  // Nothing to say: no plan, no mentor, never had one.
  if (!data.hasPlan && !data.mentor && data.history.length === 0) return null;
  return (
    <Section id="case-mentor-title" title={title}>
      <PanelBody
        programId={programId}
        detail={detail}
        data={data}
        labels={labels}
        canAssign={can.assign && detail.status === 'active'}
      />
    </Section>
  );
}
