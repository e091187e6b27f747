import { Box, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRIORITY_GROUPS } from '../../../../shared/schemas/registration.ts';
import type { TCallReport } from '../../../../shared/schemas/registration.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { RatioBar, shareOf, StatCard } from '../../components/Stats.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useCallReport } from './api.ts';
import { useCallContext } from './CallPage.tsx';
import { useRegLabels } from './labels.ts';

type TerritoryRow = TCallReport['territories'][number];

function TerritoryTable({ rows }: { rows: TerritoryRow[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const cols = ['goal', 'target', 'registered'] as const;
  const after = ['eligible', 'selected', 'waitlisted'] as const;
  return (
    <ScrollTable minWidth={760} visibleFrom="md" labelledBy="territories-title">
      <Table striped highlightOnHover verticalSpacing="sm" aria-labelledby="territories-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.call.summary.territory')}</Table.Th>
            {cols.map((c) => (
              <Table.Th scope="col" className="num-head" key={c}>
                {t(`ui.call.summary.short.${c}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" className="num-head" miw={150}>
              {t('ui.call.summary.columns.percentOfTarget')}
            </Table.Th>
            {after.map((c) => (
              <Table.Th scope="col" className="num-head" key={c}>
                {t(`ui.call.summary.short.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.territoryCode}>
              <Table.Th scope="row" fw={500}>
                {r.name}
              </Table.Th>
              {cols.map((c) => (
                <Table.Td className="num" key={c}>
                  {f.number(r[c])}
                </Table.Td>
              ))}
              <Table.Td>
                <RatioBar ratio={shareOf(r.registered, r.target)} />
              </Table.Td>
              {after.map((c) => (
                <Table.Td className="num" key={c}>
                  {f.number(r[c])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function TerritoryCards({ rows }: { rows: TerritoryRow[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const figures = ['goal', 'target', 'registered', 'eligible', 'selected', 'waitlisted'] as const;
  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2 }}
      spacing="sm"
      hiddenFrom="md"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {rows.map((r) => (
        <Paper component="li" key={r.territoryCode} withBorder radius="md" p="md">
          <Title order={3} size="h4" mb="xs">
            {r.name}
          </Title>
          <Text size="sm" c="dimmed" mb={4}>
            {t('ui.call.summary.columns.percentOfTarget')}
          </Text>
          <RatioBar ratio={shareOf(r.registered, r.target)} />
          <Stack component="dl" gap={4} mt="sm" mb={0}>
            {figures.map((key) => (
              <Group key={key} justify="space-between" gap="xs" wrap="nowrap">
                <Text component="dt" size="sm" c="dimmed">
                  {t(`ui.call.summary.columns.${key}`)}
                </Text>
                <Text component="dd" size="sm" fw={600} className="num" m={0}>
                  {f.number(r[key])}
                </Text>
              </Group>
            ))}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** One bar per step of the funnel, as a share of the registered. */
function Funnel({ funnel }: { funnel: TCallReport['funnel'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const steps = ['registered', 'documentsComplete', 'eligible', 'selected', 'waitlisted'] as const;
  return (
    <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
      {steps.map((step) => {
        const ratio = shareOf(funnel[step], funnel.registered) ?? 0;
        return (
          <Box component="li" key={step}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{t(`ui.call.summary.funnel.${step}`)}</Text>
              <Text size="sm" fw={600} className="num">
                {f.number(funnel[step])}
                {step !== 'registered' && funnel.registered > 0 && (
                  <Text span size="xs" c="dimmed" fw={400}>
                    {` (${f.percent(ratio)})`}
                  </Text>
                )}
              </Text>
            </Group>
            <Progress value={ratio * 100} color="indigo.8" size="sm" mt={4} aria-hidden="true" />
          </Box>
        );
      })}
    </Stack>
  );
}

function Shares({ report }: { report: TCallReport }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useRegLabels();
  const total = report.totals.registered;
  const rows: [string, number][] = [
    [t('ui.call.summary.women'), report.totals.women],
    ...PRIORITY_GROUPS.filter((g) => g !== 'women').map(
      (g) => [labels.priorityGroup(g), report.priorityGroups[g] ?? 0] as [string, number],
    ),
  ];
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {rows.map(([label, count]) => {
        const ratio = shareOf(count, total) ?? 0;
        return (
          <Box component="li" key={label}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{label}</Text>
              <Text size="sm" fw={600} className="num">
                {f.percent(ratio)}
                <Text span size="xs" c="dimmed" fw={400}>
                  {` (${f.number(count)})`}
                </Text>
              </Text>
            </Group>
            <Progress value={ratio * 100} color="teal.8" size="sm" mt={4} aria-hidden="true" />
          </Box>
        );
      })}
    </Stack>
  );
}

export default function CallSummaryTab() {
  const { t } = useTranslation();
  const f = useFormat();
  const { call, programId } = useCallContext();
  const report = useCallReport(programId, call.id);

  if (report.isPending) return <LoadingState />;
  if (report.isError)
    return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const { totals, territories, funnel } = report.data;

  return (
    <Stack gap="lg">
      <Box component="section" aria-labelledby="call-totals-title">
        <Title order={2} size="h3" id="call-totals-title" mb="sm">
          {t('ui.call.summary.totals')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
          <StatCard label={t('ui.call.summary.columns.goal')} value={f.number(totals.goal)} />
          <StatCard
            label={t('ui.call.summary.columns.target')}
            value={f.number(totals.target)}
            hint={t('ui.call.summary.targetHint', { factor: f.number(call.rules.targetFactor) })}
          />
          <StatCard
            label={t('ui.call.summary.columns.registered')}
            value={f.number(totals.registered)}
            hint={
              totals.target > 0
                ? t('ui.call.summary.ofTarget', {
                    percent: f.percent(totals.registered / totals.target),
                  })
                : undefined
            }
          />
          <StatCard
            label={t('ui.call.summary.columns.eligible')}
            value={f.number(totals.eligible)}
          />
          <StatCard
            label={t('ui.call.summary.columns.selected')}
            value={f.number(totals.selected)}
          />
          <StatCard
            label={t('ui.call.summary.columns.waitlisted')}
            value={f.number(totals.waitlisted)}
          />
        </SimpleGrid>
      </Box>

      <Box component="section" aria-labelledby="territories-title">
        <Title order={2} size="h3" id="territories-title" mb="sm">
          {t('ui.call.summary.byTerritory')}
        </Title>
        {territories.length === 0 ? (
          <EmptyState title={t('ui.call.summary.noTerritories')} />
        ) : (
          <>
            <TerritoryTable rows={territories} />
            <TerritoryCards rows={territories} />
          </>
        )}
      </Box>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="funnel-title">
          <Title order={2} size="h4" id="funnel-title" mb="sm">
            {t('ui.call.summary.funnelTitle')}
          </Title>
          <Funnel funnel={funnel} />
        </Paper>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="groups-title">
          <Title order={2} size="h4" id="groups-title" mb={4}>
            {t('ui.call.summary.groupsTitle')}
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            {t('ui.call.summary.groupsHelp')}
          </Text>
          <Shares report={report.data} />
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
