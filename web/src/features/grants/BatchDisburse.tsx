import {
  Button,
  Group,
  List,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { IconCash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/domain/money/money.ts';
import type { Currency } from '../../../../shared/domain/money/money.ts';
import { formErrors, generalErrors } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { useFormat } from '../../i18n/format.ts';
import { isDay, today } from '../cases/EncounterForm.tsx';
import { useDisburseBatch, useGrantSettings, type TDisburseBatchResult } from './api.ts';
import { useGrantLabels } from './labels.ts';

const K = 'ui.grants.batch';
const FIELDS = ['tranche', 'percent', 'paidOn', 'referencePrefix'] as const;

/** What a batch did: how many grants got the tranche, and why the others did not. */
function BatchResult({ result, currency }: { result: TDisburseBatchResult; currency: Currency }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useGrantLabels();
  const reasons = new Map<string, number>();
  for (const s of result.skipped)
    for (const r of s.reasons) reasons.set(r, (reasons.get(r) ?? 0) + 1);
  return (
    <Notice color={result.disbursed > 0 ? 'teal' : 'yellow'} role="status" title={t(`${K}.done`)}>
      <Stack gap={4}>
        <Text size="sm">
          {t(`${K}.disbursed`, {
            count: result.disbursed,
            n: f.number(result.disbursed),
            total: formatMoney(result.totalMinor, currency),
          })}
        </Text>
        {result.skipped.length > 0 && (
          <>
            <Text size="sm">
              {t(`${K}.skipped`, {
                count: result.skipped.length,
                n: f.number(result.skipped.length),
              })}
            </Text>
            <List size="sm" spacing={2}>
              {[...reasons].map(([reason, n]) => (
                <List.Item key={reason}>{`${labels.reason(reason)} (${f.number(n)})`}</List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Notice>
  );
}

function BatchModal({ programId, onClose }: { programId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const settings = useGrantSettings(programId);
  const batch = useDisburseBatch(programId);
  const tranches = settings.data?.settings.tranches ?? 1;
  const currency = settings.data?.settings.currency ?? 'COP';
  const form = useForm({
    initialValues: {
      tranche: '1',
      percent: 100 as number | string,
      paidOn: today(),
      referencePrefix: '',
    },
    validate: {
      percent: (v) =>
        typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 100
          ? null
          : t(`${K}.percentProblem`),
      paidOn: (v) => (isDay(v) ? null : t('validation.invalid_date')),
      referencePrefix: (v) =>
        v.trim().length >= 2 ? null : t('validation.too_small_string', { minimum: 2 }),
    },
  });
  const general = batch.error ? generalErrors(batch.error, FIELDS) : [];
  const submit = form.onSubmit((v) =>
    batch.mutate(
      {
        tranche: Number(v.tranche),
        percent: Number(v.percent),
        paidOn: v.paidOn,
        referencePrefix: v.referencePrefix.trim(),
      },
      { onError: (error) => form.setErrors(formErrors(error, FIELDS)) },
    ),
  );
  return (
    <Modal
      opened
      onClose={() => !batch.isPending && onClose()}
      title={t(`${K}.title`)}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t(`${K}.help`)}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            <NativeSelect
              label={t(`${K}.tranche`)}
              data={Array.from({ length: tranches }, (_, i) => ({
                value: String(i + 1),
                label: t('ui.grants.ledger.trancheN', { n: i + 1 }),
              }))}
              required
              {...form.getInputProps('tranche')}
            />
            <NumberInput
              label={t(`${K}.percent`)}
              description={t(`${K}.percentHelp`)}
              min={1}
              max={100}
              allowDecimal={false}
              suffix=" %"
              required
              {...form.getInputProps('percent')}
            />
            <TextInput
              type="date"
              label={t(`${K}.paidOn`)}
              required
              {...form.getInputProps('paidOn')}
            />
            <TextInput
              label={t(`${K}.prefix`)}
              description={t(`${K}.prefixHelp`)}
              required
              maxLength={40}
              {...form.getInputProps('referencePrefix')}
            />
          </SimpleGrid>
          {general.length > 0 && (
            <Notice color="red" role="alert" title={t(`${K}.failed`)}>
              {general.join(' ')}
            </Notice>
          )}
          {batch.data && <BatchResult result={batch.data} currency={currency} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={batch.isPending}>
              {t('ui.common.close')}
            </Button>
            <Button
              type="submit"
              loading={batch.isPending}
              disabled={batch.isSuccess}
              leftSection={<IconCash size={18} aria-hidden="true" />}
            >
              {t(`${K}.submit`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** On the report, for the coordinators: one tranche to every grant ready for it. */
export function BatchDisburse({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconCash size={18} aria-hidden="true" />}
        onClick={() => setOpen(true)}
      >
        {t(`${K}.open`)}
      </Button>
      {open && <BatchModal programId={programId} onClose={() => setOpen(false)} />}
    </>
  );
}
