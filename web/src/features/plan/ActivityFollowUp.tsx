import { Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconChecklist } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES } from '../../../../shared/schemas/assessment.ts';
import type {
  ActivityStatus,
  TPlan,
  TPlanActivity,
} from '../../../../shared/schemas/assessment.ts';
import { formErrors, generalErrors } from '../../api/client.ts';
import { ChoiceGroup } from '../../components/ChoiceGroup.tsx';
import { Notice } from '../../components/Notice.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import { today } from '../cases/EncounterForm.tsx';
import { DOCUMENT_LIMIT_MB } from '../registration/documentFiles.ts';
import {
  AttachButton,
  AttachedFiles,
  UploadStatus,
  useDocumentUpload,
} from '../registration/documentUpload.tsx';
import { evidenceUrl, useRecordFollowUp, useUploadEvidence } from './api.ts';
import { ACTIVITY_COLORS, hasFollowUp, usePlanLabels } from './labels.ts';
import { pastDayProblem } from './PlanEditor.tsx';

interface Values {
  status: ActivityStatus;
  recordedOn: string;
  note: string;
}

const FIELDS = ['status', 'recordedOn', 'note'];

/**
 * What happened with one activity: its state, when and by whom it was recorded, the note and the
 * photos or PDFs that show it; those who work the case record it and attach evidence.
 */
export function ActivityFollowUp({
  programId,
  caseId,
  plan,
  activity,
  canWork,
  onSaved,
}: {
  programId: string;
  caseId: string;
  plan: TPlan;
  activity: TPlanActivity;
  /** Records and attaches (a case worker, the plan not locked). */
  canWork: boolean;
  onSaved?: (plan: TPlan) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = usePlanLabels(undefined);
  const [open, setOpen] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);

  return (
    <Stack gap="xs" className="plan-follow-up">
      <Group gap="xs" wrap="wrap" align="center">
        <StatusBadge color={ACTIVITY_COLORS[activity.status] ?? 'gray'}>
          {labels.status(activity.status)}
        </StatusBadge>
        {activity.recordedOn && (
          <Text size="sm" c="dimmed">
            {activity.recordedByName
              ? t('ui.plan.followUp.recordedBy', {
                  date: f.day(activity.recordedOn),
                  name: activity.recordedByName,
                })
              : t('ui.plan.followUp.recordedOn', { date: f.day(activity.recordedOn) })}
          </Text>
        )}
      </Group>
      {activity.note && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {activity.note}
        </Text>
      )}
      <AttachedFiles
        files={activity.evidence}
        label={t('ui.plan.evidence.listOf', { title: activity.title })}
        href={(id) => evidenceUrl(programId, caseId, id)}
        openLabel={(file) => t('ui.plan.evidence.open', { file })}
        roomy
      />
      {canWork && (
        <>
          {open && (
            <FollowUpForm
              programId={programId}
              caseId={caseId}
              plan={plan}
              activity={activity}
              onDone={(saved) => {
                setOpen(false);
                requestAnimationFrame(() => openRef.current?.focus());
                if (saved) onSaved?.(saved);
              }}
            />
          )}
          <EvidenceActions programId={programId} caseId={caseId} activity={activity}>
            {!open && (
              <Button
                ref={openRef}
                variant="light"
                leftSection={<IconChecklist size={18} aria-hidden="true" />}
                onClick={() => setOpen(true)}
                aria-label={t(
                  hasFollowUp(activity) ? 'ui.plan.followUp.changeFor' : 'ui.plan.followUp.openFor',
                  { title: activity.title },
                )}
              >
                {hasFollowUp(activity) ? t('ui.plan.followUp.change') : t('ui.plan.followUp.open')}
              </Button>
            )}
          </EvidenceActions>
        </>
      )}
    </Stack>
  );
}

function FollowUpForm({
  programId,
  caseId,
  plan,
  activity,
  onDone,
}: {
  programId: string;
  caseId: string;
  plan: TPlan;
  activity: TPlanActivity;
  onDone: (saved: TPlan | null) => void;
}) {
  const { t } = useTranslation();
  const labels = usePlanLabels(undefined);
  const record = useRecordFollowUp(programId, caseId);
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      status: activity.status === 'scheduled' ? 'done' : activity.status,
      recordedOn: activity.recordedOn ?? today(),
      note: activity.note,
    },
    validate: {
      recordedOn: (value, values) => {
        if (values.status === 'scheduled' && !value) return null;
        switch (pastDayProblem(value, plan.startsOn)) {
          case 'date':
            return t('ui.plan.followUp.errors.date');
          case 'future':
            return t('ui.plan.followUp.errors.future');
          case 'beforeStart':
            return t('ui.plan.followUp.errors.beforePlan', { date: plan.startsOn });
          case null:
            return null;
        }
      },
    },
  });
  const scheduled = form.values.status === 'scheduled';
  const formRef = useRef<HTMLFormElement>(null);
  // Opening the form moves focus to its first question, the chosen state.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);

  const submit = (values: Values) => {
    setGeneral([]);
    record.mutate(
      {
        activityId: activity.id,
        status: values.status,
        recordedOn: values.recordedOn || null,
        note: values.note.trim(),
      },
      {
        onSuccess: (saved) => {
          notifySuccess(
            t('ui.plan.followUp.saved'),
            t('ui.plan.followUp.savedBody', {
              title: activity.title,
              status: labels.status(values.status),
            }),
          );
          onDone(saved);
        },
        onError: (e) => {
          form.setErrors(formErrors(e, FIELDS));
          setGeneral(generalErrors(e, FIELDS));
        },
      },
    );
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={form.onSubmit(submit)}
      className="plan-follow-up-form"
      aria-label={t('ui.plan.followUp.formFor', { title: activity.title })}
    >
      <Stack gap="sm">
        <ChoiceGroup
          label={t('ui.plan.followUp.status', { title: activity.title })}
          options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))}
          value={form.values.status}
          onChange={(v) => form.setFieldValue('status', v as ActivityStatus)}
          error={form.errors.status}
          inline
          required
          size="md"
          name={`status-${activity.id}`}
        />
        <TextInput
          type="date"
          label={t('ui.plan.followUp.recordedOnLabel')}
          description={scheduled ? t('ui.plan.followUp.dateOptional') : undefined}
          required={!scheduled}
          min={plan.startsOn}
          max={today()}
          size="md"
          {...form.getInputProps('recordedOn')}
        />
        <Textarea
          label={t('ui.plan.followUp.note')}
          description={t('ui.plan.followUp.noteHelp')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          size="md"
          {...form.getInputProps('note')}
        />
        {general.length > 0 && (
          <Notice color="red" role="alert" title={t('ui.plan.followUp.failed')}>
            {general.join(' ')}
          </Notice>
        )}
        <Group gap="sm" justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)}>
            {t('ui.common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('ui.plan.followUp.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * "Attach a photo or PDF" beside the other actions: checked in the browser, sent with progress,
 * refusals in words.
 */
function EvidenceActions({
  programId,
  caseId,
  activity,
  children,
}: {
  programId: string;
  caseId: string;
  activity: TPlanActivity;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const attach = useUploadEvidence(programId, caseId);
  const uploader = useDocumentUpload();

  const choose = async (picked: File | null) => {
    const sent = await uploader.upload(picked, (file, onProgress) =>
      attach.mutateAsync({ activityId: activity.id, file, onProgress }),
    );
    if (sent) notifySuccess(t('ui.plan.evidence.attached'), sent.name);
  };

  return (
    <Stack gap={6}>
      <Group gap="xs" align="flex-start">
        {children}
        <AttachButton
          uploader={uploader}
          onChoose={choose}
          variant="default"
          aria-label={t('ui.plan.evidence.attachFor', { title: activity.title })}
        >
          {t('ui.plan.evidence.attach')}
        </AttachButton>
      </Group>
      <Text size="xs" c="dimmed">
        {t('ui.plan.evidence.help', { limit: DOCUMENT_LIMIT_MB })}
      </Text>
      <UploadStatus
        uploader={uploader}
        uploading={(file, percent) => t('ui.plan.evidence.uploading', { file, percent })}
        processing={(file) => t('ui.plan.evidence.processing', { file })}
        failed={t('ui.plan.evidence.failed')}
      />
    </Stack>
  );
}
