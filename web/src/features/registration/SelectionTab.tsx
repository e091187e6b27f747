import {
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowUp, IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { TIE_BREAK_RULE } from '../../../../shared/domain/registration/selection.ts';
import type { TSelectionPreview } from '../../../../shared/schemas/registration.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useSelectionAction, useSelectionPreview } from './api.ts';
import { useCallContext } from './CallPage.tsx';
import { Notice } from '../../components/Notice.tsx';

type Row = TSelectionPreview['selected'][number];

function RankedList({
  rows,
  titleId,
  title,
  empty,
  applicantLink,
}: {
  rows: Row[];
  titleId: string;
  title: string;
  empty: string;
  applicantLink: (id: string) => string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
        <StatusBadge color="gray">{f.number(rows.length)}</StatusBadge>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <ScrollTable minWidth={280} labelledBy={titleId}>
          <Table verticalSpacing="xs" striped aria-labelledby={titleId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" className="num" w={56}>
                  {t('ui.selection.rank')}
                </Table.Th>
                <Table.Th scope="col" miw={150}>
                  {t('ui.selection.name')}
                </Table.Th>
                <Table.Th scope="col" className="num">
                  {t('ui.selection.score')}
                </Table.Th>
                {/* On phones the date gives way to the name; the tie-break text explains it. */}
                <Table.Th scope="col" visibleFrom="sm">
                  {t('ui.selection.submitted')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.applicantId}>
                  <Table.Td className="num">{r.rank}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={applicantLink(r.applicantId)} size="sm">
                      {r.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td className="num">{f.number(r.score)}</Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {f.dateTime(r.submittedAt)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}

export default function SelectionTab() {
  const { t } = useTranslation();
  const f = useFormat();
  const { call, programId } = useCallContext();
  const [params, setParams] = useSearchParams();
  const territory = params.get('territory') ?? call.territories[0]?.territoryCode ?? null;
  const preview = useSelectionPreview(programId, call.id, territory);
  const confirm = useSelectionAction(programId, call.id, 'confirm');
  const promote = useSelectionAction(programId, call.id, 'promote');
  const [asking, setAsking] = useState<'confirm' | 'promote' | null>(null);
  const territoryName =
    call.territories.find((x) => x.territoryCode === territory)?.name ?? territory ?? '';
  const applicantLink = (id: string) =>
    `/p/${encodeURIComponent(programId)}/calls/${encodeURIComponent(call.id)}/applicants/${encodeURIComponent(id)}`;

  const act = () => {
    if (!territory || !asking) return;
    const action = asking === 'confirm' ? confirm : promote;
    action.mutate(territory, {
      onSuccess: () => {
        notifySuccess(
          asking === 'confirm' ? t('ui.selection.confirmed') : t('ui.selection.promoted'),
          territoryName,
        );
        setAsking(null);
      },
      onError: (error) => {
        notifyError(
          asking === 'confirm' ? t('ui.selection.confirmFailed') : t('ui.selection.promoteFailed'),
          error,
        );
        setAsking(null);
        void preview.refetch();
      },
    });
  };

  const data = preview.data;

  return (
    <Stack gap="md">
      <Select
        label={t('ui.selection.territory')}
        data={call.territories.map((x) => ({ value: x.territoryCode, label: x.name }))}
        value={territory}
        onChange={(v) => v && setParams({ territory: v }, { replace: true })}
        allowDeselect={false}
        searchable={call.territories.length > 8}
        nothingFoundMessage={t('ui.common.nothingFound')}
        w={{ base: '100%', xs: 320 }}
      />
      {!territory ? (
        <EmptyState title={t('ui.call.summary.noTerritories')} />
      ) : preview.isPending ? (
        <LoadingState />
      ) : preview.isError ? (
        <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
      ) : data ? (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, xs: 3, md: 6 }} spacing="xs" component="dl" m={0}>
            {(
              [
                [t('ui.selection.counts.goal'), data.goal],
                [t('ui.selection.counts.registered'), data.counts.registered],
                [t('ui.selection.counts.eligible'), data.counts.eligible],
                [t('ui.selection.counts.notEligible'), data.counts.notEligible],
                [t('ui.selection.counts.pending'), data.counts.pending],
                [t('ui.selection.counts.blocked'), data.counts.blocked],
              ] as [string, number][]
            ).map(([label, value]) => (
              <Paper key={label} withBorder radius="md" p="xs">
                <Text component="dt" size="xs" c="dimmed">
                  {label}
                </Text>
                <Text component="dd" m={0} fw={700} fz="lg" className="num" ta="left">
                  {f.number(value)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>

          <Notice
            color="gray"
            icon={<IconInfoCircle aria-hidden="true" />}
            title={t('ui.selection.tieBreakTitle')}
          >
            <Text size="sm">{TIE_BREAK_RULE[currentLanguage()]}</Text>
            <Text size="xs" c="dimmed" mt={4}>
              {t('ui.selection.rulesVersion', { version: data.rulesVersion })}
            </Text>
          </Notice>

          {data.decided ? (
            <Notice
              color="teal"
              icon={<IconCheck aria-hidden="true" />}
              title={t('ui.selection.decidedTitle')}
            >
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('ui.selection.decidedBody', { territory: territoryName })}</Text>
                <Button
                  variant="default"
                  size="sm"
                  leftSection={<IconArrowUp size={16} aria-hidden="true" />}
                  disabled={data.waitlist.length === 0}
                  onClick={() => setAsking('promote')}
                >
                  {t('ui.selection.promote')}
                </Button>
              </Stack>
            </Notice>
          ) : (
            <Group justify="space-between" gap="sm">
              <Text size="sm" c="dimmed" maw={560}>
                {t('ui.selection.previewHelp')}
              </Text>
              <Button onClick={() => setAsking('confirm')} disabled={data.selected.length === 0}>
                {t('ui.selection.confirm')}
              </Button>
            </Group>
          )}

          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
            <RankedList
              rows={data.selected}
              titleId="selected-title"
              title={data.decided ? t('ui.selection.selected') : t('ui.selection.wouldBeSelected')}
              empty={t('ui.selection.noneSelected')}
              applicantLink={applicantLink}
            />
            <RankedList
              rows={data.waitlist}
              titleId="waitlist-title"
              title={t('ui.selection.waitlist')}
              empty={t('ui.selection.noneWaiting')}
              applicantLink={applicantLink}
            />
          </SimpleGrid>
        </Stack>
      ) : null}

      <ConfirmDialog
        opened={asking !== null}
        title={
          asking === 'promote' ? t('ui.selection.promoteTitle') : t('ui.selection.confirmTitle')
        }
        message={
          asking === 'promote'
            ? t('ui.selection.promoteBody', {
                name: data?.waitlist[0]?.name ?? '',
                territory: territoryName,
              })
            : t('ui.selection.confirmBody', {
                selected: f.number(data?.selected.length ?? 0),
                waitlisted: f.number(data?.waitlist.length ?? 0),
                territory: territoryName,
              })
        }
        confirmLabel={asking === 'promote' ? t('ui.selection.promote') : t('ui.selection.confirm')}
        loading={confirm.isPending || promote.isPending}
        onConfirm={act}
        onClose={() => setAsking(null)}
      />
    </Stack>
  );
}
