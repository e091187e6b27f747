import {
  ActionIcon,
  Anchor,
  Button,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCheck, IconCopy, IconExternalLink, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TCall } from '../../../../shared/schemas/registration.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useCalls } from './api.ts';
import { CALL_STATUS_COLORS, useRegLabels } from './labels.ts';
import { useRegistrationPermissions } from './permissions.ts';

/** The address of a call's public form, to share by message or on a poster. */
export function publicFormUrl(code: string): string {
  return `${window.location.origin}/apply/${encodeURIComponent(code)}`;
}

export function CallStatusBadge({ status }: { status: string }) {
  const labels = useRegLabels();
  return (
    <StatusBadge color={CALL_STATUS_COLORS[status] ?? 'gray'}>
      {labels.callStatus(status)}
    </StatusBadge>
  );
}

/** A button that copies the public form's address. */
export function CopyFormLink({ code, compact = false }: { code: string; compact?: boolean }) {
  const { t } = useTranslation();
  const url = publicFormUrl(code);
  return (
    <CopyButton value={url}>
      {({ copied, copy }) =>
        compact ? (
          <Tooltip label={copied ? t('ui.calls.copied') : t('ui.calls.copyLink')} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal.9' : 'gray.8'}
              size="lg"
              onClick={copy}
              aria-label={t('ui.calls.copyLinkOf', { code })}
            >
              {copied ? (
                <IconCheck size={18} aria-hidden="true" />
              ) : (
                <IconCopy size={18} aria-hidden="true" />
              )}
            </ActionIcon>
          </Tooltip>
        ) : (
          <Button
            variant="default"
            size="xs"
            onClick={copy}
            leftSection={
              copied ? (
                <IconCheck size={14} aria-hidden="true" />
              ) : (
                <IconCopy size={14} aria-hidden="true" />
              )
            }
          >
            {copied ? t('ui.calls.copied') : t('ui.calls.copyLink')}
          </Button>
        )
      }
    </CopyButton>
  );
}

function CallCards({ calls, programId }: { calls: TCall[]; programId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2 }}
      spacing="sm"
      hiddenFrom="md"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {calls.map((c) => (
        <Paper component="li" key={c.id} withBorder radius="md" p="md">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Anchor component={Link} to={`/p/${programId}/calls/${c.id}`} fw={600}>
                {c.name}
              </Anchor>
              <CallStatusBadge status={c.status} />
            </Group>
            <Text size="sm" c="dimmed">
              {c.code}
            </Text>
            <Text size="sm">
              {t('ui.calls.dates', { opens: f.day(c.opensOn), closes: f.day(c.closesOn) })}
            </Text>
            <Group gap="xs">
              <CopyFormLink code={c.code} />
              <Anchor
                href={publicFormUrl(c.code)}
                target="_blank"
                rel="noopener noreferrer"
                size="sm"
              >
                {t('ui.calls.openForm')}
              </Anchor>
            </Group>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function CallTable({ calls, programId }: { calls: TCall[]; programId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ScrollTable minWidth={760} visibleFrom="md" label={t('ui.calls.title')}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.calls.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('ui.calls.columns.code')}</Table.Th>
            <Table.Th scope="col">{t('ui.calls.columns.dates')}</Table.Th>
            <Table.Th scope="col">{t('ui.calls.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('ui.calls.columns.form')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calls.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/p/${programId}/calls/${c.id}`}>
                  {c.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {c.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t('ui.calls.dates', { opens: f.day(c.opensOn), closes: f.day(c.closesOn) })}
                </Text>
              </Table.Td>
              <Table.Td>
                <CallStatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <CopyFormLink code={c.code} compact />
                  <Tooltip label={t('ui.calls.openForm')} withArrow>
                    <ActionIcon
                      component="a"
                      href={publicFormUrl(c.code)}
                      target="_blank"
                      rel="noopener noreferrer"
                      variant="subtle"
                      color="gray.8"
                      size="lg"
                      aria-label={`${t('ui.calls.openFormOf', { code: c.code })} (${t('ui.common.opensInNewTab')})`}
                    >
                      <IconExternalLink size={18} aria-hidden="true" />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

export default function CallsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('ui.calls.title')} · ${t('ui.app.name')}`);
  const { programId = '' } = useParams();
  const calls = useCalls(programId);
  const can = useRegistrationPermissions();

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} fz={{ base: 24, sm: 30 }}>
            {t('ui.calls.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('ui.calls.intro')}
          </Text>
        </Stack>
        {can.editCalls && (
          <Button component={Link} to="new" leftSection={<IconPlus size={18} aria-hidden="true" />}>
            {t('ui.calls.new')}
          </Button>
        )}
      </Group>
      {calls.isPending ? (
        <LoadingState />
      ) : calls.isError ? (
        <ErrorState error={calls.error} onRetry={() => void calls.refetch()} />
      ) : calls.data.length === 0 ? (
        <EmptyState
          title={t('ui.calls.none')}
          description={can.editCalls ? t('ui.calls.noneEditor') : t('ui.calls.noneHelp')}
        />
      ) : (
        <>
          <CallTable calls={calls.data} programId={programId} />
          <CallCards calls={calls.data} programId={programId} />
        </>
      )}
    </Stack>
  );
}
