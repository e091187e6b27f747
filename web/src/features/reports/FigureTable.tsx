import { Table } from '@mantine/core';
import { useMemo } from 'react';
import type { TFigure } from '../../../../shared/schemas/reports.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useFormat } from '../../i18n/format.ts';
import { formatCell, type CellFormat } from './figures.ts';

/** Rows shown before the table scrolls inside its own box. */
const VISIBLE_ROWS = 14;

/** Numbers, percentages and days in the UI's locale, for tables and headline cards. */
export function useCellFormat(): CellFormat {
  const f = useFormat();
  return useMemo(() => {
    const days = new Intl.NumberFormat(f.locale, { maximumFractionDigits: 1 });
    return { number: f.number, percent: f.percent, days: (n) => days.format(n) };
  }, [f]);
}

/**
 * A figure's table as the server built it: the category column heads its rows, numbers align
 * right, a hidden or missing value shows as "—", and the total row is bold.
 */
export function FigureTable({ figure, labelledBy }: { figure: TFigure; labelledBy: string }) {
  const format = useCellFormat();
  const body = figure.totalRow ? figure.rows.slice(0, -1) : figure.rows;
  const total = figure.totalRow ? figure.rows[figure.rows.length - 1] : undefined;
  const head = figure.chart.category;
  const minWidth = figure.columns.reduce((w, c) => w + (c.kind === 'label' ? 170 : 110), 0);
  const cells = (row: TFigure['rows'][number], bold: boolean) =>
    figure.columns.map((column, i) => {
      const text = formatCell(row[i] ?? null, column, figure.currency, format);
      const numeric = column.kind !== 'label';
      if (i === head)
        return (
          <Table.Th key={i} scope="row" fw={bold ? 700 : 500} miw={140}>
            {text}
          </Table.Th>
        );
      return (
        <Table.Td
          key={i}
          className={numeric ? 'num' : undefined}
          fw={bold ? 700 : undefined}
          c={row[i] === null ? 'dimmed' : undefined}
        >
          {text}
        </Table.Td>
      );
    });
  return (
    <ScrollTable
      minWidth={minWidth}
      maxHeight={body.length > VISIBLE_ROWS ? 480 : undefined}
      labelledBy={labelledBy}
    >
      <Table
        striped
        withColumnBorders
        verticalSpacing={6}
        fz="sm"
        stickyHeader={body.length > VISIBLE_ROWS}
      >
        <Table.Thead>
          <Table.Tr>
            {figure.columns.map((c, i) => (
              <Table.Th key={i} scope="col" className={c.kind === 'label' ? undefined : 'num-head'}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {body.map((row, r) => (
            <Table.Tr key={r}>{cells(row, false)}</Table.Tr>
          ))}
        </Table.Tbody>
        {total && (
          <Table.Tfoot>
            <Table.Tr>{cells(total, true)}</Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </ScrollTable>
  );
}
