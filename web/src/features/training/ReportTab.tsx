import { Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TTrainingReportRow } from '../../../../shared/schemas/training.ts';
import type { TProgram } from '../../../../shared/schemas/programs.ts';
import { PRIORITY_GROUPS } from '../../../../shared/schemas/registration.ts';
import type { PriorityGroup } from '../../../../shared/schemas/registration.ts';
import { Legend, ReportSection, StackedBar } from '../../components/ReportSection.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { Count, StatCard } from '../../components/Stats.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useTracks, useTrainingReport } from './api.ts';

const K = 'ui.training.report';
const COMPLETED = 'var(--mantine-color-teal-7)';
const ATTENDED = 'var(--mantine-color-indigo-4)';
const NOT_ATTENDED = 'var(--mantine-color-yellow-5)';

interface Row extends TTrainingReportRow {
  key: string;
  name: string;
}

/** Attendance and completion of one track, by city, sex and priority group. */
export function ReportTab({
  programId,
  program,
  trackId,
  municipalityCode,
  update,
  cityName,
}: {
  programId: string;
  program: TProgram | undefined;
  trackId: string | null;
  municipalityCode: string | null;
  update: (changes: Record<string, string | null>) => void;
  cityName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const tracks = useTracks(programId);
  const chosen = trackId ?? tracks.data?.items[0]?.id ?? null;
  const report = useTrainingReport(programId, {
    ...(chosen ? { trackId: chosen } : {}),
    ...(municipalityCode ? { municipalityCode } : {}),
  });
  const sexName = (sex: string) =>
    sex === 'F' || sex === 'M' || sex === 'X' ? t(`ui.reg.sexes.${sex}`) : sex;
  const groupName = (group: string) =>
    (PRIORITY_GROUPS as readonly string[]).includes(group)
      ? t(`ui.reg.priorityGroups.${group as PriorityGroup}`)
      : group;
  const cities = [...(program?.cities ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  if (tracks.isPending) return <LoadingState />;
  if (tracks.isError)
    return <ErrorState error={tracks.error} onRetry={() => void tracks.refetch()} />;
  if (tracks.data.items.length === 0)
    return <EmptyState title={t(`${K}.noTracks`)} description={t(`${K}.noTracksHelp`)} />;

  const data = report.data;
  const rate = (r: TTrainingReportRow) =>
    r.completionRate === null ? '—' : f.percent(r.completionRate / 100);

  return (
    <Stack gap="md">
      <Paper withBorder p="sm" radius="md" role="search" aria-label={t(`${K}.filters`)}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={t(`${K}.track`)}
            data={tracks.data.items.map((tr) => ({ value: tr.id, label: tr.name }))}
            value={chosen}
            onChange={(v) => update({ track: v })}
            allowDeselect={false}
            searchable
            nothingFoundMessage={t('ui.common.nothingFound')}
          />
          <Select
            label={t('ui.cases.filters.city')}
            placeholder={t('ui.common.all')}
            data={cities.map((c) => ({ value: c.municipalityCode, label: c.name }))}
            value={municipalityCode}
            onChange={(v) => update({ municipalityCode: v })}
            clearable
            searchable
            nothingFoundMessage={t('ui.common.nothingFound')}
          />
        </SimpleGrid>
      </Paper>
      {report.isPending ? (
        <LoadingState />
      ) : report.isError || !data ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Stack
          gap="md"
          aria-busy={report.isPlaceholderData}
          style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }}
        >
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            <StatCard label={t(`${K}.enrolled`)} value={f.number(data.total.enrolled)} />
            <StatCard label={t(`${K}.attended`)} value={f.number(data.total.attended)} />
            <StatCard label={t(`${K}.completed`)} value={f.number(data.total.completed)} />
            <StatCard label={t(`${K}.rate`)} value={rate(data.total)} />
          </SimpleGrid>
          <Legend
            label={t(`${K}.legend`)}
            items={[
              { label: t(`${K}.legendCompleted`), color: COMPLETED },
              { label: t(`${K}.legendAttended`), color: ATTENDED },
              { label: t(`${K}.legendNotAttended`), color: NOT_ATTENDED },
            ]}
          />
          <Breakdown
            id="training-by-city"
            title={t(`${K}.byCity`)}
            help={t(`${K}.byCityHelp`)}
            head={t(`${K}.city`)}
            rows={data.byCity
              .map((r) => ({ ...r, key: r.municipalityCode, name: cityName(r.municipalityCode) }))
              .sort((a, b) => a.name.localeCompare(b.name))}
          />
          <Breakdown
            id="training-by-sex"
            title={t(`${K}.bySex`)}
            help={t(`${K}.bySexHelp`)}
            head={t(`${K}.sex`)}
            rows={data.bySex.map((r) => ({ ...r, key: r.sex, name: sexName(r.sex) }))}
          />
          <Breakdown
            id="training-by-group"
            title={t(`${K}.byGroup`)}
            help={t(`${K}.byGroupHelp`)}
            head={t(`${K}.group`)}
            rows={data.byPriorityGroup.map((r) => ({
              ...r,
              key: r.group,
              name: groupName(r.group),
            }))}
          />
        </Stack>
      )}
    </Stack>
  );
}

/** One breakdown: a table on wider screens, a card per row on phones; each row has its bar. */
function Breakdown(props: { id: string; title: string; help: string; head: string; rows: Row[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rate = (r: Row) => (r.completionRate === null ? '—' : f.percent(r.completionRate / 100));
  const bar = (r: Row) => (
    <StackedBar
      label={t(`${K}.bar`, {
        name: r.name,
        enrolled: r.enrolled,
        attended: r.attended,
        completed: r.completed,
      })}
      parts={[
        { n: r.completed, color: COMPLETED },
        { n: r.attended - r.completed, color: ATTENDED },
        { n: r.enrolled - r.attended, color: NOT_ATTENDED },
      ]}
    />
  );
  return (
    <ReportSection
      id={props.id}
      title={props.title}
      help={props.help}
      empty={props.rows.length === 0 ? { title: t(`${K}.nobody`) } : null}
    >
      <ScrollTable minWidth={560} labelledBy={props.id} visibleFrom="sm">
        <Table striped withColumnBorders verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{props.head}</Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.enrolled`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.attended`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.completed`)}
              </Table.Th>
              <Table.Th scope="col" className="num-head">
                {t(`${K}.rate`)}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Th scope="row" fw={500} miw={180}>
                  {r.name}
                  {bar(r)}
                </Table.Th>
                <Table.Td className="num">
                  <Count n={r.enrolled} />
                </Table.Td>
                <Table.Td className="num">
                  <Count n={r.attended} />
                </Table.Td>
                <Table.Td className="num">
                  <Count n={r.completed} />
                </Table.Td>
                <Table.Td className="num" fw={600}>
                  {rate(r)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Stack component="ul" gap="xs" p={0} m={0} hiddenFrom="sm" style={{ listStyle: 'none' }}>
        {props.rows.map((r) => (
          <Paper component="li" key={r.key} withBorder radius="md" p="sm">
            <Text fw={600} size="sm">
              {r.name}
            </Text>
            {bar(r)}
            <Text size="sm" mt={6}>
              {t(`${K}.card`, {
                enrolled: f.number(r.enrolled),
                attended: f.number(r.attended),
                completed: f.number(r.completed),
                rate: rate(r),
              })}
            </Text>
          </Paper>
        ))}
      </Stack>
    </ReportSection>
  );
}
