import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import {
  IconChevronDown,
  IconChevronUp,
  IconDownload,
  IconSelector,
  IconUsersPlus,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASE_SORTS, ZCaseFilter } from '../../../../shared/schemas/cases.ts';
import type { TCaseCard, TCaseSettings } from '../../../../shared/schemas/cases.ts';
import type { TProgram } from '../../../../shared/schemas/programs.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { oneOf } from '../registration/labels.ts';
import { exportUrl, useCaseList } from './api.ts';
import { caseLink } from './CaseCard.tsx';
import type { useCaseQuery } from './filters.tsx';
import { STATUS_COLORS, useCaseLabels } from './labels.ts';
import { Pager, ShowingCount } from '../../components/Paging.tsx';

const PAGE_SIZE = 50;
const STATUSES = ZCaseFilter.shape.status.unwrap().options;
type Sort = (typeof CASE_SORTS)[number];

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** The cases as a table: sortable, paged, the board's filters plus stage and status. */
export function ListView(props: {
  programId: string;
  settings: TCaseSettings;
  program: TProgram | undefined;
  query: ReturnType<typeof useCaseQuery>;
  canAssign: boolean;
  onAssign: (caseIds: string[]) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useCaseLabels(props.settings);
  const { params, filter, update } = props.query;
  const sortParam = params.get('sort') ?? '';
  const sort: Sort = oneOf(CASE_SORTS, sortParam) ? sortParam : 'name';
  const direction = params.get('direction') === 'desc' ? 'desc' : 'asc';
  const stageParam = params.get('stage') ?? '';
  const stage = props.settings.stages.some((s) => s.id === stageParam) ? stageParam : undefined;
  const statusParam = params.get('status') ?? '';
  const status = oneOf(STATUSES, statusParam) ? statusParam : undefined;
  const page = positiveInt(params.get('page'), 1);
  const list = useCaseList(props.programId, {
    ...filter,
    stage,
    status,
    sort,
    direction,
    page,
    pageSize: PAGE_SIZE,
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const cityName = (code: string) =>
    props.program?.cities.find((c) => c.municipalityCode === code)?.name ?? code;
  const data = list.data;
  const pageIds = data?.items.map((c) => c.id) ?? [];
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.has(id));

  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const header = (key: Sort, label: string) => {
    const active = sort === key;
    const Icon = !active ? IconSelector : direction === 'asc' ? IconChevronUp : IconChevronDown;
    return (
      <Table.Th
        scope="col"
        aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <UnstyledButton
          onClick={() =>
            update({ sort: key, direction: active && direction === 'asc' ? 'desc' : 'asc' })
          }
          fw={600}
          fz="sm"
        >
          <Group gap={4} wrap="nowrap">
            {label}
            <Icon size={14} aria-hidden="true" />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  const stateCell = (c: TCaseCard) =>
    c.status === 'active' ? (
      <Text size="sm">{labels.stage(c.stage)}</Text>
    ) : (
      <Group gap={4}>
        <Text size="sm">{labels.stage(c.stage)}</Text>
        <StatusBadge color={STATUS_COLORS[c.status] ?? 'gray'}>
          {labels.status(c.status)}
        </StatusBadge>
      </Group>
    );

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('ui.cases.list.stage')}
          placeholder={t('ui.common.all')}
          data={props.settings.stages.map((s) => ({ value: s.id, label: labels.stage(s.id) }))}
          value={stage ?? null}
          onChange={(v) => update({ stage: v })}
          clearable
          w={{ base: '100%', xs: 220 }}
        />
        <Select
          label={t('ui.cases.list.status')}
          placeholder={t('ui.common.all')}
          data={STATUSES.map((s) => ({ value: s, label: labels.status(s) }))}
          value={status ?? null}
          onChange={(v) => update({ status: v })}
          clearable
          w={{ base: '100%', xs: 180 }}
        />
        <Button
          component="a"
          href={exportUrl(props.programId, { ...filter, stage, status })}
          download
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden="true" />}
        >
          {t('ui.cases.list.export')}
        </Button>
        {props.canAssign && (
          <Button
            leftSection={<IconUsersPlus size={18} aria-hidden="true" />}
            disabled={selected.size === 0}
            onClick={() => props.onAssign([...selected])}
          >
            {t('ui.cases.list.assignSelected', {
              count: selected.size,
              n: f.number(selected.size),
            })}
          </Button>
        )}
      </Group>

      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState title={t('ui.cases.list.empty')} description={t('ui.cases.board.emptyHelp')} />
      ) : data ? (
        <Stack gap="sm">
          <ShowingCount data={data} />
          <ScrollTable minWidth={900} visibleFrom="md" label={t('ui.cases.list.title')}>
            <Table
              striped
              highlightOnHover
              verticalSpacing="xs"
              style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}
            >
              <Table.Thead>
                <Table.Tr>
                  {props.canAssign && (
                    <Table.Th scope="col" w={40}>
                      <Checkbox
                        aria-label={t('ui.cases.list.selectPage')}
                        checked={allOnPage}
                        indeterminate={!allOnPage && pageIds.some((id) => selected.has(id))}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          setSelected((prev) => {
                            const next = new Set(prev);
                            for (const id of pageIds) {
                              if (on) next.add(id);
                              else next.delete(id);
                            }
                            return next;
                          });
                        }}
                      />
                    </Table.Th>
                  )}
                  {header('name', t('ui.cases.list.columns.business'))}
                  {header('stage', t('ui.cases.list.columns.stage'))}
                  {header('municipality', t('ui.cases.list.columns.city'))}
                  <Table.Th scope="col">{t('ui.cases.list.columns.facilitator')}</Table.Th>
                  {header('lastEncounterOn', t('ui.cases.list.columns.lastEncounter'))}
                  {header('registeredAt', t('ui.cases.list.columns.registered'))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    {props.canAssign && (
                      <Table.Td>
                        <Checkbox
                          aria-label={t('ui.cases.list.select', { name: c.businessName })}
                          checked={selected.has(c.id)}
                          onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                        />
                      </Table.Td>
                    )}
                    <Table.Th scope="row" fw={500}>
                      <Anchor
                        component={Link}
                        to={caseLink(props.programId, c.id)}
                        size="sm"
                        fw={600}
                      >
                        {c.businessName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {c.ownerName}
                      </Text>
                    </Table.Th>
                    <Table.Td>{stateCell(c)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{cityName(c.municipalityCode)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={c.facilitatorName ? undefined : 'dimmed'}>
                        {c.facilitatorName ?? t('ui.cases.card.noFacilitator')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{c.lastEncounterOn ? f.day(c.lastEncounterOn) : '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{f.dateTime(c.registeredAt)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            hiddenFrom="md"
            style={{ listStyle: 'none', opacity: list.isPlaceholderData ? 0.6 : 1 }}
          >
            {data.items.map((c) => (
              <Paper component="li" key={c.id} withBorder radius="md" p="sm">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  {props.canAssign && (
                    <Checkbox
                      mt={4}
                      aria-label={t('ui.cases.list.select', { name: c.businessName })}
                      checked={selected.has(c.id)}
                      onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                    />
                  )}
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={caseLink(props.programId, c.id)} fw={600}>
                      {c.businessName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {`${c.ownerName} · ${cityName(c.municipalityCode)}`}
                    </Text>
                    {stateCell(c)}
                    <Text size="xs">
                      {c.facilitatorName ?? t('ui.cases.card.noFacilitator')}
                      {c.lastEncounterOn
                        ? ` · ${t('ui.cases.card.lastEncounter', { date: f.day(c.lastEncounterOn) })}`
                        : ''}
                    </Text>
                  </Stack>
                </Group>
              </Paper>
            ))}
          </Stack>
          <Pager data={data} page={page} onChange={(p) => update({ page: String(p) })} />
        </Stack>
      ) : null}
    </Stack>
  );
}
