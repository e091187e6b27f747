import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/domain/money/money.ts';
import type { TCaseGrant } from '../../../../shared/schemas/grants.ts';
import { generalErrors } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Notice } from '../../components/Notice.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { useFormat } from '../../i18n/format.ts';
import { Section } from '../registration/ApplicantPage.tsx';
import { DefinitionRows } from '../registration/public/ApplicantReview.tsx';
import { useSettle } from './api.ts';
import type { GrantPermissions } from './labels.ts';

const K = 'ui.grants.settlement';

/**
 * The settlement (liquidación): receipts justify up to what was disbursed; the rest is to be
 * returned. Once settled the grant is closed.
 */
export function SettlementSection({
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
  const settle = useSettle(programId, caseId);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const g = grant.grant;
  if (!g) return null;
  const currency = grant.plan?.currency ?? grant.settings.currency;
  const money = (m: number) => formatMoney(m, currency);
  const justified = Math.min(g.executedMinor, g.disbursedMinor);
  const toReturn = g.disbursedMinor - justified;
  const withoutReceipt = (grant.plan?.items ?? []).filter(
    (i) => !grant.receipts.some((r) => r.itemId === i.id),
  );
  const s = g.settlement;

  return (
    <Section id="grant-settlement-title" title={t(`${K}.title`)}>
      {s ? (
        <Stack gap="sm">
          <Notice
            color={s.toReturnMinor > 0 ? 'yellow' : 'teal'}
            icon={
              s.toReturnMinor > 0 ? (
                <IconAlertTriangle aria-hidden="true" />
              ) : (
                <IconCircleCheck aria-hidden="true" />
              )
            }
            title={t(`${K}.settledOn`, { date: f.day(s.settledOn) })}
          >
            {s.toReturnMinor > 0
              ? t(`${K}.toReturn`, { amount: money(s.toReturnMinor) })
              : t(`${K}.nothingToReturn`)}
          </Notice>
          <DefinitionRows
            rows={[
              [t(`${K}.disbursed`), money(g.disbursedMinor)],
              [t(`${K}.justified`), money(g.disbursedMinor - s.toReturnMinor)],
              [t(`${K}.toReturnLabel`), money(s.toReturnMinor)],
              ...(s.note ? [[t(`${K}.note`), s.note] as [string, string]] : []),
            ]}
          />
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t(`${K}.help`)}
          </Text>
          <DefinitionRows
            rows={[
              [t(`${K}.disbursed`), money(g.disbursedMinor)],
              [t(`${K}.justified`), money(justified)],
              [t(`${K}.wouldReturn`), money(toReturn)],
            ]}
          />
          {withoutReceipt.length > 0 && (
            <Notice color="yellow" icon={<IconAlertTriangle aria-hidden="true" />}>
              {t(`${K}.missingReceipts`, {
                count: withoutReceipt.length,
                items: f.list(withoutReceipt.map((i) => i.description)),
              })}
            </Notice>
          )}
          {g.disbursedMinor === 0 && (
            <Text size="sm" fw={500}>
              {t(`${K}.afterDisbursement`)}
            </Text>
          )}
          {can.approve && !grant.locked && g.disbursedMinor > 0 && (
            <>
              <Textarea
                label={t(`${K}.note`)}
                description={t(`${K}.noteHelp`)}
                autosize
                minRows={2}
                maxLength={1000}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
              {settle.error && (
                <Notice color="red" role="alert" title={t(`${K}.failed`)}>
                  {generalErrors(settle.error, []).join(' ')}
                </Notice>
              )}
              <Group justify="flex-end">
                <Button
                  leftSection={<IconReceipt size={18} aria-hidden="true" />}
                  onClick={() => setConfirming(true)}
                >
                  {t(`${K}.settle`)}
                </Button>
              </Group>
              <ConfirmDialog
                opened={confirming}
                title={t(`${K}.confirmTitle`)}
                message={
                  toReturn > 0
                    ? t(`${K}.confirmReturn`, { amount: money(toReturn) })
                    : t(`${K}.confirmNothing`)
                }
                confirmLabel={t(`${K}.settle`)}
                loading={settle.isPending}
                onClose={() => setConfirming(false)}
                onConfirm={() =>
                  settle.mutate(
                    { note: note.trim() },
                    {
                      onSuccess: () => notifySuccess(t(`${K}.settledTitle`), t(`${K}.settledBody`)),
                      onSettled: () => setConfirming(false),
                    },
                  )
                }
              />
            </>
          )}
        </Stack>
      )}
    </Section>
  );
}
