import { Box, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  LEVELS,
  type Level,
  type TAssessmentReport,
  type TQuestionnaireDefinition,
} from '../../../../shared/schemas/assessment.ts';
import type { TProgram } from '../../../../shared/schemas/programs.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { Count } from '../../components/Stats.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useCurrentProgram } from '../programs/ProgramContext.tsx';
import { useProgram } from '../programs/api.ts';
import { useAssessmentReport, useQuestionnaire, type ReportFilter } from '../assessment/api.ts';
import { useLeverName } from '../assessment/labels.ts';
import { useAssessmentPermissions } from '../assessment/permissions.ts';
import { PlaceFilters, useCaseQuery } from '../cases/filters.tsx';
import { Legend, ReportSection, StackedBar } from '../../components/ReportSection.tsx';

/** The share of each level in a row as one bar; its name says the same in words. */
function LevelBar({ label, counts }: { label: string; counts: Record<Level, number> }) {
  return (
    <StackedBar
      label={label}
      parts={LEVELS.map((l) => ({ n: counts[l], color: LEVEL_COLORS[l] }))}
    />
  );
}

/** One shade per level, weakest to strongest; segments are told apart by a white gap too. */
const LEVEL_COLORS: Record<Level, string> = {
  incipiente: 'var(--mantine-color-red-7)',
  aceptable: 'var(--mantine-color-orange-5)',
  confiable: 'var(--mantine-color-yellow-4)',
  competente: 'var(--mantine-color-teal-5)',
  excelente: 'var(--mantine-color-teal-9)',
};

type Column<R> =
  | { key: string; label: string; count: (row: R) => number }
  | { key: string; label: string; share: [numerator: string, denominator: string] };

/**
 * Rows of counts with a total row; a share column divides two count columns of the same row
 * (and of the totals), showing a dash when there is nothing to divide by.
 */
function CountTable<R>(props: {
  labelledBy: string;
  corner: string;
  rows: { key: string; label: string; data: R }[];
  columns: Column<R>[];
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const countCols = props.columns.filter((c) => 'count' in c);
  const values = (data: R) =>
    new Map(countCols.map((c) => [c.key, 'count' in c ? c.count(data) : 0] as const));
  const totals = new Map(
    countCols.map((c) => [
      c.key,
      props.rows.reduce((n, r) => n + ('count' in c ? c.count(r.data) : 0), 0),
    ]),
  );
  const cell = (c: Column<R>, v: Map<string, number>, bold = false) => {
    if ('count' in c) {
      const n = v.get(c.key) ?? 0;
      return (
        <Table.Td key={c.key} className="num" fw={bold ? 700 : undefined}>
          {bold ? f.number(n) : <Count n={n} />}
        </Table.Td>
      );
    }
    const den = v.get(c.share[1]) ?? 0;
    return (
      <Table.Td key={c.key} className="num" fw={bold ? 700 : undefined}>
        {den === 0
          ? t('ui.assessmentAdmin.report.none')
          : f.percent((v.get(c.share[0]) ?? 0) / den)}
      </Table.Td>
    );
  };
  return (
    <ScrollTable
      minWidth={Math.max(360, 180 + props.columns.length * 110)}
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
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((r) => {
            const v = values(r.data);
            return (
              <Table.Tr key={r.key}>
                <Table.Th scope="row" fw={500} miw={150}>
                  {r.label}
                </Table.Th>
                {props.columns.map((c) => cell(c, v))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        {props.rows.length > 1 && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('ui.assessmentAdmin.report.total')}</Table.Th>
              {props.columns.map((c) => cell(c, totals, true))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </ScrollTable>
  );
}

function LevelsTable({
  rows,
  labelledBy,
}: {
  rows: { key: string; label: string; counts: Record<Level, number> }[];
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ScrollTable minWidth={760} labelledBy={labelledBy}>
      <Table striped withColumnBorders verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.assessmentAdmin.report.lever')}</Table.Th>
            {LEVELS.map((l) => (
              <Table.Th scope="col" key={l} className="num-head">
                {t(`levels.${l}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" className="num-head">
              {t('ui.assessmentAdmin.report.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => {
            const total = LEVELS.reduce((n, l) => n + r.counts[l], 0);
            const parts = LEVELS.map((l) =>
              t('ui.assessmentAdmin.report.levelShare', {
                level: t(`levels.${l}`),
                count: r.counts[l],
                percent: f.percent(total ? r.counts[l] / total : 0),
              }),
            );
            const overall = i === rows.length - 1;
            return (
              <Table.Tr key={r.key} fw={overall ? 700 : undefined}>
                <Table.Th scope="row" fw={overall ? 700 : 500} miw={190}>
                  {r.label}
                  <LevelBar
                    counts={r.counts}
                    label={
                      total
                        ? t('ui.assessmentAdmin.report.distribution', {
                            lever: r.label,
                            parts: f.list(parts),
                          })
                        : t('ui.assessmentAdmin.report.noneDiagnosed', { lever: r.label })
                    }
                  />
                </Table.Th>
                {LEVELS.map((l) => (
                  <Table.Td key={l} className="num">
                    <Count n={r.counts[l]} />
                    {r.counts[l] > 0 && (
                      <Text component="span" size="xs" c="dimmed" display="block">
                        {f.percent(r.counts[l] / total)}
                      </Text>
                    )}
                  </Table.Td>
                ))}
                <Table.Td className="num" fw={700}>
                  {f.number(total)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

const emptyCounts = (): Record<Level, number> =>
  Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;

function ReportBody({
  report,
  program,
  definition,
}: {
  report: TAssessmentReport;
  program?: TProgram;
  definition?: TQuestionnaireDefinition;
}) {
  const { t } = useTranslation();
  // Custom levers are named by the questionnaire; default ones by the translations.
  const leverName = useLeverName(definition);
  const cityName = (code: string) =>
    program?.cities.find((c) => c.municipalityCode === code)?.name ?? code;
  const byName = <T,>(items: T[], code: (item: T) => string) =>
    items
      .map((item) => ({ key: code(item), label: cityName(code(item)), data: item }))
      .sort((a, b) => a.label.localeCompare(b.label));
  const k = 'ui.assessmentAdmin.report';

  const cases = report.diagnosesByCity.reduce((n, r) => n + r.cases, 0);
  const diagnosed = report.diagnosesByCity.reduce((n, r) => n + r.diagnosed, 0);
  const designed = report.plansByCity.reduce((n, r) => n + r.designed, 0);
  const planned = report.activitiesByLever.reduce((n, r) => n + r.planned, 0);
  if (cases === 0 && diagnosed === 0 && designed === 0)
    return <EmptyState title={t(`${k}.noCases`)} description={t(`${k}.noCasesHelp`)} />;

  const levers = [
    ...report.levers,
    ...report.levelsByLever.map((r) => r.lever).filter((l) => !report.levers.includes(l)),
  ];
  const levelRows = [
    ...levers.map((lever) => ({
      key: lever,
      label: leverName(lever),
      counts: {
        ...emptyCounts(),
        ...report.levelsByLever.find((r) => r.lever === lever)?.counts,
      },
    })),
    {
      key: 'overall',
      label: leverName('overall'),
      counts: { ...emptyCounts(), ...report.overallLevels },
    },
  ];
  const activityColumns: Column<{ planned: number; recorded: number; done: number }>[] = [
    { key: 'planned', label: t(`${k}.planned`), count: (r) => r.planned },
    { key: 'recorded', label: t(`${k}.recorded`), count: (r) => r.recorded },
    { key: 'recordedShare', label: t(`${k}.recordedPercent`), share: ['recorded', 'planned'] },
    { key: 'done', label: t(`${k}.done`), count: (r) => r.done },
    { key: 'doneShare', label: t(`${k}.donePercent`), share: ['done', 'planned'] },
  ];
  const leverOrder = (id: string) => {
    const i = levers.indexOf(id);
    return i === -1 ? levers.length : i;
  };

  return (
    <Stack gap="md">
      <ReportSection
        id="assessment-report-diagnoses"
        title={t(`${k}.diagnoses`)}
        help={t(`${k}.diagnosesHelp`)}
        empty={report.diagnosesByCity.length === 0 ? { title: t(`${k}.noCases`) } : null}
      >
        <CountTable
          labelledBy="assessment-report-diagnoses"
          corner={t(`${k}.city`)}
          rows={byName(report.diagnosesByCity, (r) => r.municipalityCode)}
          columns={[
            { key: 'cases', label: t(`${k}.cases`), count: (r) => r.cases },
            { key: 'diagnosed', label: t(`${k}.diagnosed`), count: (r) => r.diagnosed },
            { key: 'pending', label: t(`${k}.pending`), count: (r) => r.pending },
            { key: 'share', label: t(`${k}.diagnosedPercent`), share: ['diagnosed', 'cases'] },
          ]}
        />
      </ReportSection>

      <ReportSection
        id="assessment-report-levels"
        title={t(`${k}.levels`)}
        help={t(`${k}.levelsHelp`)}
        empty={
          diagnosed === 0
            ? { title: t(`${k}.noDiagnoses`), description: t(`${k}.noDiagnosesHelp`) }
            : null
        }
      >
        <Legend
          label={t('ui.assessmentAdmin.report.legend')}
          items={LEVELS.map((l) => ({ label: t(`levels.${l}`), color: LEVEL_COLORS[l] }))}
        />
        <LevelsTable rows={levelRows} labelledBy="assessment-report-levels" />
      </ReportSection>

      <ReportSection
        id="assessment-report-plans"
        title={t(`${k}.plans`)}
        help={t(`${k}.plansHelp`)}
        empty={
          designed === 0 ? { title: t(`${k}.noPlans`), description: t(`${k}.noPlansHelp`) } : null
        }
      >
        <CountTable
          labelledBy="assessment-report-plans"
          corner={t(`${k}.city`)}
          rows={byName(report.plansByCity, (r) => r.municipalityCode)}
          columns={[
            { key: 'designed', label: t(`${k}.designed`), count: (r) => r.designed },
            { key: 'presented', label: t(`${k}.presented`), count: (r) => r.presented },
            { key: 'needMentor', label: t(`${k}.needMentor`), count: (r) => r.needMentor },
          ]}
        />
      </ReportSection>

      <ReportSection
        id="assessment-report-activities-city"
        title={t(`${k}.activitiesByCity`)}
        help={t(`${k}.activitiesHelp`)}
        empty={planned === 0 ? { title: t(`${k}.noActivities`) } : null}
      >
        <CountTable
          labelledBy="assessment-report-activities-city"
          corner={t(`${k}.city`)}
          rows={byName(report.activitiesByCity, (r) => r.key)}
          columns={activityColumns}
        />
      </ReportSection>

      <ReportSection
        id="assessment-report-activities-lever"
        title={t(`${k}.activitiesByLever`)}
        help={t(`${k}.activitiesHelp`)}
        empty={planned === 0 ? { title: t(`${k}.noActivities`) } : null}
      >
        <CountTable
          labelledBy="assessment-report-activities-lever"
          corner={t(`${k}.lever`)}
          rows={[...report.activitiesByLever]
            .sort((a, b) => leverOrder(a.key) - leverOrder(b.key))
            .map((r) => ({ key: r.key, label: leverName(r.key), data: r }))}
          columns={activityColumns}
        />
      </ReportSection>
    </Stack>
  );
}

/** City and locality, kept in the URL like the case board's filters. */
function ReportFilters({
  program,
  query,
}: {
  program?: TProgram;
  query: ReturnType<typeof useCaseQuery>;
}) {
  const { t } = useTranslation();
  const { filter, update, clear } = query;
  const cities = [...(program?.cities ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      role="search"
      aria-label={t('ui.assessmentAdmin.report.filters')}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
          <PlaceFilters
            cities={cities}
            localities={program?.localities ?? []}
            filter={filter}
            update={update}
          />
        </SimpleGrid>
        {(filter.municipalityCode || filter.localityCode) && (
          <Group justify="flex-end">
            <Button variant="subtle" size="xs" onClick={clear}>
              {t('ui.common.clearFilters')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** Diagnoses, levels per lever, plans and their activities, by city and by lever. */
export default function AssessmentReportPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const { role } = useCurrentProgram();
  const can = useAssessmentPermissions();
  const query = useCaseQuery();
  const filter: ReportFilter = {
    ...(query.filter.municipalityCode ? { municipalityCode: query.filter.municipalityCode } : {}),
    ...(query.filter.localityCode ? { localityCode: query.filter.localityCode } : {}),
  };
  const report = useAssessmentReport(programId, filter);
  const program = useProgram(programId);
  const questionnaire = useQuestionnaire(programId);
  const title = t('ui.assessmentAdmin.report.title');
  useDocumentTitle(`${title} · ${t('ui.app.name')}`);
  const seesSettings = can.editSettings || role === 'supervisor' || role === 'case_coordinator';
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Title order={1} fz={{ base: 24, sm: 30 }}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('ui.assessmentAdmin.report.intro')}
          </Text>
        </Stack>
        {seesSettings && (
          <Button
            component={Link}
            to={`/p/${encodeURIComponent(programId)}/assessment/settings`}
            variant="default"
            leftSection={<IconSettings size={18} aria-hidden="true" />}
          >
            {t('ui.assessmentAdmin.report.settingsLink')}
          </Button>
        )}
      </Group>
      <ReportFilters program={program.data} query={query} />
      {report.isPending ? (
        <LoadingState />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Box
          aria-busy={report.isPlaceholderData}
          style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }}
        >
          <ReportBody
            report={report.data}
            program={program.data}
            definition={questionnaire.data?.definition}
          />
        </Box>
      )}
    </Stack>
  );
}
