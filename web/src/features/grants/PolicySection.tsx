import { Anchor, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconClockHour4, IconEdit, IconExternalLink, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/domain/money/money.ts';
import type { TCaseGrant } from '../../../../shared/schemas/grants.ts';
import { formErrors, generalErrors } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { EmptyState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { isDay, today } from '../cases/EncounterForm.tsx';
import { Section } from '../registration/ApplicantPage.tsx';
import { DOCUMENT_LIMIT_MB } from '../registration/documentFiles.ts';
import { AttachButton, UploadStatus, useDocumentUpload } from '../registration/documentUpload.tsx';
import { DefinitionRows } from '../registration/public/ApplicantReview.tsx';
import { policyDocumentUrl, useAttachPolicyDocument, useSavePolicy } from './api.ts';
import { minorOf, useMoneyProblem, type GrantPermissions } from './labels.ts';
import { MoneyInput } from './MoneyInput.tsx';

const K = 'ui.grants.policy';
const FIELDS = ['insurer', 'number', 'issuedOn', 'expiresOn', 'insuredMinor'] as const;
const DAY_MS = 86_400_000;

/** Whole days from one day (`YYYY-MM-DD`) to another. */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

function PolicyForm({
  programId,
  caseId,
  grant,
  onDone,
}: {
  programId: string;
  caseId: string;
  grant: TCaseGrant;
  onDone: (() => void) | null;
}) {
  const { t } = useTranslation();
  const moneyProblem = useMoneyProblem();
  const save = useSavePolicy(programId, caseId);
  const currency = grant.plan?.currency ?? grant.settings.currency;
  const p = grant.policy;
  const suggested = grant.grant?.approvedMinor ?? grant.plan?.totalMinor ?? 0;
  const minLength = (n: number) => (v: string) =>
    v.trim().length >= n ? null : t('validation.too_small_string', { minimum: n });
  const form = useForm({
    initialValues: {
      insurer: p?.insurer ?? '',
      number: p?.number ?? '',
      issuedOn: p?.issuedOn ?? today(),
      expiresOn: p?.expiresOn ?? '',
      insuredMinor: p
        ? formatMoney(p.insuredMinor, currency)
        : suggested > 0
          ? formatMoney(suggested, currency)
          : '',
    },
    validate: {
      insurer: minLength(2),
      number: minLength(2),
      issuedOn: (v) =>
        !isDay(v)
          ? t('validation.invalid_date')
          : v > today()
            ? t('validation.date_in_future')
            : null,
      expiresOn: (v, all) =>
        !isDay(v)
          ? t('validation.invalid_date')
          : isDay(all.issuedOn) && v <= all.issuedOn
            ? t('validation.expires_before_issue')
            : null,
      insuredMinor: (v) => moneyProblem(v, currency),
    },
  });
  const general = save.error ? generalErrors(save.error, FIELDS) : [];
  const submit = form.onSubmit((v) =>
    save.mutate(
      {
        insurer: v.insurer.trim(),
        number: v.number.trim(),
        issuedOn: v.issuedOn,
        expiresOn: v.expiresOn,
        insuredMinor: minorOf(v.insuredMinor, currency),
      },
      {
        onSuccess: () => {
          notifySuccess(t(`${K}.saved`), t(`${K}.savedBody`));
          onDone?.();
        },
        onError: (error) => form.setErrors(formErrors(error, FIELDS)),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          <TextInput
            label={t(`${K}.insurer`)}
            required
            maxLength={200}
            {...form.getInputProps('insurer')}
          />
          <TextInput
            label={t(`${K}.number`)}
            required
            maxLength={80}
            {...form.getInputProps('number')}
          />
          <TextInput
            type="date"
            label={t(`${K}.issuedOn`)}
            max={today()}
            required
            {...form.getInputProps('issuedOn')}
          />
          <TextInput
            type="date"
            label={t(`${K}.expiresOn`)}
            required
            {...form.getInputProps('expiresOn')}
          />
          <MoneyInput
            label={t(`${K}.insured`)}
            currency={currency}
            required
            {...form.getInputProps('insuredMinor')}
          />
        </SimpleGrid>
        {general.length > 0 && (
          <Notice color="red" role="alert" title={t(`${K}.saveFailed`)}>
            {general.join(' ')}
          </Notice>
        )}
        <Group justify="flex-end" gap="sm">
          {onDone && (
            <Button variant="default" onClick={onDone} disabled={save.isPending}>
              {t('ui.common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={save.isPending}>
            {t(`${K}.save`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The policy's document: a link to open it, and a way to attach or replace it. */
function PolicyDocument({
  programId,
  caseId,
  grant,
  canAttach,
}: {
  programId: string;
  caseId: string;
  grant: TCaseGrant;
  canAttach: boolean;
}) {
  const { t } = useTranslation();
  const attach = useAttachPolicyDocument(programId, caseId);
  const uploader = useDocumentUpload();
  const doc = grant.policy?.document ?? null;
  const choose = async (picked: File | null) => {
    const sent = await uploader.upload(picked, (file, onProgress) =>
      attach.mutateAsync({ file, onProgress }),
    );
    if (sent) notifySuccess(t(`${K}.documentAttached`), sent.name);
  };
  return (
    <Stack gap={6} align="flex-start">
      {doc ? (
        <Anchor
          href={policyDocumentUrl(programId, caseId)}
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
          style={{ overflowWrap: 'anywhere' }}
          aria-label={`${t(`${K}.openDocument`, { file: doc.originalName })} (${t('ui.common.opensInNewTab')})`}
        >
          {t(`${K}.openDocument`, { file: doc.originalName })}
          <IconExternalLink
            size={14}
            aria-hidden="true"
            style={{ marginInlineStart: 4, verticalAlign: 'middle' }}
          />
        </Anchor>
      ) : (
        <Text size="sm" c="dimmed">
          {t(`${K}.noDocument`)}
        </Text>
      )}
      {canAttach && (
        <>
          <AttachButton uploader={uploader} onChoose={choose} variant="light" size="sm">
            {doc ? t(`${K}.replaceDocument`) : t(`${K}.attachDocument`)}
          </AttachButton>
          <Text size="xs" c="dimmed">
            {t(`${K}.documentHelp`, { limit: DOCUMENT_LIMIT_MB })}
          </Text>
        </>
      )}
      <UploadStatus
        uploader={uploader}
        uploading={(file, percent) => t(`${K}.uploading`, { file, percent })}
        processing={(file) => t(`${K}.processing`, { file })}
        failed={t(`${K}.documentFailed`)}
      />
    </Stack>
  );
}

/** The insurance policy: its data and document, and the days it took after the approval. */
export function PolicySection({
  programId,
  caseId,
  grant,
  can,
}: {
  programId: string;
  caseId: string;
  grant: TCaseGrant;
  can: GrantPermissions;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [editing, setEditing] = useState(false);
  const p = grant.policy;
  // Once the grant is settled, its policy stays as it was.
  const editable = can.work && !grant.locked && grant.grant?.status !== 'settled';
  const currency = grant.plan?.currency ?? grant.settings.currency;
  const approvedOn = grant.plan?.approvedAt?.slice(0, 10) ?? null;
  const state = !p
    ? null
    : p.valid
      ? { color: 'teal' as const, label: t(`${K}.valid`) }
      : p.expiresOn < today()
        ? { color: 'red' as const, label: t(`${K}.expired`) }
        : { color: 'yellow' as const, label: t(`${K}.notYetValid`) };

  // The bottleneck to watch: days from the approval to the policy (or waiting so far).
  const days =
    p && p.daysFromApproval !== null
      ? t(`${K}.daysFromApproval`, { count: p.daysFromApproval })
      : !p && approvedOn
        ? t(`${K}.daysWaiting`, { count: Math.max(0, daysBetween(approvedOn, today())) })
        : null;

  return (
    <Section id="grant-policy-title" title={t(`${K}.title`)}>
      <Stack gap="sm">
        {days && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconClockHour4 size={18} aria-hidden="true" style={{ flex: 'none' }} />
            <Text size="sm" fw={500}>
              {days}
            </Text>
          </Group>
        )}
        {(!p || editing) && editable ? (
          <PolicyForm
            programId={programId}
            caseId={caseId}
            grant={grant}
            onDone={p ? () => setEditing(false) : null}
          />
        ) : p ? (
          <>
            {state && (
              <Group gap="xs">
                <StatusBadge
                  color={state.color}
                  leftSection={<IconShieldCheck size={14} aria-hidden="true" />}
                >
                  {state.label}
                </StatusBadge>
              </Group>
            )}
            <DefinitionRows
              rows={[
                [t(`${K}.insurer`), p.insurer],
                [t(`${K}.number`), p.number],
                [t(`${K}.issuedOn`), f.day(p.issuedOn)],
                [t(`${K}.expiresOn`), f.day(p.expiresOn)],
                [t(`${K}.insured`), formatMoney(p.insuredMinor, currency)],
              ]}
            />
            {editable && (
              <Group>
                <Button
                  variant="default"
                  size="sm"
                  leftSection={<IconEdit size={18} aria-hidden="true" />}
                  onClick={() => setEditing(true)}
                >
                  {t(`${K}.edit`)}
                </Button>
              </Group>
            )}
          </>
        ) : (
          <EmptyState title={t(`${K}.none`)} />
        )}
        {p && (
          <PolicyDocument
            programId={programId}
            caseId={caseId}
            grant={grant}
            canAttach={editable}
          />
        )}
      </Stack>
    </Section>
  );
}
