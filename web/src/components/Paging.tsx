import { Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';

/** A page of a list as the API answers it. */
export interface PageInfo {
  page: number;
  pageSize: number;
  total: number;
}

/** "Showing 51–100 of 1,234", announced when it changes. */
export function ShowingCount({ data }: { data: PageInfo }) {
  const { t } = useTranslation();
  const f = useFormat();
  const from = data.total > 0 ? (data.page - 1) * data.pageSize + 1 : 0;
  const to = Math.min(data.total, data.page * data.pageSize);
  return (
    <Text size="sm" c="dimmed" aria-live="polite">
      {t('ui.common.showing', {
        from: f.number(from),
        to: f.number(to),
        total: f.number(data.total),
      })}
    </Text>
  );
}

/** Page links with spoken labels; nothing when everything fits on one page. */
export function Pager({
  data,
  page,
  onChange,
}: {
  data: PageInfo;
  page: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const totalPages = Math.max(1, Math.ceil(data.total / data.pageSize));
  if (totalPages <= 1) return null;
  return (
    <Pagination
      total={totalPages}
      value={Math.min(page, totalPages)}
      onChange={onChange}
      getItemProps={(p) => ({ 'aria-label': t('ui.common.pageN', { n: p }) })}
      getControlProps={(control) => ({ 'aria-label': t(`ui.common.pager.${control}`) })}
      withEdges
      siblings={1}
    />
  );
}
