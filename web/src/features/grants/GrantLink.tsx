import { Button, Group, Stack, Text } from '@mantine/core';
import { IconCoin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../../../shared/domain/money/money.ts';
import type { TCaseDetail } from '../../../../shared/schemas/cases.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { Section } from '../registration/ApplicantPage.tsx';
import { grantPage, useCaseGrant } from './api.ts';
import { PLAN_STATUS_COLORS, useGrantLabels } from './labels.ts';

/** On the case page: where the capitalization grant stands, and the way to it. */
export function GrantLink({ programId, detail }: { programId: string; detail: TCaseDetail }) {
  const { t } = useTranslation();
  const labels = useGrantLabels();
  const query = useCaseGrant(programId, detail.id);
  const grant = query.data;
  const plan = grant?.plan ?? null;
  const g = grant?.grant ?? null;
  const currency = plan?.currency ?? grant?.settings.currency ?? 'COP';
  const state = !grant
    ? null
    : g?.status === 'settled'
      ? t('ui.grants.link.settled')
      : g
        ? t('ui.grants.link.disbursed', {
            disbursed: formatMoney(g.disbursedMinor, currency),
            approved: formatMoney(g.approvedMinor, currency),
          })
        : plan
          ? t('ui.grants.link.planTotal', { total: formatMoney(plan.totalMinor, currency) })
          : t('ui.grants.link.noPlan');
  return (
    <Section id="case-grant-title" title={t('ui.grants.link.title')}>
      <Stack gap="sm">
        {state && (
          <Group gap="xs" wrap="wrap">
            {plan && (
              <StatusBadge color={PLAN_STATUS_COLORS[plan.status] ?? 'gray'}>
                {labels.planStatus(plan.status)}
              </StatusBadge>
            )}
            <Text size="sm">{state}</Text>
          </Group>
        )}
        <Group>
          <Button
            component={Link}
            to={grantPage(programId, detail.id)}
            variant={plan ? 'default' : 'light'}
            leftSection={<IconCoin size={18} aria-hidden="true" />}
          >
            {t('ui.grants.link.open')}
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}
