import { Button, Group, Paper, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EXTRA_SERVICE_KINDS, EXTRA_SERVICE_STATUSES } from '../../../../shared/schemas/mentors.ts';
import type { TEcosystemReport } from '../../../../shared/schemas/mentors.ts';
import type { TProgram } from '../../../../shared/schemas/programs.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { Count, RatioBar, shareOf } from '../../components/Stats.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useUrlQuery } from '../../components/urlQuery.ts';
import { useFormat } from '../../i18n/format.ts';
import { useQuestionnaire } from '../assessment/api.ts';
import { useLeverName } from '../assessment/labels.ts';
import { PlaceFilters } from '../cases/filters.tsx';
import { useProgram } from '../programs/api.ts';
import { useEcosystemReport, type EcosystemFilter } from './api.ts';
import { Legend, ReportSection, StackedBar } from '../../components/ReportSection.tsx';

const K = 'ui.ecosystem.report';
/** Mentors listed before "show all". */
const WORKLOAD_ROWS = 10;

/** The colors of the bars; each bar also has its words (its name) and a legend. */
const ACTIVE = 'var(--mantine-color-teal-7)';
const TO_ACTIVATE = 'var(--mantine-color-yellow-5)';
const LINKED = 'var(--mantine-color-teal-7)';
const NOT_LINKED = 'var(--mantine-color-indigo-3)';
const UNCOVERED = 'var(--mantine-color-red-7)';
const STATUS_BAR: Record<(typeof EXTRA_SERVICE_STATUSES)[number], string> = {
  proposed: 'var(--mantine-color-gray-5)',
  referred: 'var(--mantine-color-indigo-6)',
  received: 'var(--mantine-color-teal-7)',
  declined: 'var(--mantine-color-yellow-5)',
};

function readFilter(params: URLSearchParams): EcosystemFilter {
  const city = params.get('municipalityCode');
  return city && /^\d{5}$/.test(city) ? { municipalityCode: city } : {};
}
const FILTER_KEYS = ['municipalityCode'] as const;

/** Local services of each city, active and to be activated; national ones are said once. */
function ServicesByCity({
  report,
  cityName,
}: {
  report: TEcosystemReport;
  cityName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows = [...report.servicesByCity].sort((a, b) =>
    cityName(a.municipalityCode).localeCompare(cityName(b.municipalityCode)),
  );
  const localTotal = rows.reduce((n, r) => n + r.local.active + r.local.toActivate, 0);
  const nationalTotal = report.national.active + report.national.toActivate;
  return (
    <ReportSection
      id="ecosystem-services"
      title={t(`${K}.services`)}
      help={t(`${K}.servicesHelp`)}
      empty={
        localTotal + nationalTotal === 0
          ? { title: t(`${K}.noServices`), description: t(`${K}.noServicesHelp`) }
          : null
      }
    >
      <Text size="sm" fw={500}>
        {t(`${K}.national`, {
          active: f.number(report.national.active),
          toActivate: f.number(report.national.toActivate),
        })}
      </Text>
      <Legend
        label={t(`${K}.legend`)}
        items={[
          { label: t(`${K}.active`), color: ACTIVE },
          { label: t(`${K}.toActivate`), color: TO_ACTIVATE },
        ]}
      />
      <ScrollTable minWidth={560} labelledBy="ecosystem-services">
        <Table striped withColumnBorders verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${K}.city`)}</Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.localActive`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.localToActivate`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.withNational`)}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const name = cityName(r.municipalityCode);
              return (
                <Table.Tr key={r.municipalityCode}>
                  <Table.Th scope="row" fw={500} miw={180}>
                    {name}
                    <StackedBar
                      label={t(`${K}.servicesBar`, {
                        city: name,
                        active: r.local.active,
                        toActivate: r.local.toActivate,
                      })}
                      parts={[
                        { n: r.local.active, color: ACTIVE },
                        { n: r.local.toActivate, color: TO_ACTIVATE },
                      ]}
                    />
                  </Table.Th>
                  <Table.Td className="num">
                    <Count n={r.local.active} />
                  </Table.Td>
                  <Table.Td className="num">
                    <Count n={r.local.toActivate} />
                  </Table.Td>
                  <Table.Td className="num" fw={600}>
                    {f.number(r.local.active + report.national.active)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </ReportSection>
  );
}

/**
 * Lever × city: the active services that reach it, the plans that work on it and how many of them
 * use a service; where plans found none, the cell says so with an icon and words, not only a tint.
 */
function Coverage({
  report,
  cities,
  cityName,
  leverName,
}: {
  report: TEcosystemReport;
  cities: string[];
  cityName: (code: string) => string;
  leverName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const levers = [
    ...report.levers,
    ...new Set(report.coverage.map((c) => c.lever).filter((l) => !report.levers.includes(l))),
  ];
  const cell = (lever: string, city: string) =>
    report.coverage.find((c) => c.lever === lever && c.municipalityCode === city);
  const uncoveredTotal = report.coverage.reduce((n, c) => n + c.uncovered, 0);
  return (
    <ReportSection
      id="ecosystem-coverage"
      title={t(`${K}.coverage`)}
      help={t(`${K}.coverageHelp`)}
      empty={
        report.coverage.length === 0 || cities.length === 0
          ? { title: t(`${K}.noCoverage`), description: t(`${K}.noCoverageHelp`) }
          : null
      }
    >
      <Text size="sm" fw={500} c={uncoveredTotal > 0 ? 'red.9' : undefined}>
        {uncoveredTotal > 0
          ? t(`${K}.uncoveredTotal`, { count: uncoveredTotal })
          : t(`${K}.allCovered`)}
      </Text>
      <Legend
        label={t(`${K}.legend`)}
        items={[
          { label: t(`${K}.linked`), color: LINKED },
          { label: t(`${K}.notLinked`), color: NOT_LINKED },
          { label: t(`${K}.uncovered`), color: UNCOVERED },
        ]}
      />
      <ScrollTable minWidth={150 + cities.length * 165} labelledBy="ecosystem-coverage">
        <Table withColumnBorders verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${K}.lever`)}</Table.Th>
              {cities.map((c) => (
                <Table.Th scope="col" key={c}>
                  {cityName(c)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {levers.map((lever) => {
              const cells = report.coverage.filter((c) => c.lever === lever);
              const needing = cells.reduce((n, c) => n + c.plansNeeding, 0);
              const linked = cells.reduce((n, c) => n + c.plansLinked, 0);
              const uncovered = cells.reduce((n, c) => n + c.uncovered, 0);
              const name = leverName(lever);
              return (
                <Table.Tr key={lever}>
                  <Table.Th scope="row" fw={500} miw={140}>
                    {name}
                    <StackedBar
                      label={t(`${K}.coverageBar`, {
                        lever: name,
                        needing,
                        linked,
                        uncovered,
                      })}
                      parts={[
                        { n: linked, color: LINKED },
                        {
                          n: Math.max(0, needing - linked - uncovered),
                          color: NOT_LINKED,
                        },
                        { n: uncovered, color: UNCOVERED },
                      ]}
                    />
                  </Table.Th>
                  {cities.map((city) => {
                    const c = cell(lever, city);
                    const gap = (c?.uncovered ?? 0) > 0;
                    return (
                      <Table.Td
                        key={city}
                        bg={gap ? 'red.0' : undefined}
                        miw={150}
                        style={{ verticalAlign: 'top' }}
                      >
                        {c ? (
                          <Stack gap={2}>
                            <Text size="sm" fw={600}>
                              {t(`${K}.activeServices`, { count: c.activeServices })}
                            </Text>
                            <Text size="xs">
                              {t(`${K}.plansLinked`, {
                                count: c.plansNeeding,
                                linked: c.plansLinked,
                              })}
                            </Text>
                            {gap && (
                              <Group gap={4} wrap="nowrap" c="red.9">
                                <IconAlertTriangle size={14} aria-hidden="true" />
                                <Text size="xs" fw={700} c="red.9">
                                  {t(`${K}.uncoveredN`, { count: c.uncovered })}
                                </Text>
                              </Group>
                            )}
                          </Stack>
                        ) : (
                          <Text size="sm" c="dimmed">
                            —
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </ReportSection>
  );
}

function MentorsByCity({
  report,
  cityName,
}: {
  report: TEcosystemReport;
  cityName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows = [...report.mentorsByCity].sort((a, b) =>
    cityName(a.municipalityCode).localeCompare(cityName(b.municipalityCode)),
  );
  const need = rows.reduce((n, r) => n + r.needMentor, 0);
  const withMentor = rows.reduce((n, r) => n + r.withMentor, 0);
  const without = rows.reduce((n, r) => n + r.withoutMentor, 0);
  return (
    <ReportSection
      id="ecosystem-mentors"
      title={t(`${K}.mentors`)}
      help={t(`${K}.mentorsHelp`)}
      empty={need === 0 ? { title: t(`${K}.noMentorNeed`) } : null}
    >
      <ScrollTable minWidth={600} labelledBy="ecosystem-mentors">
        <Table striped withColumnBorders verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${K}.city`)}</Table.Th>
              <Table.Th scope="col" className="num-head" miw={170}>
                {t(`${K}.covered`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.needMentor`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.withMentor`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.withoutMentor`)}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.municipalityCode}>
                <Table.Th scope="row" fw={500} miw={130}>
                  {cityName(r.municipalityCode)}
                </Table.Th>
                <Table.Td>
                  <RatioBar ratio={r.coveredPercent === null ? null : r.coveredPercent / 100} />
                </Table.Td>
                <Table.Td className="num">
                  <Count n={r.needMentor} />
                </Table.Td>
                <Table.Td className="num">
                  <Count n={r.withMentor} />
                </Table.Td>
                <Table.Td className="num" fw={r.withoutMentor > 0 ? 700 : undefined}>
                  <Count n={r.withoutMentor} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          {rows.length > 1 && (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t(`${K}.total`)}</Table.Th>
                <Table.Td>
                  <RatioBar ratio={shareOf(withMentor, need)} />
                </Table.Td>
                <Table.Td className="num" fw={700}>
                  {f.number(need)}
                </Table.Td>
                <Table.Td className="num" fw={700}>
                  {f.number(withMentor)}
                </Table.Td>
                <Table.Td className="num" fw={700}>
                  {f.number(without)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </ScrollTable>
    </ReportSection>
  );
}

/** Active mentees against capacity: a bar, the figures, and a warning in words when over. */
function LoadCell({ active, capacity }: { active: number; capacity: number | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (capacity === null)
    return (
      <Text size="sm" className="num" ta="left">
        {t(`${K}.activeNoCapacity`, { active: f.number(active) })}
      </Text>
    );
  const over = active > capacity;
  return (
    <Stack gap={4}>
      <Text size="sm" className="num" fw={500} ta="left">
        {t(`${K}.activeOfCapacity`, { active: f.number(active), capacity: f.number(capacity) })}
      </Text>
      <Progress
        value={capacity > 0 ? Math.min(100, (active / capacity) * 100) : 100}
        color={over ? 'red.8' : 'indigo.8'}
        size="md"
        aria-hidden="true"
        maw={200}
      />
      {over && (
        <Group gap={4} wrap="nowrap">
          <IconAlertTriangle size={14} aria-hidden="true" color="var(--mantine-color-red-9)" />
          <Text size="xs" fw={700} c="red.9">
            {t(`${K}.overCapacity`, { count: active - capacity })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

function MentorWorkload({ report }: { report: TEcosystemReport }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  // The busiest first; a long list folds so the sections after it stay in reach.
  const sorted = [...report.mentorWorkload].sort(
    (a, b) =>
      b.active - a.active ||
      b.sessionsHeld + b.sessionsScheduled - (a.sessionsHeld + a.sessionsScheduled) ||
      a.name.localeCompare(b.name),
  );
  const rows = all ? sorted : sorted.slice(0, WORKLOAD_ROWS);
  return (
    <ReportSection
      id="ecosystem-workload"
      title={t(`${K}.workload`)}
      help={t(`${K}.workloadHelp`)}
      empty={sorted.length === 0 ? { title: t(`${K}.noMentors`) } : null}
    >
      <ScrollTable minWidth={760} labelledBy="ecosystem-workload">
        <Table striped withColumnBorders verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${K}.mentor`)}</Table.Th>
              <Table.Th scope="col" miw={170}>
                {t(`${K}.load`)}
              </Table.Th>
              <Table.Th scope="col">{t(`${K}.organizationKind`)}</Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.sessionsHeld`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.sessionsScheduled`)}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.userId}>
                <Table.Th scope="row" fw={500} miw={150}>
                  {r.name}
                </Table.Th>
                <Table.Td>
                  <LoadCell active={r.active} capacity={r.capacity} />
                </Table.Td>
                <Table.Td>
                  {r.organizationKind ? (
                    t(`ui.ecosystem.organizationKinds.${r.organizationKind}`)
                  ) : (
                    <Text component="span" size="sm" c="dimmed">
                      {t(`${K}.noProfile`)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className="num">
                  <Count n={r.sessionsHeld} />
                </Table.Td>
                <Table.Td className="num">
                  <Count n={r.sessionsScheduled} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {sorted.length > WORKLOAD_ROWS && (
        <Group justify="center">
          <Button variant="subtle" size="sm" onClick={() => setAll((v) => !v)} aria-expanded={all}>
            {all
              ? t(`${K}.showFewer`, { count: WORKLOAD_ROWS })
              : t(`${K}.showAll`, { count: sorted.length })}
          </Button>
        </Group>
      )}
    </ReportSection>
  );
}

function ExtraServices({ report }: { report: TEcosystemReport }) {
  const { t } = useTranslation();
  const f = useFormat();
  const counts = (
    kind: (typeof EXTRA_SERVICE_KINDS)[number],
  ): Partial<Record<(typeof EXTRA_SERVICE_STATUSES)[number], number>> =>
    report.extraServices.find((r) => r.kind === kind)?.counts ?? {};
  const rows = EXTRA_SERVICE_KINDS.map((kind) => {
    const c = counts(kind);
    const byStatus = EXTRA_SERVICE_STATUSES.map((s) => ({ status: s, n: c[s] ?? 0 }));
    return { kind, byStatus, total: byStatus.reduce((n, s) => n + s.n, 0) };
  });
  const total = rows.reduce((n, r) => n + r.total, 0);
  return (
    <ReportSection
      id="ecosystem-extra"
      title={t(`${K}.extra`)}
      help={t(`${K}.extraHelp`)}
      empty={total === 0 ? { title: t(`${K}.noExtra`), description: t(`${K}.noExtraHelp`) } : null}
    >
      <Legend
        label={t(`${K}.legend`)}
        items={EXTRA_SERVICE_STATUSES.map((s) => ({
          label: t(`ui.ecosystem.statuses.${s}`),
          color: STATUS_BAR[s],
        }))}
      />
      <ScrollTable minWidth={720} labelledBy="ecosystem-extra">
        <Table striped withColumnBorders verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${K}.kind`)}</Table.Th>
              {EXTRA_SERVICE_STATUSES.map((s) => (
                <Table.Th scope="col" key={s} className="num-head">
                  {t(`ui.ecosystem.statuses.${s}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col" className="num-head">
                {t(`${K}.total`)}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const name = t(`ui.ecosystem.kinds.${r.kind}`);
              return (
                <Table.Tr key={r.kind}>
                  <Table.Th scope="row" fw={500} miw={200}>
                    {name}
                    <StackedBar
                      label={
                        r.total === 0
                          ? t(`${K}.extraBarNone`, { kind: name })
                          : t(`${K}.extraBar`, {
                              kind: name,
                              parts: f.list(
                                r.byStatus
                                  .filter((s) => s.n > 0)
                                  .map(
                                    (s) =>
                                      `${t(`ui.ecosystem.statuses.${s.status}`)}: ${f.number(s.n)}`,
                                  ),
                              ),
                            })
                      }
                      parts={r.byStatus.map((s) => ({ n: s.n, color: STATUS_BAR[s.status] }))}
                    />
                  </Table.Th>
                  {r.byStatus.map((s) => (
                    <Table.Td key={s.status} className="num">
                      <Count n={s.n} />
                    </Table.Td>
                  ))}
                  <Table.Td className="num" fw={700}>
                    {f.number(r.total)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </ReportSection>
  );
}

function ReportFilters({
  program,
  query,
}: {
  program?: TProgram;
  query: ReturnType<typeof useUrlQuery<EcosystemFilter>>;
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
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {t(`${K}.cityHelp`)}
            </Text>
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
 * The services ecosystem against what the plans need: services per city, coverage of each lever
 * in each city, mentors' reach and load, and the extra services flagged for cases.
 */
export default function EcosystemReportPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const query = useUrlQuery(readFilter, FILTER_KEYS);
  const report = useEcosystemReport(programId, query.filter);
  const program = useProgram(programId);
  const questionnaire = useQuestionnaire(programId);
  const leverName = useLeverName(questionnaire.data?.definition);
  const title = t(`${K}.title`);
  useDocumentTitle(`${title} · ${t('ui.app.name')}`);

  const cityName = (code: string) =>
    program.data?.cities.find((c) => c.municipalityCode === code)?.name ?? code;
  const data = report.data;
  const cities = data
    ? [
        ...new Set([
          ...data.servicesByCity.map((r) => r.municipalityCode),
          ...data.coverage.map((r) => r.municipalityCode),
        ]),
      ]
        .filter((c) => !query.filter.municipalityCode || c === query.filter.municipalityCode)
        .sort((a, b) => cityName(a).localeCompare(cityName(b)))
    : [];

  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        crumbs={[
          {
            label: t('ui.services.title'),
            to: `/p/${encodeURIComponent(programId)}/services`,
          },
        ]}
      >
        <Text size="sm" c="dimmed">
          {t(`${K}.intro`)}
        </Text>
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
          <ServicesByCity report={report.data} cityName={cityName} />
          <Coverage
            report={report.data}
            cities={cities}
            cityName={cityName}
            leverName={leverName}
          />
          <MentorsByCity report={report.data} cityName={cityName} />
          <MentorWorkload report={report.data} />
          <ExtraServices report={report.data} />
        </Stack>
      )}
    </Stack>
  );
}
