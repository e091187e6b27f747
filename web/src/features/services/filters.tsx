import {
  Button,
  Collapse,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useUrlQuery } from '../../components/urlQuery.ts';
import { useTranslation } from 'react-i18next';
import { SERVICE_SCOPES, SERVICE_STATUSES } from '../../../../shared/schemas/services.ts';
import type { TServiceQuery } from '../../../../shared/schemas/services.ts';
import type { TProgram } from '../../../../shared/schemas/programs.ts';
import { PlaceFilters } from '../cases/filters.tsx';
import { oneOf } from '../registration/labels.ts';

export type ServiceFilter = Pick<
  TServiceQuery,
  'status' | 'municipalityCode' | 'scope' | 'lever' | 'q'
>;
const FILTER_KEYS = ['status', 'municipalityCode', 'scope', 'lever', 'q'] as const;

/** The filters in the URL, each dropped when it is not a value the server would accept. */
export function readServiceFilter(params: URLSearchParams): ServiceFilter {
  const out: ServiceFilter = {};
  const status = params.get('status') ?? '';
  if (oneOf(SERVICE_STATUSES, status)) out.status = status;
  const city = params.get('municipalityCode');
  if (city && /^\d{5}$/.test(city)) out.municipalityCode = city;
  const scope = params.get('scope') ?? '';
  if (oneOf(SERVICE_SCOPES, scope)) out.scope = scope;
  const lever = params.get('lever');
  if (lever && /^[a-z][a-z0-9_]{0,39}$/.test(lever)) out.lever = lever;
  const q = params.get('q')?.trim();
  if (q) out.q = q.slice(0, 100);
  return out;
}

/** Reads and writes the URL's query: the filters and the page. */
export function useServiceQuery() {
  return useUrlQuery(readServiceFilter, FILTER_KEYS);
}

/** Search, status, city, scope and lever, kept in the URL. */
export function ServiceFilters(props: {
  program: TProgram | undefined;
  levers: readonly string[];
  leverName: (id: string) => string;
  query: ReturnType<typeof useServiceQuery>;
}) {
  const { t } = useTranslation();
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
  const cities = [...(props.program?.cities ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const searchField = (
    <TextInput
      label={t('ui.services.filters.search')}
      placeholder={t('ui.services.filters.searchPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden="true" />}
      value={search}
      onChange={(e) => setSearch(e.currentTarget.value)}
      type="search"
    />
  );
  // On a phone the search stays in view and the rest folds away, so the list starts higher.
  const phone = useMediaQuery('(max-width: 36em)');
  const [open, setOpen] = useState(false);
  const folded = Object.keys(filter).filter((k) => k !== 'q').length;

  return (
    <Paper withBorder p="sm" radius="md" role="search" aria-label={t('ui.services.filters.title')}>
      <Stack gap="xs">
        {phone && (
          <>
            {searchField}
            <Button
              variant="default"
              size="sm"
              leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden="true" />}
              aria-expanded={open}
              aria-controls="service-filters-more"
              onClick={() => setOpen((o) => !o)}
            >
              {folded > 0
                ? t('ui.cases.filters.moreActive', { n: folded })
                : t('ui.cases.filters.more')}
            </Button>
          </>
        )}
        <Collapse in={!phone || open} id="service-filters-more">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm" verticalSpacing="xs">
            {!phone && searchField}
            <Select
              label={t('ui.services.filters.status')}
              placeholder={t('ui.common.all')}
              data={SERVICE_STATUSES.map((s) => ({
                value: s,
                label: t(`ui.services.statuses.${s}`),
              }))}
              value={filter.status ?? null}
              onChange={(v) => update({ status: v })}
              clearable
            />
            <PlaceFilters cities={cities} localities={[]} filter={filter} update={update} />
            <Select
              label={t('ui.services.filters.scope')}
              placeholder={t('ui.common.all')}
              data={SERVICE_SCOPES.map((s) => ({ value: s, label: t(`ui.services.scopes.${s}`) }))}
              value={filter.scope ?? null}
              onChange={(v) => update({ scope: v })}
              clearable
            />
            <Select
              label={t('ui.services.filters.lever')}
              placeholder={t('ui.common.all')}
              data={props.levers.map((id) => ({ value: id, label: props.leverName(id) }))}
              value={filter.lever ?? null}
              onChange={(v) => update({ lever: v })}
              clearable
              searchable
              nothingFoundMessage={t('ui.common.nothingFound')}
            />
          </SimpleGrid>
        </Collapse>
        {Object.keys(filter).length > 0 && (
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {filter.municipalityCode ? t('ui.services.filters.cityHelp') : ''}
            </Text>
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
