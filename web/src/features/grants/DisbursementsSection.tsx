import {
  Button,
  Group,
  List,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowBackUp, IconCash, IconHandStop } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/domain/money/money.ts';
import type { Currency } from '../../../../shared/domain/money/money.ts';
import type { TCaseGrant } from '../../../../shared/schemas/grants.ts';
import { formErrors, generalErrors, isApiError } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { EmptyState } from '../../components/states.tsx';
import { isDay, today } from '../cases/EncounterForm.tsx';
import { Section } from '../registration/ApplicantPage.tsx';
import { useDisburse, useReverse } from './api.ts';
import {
  minorOf,
  remainingMinor,
  useGrantLabels,
  useMoneyProblem,
  useShortDay,
  type GrantPermissions,
} from './labels.ts';
import { MoneyInput } from './MoneyInput.tsx';

const K = 'ui.grants.ledger';
const FIELDS = ['tranche', 'amountMinor', 'paidOn', 'reference'] as const;

type Entry = TCaseGrant['ledger'][number];

/** An entry's state in words: reversed, a reversal, or paid. */
function EntryState({ entry, ledger }: { entry: Entry; ledger: Entry[] }) {
  const { t } = useTranslation();
  if (entry.reversesId) {
    const original = ledger.find((e) => e.id === entry.reversesId);
    return (
      <StatusBadge color="yellow">
        {original ? t(`${K}.reversalOf`, { reference: original.reference }) : t(`${K}.reversal`)}
      </StatusBadge>
    );
  }
  if (entry.reversed) return <StatusBadge color="red">{t(`${K}.reversed`)}</StatusBadge>;
  return <StatusBadge color="teal">{t(`${K}.paid`)}</StatusBadge>;
}

function ReverseModal({
  programId,
  caseId,
  entry,
  currency,
  onClose,
}: {
  programId: string;
  caseId: string;
  entry: Entry;
  currency: Currency;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const reverse = useReverse(programId, caseId);
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (v) =>
        v.trim().length >= 5 ? null : t('validation.too_small_string', { minimum: 5 }),
    },
  });
  const general = reverse.error ? generalErrors(reverse.error, ['reason']) : [];
  return (
    <Modal
      opened
      onClose={() => !reverse.isPending && onClose()}
      title={t(`${K}.reverseTitle`)}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          reverse.mutate(
            { entryId: entry.id, reason: v.reason.trim() },
            {
              onSuccess: () => {
                notifySuccess(t(`${K}.reversedTitle`), entry.reference);
                onClose();
              },
              onError: (error) => form.setErrors(formErrors(error, ['reason'])),
            },
          ),
        )}
      >
        <Stack gap="sm">
          <Text size="sm">
            {t(`${K}.reverseHelp`, {
              amount: formatMoney(entry.amountMinor, currency),
              reference: entry.reference,
            })}
          </Text>
          <Textarea
            label={t(`${K}.reason`)}
            required
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          {general.length > 0 && (
            <Notice color="red" role="alert" title={t(`${K}.reverseFailed`)}>
              {general.join(' ')}
            </Notice>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={reverse.isPending}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={reverse.isPending}>
              {t(`${K}.reverse`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The ledger: cards on a phone, a table on wider screens; reversals are negative entries. */
function Ledger({
  grant,
  canReverse,
  onReverse,
}: {
  grant: TCaseGrant;
  canReverse: boolean;
  onReverse: (entry: Entry) => void;
}) {
  const { t } = useTranslation();
  const day = useShortDay();
  const currency = grant.plan?.currency ?? grant.settings.currency;
  const money = (m: number) => formatMoney(m, currency);
  const ledger = grant.ledger;
  const reversible = (e: Entry) => canReverse && e.amountMinor > 0 && !e.reversed;
  const reverseButton = (e: Entry) =>
    reversible(e) ? (
      <Button
        size="xs"
        variant="default"
        c="red.9"
        leftSection={<IconArrowBackUp size={16} aria-hidden="true" />}
        onClick={() => onReverse(e)}
        aria-label={t(`${K}.reverseOf`, { reference: e.reference })}
      >
        {t(`${K}.reverse`)}
      </Button>
    ) : null;
  const amountText = (e: Entry) => (
    <Text
      span
      inherit
      fw={600}
      c={e.amountMinor < 0 ? 'red.9' : undefined}
      td={e.reversed ? 'line-through' : undefined}
    >
      {money(e.amountMinor)}
    </Text>
  );
  if (ledger.length === 0) return <EmptyState title={t(`${K}.empty`)} />;
  return (
    <>
      <Stack
        gap="xs"
        hiddenFrom="md"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t(`${K}.listLabel`)}
      >
        {ledger.map((e) => (
          <Paper component="li" key={e.id} withBorder radius="md" p="sm">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>
                {t(`${K}.trancheN`, { n: e.tranche })}
              </Text>
              <EntryState entry={e} ledger={ledger} />
            </Group>
            <Text size="lg" mt={2}>
              {amountText(e)}
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {[day(e.paidOn), e.reference, e.recordedByName].filter(Boolean).join(' · ')}
            </Text>
            {reversible(e) && <Group mt={6}>{reverseButton(e)}</Group>}
          </Paper>
        ))}
      </Stack>
      <ScrollTable minWidth={720} label={t(`${K}.listLabel`)} visibleFrom="md">
        <Table striped withColumnBorders verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${K}.tranche`)}</Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.amount`)}
              </Table.Th>
              <Table.Th scope="col">{t(`${K}.paidOn`)}</Table.Th>
              <Table.Th scope="col">{t(`${K}.reference`)}</Table.Th>
              <Table.Th scope="col">{t(`${K}.recordedBy`)}</Table.Th>
              <Table.Th scope="col">{t(`${K}.state`)}</Table.Th>
              {canReverse && (
                <Table.Th scope="col">
                  <VisuallyHidden>{t(`${K}.actions`)}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ledger.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {t(`${K}.trancheN`, { n: e.tranche })}
                </Table.Td>
                <Table.Td className="num" style={{ whiteSpace: 'nowrap' }}>
                  {amountText(e)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(e.paidOn)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.reference}</Table.Td>
                <Table.Td>{e.recordedByName ?? '—'}</Table.Td>
                <Table.Td>
                  <EntryState entry={e} ledger={ledger} />
                </Table.Td>
                {canReverse && <Table.Td>{reverseButton(e)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </>
  );
}

/** The next tranche: one after those paid and not reversed, within the program's tranches. */
function nextTranche(grant: TCaseGrant): number {
  const paid = grant.ledger.filter((e) => e.amountMinor > 0 && !e.reversed).length;
  return Math.min(grant.settings.tranches, paid + 1);
}

function DisburseForm({
  programId,
  caseId,
  grant,
}: {
  programId: string;
  caseId: string;
  grant: TCaseGrant;
}) {
  const { t } = useTranslation();
  const labels = useGrantLabels();
  const moneyProblem = useMoneyProblem();
  const disburse = useDisburse(programId, caseId);
  const currency = grant.plan?.currency ?? grant.settings.currency;
  const remaining = remainingMinor(grant.grant);
  const initial = () => ({
    tranche: String(nextTranche(grant)),
    amountMinor: remaining > 0 ? formatMoney(remaining, currency) : '',
    paidOn: today(),
    reference: '',
  });
  const form = useForm({
    initialValues: initial(),
    validate: {
      amountMinor: (v) => {
        const problem = moneyProblem(v, currency);
        if (problem) return problem;
        return minorOf(v, currency) > remaining
          ? t(`${K}.overRemaining`, { remaining: formatMoney(remaining, currency) })
          : null;
      },
      paidOn: (v) => (isDay(v) ? null : t('validation.invalid_date')),
      reference: (v) =>
        v.trim().length >= 3 ? null : t('validation.too_small_string', { minimum: 3 }),
    },
  });
  const error = disburse.error;
  const general = error ? generalErrors(error, FIELDS) : [];
  const missing =
    isApiError(error) && error.code === 'prerequisite_missing'
      ? grant.prerequisites.filter((p) => !p.met)
      : [];
  const submit = form.onSubmit((v) =>
    disburse.mutate(
      {
        tranche: Number(v.tranche),
        amountMinor: minorOf(v.amountMinor, currency),
        paidOn: v.paidOn,
        reference: v.reference.trim(),
      },
      {
        onSuccess: (next) => {
          notifySuccess(t(`${K}.disbursedTitle`), t(`${K}.disbursedBody`));
          const left = remainingMinor(next.grant);
          const values = {
            tranche: String(nextTranche(next)),
            amountMinor: left > 0 ? formatMoney(left, currency) : '',
            paidOn: today(),
            reference: '',
          };
          form.setValues(values);
          form.resetDirty(values);
        },
        onError: (e) => form.setErrors(formErrors(e, FIELDS)),
      },
    ),
  );
  return (
    <Paper withBorder radius="md" p="sm" component="form" onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t(`${K}.formTitle`)}
        </Title>
        {general.length > 0 && (
          <Notice
            color="red"
            role="alert"
            icon={<IconHandStop aria-hidden="true" />}
            title={t(`${K}.refused`)}
          >
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {missing.length > 0 ? t(`${K}.missingIntro`) : general.join(' ')}
              </Text>
              {missing.length > 0 && (
                <List size="sm" spacing={2}>
                  {missing.map((m) => (
                    <List.Item key={m.key}>
                      {`${labels.prerequisite(m.key)}: ${m.reason ? labels.reason(m.reason) : ''}`}
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          </Notice>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
          <NativeSelect
            label={t(`${K}.tranche`)}
            data={Array.from({ length: grant.settings.tranches }, (_, i) => ({
              value: String(i + 1),
              label: t(`${K}.trancheN`, { n: i + 1 }),
            }))}
            required
            {...form.getInputProps('tranche')}
          />
          <MoneyInput
            label={t(`${K}.amount`)}
            description={t(`${K}.amountHelp`, { remaining: formatMoney(remaining, currency) })}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            currency={currency}
            required
            {...form.getInputProps('amountMinor')}
          />
          <TextInput
            type="date"
            label={t(`${K}.paidOn`)}
            required
            {...form.getInputProps('paidOn')}
          />
          <TextInput
            label={t(`${K}.reference`)}
            description={t(`${K}.referenceHelp`)}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
            maxLength={80}
            {...form.getInputProps('reference')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={disburse.isPending}
            leftSection={<IconCash size={18} aria-hidden="true" />}
          >
            {t(`${K}.disburse`)}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The disbursement ledger, and for the coordinators the ways to disburse and to reverse. */
export function DisbursementsSection({
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
  const [reversing, setReversing] = useState<Entry | null>(null);
  const g = grant.grant;
  const currency = grant.plan?.currency ?? grant.settings.currency;
  const open = g !== null && g.status === 'open' && !grant.locked;
  const remaining = remainingMinor(g);
  return (
    <Section id="grant-ledger-title" title={t(`${K}.title`)}>
      {!g ? (
        <EmptyState title={t(`${K}.noGrant`)} description={t(`${K}.noGrantHelp`)} />
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            {t(`${K}.summary`, {
              disbursed: formatMoney(g.disbursedMinor, currency),
              approved: formatMoney(g.approvedMinor, currency),
              remaining: formatMoney(remaining, currency),
            })}
          </Text>
          <Ledger
            grant={grant}
            canReverse={can.disburse && open}
            onReverse={(e) => setReversing(e)}
          />
          {can.disburse && open && remaining > 0 && (
            <DisburseForm programId={programId} caseId={caseId} grant={grant} />
          )}
          {reversing && (
            <ReverseModal
              programId={programId}
              caseId={caseId}
              entry={reversing}
              currency={currency}
              onClose={() => setReversing(null)}
            />
          )}
        </Stack>
      )}
    </Section>
  );
}
