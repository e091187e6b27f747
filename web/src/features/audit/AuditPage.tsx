import {
  ActionIcon,
  Anchor,
  Button,
  Code,
  CloseButton,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TAuditEvent } from '../../../../shared/schemas/audit.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { usePrograms } from '../programs/api.ts';
import { changedKeys, dayEndIso, dayStartIso, useAuditEvents } from './api.ts';
import { Pager, ShowingCount } from '../../components/Paging.tsx';

const PAGE_SIZE = 50;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const COLUMNS = 6;

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

function Json({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) {
    return (
      <Text size="sm" c="dimmed">
        {t('ui.audit.nothing')}
      </Text>
    );
  }
  return (
    <Code block className="json-block">
      {JSON.stringify(value, null, 2)}
    </Code>
  );
}

function EventDetail({ event, id }: { event: TAuditEvent; id: string }) {
  const { t } = useTranslation();
  const changed = changedKeys(event.before, event.after);
  return (
    <Stack gap="sm" id={id} py="xs">
      {changed.length > 0 && (
        <Text size="sm">
          {t('ui.audit.changedFields')}{' '}
          {changed.map((k, i) => (
            <Fragment key={k}>
              {i > 0 && ', '}
              <Code>{k}</Code>
            </Fragment>
          ))}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('ui.audit.before')}
          </Text>
          <Json value={event.before} />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('ui.audit.after')}
          </Text>
          <Json value={event.after} />
        </Stack>
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('ui.audit.entityId')}: <Code>{event.entityId}</Code>
        {event.requestId && (
          <>
            {' · '}
            {t('ui.audit.requestId')}: <Code>{event.requestId}</Code>
          </>
        )}
      </Text>
    </Stack>
  );
}

export default function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('ui.audit.title')} · ${t('ui.app.name')}`);
  const f = useFormat();
  const programs = usePrograms();
  const [params, setParams] = useSearchParams();
  const [expanded, setExpanded] = useState<Set<string>>(new Set());

  const action = params.get('action') ?? '';
  const entityType = params.get('entityType') ?? '';
  const programId = params.get('programId') ?? '';
  const actorId = params.get('actorId') ?? '';
  const actorName = params.get('actorName') ?? '';
  const fromDay = params.get('from') ?? '';
  const toDay = params.get('to') ?? '';
  const page = positiveInt(params.get('page'), 1);

  const [actionInput, setActionInput] = useState(action);
  const [entityInput, setEntityInput] = useState(entityType);
  const [debouncedAction] = useDebouncedValue(actionInput.trim(), 300);
  const [debouncedEntity] = useDebouncedValue(entityInput.trim(), 300);

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
    if (debouncedAction === action && debouncedEntity === entityType) return;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of [
          ['action', debouncedAction],
          ['entityType', debouncedEntity],
        ] as const) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  }, [debouncedAction, debouncedEntity, action, entityType, setParams]);

  const rangeInverted = DAY.test(fromDay) && DAY.test(toDay) && fromDay > toDay;
  const events = useAuditEvents({
    action: action || undefined,
    entityType: entityType || undefined,
    programId: programId || undefined,
    actorId: actorId || undefined,
    from: DAY.test(fromDay) ? dayStartIso(fromDay) : undefined,
    to: DAY.test(toDay) && !rangeInverted ? dayEndIso(toDay) : undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const programCode = (id: string | null) =>
    id ? (programs.data?.find((p) => p.id === id)?.code ?? `…${id.slice(-8)}`) : '—';

  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const clearAll = () => {
    setActionInput('');
    setEntityInput('');
    setParams(new URLSearchParams(), { replace: true });
  };

  const data = events.data;
  const filtered = Boolean(action || entityType || programId || actorId || fromDay || toDay);

  return (
    <Stack gap="lg">
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {t('ui.audit.title')}
      </Title>

      <Paper withBorder p="md" radius="md" role="search" aria-label={t('ui.audit.filters')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2, lg: 5 }} spacing="sm">
            <TextInput
              label={t('ui.audit.action')}
              placeholder={t('ui.audit.actionPlaceholder')}
              value={actionInput}
              onChange={(e) => setActionInput(e.currentTarget.value)}
            />
            <TextInput
              label={t('ui.audit.entityType')}
              placeholder={t('ui.audit.entityTypePlaceholder')}
              value={entityInput}
              onChange={(e) => setEntityInput(e.currentTarget.value)}
            />
            <Select
              label={t('ui.audit.program')}
              placeholder={t('ui.common.all')}
              data={(programs.data ?? []).map((p) => ({
                value: p.id,
                label: `${p.code} · ${p.name}`,
              }))}
              value={programId || null}
              onChange={(v) => update({ programId: v })}
              clearable
              searchable
              nothingFoundMessage={t('ui.common.nothingFound')}
            />
            <TextInput
              type="date"
              label={t('ui.audit.from')}
              value={fromDay}
              max={toDay || undefined}
              onChange={(e) => update({ from: e.currentTarget.value || null })}
            />
            <TextInput
              type="date"
              label={t('ui.audit.to')}
              value={toDay}
              min={fromDay || undefined}
              onChange={(e) => update({ to: e.currentTarget.value || null })}
              error={rangeInverted ? t('ui.audit.rangeInverted') : undefined}
            />
          </SimpleGrid>
          <Group justify="space-between" gap="sm">
            {actorId ? (
              <Group gap={4}>
                <Text size="sm">{t('ui.audit.actorFilter', { name: actorName || actorId })}</Text>
                <CloseButton
                  size="sm"
                  aria-label={t('ui.audit.clearActor')}
                  onClick={() => update({ actorId: null, actorName: null })}
                />
              </Group>
            ) : (
              <span />
            )}
            {filtered && (
              <Button variant="subtle" size="sm" onClick={clearAll}>
                {t('ui.common.clearFilters')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>

      {events.isPending ? (
        <LoadingState />
      ) : events.isError ? (
        <ErrorState error={events.error} onRetry={() => void events.refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState
          title={filtered ? t('ui.audit.noMatches') : t('ui.audit.none')}
          description={filtered ? t('ui.audit.noMatchesHelp') : undefined}
        />
      ) : data ? (
        <Stack gap="sm">
          <ShowingCount data={data} />
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" style={{ opacity: events.isPlaceholderData ? 0.6 : 1 }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={44}>
                    <VisuallyHidden>{t('ui.audit.details')}</VisuallyHidden>
                  </Table.Th>
                  <Table.Th scope="col">{t('ui.audit.columns.time')}</Table.Th>
                  <Table.Th scope="col">{t('ui.audit.columns.actor')}</Table.Th>
                  <Table.Th scope="col">{t('ui.audit.columns.action')}</Table.Th>
                  <Table.Th scope="col">{t('ui.audit.columns.entity')}</Table.Th>
                  <Table.Th scope="col">{t('ui.audit.columns.program')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((e) => {
                  const open = expanded.has(e.id);
                  const detailId = `audit-detail-${e.id}`;
                  return (
                    <Fragment key={e.id}>
                      <Table.Tr bg={open ? 'var(--mantine-color-gray-0)' : undefined}>
                        <Table.Td>
                          <ActionIcon
                            variant="subtle"
                            color="gray.8"
                            size="lg"
                            onClick={() => toggle(e.id)}
                            aria-expanded={open}
                            aria-controls={open ? detailId : undefined}
                            aria-label={
                              open ? t('ui.audit.hideDetails') : t('ui.audit.showDetails')
                            }
                          >
                            {open ? (
                              <IconChevronDown size={18} aria-hidden="true" />
                            ) : (
                              <IconChevronRight size={18} aria-hidden="true" />
                            )}
                          </ActionIcon>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                            <time dateTime={e.at}>{f.dateTime(e.at)}</time>
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {e.actor ? (
                            <Anchor
                              component="button"
                              type="button"
                              size="sm"
                              onClick={() =>
                                update({
                                  actorId: e.actor?.id ?? null,
                                  actorName: e.actor?.name ?? null,
                                })
                              }
                              title={t('ui.audit.filterByActor')}
                              ta="left"
                            >
                              {e.actor.name}
                            </Anchor>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {t('ui.audit.system')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Code>{e.action}</Code>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">
                            {e.entityType}{' '}
                            <Text span size="xs" c="dimmed" title={e.entityId}>
                              {`…${e.entityId.slice(-8)}`}
                            </Text>
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{programCode(e.programId)}</Text>
                        </Table.Td>
                      </Table.Tr>
                      {open && (
                        <Table.Tr>
                          <Table.Td colSpan={COLUMNS}>
                            <EventDetail event={e} id={detailId} />
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager data={data} page={page} onChange={(p) => update({ page: String(p) })} />
        </Stack>
      ) : null}
    </Stack>
  );
}
