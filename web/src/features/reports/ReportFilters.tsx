import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TReportOptions } from '../../../../shared/schemas/reports.ts';
import type { useUrlQuery } from '../../components/urlQuery.ts';
import { isIsoDay, todayInBogota, type ReportFilter, type ReportFilterKey } from './filters.ts';

const K = 'reportsPage.filters';

/**
 * A day typed in the browser's own date field. The field keeps what is being typed; the URL
 * changes only with a whole day, or with nothing (the default).
 */
export function DayInput({
  label,
  description,
  value,
  onCommit,
  min,
  max,
  error,
  maw,
}: {
  label: string;
  description: string;
  value: string | undefined;
  onCommit: (day: string | null) => void;
  min?: string;
  max?: string;
  error?: string;
  maw?: number;
}) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <TextInput
      type="date"
      label={label}
      description={description}
      value={text}
      min={min}
      max={max}
      maw={maw}
      error={error}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        if (next === '') onCommit(null);
        else if (isIsoDay(next)) onCommit(next);
      }}
    />
  );
}

/** As-of date, period start, city, locality (when the city has them) and supervisor, in the URL. */
export function ReportFilters({
  options,
  query,
  errors,
}: {
  options: TReportOptions | undefined;
  query: ReturnType<typeof useUrlQuery<ReportFilter>>;
  errors: Partial<Record<ReportFilterKey, string>>;
}) {
  const { t } = useTranslation();
  const { filter, update, clear } = query;
  const cities = [...(options?.cities ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const localities = (options?.localities ?? [])
    .filter((l) => filter.municipalityCode && l.municipalityCode === filter.municipalityCode)
    .sort((a, b) => a.name.localeCompare(b.name));
  const supervisors = [...(options?.supervisors ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  return (
    <Paper withBorder p="sm" radius="md" role="search" aria-label={t(`${K}.label`)}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm" verticalSpacing="xs">
          <DayInput
            label={t(`${K}.asOf`)}
            description={t(`${K}.asOfHelp`)}
            value={filter.asOf}
            min={options?.cycleStart}
            max={todayInBogota()}
            error={errors.asOf}
            onCommit={(asOf) => update({ asOf })}
          />
          <DayInput
            label={t(`${K}.from`)}
            description={t(`${K}.fromHelp`)}
            value={filter.from}
            min={options?.cycleStart}
            error={errors.from}
            onCommit={(from) => update({ from })}
          />
          <Select
            label={t(`${K}.city`)}
            placeholder={t('ui.common.all')}
            data={cities.map((c) => ({ value: c.code, label: c.name }))}
            value={filter.municipalityCode ?? null}
            onChange={(v) => update({ municipalityCode: v, localityCode: null })}
            error={errors.municipalityCode}
            clearable
            searchable
            nothingFoundMessage={t('ui.common.nothingFound')}
          />
          {localities.length > 0 && (
            <Select
              label={t(`${K}.locality`)}
              placeholder={t('ui.common.all')}
              data={localities.map((l) => ({ value: l.code, label: l.name }))}
              value={filter.localityCode ?? null}
              onChange={(v) => update({ localityCode: v })}
              error={errors.localityCode}
              clearable
              searchable
              nothingFoundMessage={t('ui.common.nothingFound')}
            />
          )}
          {supervisors.length > 0 && (
            <Select
              label={t(`${K}.supervisor`)}
              placeholder={t('ui.common.all')}
              data={supervisors.map((s) => ({ value: s.id, label: s.name }))}
              value={filter.supervisorId ?? null}
              onChange={(v) => update({ supervisorId: v })}
              error={errors.supervisorId}
              clearable
              searchable
              nothingFoundMessage={t('ui.common.nothingFound')}
            />
          )}
        </SimpleGrid>
        {Object.keys(filter).length > 0 && (
          <Group justify="flex-end" gap="xs">
            <Button variant="subtle" size="xs" onClick={clear}>
              {t('ui.common.clearFilters')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
