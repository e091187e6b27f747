import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type {
  TDashboard,
  TReportOptions,
  TSummaryItem,
} from '../../../../shared/schemas/reports.ts';
import { Notice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { StatCard } from '../../components/Stats.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useUrlQuery } from '../../components/urlQuery.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { bulletinPage, useDashboard, useReportOptions } from './api.ts';
import { FigureCard } from './FigureCard.tsx';
import { figuresByCriterion, formatCell, nothingToReport } from './figures.ts';
import { useCellFormat } from './FigureTable.tsx';
import {
  REPORT_FILTER_KEYS,
  filterErrors,
  readReportFilter,
  type ReportFilter,
} from './filters.ts';
import { MapCard } from './MapCard.tsx';
import { ReportFilters } from './ReportFilters.tsx';

const K = 'reportsPage';

/** The date line under the title: as of, from, the chosen places, and when it was computed. */
function AsOfLine({ dashboard }: { dashboard: TDashboard }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { filters } = dashboard;
  const chosen = [
    filters.labels.municipality,
    filters.labels.locality,
    filters.labels.supervisor,
  ].filter((x): x is string => Boolean(x));
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {t(`${K}.asOfLine`, { asOf: f.day(filters.asOf), from: f.day(filters.from) })}
      </Text>
      {chosen.length > 0 && (
        <Text size="sm">{t(`${K}.scopeLine`, { filters: f.list(chosen) })}</Text>
      )}
      <Text size="xs" c="dimmed">
        {t(`${K}.generatedAt`, { when: f.dateTime(dashboard.generatedAt) })}
      </Text>
    </Stack>
  );
}

function Dashboard({
  dashboard,
  options,
  programId,
  filter,
}: {
  dashboard: TDashboard;
  options: TReportOptions | undefined;
  programId: string;
  filter: ReportFilter;
}) {
  const { t } = useTranslation();
  const format = useCellFormat();
  const f = useFormat();
  // Millions of pesos in a headline card read short ("$1717 M"), the exact amount under them.
  const summaryValue = (item: TSummaryItem) => {
    const exact = formatCell(item.value, item, item.currency, format);
    if (item.kind !== 'money' || item.value === null || Math.abs(item.value) < 100_000_000)
      return { value: exact };
    try {
      const short = new Intl.NumberFormat(f.locale, {
        style: 'currency',
        currency: item.currency ?? 'COP',
        currencyDisplay: 'narrowSymbol',
        notation: 'compact',
        maximumFractionDigits: Math.abs(item.value) >= 100_000_000_000 ? 0 : 1,
      }).format(item.value / 100);
      return { value: short, hint: exact };
    } catch {
      return { value: exact };
    }
  };
  if (nothingToReport(dashboard)) {
    // Narrowed to a place or a group: it is the filters that find nothing, not the program.
    const narrowed = Boolean(filter.municipalityCode || filter.localityCode || filter.supervisorId);
    const k = narrowed ? `${K}.noData` : `${K}.noCases`;
    return (
      <Paper withBorder radius="md" p="md">
        <EmptyState title={t(`${k}.title`)} description={t(`${k}.description`)} />
      </Paper>
    );
  }
  const asOf = dashboard.filters.asOf;
  return (
    <Stack gap="lg">
      <section aria-labelledby="reports-summary">
        <Stack gap="sm">
          <Title order={2} size="h4" id="reports-summary">
            {t(`${K}.summary`)}
          </Title>
          <AsOfLine dashboard={dashboard} />
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
            {dashboard.summary.map((item) => (
              <StatCard key={item.key} label={item.label} {...summaryValue(item)} />
            ))}
          </SimpleGrid>
        </Stack>
      </section>
      {dashboard.smallCellThreshold !== null && (
        <Notice color="indigo" title={t(`${K}.suppressionTitle`)}>
          {t(`${K}.suppressionNote`, { n: dashboard.smallCellThreshold })}
        </Notice>
      )}
      {options && <MapCard figures={dashboard.figures} options={options} />}
      {figuresByCriterion(dashboard.figures).map(({ criterion, figures }) => (
        <section key={criterion} aria-labelledby={`criterion-${criterion}`}>
          <Stack gap="sm">
            <div>
              <Title order={2} size="h3" id={`criterion-${criterion}`}>
                {t(`${K}.criteria.${criterion}`)}
              </Title>
              <Text size="sm" c="dimmed">
                {t(`${K}.criteriaHelp.${criterion}`)}
              </Text>
            </div>
            {figures.map((figure) => (
              <FigureCard
                key={figure.key}
                figure={figure}
                programId={programId}
                filter={filter}
                asOf={asOf}
              />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

/**
 * The program's dashboard: every figure computed from the data for the chosen date, period,
 * place and supervisor, grouped by the evaluation criterion it evidences.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const language = currentLanguage();
  const query = useUrlQuery(readReportFilter, REPORT_FILTER_KEYS);
  const options = useReportOptions(programId);
  const dashboard = useDashboard(programId, query.filter, language);
  const title = t(`${K}.title`);
  useDocumentTitle(`${title} · ${t('ui.app.name')}`);
  const errors = dashboard.isError ? filterErrors(dashboard.error, query.filter) : {};
  const placed = Object.keys(errors).length > 0;

  return (
    <Stack gap="md">
      <PageHeader title={title}>
        <Group justify="space-between" gap="sm" align="flex-start">
          <Text size="sm" c="dimmed" maw={760}>
            {t(`${K}.intro`)}
          </Text>
          <Button
            component={Link}
            to={bulletinPage(programId, query.filter.asOf)}
            variant="default"
            leftSection={<IconFileText size={18} aria-hidden="true" />}
          >
            {t(`${K}.bulletinLink`)}
          </Button>
        </Group>
      </PageHeader>
      <ReportFilters options={options.data} query={query} errors={errors} />
      {dashboard.isPending ? (
        <LoadingState />
      ) : dashboard.isError ? (
        placed ? (
          <Text size="sm" role="status">
            {t(`${K}.filters.fixRest`)}
          </Text>
        ) : (
          <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
        )
      ) : (
        <div
          aria-busy={dashboard.isPlaceholderData}
          style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1 }}
        >
          <Dashboard
            dashboard={dashboard.data}
            options={options.data}
            programId={programId}
            filter={query.filter}
          />
        </div>
      )}
    </Stack>
  );
}
