import {
  Anchor,
  Button,
  FileInput,
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
import { IconExternalLink, IconFileUpload, IconPaperclip, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/domain/money/money.ts';
import type { Currency } from '../../../../shared/domain/money/money.ts';
import type { TCaseGrant } from '../../../../shared/schemas/grants.ts';
import { formErrors, generalErrors } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { EmptyState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { isDay, today } from '../cases/EncounterForm.tsx';
import { Section } from '../registration/ApplicantPage.tsx';
import { DOCUMENT_ACCEPT, DOCUMENT_LIMIT_MB, fileProblem } from '../registration/documentFiles.ts';
import { UploadProgress, useDocumentProblemText } from '../registration/documentUpload.tsx';
import { receiptUrl, useAddReceipt } from './api.ts';
import {
  minorOf,
  useGrantLabels,
  useMoneyProblem,
  useShortDay,
  type GrantPermissions,
} from './labels.ts';
import { MoneyInput } from './MoneyInput.tsx';

const K = 'ui.grants.execution';
const FIELDS = ['amountMinor', 'issuedOn', 'supplier', 'file'] as const;

type Item = NonNullable<TCaseGrant['plan']>['items'][number];

function ReceiptForm({
  programId,
  caseId,
  item,
  currency,
  onDone,
}: {
  programId: string;
  caseId: string;
  item: Item;
  currency: Currency;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const moneyProblem = useMoneyProblem();
  const problemText = useDocumentProblemText();
  const add = useAddReceipt(programId, caseId);
  const [progress, setProgress] = useState<number | null>(null);
  const left = Math.max(0, item.totalMinor - item.executedMinor);
  const form = useForm({
    initialValues: {
      amountMinor: left > 0 ? formatMoney(left, currency) : '',
      issuedOn: today(),
      supplier: item.supplier,
      file: null as File | null,
    },
    validate: {
      amountMinor: (v) => moneyProblem(v, currency),
      issuedOn: (v) =>
        !isDay(v)
          ? t('validation.invalid_date')
          : v > today()
            ? t('validation.date_in_future')
            : null,
      file: (v) => {
        if (!v) return t(`${K}.fileRequired`);
        const problem = fileProblem(v);
        return problem ? problemText(problem) : null;
      },
    },
  });
  const general = add.error ? generalErrors(add.error, FIELDS) : [];
  const submit = form.onSubmit((v) => {
    if (!v.file) return;
    const file = v.file;
    setProgress(0);
    add.mutate(
      {
        fields: {
          itemId: item.id,
          amountMinor: minorOf(v.amountMinor, currency),
          issuedOn: v.issuedOn,
          supplier: v.supplier.trim(),
        },
        file,
        onProgress: setProgress,
      },
      {
        onSuccess: () => {
          notifySuccess(t(`${K}.added`), file.name);
          onDone();
        },
        onError: (error) => form.setErrors(formErrors(error, FIELDS)),
        onSettled: () => setProgress(null),
      },
    );
  });
  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0" component="form" onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Title order={4} size="h6">
          {t(`${K}.formTitle`, { item: item.description })}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          <MoneyInput
            label={t(`${K}.amount`)}
            currency={currency}
            required
            {...form.getInputProps('amountMinor')}
          />
          <TextInput
            type="date"
            label={t(`${K}.issuedOn`)}
            max={today()}
            required
            {...form.getInputProps('issuedOn')}
          />
          <TextInput
            label={t(`${K}.supplier`)}
            maxLength={200}
            {...form.getInputProps('supplier')}
          />
          <FileInput
            label={t(`${K}.file`)}
            description={t(`${K}.fileHelp`, { limit: DOCUMENT_LIMIT_MB })}
            placeholder={t(`${K}.choose`)}
            accept={DOCUMENT_ACCEPT}
            leftSection={<IconPaperclip size={16} aria-hidden="true" />}
            clearable
            required
            {...form.getInputProps('file')}
          />
        </SimpleGrid>
        {progress !== null && form.values.file && (
          <UploadProgress
            sending={{ file: form.values.file.name, progress }}
            uploading={(percent) =>
              t(`${K}.uploading`, { file: form.values.file?.name ?? '', percent })
            }
            processing={t(`${K}.processing`, { file: form.values.file.name })}
          />
        )}
        {general.length > 0 && (
          <Notice color="red" role="alert" title={t(`${K}.addFailed`)}>
            {general.join(' ')}
          </Notice>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={add.isPending}>
            {t('ui.common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={add.isPending}
            leftSection={<IconFileUpload size={18} aria-hidden="true" />}
          >
            {t(`${K}.save`)}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** One item: what was planned, what receipts justify, its receipts, and a way to add one. */
function ItemExecution({
  programId,
  caseId,
  grant,
  item,
  canAdd,
}: {
  programId: string;
  caseId: string;
  grant: TCaseGrant;
  item: Item;
  canAdd: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const day = useShortDay();
  const labels = useGrantLabels();
  const [adding, setAdding] = useState(false);
  const currency = grant.plan?.currency ?? grant.settings.currency;
  const money = (m: number) => formatMoney(m, currency);
  const receipts = grant.receipts.filter((r) => r.itemId === item.id);
  const ratio = item.totalMinor > 0 ? item.executedMinor / item.totalMinor : 0;
  const headingId = `grant-item-${item.id}`;
  return (
    <Paper withBorder radius="md" p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Stack gap={0} miw={0}>
            <Title order={3} size="h6" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {item.description}
            </Title>
            <Text size="xs" c="dimmed">
              {labels.category(item.category)}
            </Text>
          </Stack>
          <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {f.percent(Math.min(ratio, 9.99))}
          </Text>
        </Group>
        <Progress
          value={Math.min(100, ratio * 100)}
          color={ratio >= 1 ? 'teal.8' : 'indigo.8'}
          size="md"
          aria-hidden="true"
        />
        <Text size="sm">
          {t(`${K}.itemJustified`, {
            executed: money(item.executedMinor),
            planned: money(item.totalMinor),
          })}
        </Text>
        {receipts.length === 0 ? (
          <Text size="sm" c="red.9" fw={500}>
            {t(`${K}.noReceipts`)}
          </Text>
        ) : (
          <Stack
            component="ul"
            gap={4}
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t(`${K}.receiptsOf`, { item: item.description })}
          >
            {receipts.map((r) => (
              <li key={r.id}>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <Anchor
                    href={receiptUrl(programId, caseId, r.id)}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={`${t(`${K}.openReceipt`, { file: r.originalName })} (${t('ui.common.opensInNewTab')})`}
                  >
                    {r.originalName}
                    <IconExternalLink
                      size={14}
                      aria-hidden="true"
                      style={{ marginInlineStart: 4, verticalAlign: 'middle' }}
                    />
                  </Anchor>{' '}
                  <Text span size="sm" fw={600}>
                    {money(r.amountMinor)}
                  </Text>{' '}
                  <Text span size="xs" c="dimmed">
                    {[day(r.issuedOn), r.supplier].filter(Boolean).join(' · ')}
                  </Text>
                </Text>
              </li>
            ))}
          </Stack>
        )}
        {canAdd &&
          (adding ? (
            <ReceiptForm
              programId={programId}
              caseId={caseId}
              item={item}
              currency={currency}
              onDone={() => setAdding(false)}
            />
          ) : (
            <Group>
              <Button
                size="sm"
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden="true" />}
                onClick={() => setAdding(true)}
                aria-label={t(`${K}.addFor`, { item: item.description })}
              >
                {t(`${K}.add`)}
              </Button>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}

/** Execution: receipts against each item of the plan, and the share of the disbursement justified. */
export function ExecutionSection({
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
  const g = grant.grant;
  const plan = grant.plan;
  const currency = plan?.currency ?? grant.settings.currency;
  const canAdd = can.work && !grant.locked && g !== null && g.status === 'open';
  return (
    <Section id="grant-execution-title" title={t(`${K}.title`)}>
      {!g || !plan ? (
        <EmptyState title={t(`${K}.noGrant`)} description={t(`${K}.noGrantHelp`)} />
      ) : (
        <Stack gap="sm">
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={600}>
                {t(`${K}.overall`, {
                  executed: formatMoney(Math.min(g.executedMinor, g.disbursedMinor), currency),
                  disbursed: formatMoney(g.disbursedMinor, currency),
                })}
              </Text>
              <Text size="sm" fw={700}>
                {f.percent(g.executionPercent / 100)}
              </Text>
            </Group>
            <Progress
              value={g.executionPercent}
              color={g.executionPercent >= 100 ? 'teal.8' : 'indigo.8'}
              size="lg"
              aria-hidden="true"
            />
            {g.disbursedMinor === 0 && (
              <Text size="xs" c="dimmed">
                {t(`${K}.beforeDisbursement`)}
              </Text>
            )}
          </Stack>
          {plan.items.map((item) => (
            <ItemExecution
              key={item.id}
              programId={programId}
              caseId={caseId}
              grant={grant}
              item={item}
              canAdd={canAdd}
            />
          ))}
        </Stack>
      )}
    </Section>
  );
}
