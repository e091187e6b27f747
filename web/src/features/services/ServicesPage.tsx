import {
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconChartBar,
  IconDownload,
  IconExternalLink,
  IconFileSpreadsheet,
  IconPencil,
  IconPlus,
  IconUpload,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TService, TServiceList } from '../../../../shared/schemas/services.ts';
import { INACTIVE_REASONS } from '../../../../shared/schemas/services.ts';
import { Pager, ShowingCount } from '../../components/Paging.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { StatCard } from '../../components/Stats.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useQuestionnaire } from '../assessment/api.ts';
import { useProgram } from '../programs/api.ts';
import { servicesSpreadsheetUrl, useServiceList } from './api.ts';
import { ecosystemReportPage, useCanSeeEcosystemReport } from './ecosystem.ts';
import { ServiceFilters, useServiceQuery } from './filters.tsx';
import { ImportServicesModal } from './ImportServicesModal.tsx';
import { leverOptions, useCanEditServices, useServiceLabels } from './labels.ts';
import { ServiceFormModal } from './ServiceFormModal.tsx';

const PAGE_SIZE = 50;
type Labels = ReturnType<typeof useServiceLabels>;

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** Reasons read inside a sentence; alone, they start with a capital. */
function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Active and to be activated (with why), local and national: over the whole filtered list. */
function ServiceStats({ counts }: { counts: TServiceList['counts'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const reasons = INACTIVE_REASONS.filter((r) => (counts.reasons[r] ?? 0) > 0).map((r) =>
    t('ui.services.stats.reasonCount', {
      reason: capitalized(t(`ui.services.reasons.${r}`)),
      n: f.number(counts.reasons[r] ?? 0),
    }),
  );
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      <StatCard label={t('ui.services.stats.active')} value={f.number(counts.active)} />
      <StatCard
        label={t('ui.services.stats.toActivate')}
        value={f.number(counts.toActivate)}
        hint={reasons.length > 0 ? reasons.join(' · ') : undefined}
      />
      <StatCard label={t('ui.services.stats.local')} value={f.number(counts.local)} />
      <StatCard label={t('ui.services.stats.national')} value={f.number(counts.national)} />
    </SimpleGrid>
  );
}

/** The status in a badge, and under it why it is not active yet or when it opens. */
function StatusCell({ service, labels }: { service: TService; labels: Labels }) {
  const { t } = useTranslation();
  const opening = labels.opening(service);
  const why = labels.reasons(service);
  return (
    <Stack gap={2} align="flex-start">
      <StatusBadge color={service.status === 'active' ? 'teal' : 'yellow'}>
        {t(`ui.services.statuses.${service.status}`)}
      </StatusBadge>
      {why && (
        <Text size="xs" c="dimmed">
          {capitalized(why)}
        </Text>
      )}
      {opening && <Text size="xs">{opening}</Text>}
    </Stack>
  );
}

/** The link, opening in a new tab; else the contact; else a dash, or nothing in a card. */
function ServiceLink({ service, dash = true }: { service: TService; dash?: boolean }) {
  const { t } = useTranslation();
  if (!service.link) {
    const text = service.contact ?? (dash ? '—' : null);
    return text ? <Text size="sm">{text}</Text> : null;
  }
  return (
    <Anchor
      href={service.link}
      target="_blank"
      rel="noopener noreferrer"
      size="sm"
      aria-label={`${t('ui.services.openLinkOf', { name: service.name })} (${t('ui.common.opensInNewTab')})`}
    >
      <Group gap={4} wrap="nowrap" component="span">
        {t('ui.services.openLink')}
        <IconExternalLink size={14} aria-hidden="true" />
      </Group>
    </Anchor>
  );
}

function EditButton({ service, onEdit }: { service: TService; onEdit: (s: TService) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconPencil size={14} aria-hidden="true" />}
      aria-label={t('ui.services.actions.editNamed', { name: service.name })}
      onClick={() => onEdit(service)}
    >
      {t('ui.services.actions.edit')}
    </Button>
  );
}

/** "SENA · Pública · Formación": the entity, its kind and its sector. */
function entityLine(s: TService, kind: string) {
  return [s.entity.name, kind, s.entity.sector].filter(Boolean).join(' · ');
}

function ServiceTable(props: {
  items: TService[];
  labels: Labels;
  onEdit: ((s: TService) => void) | null;
  dimmed: boolean;
}) {
  const { t } = useTranslation();
  const { labels } = props;
  return (
    <ScrollTable minWidth={1080} visibleFrom="md" label={t('ui.services.listLabel')}>
      <Table striped verticalSpacing="xs" style={{ opacity: props.dimmed ? 0.6 : 1 }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.services.columns.service')}</Table.Th>
            <Table.Th scope="col">{t('ui.services.columns.entity')}</Table.Th>
            <Table.Th scope="col">{t('ui.services.columns.scope')}</Table.Th>
            <Table.Th scope="col">{t('ui.services.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('ui.services.columns.levers')}</Table.Th>
            <Table.Th scope="col">{t('ui.services.columns.cost')}</Table.Th>
            <Table.Th scope="col">{t('ui.services.columns.link')}</Table.Th>
            {props.onEdit && <Table.Th scope="col">{t('ui.common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Th scope="row" fw={600} maw={280}>
                <Text size="sm" fw={600}>
                  {s.name}
                </Text>
                {s.benefit && (
                  <Text size="xs" c="dimmed" fw={400} lineClamp={2}>
                    {s.benefit}
                  </Text>
                )}
              </Table.Th>
              <Table.Td maw={220}>
                <Text size="sm">{s.entity.name}</Text>
                <Text size="xs" c="dimmed">
                  {[t(`ui.services.entityKinds.${s.entity.kind}`), s.entity.sector]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td maw={200}>
                <Text size="sm">{t(`ui.services.scopes.${s.scope}`)}</Text>
                <Text size="xs" c="dimmed">
                  {labels.place(s)}
                </Text>
              </Table.Td>
              <Table.Td miw={150}>
                <StatusCell service={s} labels={labels} />
              </Table.Td>
              <Table.Td maw={200}>
                <Text size="sm" c={s.levers.length ? undefined : 'dimmed'}>
                  {s.levers.length ? labels.levers(s.levers) : t('ui.services.noLevers')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`ui.services.costs.${s.cost}`)}</Text>
              </Table.Td>
              <Table.Td>
                <ServiceLink service={s} />
              </Table.Td>
              {props.onEdit && (
                <Table.Td>
                  <EditButton service={s} onEdit={props.onEdit} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** On phones: one card per service. */
function ServiceCards(props: {
  items: TService[];
  labels: Labels;
  onEdit: ((s: TService) => void) | null;
  dimmed: boolean;
}) {
  const { t } = useTranslation();
  const { labels } = props;
  return (
    <Stack
      component="ul"
      gap="sm"
      p={0}
      m={0}
      hiddenFrom="md"
      aria-label={t('ui.services.listLabel')}
      style={{ listStyle: 'none', opacity: props.dimmed ? 0.6 : 1 }}
    >
      {props.items.map((s) => (
        <Paper component="li" key={s.id} withBorder radius="md" p="sm">
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Box style={{ minWidth: 0 }}>
                <Title order={2} size="h5" style={{ overflowWrap: 'anywhere' }}>
                  {s.name}
                </Title>
                <Text size="xs" c="dimmed">
                  {entityLine(s, t(`ui.services.entityKinds.${s.entity.kind}`))}
                </Text>
              </Box>
              {props.onEdit && (
                <Box style={{ flexShrink: 0 }}>
                  <EditButton service={s} onEdit={props.onEdit} />
                </Box>
              )}
            </Group>
            {s.benefit && (
              <Text size="sm" lineClamp={3}>
                {s.benefit}
              </Text>
            )}
            <StatusCell service={s} labels={labels} />
            <Text size="sm">
              {`${t(`ui.services.scopes.${s.scope}`)}: ${labels.place(s)} · ${t(`ui.services.costs.${s.cost}`)}`}
            </Text>
            {s.levers.length > 0 && (
              <Text size="xs" c="dimmed">
                {`${t('ui.services.columns.levers')}: ${labels.levers(s.levers)}`}
              </Text>
            )}
            <ServiceLink service={s} dash={false} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** The program's services ecosystem: what is active where, and the matrix it is kept in. */
export default function ServicesPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const canEdit = useCanEditServices();
  const canSeeReport = useCanSeeEcosystemReport();
  const query = useServiceQuery();
  const page = positiveInt(query.params.get('page'), 1);
  const list = useServiceList(programId, { ...query.filter, page, pageSize: PAGE_SIZE });
  const program = useProgram(programId);
  const questionnaire = useQuestionnaire(programId);
  const definition = questionnaire.data?.definition;
  const labels = useServiceLabels(program.data, definition);
  const levers = leverOptions(definition, query.filter.lever ? [query.filter.lever] : []);
  const [importing, setImporting] = useState(false);
  // The service as read when "Edit" was pressed: a save then checks that version.
  const [editing, setEditing] = useState<{ service: TService | null } | null>(null);
  const lang = currentLanguage();
  const title = t('ui.services.title');
  useDocumentTitle(`${title} · ${t('ui.app.name')}`);

  const data = list.data;
  const filtered = Object.keys(query.filter).length > 0;
  const onEdit = canEdit ? (service: TService) => setEditing({ service }) : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Title order={1} fz={{ base: 24, sm: 30 }}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('ui.services.intro')}
          </Text>
        </Stack>
        <Group gap="xs">
          {canSeeReport && (
            <Button
              component={Link}
              to={ecosystemReportPage(programId)}
              variant="default"
              leftSection={<IconChartBar size={18} aria-hidden="true" />}
            >
              {t('ui.ecosystem.report.title')}
            </Button>
          )}
          {canEdit && (
            <Button
              variant="default"
              leftSection={<IconUpload size={18} aria-hidden="true" />}
              onClick={() => setImporting(true)}
            >
              {t('ui.services.actions.import')}
            </Button>
          )}
          {canEdit && (
            <Button
              component="a"
              href={servicesSpreadsheetUrl(programId, 'template', 'xlsx', lang)}
              download
              variant="default"
              leftSection={<IconFileSpreadsheet size={18} aria-hidden="true" />}
            >
              {t('ui.services.actions.template')}
            </Button>
          )}
          <Button
            component="a"
            href={servicesSpreadsheetUrl(programId, 'export', 'xlsx', lang)}
            download
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden="true" />}
          >
            {t('ui.services.actions.export')}
          </Button>
          {canEdit && (
            <Button
              leftSection={<IconPlus size={18} aria-hidden="true" />}
              onClick={() => setEditing({ service: null })}
            >
              {t('ui.services.actions.new')}
            </Button>
          )}
        </Group>
      </Group>

      {data && <ServiceStats counts={data.counts} />}

      <ServiceFilters
        program={program.data}
        levers={levers}
        leverName={labels.leverName}
        query={query}
      />

      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : data && data.items.length === 0 ? (
        filtered ? (
          <EmptyState title={t('ui.services.empty')} description={t('ui.services.emptyHelp')} />
        ) : (
          <EmptyState
            title={t('ui.services.emptyCatalog')}
            description={t('ui.services.emptyCatalogHelp')}
          />
        )
      ) : data ? (
        <Stack gap="sm" aria-busy={list.isPlaceholderData}>
          <ShowingCount data={data} />
          <ServiceTable
            items={data.items}
            labels={labels}
            onEdit={onEdit}
            dimmed={list.isPlaceholderData}
          />
          <ServiceCards
            items={data.items}
            labels={labels}
            onEdit={onEdit}
            dimmed={list.isPlaceholderData}
          />
          <Pager data={data} page={page} onChange={(p) => query.update({ page: String(p) })} />
        </Stack>
      ) : null}

      {canEdit && (
        <ImportServicesModal
          opened={importing}
          onClose={() => setImporting(false)}
          programId={programId}
        />
      )}
      {canEdit && (
        <ServiceFormModal
          opened={editing !== null}
          onClose={() => setEditing(null)}
          programId={programId}
          service={editing?.service ?? null}
          program={program.data}
          levers={levers}
          leverName={labels.leverName}
        />
      )}
    </Stack>
  );
}
