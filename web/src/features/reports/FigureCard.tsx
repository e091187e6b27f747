import { Badge, Box, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  IconChevronDown,
  IconDownload,
  IconFileSpreadsheet,
  IconPhoto,
  IconVectorBezier2,
} from '@tabler/icons-react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { figureChartOption } from '../../../../shared/domain/reports/chart.ts';
import type { TFigure } from '../../../../shared/schemas/reports.ts';
import { notifyError } from '../../components/notify.ts';
import { EmptyState } from '../../components/states.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { figureExportUrl } from './api.ts';
import { screenOption, useAxisFormat } from './screenOption.ts';
import { chartSvg, saveFile, svgBlob, svgToPng } from './chartExport.ts';
import { FigureChart } from './FigureChart.tsx';
import { FigureTable } from './FigureTable.tsx';
import { chartHeight, figureFileName, isEmptyFigure } from './figures.ts';
import type { ReportFilter } from './filters.ts';

const K = 'reportsPage.figure';

/** The id of a figure's heading, which also names its table. */
export const figureHeadingId = (key: string) => `figure-${key.replace(/[^a-z0-9]/gi, '-')}`;

function ExportMenu({
  figure,
  programId,
  filter,
  asOf,
  chartBox,
  option,
  drawable,
}: {
  figure: TFigure;
  programId: string;
  filter: ReportFilter;
  asOf: string;
  chartBox: React.RefObject<HTMLDivElement | null>;
  option: ReturnType<typeof figureChartOption>;
  drawable: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const svg = () => {
    const box = chartBox.current?.getBoundingClientRect();
    return chartSvg(
      option,
      { width: Math.round(box?.width || 720), height: Math.round(box?.height || 320) },
      figure.title,
    );
  };
  const downloadSvg = () => {
    try {
      saveFile(svgBlob(svg()), figureFileName(figure, asOf, 'svg'));
    } catch (error) {
      notifyError(t(`${K}.exportFailed`), error);
    }
  };
  const downloadPng = async () => {
    try {
      saveFile(await svgToPng(svg()), figureFileName(figure, asOf, 'png'));
    } catch (error) {
      notifyError(t(`${K}.exportFailed`), error);
    }
  };
  return (
    <Menu position="bottom-end" shadow="md">
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={16} aria-hidden="true" />}
          rightSection={<IconChevronDown size={14} aria-hidden="true" />}
          aria-label={t(`${K}.exportLabel`, { title: figure.title })}
          style={{ flex: 'none' }}
        >
          {t(`${K}.export`)}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {(['csv', 'xlsx'] as const).map((format) => (
          <Menu.Item
            key={format}
            component="a"
            href={figureExportUrl(programId, figure.key, format, filter, language)}
            download
            leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />}
          >
            {t(`${K}.${format}`)}
          </Menu.Item>
        ))}
        {drawable && (
          <>
            <Menu.Item
              leftSection={<IconVectorBezier2 size={16} aria-hidden="true" />}
              onClick={downloadSvg}
            >
              {t(`${K}.svg`)}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconPhoto size={16} aria-hidden="true" />}
              onClick={() => void downloadPng()}
            >
              {t(`${K}.png`)}
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * One figure: its title and what it counts, always in view; a badge when it shows today's state
 * whatever the date; the chart and the table; and its downloads. Nothing to count: an empty state,
 * not a chart of zeros.
 */
export function FigureCard({
  figure,
  programId,
  filter,
  asOf,
}: {
  figure: TFigure;
  programId: string;
  filter: ReportFilter;
  asOf: string;
}) {
  const { t } = useTranslation();
  const chartBox = useRef<HTMLDivElement>(null);
  const id = figureHeadingId(figure.key);
  const empty = isEmptyFigure(figure);
  const axisFormat = useAxisFormat();
  const narrow = useMediaQuery('(max-width: 36em)') ?? false;
  // Downloads are drawn from the printable option: no animation, a plain legend.
  const printable = useMemo(
    () => screenOption(figureChartOption(figure, { static: true }), axisFormat, false),
    [figure, axisFormat],
  );
  const option = useMemo(
    () => screenOption(figureChartOption(figure), axisFormat, narrow),
    [figure, axisFormat, narrow],
  );
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={4} style={{ flex: '1 1 260px', minWidth: 0 }}>
            <Group gap="xs" align="center">
              <Title order={3} size="h5" id={id}>
                {figure.title}
              </Title>
              {figure.basis === 'current' && (
                <Badge variant="light" color="gray" c="dark.7" size="sm" radius="sm">
                  {t(`${K}.current`)}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              <Text span fw={600} size="sm">
                {t(`${K}.whatCounts`)}
              </Text>{' '}
              {figure.definition}
              {figure.basis === 'current' && ` ${t(`${K}.currentHelp`)}`}
            </Text>
          </Stack>
          <ExportMenu
            figure={figure}
            programId={programId}
            filter={filter}
            asOf={asOf}
            chartBox={chartBox}
            option={printable}
            drawable={!empty}
          />
        </Group>
        {empty ? (
          <EmptyState title={t(`${K}.emptyTitle`)} description={t(`${K}.emptyHelp`)} />
        ) : (
          <>
            <Box ref={chartBox}>
              <FigureChart
                option={option}
                height={chartHeight(figure)}
                label={t(`${K}.chart`, { title: figure.title })}
              />
            </Box>
            <FigureTable figure={figure} labelledBy={id} />
            {figure.suppressedCells > 0 && (
              <Text size="xs" c="dimmed">
                {t(`${K}.suppressed`, { count: figure.suppressedCells })}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
