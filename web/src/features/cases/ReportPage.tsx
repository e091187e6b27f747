import { Anchor, Breadcrumbs, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TCaseReport, TCaseSettings } from '../../../../shared/schemas/cases.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { Count } from '../../components/Stats.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useProgram } from '../programs/api.ts';
import { Section } from '../registration/ApplicantPage.tsx';
import { useCaseReport, useCaseSettings } from './api.ts';
import { useCaseLabels } from './labels.ts';

/** Rows × columns of counts with totals on both sides. */
function Pivot(props: {
  labelledBy: string;
  corner: string;
  rows: { key: string; label: string }[];
  columns: { key: string; label: string }[];
  value: (row: string, column: string) => number;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const rowTotal = (r: string) => props.columns.reduce((n, c) => n + props.value(r, c.key), 0);
  const colTotal = (c: string) => props.rows.reduce((n, r) => n + props.value(r.key, c), 0);
  const grand = props.rows.reduce((n, r) => n + rowTotal(r.key), 0);
  return (
    <ScrollTable
      minWidth={Math.max(560, 260 + props.columns.length * 100)}
      labelledBy={props.labelledBy}
    >
      <Table striped withColumnBorders verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{props.corner}</Table.Th>
            {props.columns.map((c) => (
              <Table.Th scope="col" key={c.key} className="num-head">
                {c.label}
              </Table.Th>
            ))}
            <Table.Th scope="col" className="num-head">
              {t('ui.cases.report.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={500} miw={170}>
                {r.label}
              </Table.Th>
              {props.columns.map((c) => (
                <Table.Td key={c.key} className="num">
                  <Count n={props.value(r.key, c.key)} />
                </Table.Td>
              ))}
              <Table.Td className="num" fw={700}>
                {f.number(rowTotal(r.key))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('ui.cases.report.total')}</Table.Th>
            {props.columns.map((c) => (
              <Table.Td key={c.key} className="num" fw={700}>
                {f.number(colTotal(c.key))}
              </Table.Td>
            ))}
            <Table.Td className="num" fw={700}>
              {f.number(grand)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollTable>
  );
}

function counts<T>(items: T[], key: (item: T) => string, value: (item: T) => number) {
  const map = new Map<string, number>();
  for (const item of items) map.set(key(item), (map.get(key(item)) ?? 0) + value(item));
  return map;
}

/** Configured ids first, in their order, then any others the data holds. */
function ordered(configured: string[], seen: Iterable<string>): string[] {
  const extra = [...new Set(seen)].filter((id) => !configured.includes(id)).sort();
  return [...configured, ...extra];
}

function ReportBody({
  report,
  settings,
  programId,
}: {
  report: TCaseReport;
  settings: TCaseSettings;
  programId: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useCaseLabels(settings);
  const program = useProgram(programId);
  const [city, setCity] = useState<string | null>(null);
  const cityName = (code: string) =>
    program.data?.cities.find((c) => c.municipalityCode === code)?.name ?? code;
  const stageIds = settings.stages.map((s) => s.id);

  const withdrawals = useMemo(
    () =>
      counts(
        report.withdrawals,
        (w) => `${w.reason}|${w.stage}`,
        (w) => w.count,
      ),
    [report.withdrawals],
  );
  const reasons = ordered(
    settings.withdrawalReasons.map((r) => r.id),
    report.withdrawals.map((w) => w.reason),
  );
  const withdrawalStages = ordered(
    stageIds,
    report.withdrawals.map((w) => w.stage),
  );
  const byStage = useMemo(
    () =>
      counts(
        report.byStageAndCity,
        (r) => `${r.municipalityCode}|${r.stage}`,
        (r) => r.count,
      ),
    [report.byStageAndCity],
  );
  const cities = [...new Set(report.byStageAndCity.map((r) => r.municipalityCode))].sort((a, b) =>
    cityName(a).localeCompare(cityName(b)),
  );
  const weeklyCities = [...new Set(report.weekly.map((r) => r.municipalityCode))];
  const weekly = report.weekly.filter((r) => !city || r.municipalityCode === city);
  const weeks = [...new Set(weekly.map((r) => r.week))].sort();
  const registered = counts(
    weekly,
    (r) => r.week,
    (r) => r.registered,
  );
  const activeByWeek = counts(
    weekly,
    (r) => r.week,
    (r) => r.active,
  );

  return (
    <Stack gap="md">
      <Section id="report-withdrawals-title" title={t('ui.cases.report.withdrawals')}>
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('ui.cases.report.withdrawalsHelp')}
          </Text>
          {report.withdrawals.length === 0 ? (
            <EmptyState title={t('ui.cases.report.noWithdrawals')} />
          ) : (
            <Pivot
              labelledBy="report-withdrawals-title"
              corner={t('ui.cases.report.reason')}
              rows={reasons.map((r) => ({ key: r, label: labels.reason(r) }))}
              columns={withdrawalStages.map((s) => ({ key: s, label: labels.stage(s) }))}
              value={(r, s) => withdrawals.get(`${r}|${s}`) ?? 0}
            />
          )}
        </Stack>
      </Section>
      <Section id="report-stages-title" title={t('ui.cases.report.byStage')}>
        {cities.length === 0 ? (
          <EmptyState title={t('ui.cases.board.empty')} />
        ) : (
          <Pivot
            labelledBy="report-stages-title"
            corner={t('ui.cases.filters.city')}
            rows={cities.map((c) => ({ key: c, label: cityName(c) }))}
            columns={ordered(
              stageIds,
              report.byStageAndCity.map((r) => r.stage),
            ).map((s) => ({
              key: s,
              label: labels.stage(s),
            }))}
            value={(c, s) => byStage.get(`${c}|${s}`) ?? 0}
          />
        )}
      </Section>
      <Section id="report-weekly-title" title={t('ui.cases.report.weekly')}>
        <Stack gap="sm">
          <Select
            label={t('ui.cases.filters.city')}
            placeholder={t('ui.cases.report.allCities')}
            data={weeklyCities.map((c) => ({ value: c, label: cityName(c) }))}
            value={city}
            onChange={setCity}
            clearable
            w={{ base: '100%', xs: 260 }}
          />
          {weeks.length === 0 ? (
            <EmptyState title={t('ui.cases.report.noWeeks')} />
          ) : (
            <ScrollTable minWidth={360} maxHeight={480} labelledBy="report-weekly-title">
              <Table striped verticalSpacing={6} fz="sm" stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('ui.cases.report.week')}</Table.Th>
                    <Table.Th scope="col" className="num-head">
                      {t('ui.cases.report.registered')}
                    </Table.Th>
                    <Table.Th scope="col" className="num-head">
                      {t('ui.cases.report.active')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {weeks.map((w) => (
                    <Table.Tr key={w}>
                      <Table.Th scope="row" fw={500}>
                        {t('ui.cases.report.weekOf', { date: f.day(w) })}
                      </Table.Th>
                      <Table.Td className="num">{f.number(registered.get(w) ?? 0)}</Table.Td>
                      <Table.Td className="num">{f.number(activeByWeek.get(w) ?? 0)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Stack>
      </Section>
    </Stack>
  );
}

/** Withdrawals by reason and stage reached, cases per stage and city, registered and active per week. */
export default function CaseReportPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const settings = useCaseSettings(programId);
  const report = useCaseReport(programId);
  useDocumentTitle(`${t('ui.cases.report.title')} · ${t('ui.app.name')}`);
  return (
    <Stack gap="md">
      <Breadcrumbs separator="›">
        <Anchor component={Link} to={`/p/${encodeURIComponent(programId)}/cases`} size="sm">
          {t('ui.cases.title')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('ui.cases.report.title')}
        </Text>
      </Breadcrumbs>
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {t('ui.cases.report.title')}
      </Title>
      <Anchor
        component={Link}
        to={`/p/${encodeURIComponent(programId)}/assessment/report`}
        size="sm"
      >
        {t('ui.assessmentAdmin.report.seeAlso')}
      </Anchor>
      {report.isPending || settings.isPending ? (
        <LoadingState />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <ReportBody report={report.data} settings={settings.data} programId={programId} />
      )}
    </Stack>
  );
}
