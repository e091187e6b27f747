import { Alert, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAP_NAMES,
  figureMapOption,
  type MapContext,
} from '../../../../shared/domain/reports/chart.ts';
import type { TFigure, TReportOptions } from '../../../../shared/schemas/reports.ts';
import { LoadingState } from '../../components/states.tsx';
import { errorMessage } from '../../api/client.ts';
import { useCentroids, useGeo, type GeoJson } from './api.ts';
import { echarts } from './echarts.ts';
import { FigureChart } from './FigureChart.tsx';
import { isEmptyFigure } from './figures.ts';
import { screenMapOption } from './screenOption.ts';

const K = 'reportsPage.map';
const MAP_HEIGHT = 420;

/** Maps registered with ECharts in this page's life: each GeoJSON is handed over once. */
const registered = new Set<string>();
function registerOnce(name: string, geo: GeoJson) {
  if (registered.has(name)) return;
  echarts.registerMap(name, geo as unknown as Parameters<typeof echarts.registerMap>[1]);
  registered.add(name);
}

/** Names of the places of a figure: the filters' names, then the labels of its own rows. */
function placeNames(figure: TFigure, options: TReportOptions): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of options.cities) names.set(c.code, c.name);
  for (const l of options.localities) names.set(l.code, l.name);
  const map = figure.map;
  if (map)
    map.codes.forEach((code, i) => {
      const label = figure.rows[i]?.[figure.chart.category];
      if (code && typeof label === 'string' && !names.has(code)) names.set(code, label);
    });
  return names;
}

/**
 * A figure on the map: cities as circles over Colombia's departments, or Bogotá's localities
 * coloured by value. The figures that can be drawn on a map are chosen from a list.
 */
export function MapCard({
  figures,
  options,
}: {
  figures: readonly TFigure[];
  options: TReportOptions;
}) {
  const { t } = useTranslation();
  const mappable = figures.filter((f) => f.map && !isEmptyFigure(f));
  const [chosen, setChosen] = useState<string | null>(null);
  const figure = mappable.find((f) => f.key === chosen) ?? mappable[0];
  const level = figure?.map?.level ?? null;
  const departments = useGeo('co-departments', level === 'city');
  const centroids = useCentroids(level === 'city');
  const localities = useGeo('bogota-localities', level === 'locality');

  const geo =
    level === 'city'
      ? departments.data && centroids.data
        ? { name: MAP_NAMES.departments, data: departments.data }
        : null
      : level === 'locality' && localities.data
        ? { name: MAP_NAMES.localities, data: localities.data }
        : null;
  if (geo) registerOnce(geo.name, geo.data);
  const failure =
    level === 'city' ? (departments.error ?? centroids.error) : level ? localities.error : null;

  const ready = geo !== null;
  const option = useMemo(() => {
    if (!figure || !ready) return null;
    const context: MapContext = {
      names: placeNames(figure, options),
      centroids: new Map(Object.entries(centroids.data ?? {})),
    };
    const option = figureMapOption(figure, context);
    return option && screenMapOption(option);
  }, [figure, ready, options, centroids.data]);

  const column = figure?.map ? (figure.columns[figure.map.column]?.label ?? '') : '';
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="reports-map">
      <Stack gap="sm">
        <Title order={2} size="h4" id="reports-map">
          {t(`${K}.title`)}
        </Title>
        {!figure ? (
          <Text size="sm" c="dimmed">
            {t(`${K}.none`)}
          </Text>
        ) : (
          <>
            <Select
              label={t(`${K}.figure`)}
              data={mappable.map((f) => ({
                value: f.key,
                label: `${f.title} · ${f.columns[f.map!.column]?.label ?? ''}`,
              }))}
              value={figure.key}
              onChange={(v) => v && setChosen(v)}
              allowDeselect={false}
              maw={560}
            />
            <Text size="sm" c="dimmed">
              {t(level === 'locality' ? `${K}.localityHelp` : `${K}.cityHelp`)}
            </Text>
            {failure ? (
              <Alert color="red" variant="light" title={t(`${K}.failed`)}>
                {errorMessage(failure)}
              </Alert>
            ) : option ? (
              <FigureChart
                option={option}
                height={MAP_HEIGHT}
                label={t(`${K}.label`, { title: figure.title, column })}
              />
            ) : (
              <LoadingState />
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
