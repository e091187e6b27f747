import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Menu,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconDownload,
  IconFileSpreadsheet,
  IconLock,
  IconSearch,
  IconUpload,
  IconUserPlus,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SELECTIONS, VERDICTS } from '../../../../shared/schemas/registration.ts';
import type { TApplicantSummary } from '../../../../shared/schemas/registration.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { spreadsheetUrl, useApplicants } from './api.ts';
import { useCallContext } from './CallPage.tsx';
import { ImportModal } from './ImportModal.tsx';
import { SELECTION_COLORS, VERDICT_COLORS, oneOf, useRegLabels } from './labels.ts';
import { useRegistrationPermissions } from './permissions.ts';
import { Pager, ShowingCount } from '../../components/Paging.tsx';

const PAGE_SIZE = 25;

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

export function VerdictBadge({ verdict }: { verdict: string }) {
  const labels = useRegLabels();
  return (
    <StatusBadge color={VERDICT_COLORS[verdict] ?? 'gray'}>{labels.verdict(verdict)}</StatusBadge>
  );
}

export function SelectionBadge({ selection, rank }: { selection: string; rank: number | null }) {
  const { t } = useTranslation();
  const labels = useRegLabels();
  if (selection === 'none')
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <StatusBadge color={SELECTION_COLORS[selection] ?? 'gray'}>
      {rank
        ? t('ui.applicantList.withRank', { label: labels.selection(selection), rank })
        : labels.selection(selection)}
    </StatusBadge>
  );
}

/** Open duplicate warnings and blocks, in words. */
export function FlagsCell({
  applicant,
}: {
  applicant: Pick<TApplicantSummary, 'openFlags' | 'blocked'>;
}) {
  const { t } = useTranslation();
  if (!applicant.openFlags && !applicant.blocked)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Group gap={4}>
      {applicant.blocked && (
        <StatusBadge color="red" leftSection={<IconLock size={12} aria-hidden="true" />}>
          {t('ui.applicantList.blocked')}
        </StatusBadge>
      )}
      {applicant.openFlags > 0 && (
        <StatusBadge
          color="yellow"
          leftSection={<IconAlertTriangle size={12} aria-hidden="true" />}
        >
          {t('ui.applicantList.openFlags', { count: applicant.openFlags })}
        </StatusBadge>
      )}
    </Group>
  );
}

export default function ApplicantsTab() {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useRegLabels();
  const { call, programId } = useCallContext();
  const can = useRegistrationPermissions();
  const [params, setParams] = useSearchParams();
  const [importing, setImporting] = useState(false);

  const q = params.get('q') ?? '';
  const territory = params.get('territory') ?? '';
  const verdictParam = params.get('verdict') ?? '';
  const selectionParam = params.get('selection') ?? '';
  const verdict = oneOf(VERDICTS, verdictParam) ? verdictParam : undefined;
  const selection = oneOf(SELECTIONS, selectionParam) ? selectionParam : undefined;
  const flagged = params.get('flagged') === 'true';
  const page = positiveInt(params.get('page'), 1);

  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search.trim(), 300);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

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

  const applicants = useApplicants(programId, call.id, {
    territory: territory || undefined,
    verdict,
    selection,
    flagged: flagged ? 'true' : undefined,
    q: q || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const territoryName = (code: string) =>
    call.territories.find((x) => x.territoryCode === code)?.name ?? code;
  const link = (a: TApplicantSummary) =>
    `/p/${encodeURIComponent(programId)}/calls/${encodeURIComponent(call.id)}/applicants/${encodeURIComponent(a.id)}`;
  const lang = currentLanguage();
  const data = applicants.data;
  const filtered = Boolean(q || territory || verdict || selection || flagged);

  return (
    <Stack gap="md">
      <Group gap="sm">
        {can.registerApplicants && (
          <Button
            component={Link}
            to={`/p/${encodeURIComponent(programId)}/calls/${encodeURIComponent(call.id)}/register`}
            leftSection={<IconUserPlus size={18} aria-hidden="true" />}
          >
            {t('ui.applicantList.register')}
          </Button>
        )}
        {can.importApplicants && (
          <Button
            variant="default"
            leftSection={<IconUpload size={18} aria-hidden="true" />}
            onClick={() => setImporting(true)}
          >
            {t('ui.applicantList.import')}
          </Button>
        )}
        <Menu position="bottom-start" shadow="md">
          <Menu.Target>
            <Button variant="default" leftSection={<IconDownload size={18} aria-hidden="true" />}>
              {t('ui.applicantList.export')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {(['xlsx', 'csv'] as const).map((format) => (
              <Menu.Item
                key={format}
                component="a"
                href={spreadsheetUrl(programId, call.id, 'export', format, lang)}
                download
                leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />}
              >
                {t(`ui.applicantList.exportAs.${format}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>

      <Paper withBorder p="md" radius="md" role="search" aria-label={t('ui.applicantList.filters')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm">
            <TextInput
              label={t('ui.applicantList.search')}
              placeholder={t('ui.applicantList.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden="true" />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              type="search"
            />
            <Select
              label={t('ui.applicantList.territory')}
              placeholder={t('ui.common.all')}
              data={call.territories.map((x) => ({ value: x.territoryCode, label: x.name }))}
              value={territory || null}
              onChange={(v) => update({ territory: v })}
              clearable
              searchable
              nothingFoundMessage={t('ui.common.nothingFound')}
            />
            <Select
              label={t('ui.applicantList.verdict')}
              placeholder={t('ui.common.all')}
              data={VERDICTS.map((v) => ({ value: v, label: labels.verdict(v) }))}
              value={verdict ?? null}
              onChange={(v) => update({ verdict: v })}
              clearable
            />
            <Select
              label={t('ui.applicantList.selection')}
              placeholder={t('ui.common.all')}
              data={SELECTIONS.map((v) => ({ value: v, label: labels.selection(v) }))}
              value={selection ?? null}
              onChange={(v) => update({ selection: v })}
              clearable
            />
          </SimpleGrid>
          <Group justify="space-between" gap="sm">
            <Checkbox
              label={t('ui.applicantList.flaggedOnly')}
              checked={flagged}
              onChange={(e) => update({ flagged: e.currentTarget.checked ? 'true' : null })}
            />
            {filtered && (
              <Button
                variant="subtle"
                size="sm"
                onClick={() => {
                  setSearch('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                {t('ui.common.clearFilters')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>

      {applicants.isPending ? (
        <LoadingState />
      ) : applicants.isError ? (
        <ErrorState error={applicants.error} onRetry={() => void applicants.refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState
          title={filtered ? t('ui.applicantList.noMatches') : t('ui.applicantList.none')}
          description={
            filtered ? t('ui.applicantList.noMatchesHelp') : t('ui.applicantList.noneHelp')
          }
        />
      ) : data ? (
        <Stack gap="sm">
          <ShowingCount data={data} />
          <ScrollTable minWidth={960} visibleFrom="md" label={t('ui.call.tabs.applicants')}>
            <Table
              striped
              highlightOnHover
              verticalSpacing="sm"
              style={{ opacity: applicants.isPlaceholderData ? 0.6 : 1 }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" miw={190}>
                    {t('ui.applicantList.columns.name')}
                  </Table.Th>
                  <Table.Th scope="col">{t('ui.applicantList.columns.document')}</Table.Th>
                  <Table.Th scope="col">{t('ui.applicantList.columns.territory')}</Table.Th>
                  <Table.Th scope="col">{t('ui.applicantList.columns.verdict')}</Table.Th>
                  <Table.Th scope="col" className="num">
                    {t('ui.applicantList.columns.score')}
                  </Table.Th>
                  <Table.Th scope="col">{t('ui.applicantList.columns.selection')}</Table.Th>
                  <Table.Th scope="col">{t('ui.applicantList.columns.flags')}</Table.Th>
                  <Table.Th scope="col">{t('ui.applicantList.columns.submitted')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={link(a)} size="sm" fw={600}>
                        {a.name}
                      </Anchor>
                      <Text size="xs" c="dimmed" className="confirmation-code">
                        {a.confirmationCode}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      <Text
                        size="sm"
                        style={{ whiteSpace: 'nowrap' }}
                      >{`${a.documentType} ${a.documentNumber}`}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{territoryName(a.territoryCode)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <VerdictBadge verdict={a.verdict} />
                    </Table.Td>
                    <Table.Td className="num">{f.number(a.priorityScore)}</Table.Td>
                    <Table.Td>
                      <SelectionBadge selection={a.selection} rank={a.selectionRank} />
                    </Table.Td>
                    <Table.Td>
                      <FlagsCell applicant={a} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{f.dateTime(a.submittedAt)}</Text>
                      <Text size="xs" c="dimmed">
                        {labels.channel(a.channel)}
                      </Text>
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
            style={{ listStyle: 'none', opacity: applicants.isPlaceholderData ? 0.6 : 1 }}
          >
            {data.items.map((a) => (
              <Paper component="li" key={a.id} withBorder radius="md" p="sm">
                <Stack gap={6}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Anchor component={Link} to={link(a)} fw={600}>
                        {a.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {`${a.documentType} ${a.documentNumber} · ${territoryName(a.territoryCode)}`}
                      </Text>
                    </Stack>
                    <VerdictBadge verdict={a.verdict} />
                  </Group>
                  <Group gap="xs">
                    <Text size="sm">
                      {t('ui.applicantList.scoreValue', { score: f.number(a.priorityScore) })}
                    </Text>
                    {a.selection !== 'none' && (
                      <SelectionBadge selection={a.selection} rank={a.selectionRank} />
                    )}
                    {(a.blocked || a.openFlags > 0) && <FlagsCell applicant={a} />}
                  </Group>
                </Stack>
              </Paper>
            ))}
          </Stack>

          <Pager data={data} page={page} onChange={(p) => update({ page: String(p) })} />
        </Stack>
      ) : null}

      {can.importApplicants && (
        <ImportModal
          opened={importing}
          onClose={() => setImporting(false)}
          programId={programId}
          callId={call.id}
        />
      )}
    </Stack>
  );
}
