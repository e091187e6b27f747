import {
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  ThemeIcon,
  VisuallyHidden,
} from '@mantine/core';
import { IconCheck, IconQuestionMark, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ZCriterion } from '../../../../shared/schemas/registration.ts';
import type { TApplicantDetail, TCall } from '../../../../shared/schemas/registration.ts';
import { errorMessage, formErrors } from '../../api/client.ts';
import { ChoiceGroup } from '../../components/ChoiceGroup.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import { useProgram } from '../programs/api.ts';
import { useResolveFlag } from './api.ts';
import type { FlagDecision, FlagKind } from './api.ts';
import { criterionRule, criterionSentence, oneOf, useRegLabels } from './labels.ts';
import { useRegistrationPermissions } from './permissions.ts';
import { FLAG_KINDS } from '../../../../shared/schemas/registration.ts';
import { Notice } from '../../components/Notice.tsx';

const OUTCOME_LOOK = {
  met: { color: 'teal.8', icon: IconCheck },
  not_met: { color: 'red.9', icon: IconX },
  missing_data: { color: 'yellow.8', icon: IconQuestionMark },
} as const;

/** Names of the places a territory code may stand for: the call's, then the program's. */
export function useTerritoryName(programId: string, call: TCall) {
  const program = useProgram(programId);
  return (code: string): string =>
    call.territories.find((x) => x.territoryCode === code)?.name ??
    program.data?.localities.find((l) => l.localityCode === code)?.name ??
    program.data?.cities.find((c) => c.municipalityCode === code)?.name ??
    code;
}

/** Each criterion of the call, met or not, with the numbers behind it in a sentence. */
export function EligibilityList({
  applicant,
  territoryName,
}: {
  applicant: TApplicantDetail;
  territoryName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useRegLabels();
  if (applicant.eligibility.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('ui.applicantPage.noCriteria')}
      </Text>
    );
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {applicant.eligibility.map((item, i) => {
        const criterion = ZCriterion.safeParse(item.criterion);
        const look = oneOf(['met', 'not_met', 'missing_data'] as const, item.outcome)
          ? OUTCOME_LOOK[item.outcome]
          : OUTCOME_LOOK.missing_data;
        const Icon = look.icon;
        return (
          <Group component="li" key={i} gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon color={look.color} variant="light" radius="xl" size={32} aria-hidden="true">
              <Icon size={20} stroke={2.4} />
            </ThemeIcon>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>
                <VisuallyHidden>{`${labels.outcome(item.outcome)}: `}</VisuallyHidden>
                {criterion.success
                  ? criterionRule(t, f, criterion.data)
                  : t('ui.applicantPage.unknownCriterion')}
              </Text>
              {criterion.success && (
                <Text size="sm" c="dimmed">
                  {criterionSentence(t, f, {
                    criterion: criterion.data,
                    outcome: item.outcome,
                    detail: item.detail,
                    territoryName,
                    documentKind: labels.documentKind,
                  })}
                </Text>
              )}
            </Stack>
          </Group>
        );
      })}
    </Stack>
  );
}

/** The priority groups that add points, with the call's weight for each. */
export function PriorityList({ applicant, call }: { applicant: TApplicantDetail; call: TCall }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useRegLabels();
  const points = new Map(call.rules.priorityWeights.map((w) => [w.group, w.points]));
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('ui.applicantPage.score', { score: f.number(applicant.priorityScore) })}
      </Text>
      {applicant.priorityGroups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ui.applicantPage.noGroups')}
        </Text>
      ) : (
        <Group gap={6}>
          {applicant.priorityGroups.map((g) => (
            <StatusBadge key={g} color="indigo">
              {`${labels.priorityGroup(g)} · ${t('ui.applicantPage.points', {
                points: f.number(points.get(g as never) ?? 0),
              })}`}
            </StatusBadge>
          ))}
        </Group>
      )}
    </Stack>
  );
}

/** The decisions each kind of warning admits, with what each means for that kind. */
function useDecisions() {
  const { t } = useTranslation();
  return (kind: FlagKind): { value: FlagDecision; label: string }[] => {
    switch (kind) {
      case 'same_document':
        return [
          { value: 'override', label: t('ui.flags.decisions.same_document.override') },
          { value: 'confirm', label: t('ui.flags.decisions.same_document.confirm') },
        ];
      case 'same_phone':
        return [
          { value: 'dismiss', label: t('ui.flags.decisions.same_phone.dismiss') },
          { value: 'confirm', label: t('ui.flags.decisions.same_phone.confirm') },
        ];
      case 'similar_name_and_address':
        return [
          { value: 'dismiss', label: t('ui.flags.decisions.similar_name_and_address.dismiss') },
          { value: 'confirm', label: t('ui.flags.decisions.similar_name_and_address.confirm') },
        ];
      case 'previous_beneficiary':
        return [
          { value: 'dismiss', label: t('ui.flags.decisions.previous_beneficiary.dismiss') },
          { value: 'confirm', label: t('ui.flags.decisions.previous_beneficiary.confirm') },
        ];
    }
  };
}

type Flag = TApplicantDetail['flags'][number];

function ResolveDialog({
  flag,
  programId,
  callId,
  applicantId,
  onClose,
}: {
  flag: Flag | null;
  programId: string;
  callId: string;
  applicantId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useRegLabels();
  const can = useRegistrationPermissions();
  const resolve = useResolveFlag(programId, callId, applicantId);
  const [decision, setDecision] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const decisions = useDecisions();
  const kind = flag && oneOf(FLAG_KINDS, flag.kind) ? flag.kind : null;
  const options = kind
    ? decisions(kind).filter((d) => d.value !== 'override' || can.overrideDocument)
    : [];

  const close = () => {
    setDecision('');
    setNote('');
    setErrors({});
    resolve.reset();
    onClose();
  };

  const submit = () => {
    const next: Record<string, string> = {};
    if (!decision) next.decision = t('ui.flags.decisionRequired');
    if (note.trim().length < 3) next.note = t('validation.too_small_string', { minimum: 3 });
    setErrors(next);
    if (!flag || Object.keys(next).length) return;
    resolve.mutate(
      { flagId: flag.id, decision: decision as FlagDecision, note: note.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('ui.flags.resolved'), labels.flagKind(flag.kind));
          close();
        },
        onError: (error) => setErrors(formErrors(error, ['decision', 'note'])),
      },
    );
  };

  return (
    <Modal
      opened={flag !== null}
      onClose={close}
      title={flag ? t('ui.flags.resolveTitle', { kind: labels.flagKind(flag.kind) }) : ''}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          {kind && <Text size="sm">{t(`ui.flags.explain.${kind}`)}</Text>}
          <ChoiceGroup
            label={t('ui.flags.decision')}
            required
            options={options}
            value={decision}
            onChange={setDecision}
            error={errors.decision}
          />
          <Textarea
            label={t('ui.flags.note')}
            description={t('ui.flags.noteHelp')}
            required
            autosize
            minRows={3}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
          />
          {resolve.error && !Object.keys(errors).length && (
            <Notice color="red" role="alert">
              {errorMessage(resolve.error)}
            </Notice>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" loading={resolve.isPending}>
              {t('ui.flags.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Possible duplicates: what matched, with whom, and how it was settled (or a way to settle it). */
export function FlagList({
  applicant,
  programId,
  callId,
}: {
  applicant: TApplicantDetail;
  programId: string;
  callId: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useRegLabels();
  const can = useRegistrationPermissions();
  const [resolving, setResolving] = useState<Flag | null>(null);
  if (applicant.flags.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('ui.flags.none')}
      </Text>
    );
  return (
    <>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {applicant.flags.map((flag) => {
          const open = flag.status === 'open';
          return (
            <Paper
              component="li"
              key={flag.id}
              withBorder
              radius="md"
              p="sm"
              style={
                open ? { borderColor: 'var(--mantine-color-yellow-6)', borderWidth: 2 } : undefined
              }
            >
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                  <Text fw={600} size="sm">
                    {labels.flagKind(flag.kind)}
                  </Text>
                  <StatusBadge
                    color={open ? 'yellow' : flag.status === 'confirmed' ? 'red' : 'teal'}
                  >
                    {labels.flagStatus(flag.status)}
                  </StatusBadge>
                </Group>
                {oneOf(FLAG_KINDS, flag.kind) && (
                  <Text size="sm" c="dimmed">
                    {t(`ui.flags.explain.${flag.kind}`)}
                  </Text>
                )}
                {flag.score !== null && (
                  <Text size="sm">
                    {t('ui.flags.similarity', {
                      percent: f.percent(flag.score > 1 ? flag.score / 100 : flag.score),
                    })}
                  </Text>
                )}
                <Group gap="md">
                  {flag.otherApplicantId && (
                    <Anchor
                      component={Link}
                      size="sm"
                      to={`/p/${encodeURIComponent(programId)}/calls/${encodeURIComponent(callId)}/applicants/${encodeURIComponent(flag.otherApplicantId)}`}
                    >
                      {t('ui.flags.otherApplicant')}
                    </Anchor>
                  )}
                  {flag.otherCaseId && (
                    <Anchor
                      component={Link}
                      size="sm"
                      to={`/p/${encodeURIComponent(programId)}/cases/${encodeURIComponent(flag.otherCaseId)}`}
                    >
                      {t('ui.flags.otherCase')}
                    </Anchor>
                  )}
                </Group>
                {flag.resolutionNote && (
                  <Text size="sm">
                    <Text span fw={500}>
                      {t('ui.flags.noteLabel')}
                    </Text>{' '}
                    {flag.resolutionNote}
                  </Text>
                )}
                {open && can.resolveFlags && (
                  <Button
                    size="xs"
                    variant="light"
                    w="fit-content"
                    onClick={() => setResolving(flag)}
                    aria-label={t('ui.flags.resolveOf', { kind: labels.flagKind(flag.kind) })}
                  >
                    {t('ui.flags.resolve')}
                  </Button>
                )}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      <ResolveDialog
        flag={resolving}
        programId={programId}
        callId={callId}
        applicantId={applicant.id}
        onClose={() => setResolving(null)}
      />
    </>
  );
}
