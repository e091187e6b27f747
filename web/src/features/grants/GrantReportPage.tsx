import { Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle, IconCircleCheck, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatMoney } from '../../../../shared/domain/money/money.ts';
import type { Currency } from '../../../../shared/domain/money/money.ts';
import type { TGrantReport } from '../../../../shared/schemas/grants.ts';
import type { TProgram } from '../../../../shared/schemas/programs.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Legend, ReportSection, StackedBar } from '../../components/ReportSection.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { Count, StatCard } from '../../components/Stats.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useUrlQuery } from '../../components/urlQuery.ts';
import { useFormat } from '../../i18n/format.ts';
import { PlaceFilters } from '../cases/filters.tsx';
import { useProgram } from '../programs/api.ts';
import { Section } from '../registration/ApplicantPage.tsx';
import { useRegLabels } from '../registration/labels.ts';
import { BatchDisburse } from './BatchDisburse.tsx';
import { grantSettingsPage, useGrantReport, type GrantReportFilter } from './api.ts';
import { useGrantPermissions } from './labels.ts';

const K = 'ui.grants.report';

/** The colors of the bars; each bar also says its parts in words, and the legend names them. */
const EXECUTED = 'var(--mantine-color-teal-7)';
const DISBURSED = 'var(--mantine-color-indigo-5)';
const APPROVED = 'var(--mantine-color-gray-4)';

function readFilter(params: URLSearchParams): GrantReportFilter {
  const city = params.get('municipalityCode');
  return city && /^\d{5}$/.test(city) ? { municipalityCode: city } : {};
}
const FILTER_KEYS = ['municipalityCode'] as const;

type Row = TGrantReport['byLocality'][number];

/** Grants by locality or by priority group: counts, money, and a bar of where the money is. */
function MoneyTable({
  id,
  title,
  help,
  keyLabel,
  rows,
  name,
  currency,
}: {
  id: string;
  title: string;
  help: string;
  keyLabel: string;
  rows: Row[];
  name: (key: string) => string;
  currency: Currency;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const money = (m: number) => formatMoney(m, currency);
  const sorted = [...rows].sort((a, b) => name(a.key).localeCompare(name(b.key)));
  const sum = (pick: (r: Row) => number) => rows.reduce((n, r) => n + pick(r), 0);
  return (
    <ReportSection
      id={id}
      title={title}
      help={help}
      empty={
        rows.length === 0
          ? { title: t(`${K}.noGrants`), description: t(`${K}.noGrantsHelp`) }
          : null
      }
    >
      <Legend
        label={t(`${K}.legend`)}
        items={[
          { label: t(`${K}.executedPart`), color: EXECUTED },
          { label: t(`${K}.disbursedPart`), color: DISBURSED },
          { label: t(`${K}.approvedPart`), color: APPROVED },
        ]}
      />
      <Stack
        gap="xs"
        hiddenFrom="md"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-labelledby={id}
      >
        {sorted.map((r) => {
          const label = name(r.key);
          const executed = Math.min(r.executedMinor, r.disbursedMinor);
          const figures: [string, string][] = [
            [t(`${K}.grants`), f.number(r.grants)],
            [t(`${K}.pendingSettlement`), f.number(r.pendingSettlement)],
            [t(`${K}.approved`), money(r.approvedMinor)],
            [t(`${K}.disbursed`), money(r.disbursedMinor)],
            [t(`${K}.executed`), money(r.executedMinor)],
          ];
          return (
            <Paper component="li" key={r.key} withBorder radius="md" p="sm">
              <Text fw={600} size="sm">
                {label}
              </Text>
              <StackedBar
                label={t(`${K}.bar`, {
                  name: label,
                  approved: money(r.approvedMinor),
                  disbursed: money(r.disbursedMinor),
                  executed: money(executed),
                })}
                parts={[
                  { n: executed, color: EXECUTED },
                  { n: r.disbursedMinor - executed, color: DISBURSED },
                  { n: Math.max(0, r.approvedMinor - r.disbursedMinor), color: APPROVED },
                ]}
              />
              <SimpleGrid cols={2} spacing="xs" verticalSpacing={4} mt="xs" component="dl" m={0}>
                {figures.map(([k, v]) => (
                  <div key={k}>
                    <Text component="dt" size="xs" c="dimmed">
                      {k}
                    </Text>
                    <Text component="dd" size="sm" fw={600} m={0}>
                      {v}
                    </Text>
                  </div>
                ))}
              </SimpleGrid>
            </Paper>
          );
        })}
      </Stack>
      <ScrollTable minWidth={820} labelledBy={id} visibleFrom="md">
        <Table striped withColumnBorders verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{keyLabel}</Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.grants`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.approved`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.disbursed`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.executed`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.pendingSettlement`)}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((r) => {
              const label = name(r.key);
              const executed = Math.min(r.executedMinor, r.disbursedMinor);
              return (
                <Table.Tr key={r.key}>
                  <Table.Th scope="row" fw={500} miw={200}>
                    {label}
                    <StackedBar
                      label={t(`${K}.bar`, {
                        name: label,
                        approved: money(r.approvedMinor),
                        disbursed: money(r.disbursedMinor),
                        executed: money(executed),
                      })}
                      parts={[
                        { n: executed, color: EXECUTED },
                        { n: r.disbursedMinor - executed, color: DISBURSED },
                        { n: Math.max(0, r.approvedMinor - r.disbursedMinor), color: APPROVED },
                      ]}
                    />
                  </Table.Th>
                  <Table.Td className="num">
                    <Count n={r.grants} />
                  </Table.Td>
                  <Table.Td className="num">{money(r.approvedMinor)}</Table.Td>
                  <Table.Td className="num">{money(r.disbursedMinor)}</Table.Td>
                  <Table.Td className="num">{money(r.executedMinor)}</Table.Td>
                  <Table.Td className="num" fw={r.pendingSettlement > 0 ? 700 : undefined}>
                    <Count n={r.pendingSettlement} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          {rows.length > 1 && id === 'grants-by-locality' && (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t(`${K}.total`)}</Table.Th>
                <Table.Td className="num" fw={700}>
                  {f.number(sum((r) => r.grants))}
                </Table.Td>
                <Table.Td className="num" fw={700}>
                  {money(sum((r) => r.approvedMinor))}
                </Table.Td>
                <Table.Td className="num" fw={700}>
                  {money(sum((r) => r.disbursedMinor))}
                </Table.Td>
                <Table.Td className="num" fw={700}>
                  {money(sum((r) => r.executedMinor))}
                </Table.Td>
                <Table.Td className="num" fw={700}>
                  {f.number(sum((r) => r.pendingSettlement))}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </ScrollTable>
    </ReportSection>
  );
}

/** A sum written the way an accountant writes it: the parts, a rule, and the total they make. */
function Sum({
  caption,
  parts,
  total,
  currency,
}: {
  caption: string;
  parts: { label: string; minor: number }[];
  total: { label: string; minor: number };
  currency: Currency;
}) {
  const { t } = useTranslation();
  const adds = parts.reduce((n, p) => n + p.minor, 0) === total.minor;
  return (
    <Paper withBorder radius="md" p="sm">
      <Table verticalSpacing={4} fz="sm" withRowBorders={false}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text size="sm" fw={700} c="var(--mantine-color-text)">
            {caption}
          </Text>
        </Table.Caption>
        <Table.Tbody>
          {parts.map((p, i) => (
            <Table.Tr key={p.label}>
              <Table.Td w={24} aria-hidden="true" c="dimmed">
                {i === 0 ? '' : '+'}
              </Table.Td>
              <Table.Th scope="row" fw={400}>
                {p.label}
              </Table.Th>
              <Table.Td className="num">{formatMoney(p.minor, currency)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr style={{ borderTop: '2px solid var(--mantine-color-gray-6)' }}>
            <Table.Td w={24} aria-hidden="true" fw={700}>
              =
            </Table.Td>
            <Table.Th scope="row" fw={700}>
              {total.label}
            </Table.Th>
            <Table.Td className="num" fw={700}>
              {formatMoney(total.minor, currency)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {!adds && (
        <Group gap={4} mt={4} wrap="nowrap">
          <IconAlertTriangle size={16} color="var(--mantine-color-red-9)" aria-hidden="true" />
          <Text size="xs" fw={700} c="red.9">
            {t(`${K}.doesNotAddUp`)}
          </Text>
        </Group>
      )}
    </Paper>
  );
}

function Reconciliation({ report }: { report: TGrantReport }) {
  const { t } = useTranslation();
  const f = useFormat();
  const r = report.reconciliation;
  const c = report.currency;
  const ledgerMatches = r.ledgerSumMinor === r.disbursedMinor;
  return (
    <Section id="grants-reconciliation" title={t(`${K}.reconciliation`)}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t(`${K}.reconciliationHelp`)}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <Sum
            caption={t(`${K}.approvedSum`)}
            currency={c}
            parts={[
              { label: t(`${K}.disbursed`), minor: r.disbursedMinor },
              { label: t(`${K}.toDisburse`), minor: r.toDisburseMinor },
            ]}
            total={{ label: t(`${K}.approved`), minor: r.approvedMinor }}
          />
          <Sum
            caption={t(`${K}.disbursedSum`)}
            currency={c}
            parts={[
              { label: t(`${K}.justified`), minor: r.executedMinor },
              { label: t(`${K}.toReturn`), minor: r.toReturnMinor },
              { label: t(`${K}.unjustifiedOpen`), minor: r.unjustifiedOpenMinor },
            ]}
            total={{ label: t(`${K}.disbursed`), minor: r.disbursedMinor }}
          />
        </SimpleGrid>
        <Group gap={6} wrap="nowrap" align="flex-start">
          {ledgerMatches ? (
            <IconCircleCheck
              size={18}
              color="var(--mantine-color-teal-8)"
              aria-hidden="true"
              style={{ flex: 'none' }}
            />
          ) : (
            <IconAlertTriangle
              size={18}
              color="var(--mantine-color-red-9)"
              aria-hidden="true"
              style={{ flex: 'none' }}
            />
          )}
          <Text size="sm" fw={500} c={ledgerMatches ? undefined : 'red.9'}>
            {t(ledgerMatches ? `${K}.ledgerMatches` : `${K}.ledgerDiffers`, {
              count: r.ledgerEntries,
              n: f.number(r.ledgerEntries),
              sum: formatMoney(r.ledgerSumMinor, c),
              disbursed: formatMoney(r.disbursedMinor, c),
            })}
          </Text>
        </Group>
      </Stack>
    </Section>
  );
}

function ReportFilters({
  program,
  query,
}: {
  program?: TProgram;
  query: ReturnType<typeof useUrlQuery<GrantReportFilter>>;
}) {
  const { t } = useTranslation();
  const cities = [...(program?.cities ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Paper withBorder p="sm" radius="md" role="search" aria-label={t(`${K}.filters`)}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
          <PlaceFilters
            cities={cities}
            localities={[]}
            filter={query.filter}
            update={query.update}
          />
        </SimpleGrid>
        {query.filter.municipalityCode && (
          <Group justify="flex-end" gap="xs">
            <Button variant="subtle" size="xs" onClick={query.clear}>
              {t('ui.common.clearFilters')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The program's grants: by locality and by priority group, the days to the policy and to the
 * first disbursement, and a reconciliation whose sums add up to the peso.
 */
export default function GrantReportPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const reg = useRegLabels();
  const { programId = '' } = useParams();
  const can = useGrantPermissions();
  const query = useUrlQuery(readFilter, FILTER_KEYS);
  const report = useGrantReport(programId, query.filter);
  const program = useProgram(programId);
  const title = t(`${K}.title`);
  useDocumentTitle(`${title} · ${t('ui.app.name')}`);

  const placeName = (code: string) =>
    program.data?.localities.find((l) => l.localityCode === code)?.name ??
    program.data?.cities.find((c) => c.municipalityCode === code)?.name ??
    code;
  const groupName = (key: string) => (key === 'none' ? t(`${K}.noGroup`) : reg.priorityGroup(key));
  const days = (n: number | null) =>
    n === null ? '—' : t(`${K}.daysValue`, { count: n, n: f.number(n) });

  return (
    <Stack gap="md">
      <PageHeader title={title}>
        <Group justify="space-between" gap="sm" align="flex-start">
          <Text size="sm" c="dimmed" maw={720}>
            {t(`${K}.intro`)}
          </Text>
          {(can.configure || can.disburse) && (
            <Group gap="sm">
              {can.disburse && <BatchDisburse programId={programId} />}
              {can.configure && (
                <Button
                  component={Link}
                  to={grantSettingsPage(programId)}
                  variant="default"
                  leftSection={<IconSettings size={18} aria-hidden="true" />}
                >
                  {t(`${K}.settings`)}
                </Button>
              )}
            </Group>
          )}
        </Group>
      </PageHeader>
      <ReportFilters program={program.data} query={query} />
      {report.isPending ? (
        <LoadingState />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Stack
          gap="md"
          aria-busy={report.isPlaceholderData}
          style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }}
        >
          <SimpleGrid cols={2} spacing="sm">
            <StatCard
              label={t(`${K}.toPolicy`)}
              value={days(report.data.days.selectionToPolicy)}
              hint={t(`${K}.medianHelp`)}
            />
            <StatCard
              label={t(`${K}.toFirstDisbursement`)}
              value={days(report.data.days.selectionToFirstDisbursement)}
              hint={t(`${K}.medianHelp`)}
            />
          </SimpleGrid>
          <Reconciliation report={report.data} />
          <MoneyTable
            id="grants-by-locality"
            title={t(`${K}.byLocality`)}
            help={t(`${K}.byLocalityHelp`)}
            keyLabel={t(`${K}.locality`)}
            rows={report.data.byLocality}
            name={placeName}
            currency={report.data.currency}
          />
          <MoneyTable
            id="grants-by-group"
            title={t(`${K}.byGroup`)}
            help={t(`${K}.byGroupHelp`)}
            keyLabel={t(`${K}.group`)}
            rows={report.data.byPriorityGroup}
            name={groupName}
            currency={report.data.currency}
          />
        </Stack>
      )}
    </Stack>
  );
}
