import {
  Button,
  Collapse,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useUrlQuery } from '../../components/urlQuery.ts';
import { useTranslation } from 'react-i18next';
import { PRIORITY_GROUPS } from '../../../../shared/schemas/registration.ts';
import type { TCaseStaff } from '../../../../shared/schemas/cases.ts';
import type { TProgram } from '../../../../shared/schemas/programs.ts';
import { useRegLabels, oneOf } from '../registration/labels.ts';
import type { CaseFilter } from './api.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILTER_KEYS = [
  'municipalityCode',
  'localityCode',
  'facilitatorId',
  'supervisorId',
  'priorityGroup',
  'q',
] as const;

/** The filters in the URL, each dropped when it is not a value the server would accept. */
export function readFilter(params: URLSearchParams): CaseFilter {
  const out: CaseFilter = {};
  const city = params.get('municipalityCode');
  if (city && /^\d{5}$/.test(city)) out.municipalityCode = city;
  const locality = params.get('localityCode');
  if (locality && /^\d{5}-\d{2}$/.test(locality)) out.localityCode = locality;
  const facilitator = params.get('facilitatorId');
  if (facilitator && (facilitator === 'none' || UUID.test(facilitator)))
    out.facilitatorId = facilitator;
  const supervisor = params.get('supervisorId');
  if (supervisor && UUID.test(supervisor)) out.supervisorId = supervisor;
  const group = params.get('priorityGroup');
  if (group && oneOf(PRIORITY_GROUPS, group)) out.priorityGroup = group;
  const q = params.get('q')?.trim();
  if (q) out.q = q.slice(0, 100);
  return out;
}

/** Reads and writes the URL's query: filters, the view, the list's sort and page. */
export function useCaseQuery() {
  return useUrlQuery(readFilter, FILTER_KEYS);
}

/**
 * A city, then a locality of that city (when the program has localities there): choosing another
 * city drops the locality. For the grid of a filter bar.
 */
export function PlaceFilters({
  cities,
  localities,
  filter,
  update,
}: {
  cities: readonly { municipalityCode: string; name: string }[];
  localities: readonly { localityCode: string; municipalityCode: string; name: string }[];
  filter: Pick<CaseFilter, 'municipalityCode' | 'localityCode'>;
  update: ReturnType<typeof useCaseQuery>['update'];
}) {
  const { t } = useTranslation();
  const inCity = localities.filter(
    (l) => !filter.municipalityCode || l.municipalityCode === filter.municipalityCode,
  );
  return (
    <>
      <Select
        label={t('ui.cases.filters.city')}
        placeholder={t('ui.common.all')}
        data={cities.map((c) => ({ value: c.municipalityCode, label: c.name }))}
        value={filter.municipalityCode ?? null}
        onChange={(v) => update({ municipalityCode: v, localityCode: null })}
        clearable
        searchable
        nothingFoundMessage={t('ui.common.nothingFound')}
      />
      {inCity.length > 0 && (
        <Select
          label={t('ui.cases.filters.locality')}
          placeholder={t('ui.common.all')}
          data={inCity.map((l) => ({ value: l.localityCode, label: l.name }))}
          value={filter.localityCode ?? null}
          onChange={(v) => update({ localityCode: v })}
          clearable
          searchable
          nothingFoundMessage={t('ui.common.nothingFound')}
        />
      )}
    </>
  );
}

export function CaseFilters(props: {
  program: TProgram | undefined;
  staff: TCaseStaff | undefined;
  query: ReturnType<typeof useCaseQuery>;
}) {
  const { t } = useTranslation();
  const reg = useRegLabels();
  const { filter, update, clear, setParams } = props.query;
  const [search, setSearch] = useState(filter.q ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const q = filter.q ?? '';
  useEffect(() => {
    if (debounced === q) return;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (debounced) next.set('q', debounced);
        else next.delete('q');
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  }, [debounced, q, setParams]);

  const filtered = Object.keys(filter).length > 0;
  // On a phone the search stays in view and the rest folds away, so the board starts higher.
  const phone = useMediaQuery('(max-width: 36em)');
  const [open, setOpen] = useState(false);
  const folded = Object.keys(filter).filter((k) => k !== 'q').length;
  const searchField = (
    <TextInput
      label={t('ui.cases.filters.search')}
      placeholder={t('ui.cases.filters.searchPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden="true" />}
      value={search}
      onChange={(e) => setSearch(e.currentTarget.value)}
      type="search"
    />
  );
  return (
    <Paper withBorder p="sm" radius="md" role="search" aria-label={t('ui.cases.filters.title')}>
      <Stack gap="xs">
        {phone && (
          <>
            {searchField}
            <Button
              variant="default"
              size="sm"
              leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden="true" />}
              aria-expanded={open}
              aria-controls="case-filters-more"
              onClick={() => setOpen((o) => !o)}
            >
              {folded > 0
                ? t('ui.cases.filters.moreActive', { n: folded })
                : t('ui.cases.filters.more')}
            </Button>
          </>
        )}
        <Collapse in={!phone || open} id="case-filters-more">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm" verticalSpacing="xs">
            {!phone && searchField}
            <PlaceFilters
              cities={props.program?.cities ?? []}
              localities={props.program?.localities ?? []}
              filter={filter}
              update={update}
            />
            {props.staff && (
              <Select
                label={t('ui.cases.filters.facilitator')}
                placeholder={t('ui.common.all')}
                data={[
                  { value: 'none', label: t('ui.cases.filters.unassigned') },
                  ...props.staff.facilitators.map((s) => ({ value: s.userId, label: s.name })),
                ]}
                value={filter.facilitatorId ?? null}
                onChange={(v) => update({ facilitatorId: v })}
                clearable
                searchable
                nothingFoundMessage={t('ui.common.nothingFound')}
              />
            )}
            {props.staff && (
              <Select
                label={t('ui.cases.filters.supervisor')}
                placeholder={t('ui.common.all')}
                data={props.staff.supervisors.map((s) => ({ value: s.userId, label: s.name }))}
                value={filter.supervisorId ?? null}
                onChange={(v) => update({ supervisorId: v })}
                clearable
                searchable
                nothingFoundMessage={t('ui.common.nothingFound')}
              />
            )}
            <Select
              label={t('ui.cases.filters.priorityGroup')}
              placeholder={t('ui.common.all')}
              data={PRIORITY_GROUPS.map((g) => ({ value: g, label: reg.priorityGroup(g) }))}
              value={filter.priorityGroup ?? null}
              onChange={(v) => update({ priorityGroup: v })}
              clearable
            />
          </SimpleGrid>
        </Collapse>
        {filtered && (
          <Group justify="flex-end">
            <Button
              variant="subtle"
              size="xs"
              onClick={() => {
                setSearch('');
                clear();
              }}
            >
              {t('ui.common.clearFilters')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
