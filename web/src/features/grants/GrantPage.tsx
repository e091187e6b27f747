import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCircleCheck, IconCircleX, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatMoney } from '../../../../shared/domain/money/money.ts';
import type { TCaseGrant } from '../../../../shared/schemas/grants.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useCase } from '../cases/api.ts';
import { caseLink } from '../cases/CaseCard.tsx';
import { useCasePermissions } from '../cases/permissions.ts';
import { Section } from '../registration/ApplicantPage.tsx';
import { isMissing } from '../registration/labels.ts';
import { useCaseGrant } from './api.ts';
import { DisbursementsSection } from './DisbursementsSection.tsx';
import { ExecutionSection } from './ExecutionSection.tsx';
import { InvestmentPlanSection } from './InvestmentPlanSection.tsx';
import { PolicySection } from './PolicySection.tsx';
import { SettlementSection } from './SettlementSection.tsx';
import { remainingMinor, useGrantLabels, useGrantPermissions } from './labels.ts';

const K = 'ui.grants.page';

/** What must hold before any disbursement: each one met or missing, and why in words. */
function Prerequisites({ grant }: { grant: TCaseGrant }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useGrantLabels();
  const items = grant.prerequisites;
  return (
    <Section id="grant-prerequisites-title" title={t(`${K}.prerequisites`)}>
      {items.length === 0 ? (
        <Text size="sm">{t(`${K}.noPrerequisites`)}</Text>
      ) : (
        <Stack gap={8} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((p) => (
            <Group component="li" key={p.key} gap={8} wrap="nowrap" align="flex-start">
              {p.met ? (
                <IconCircleCheck
                  size={22}
                  color="var(--mantine-color-teal-8)"
                  aria-hidden="true"
                  style={{ flex: 'none' }}
                />
              ) : (
                <IconCircleX
                  size={22}
                  color="var(--mantine-color-red-8)"
                  aria-hidden="true"
                  style={{ flex: 'none' }}
                />
              )}
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {`${labels.prerequisite(p.key)}: ${p.met ? t(`${K}.met`) : t(`${K}.missing`)}`}
                </Text>
                {!p.met && p.reason && (
                  <Text size="sm" c="dimmed">
                    {labels.reason(p.reason)}
                    {p.key === 'training' && p.reason === 'track_not_completed'
                      ? ` ${t(`${K}.trainingProgress`, { percent: f.percent(grant.training.percent / 100) })}`
                      : ''}
                  </Text>
                )}
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}

/** The grant's amounts at a glance: two by two on a phone, in a row on wider screens. */
function Summary({ grant }: { grant: TCaseGrant }) {
  const { t } = useTranslation();
  const g = grant.grant;
  if (!g) return null;
  const currency = grant.plan?.currency ?? grant.settings.currency;
  const figures: [string, number][] = [
    [t(`${K}.approved`), g.approvedMinor],
    [t(`${K}.disbursed`), g.disbursedMinor],
    [t(`${K}.executed`), Math.min(g.executedMinor, g.disbursedMinor)],
    [t(`${K}.toDisburse`), remainingMinor(g)],
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs" component="dl" m={0}>
      {figures.map(([label, minor]) => (
        <Paper key={label} withBorder radius="md" px="sm" py="xs" miw={0}>
          <Text component="dt" size="xs" c="dimmed" fw={500}>
            {label}
          </Text>
          <Text
            component="dd"
            m={0}
            fw={700}
            fz={{ base: 'md', sm: 'xl' }}
            className="num"
            ta="left"
            style={{ overflowWrap: 'anywhere' }}
          >
            {formatMoney(minor, currency)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/**
 * A case's capitalization grant, from the investment plan built with the owner to the
 * settlement: prerequisites, plan, policy, disbursements, receipts and the settlement.
 */
export default function GrantPage() {
  const { t } = useTranslation();
  const { programId = '', caseId = '' } = useParams();
  const cases = useCasePermissions();
  const can = useGrantPermissions();
  const query = useCaseGrant(programId, caseId);
  const detail = useCase(programId, caseId, cases.see);
  const business = detail.data?.businessName;
  useDocumentTitle([t(`${K}.title`), business, t('ui.app.name')].filter(Boolean).join(' · '));

  if (query.isPending) return <LoadingState />;
  if (isMissing(query.error)) return <NotFoundPage />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const grant = query.data;
  const props = { programId, caseId, grant, can };
  return (
    <Stack gap="md" maw={1040}>
      <PageHeader
        title={t(`${K}.title`)}
        crumbs={
          cases.see
            ? [
                { label: t('ui.cases.title'), to: `/p/${encodeURIComponent(programId)}/cases` },
                ...(business
                  ? [{ label: business, to: caseLink(programId, caseId), truncate: true }]
                  : []),
              ]
            : undefined
        }
      >
        {detail.data && (
          <Text size="sm" c="dimmed">
            {[detail.data.businessName, detail.data.ownerName].join(' · ')}
          </Text>
        )}
      </PageHeader>
      {grant.locked && (
        <Notice color="gray" icon={<IconLock aria-hidden="true" />}>
          {t(`${K}.locked`)}
        </Notice>
      )}
      <Summary grant={grant} />
      <Prerequisites grant={grant} />
      <InvestmentPlanSection {...props} />
      <PolicySection {...props} />
      <DisbursementsSection {...props} />
      <ExecutionSection {...props} />
      <SettlementSection {...props} />
    </Stack>
  );
}
