import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import {
  IconDots,
  IconKey,
  IconPlus,
  IconSearch,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ROLES } from '../../../../shared/roles.ts';
import type { TUserSummary } from '../../../../shared/schemas/users.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useCurrentUser } from '../auth/api.ts';
import { usePrograms } from '../programs/api.ts';
import { useRoleLabel } from '../programs/labels.ts';
import { CreateUserModal } from './CreateUserModal.tsx';
import { MembershipsModal } from './MembershipsModal.tsx';
import { useSetUserDisabled, useUsers } from './api.ts';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { Pager, ShowingCount } from '../../components/Paging.tsx';

const PAGE_SIZE = 25;

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

export default function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('ui.users.title')} · ${t('ui.app.name')}`);
  const me = useCurrentUser();
  const roleLabel = useRoleLabel();
  const programs = usePrograms();
  const [params, setParams] = useSearchParams();

  const q = params.get('q') ?? '';
  const programId = params.get('programId') ?? '';
  const role = ROLES.find((r) => r === params.get('role'));
  const page = positiveInt(params.get('page'), 1);

  const [search, setSearch] = useState(q);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);

  /** Changes some filters in the URL; any filter change goes back to page 1. */
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
    if (debouncedSearch === q) return;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (debouncedSearch) next.set('q', debouncedSearch);
        else next.delete('q');
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  }, [debouncedSearch, q, setParams]);

  const users = useUsers({
    q: q || undefined,
    programId: programId || undefined,
    role,
    page,
    pageSize: PAGE_SIZE,
  });
  const setDisabled = useSetUserDisabled();

  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<TUserSummary | null>(null);
  const [toggling, setToggling] = useState<TUserSummary | null>(null);

  const confirmToggle = () => {
    if (!toggling) return;
    const disabled = !toggling.disabled;
    setDisabled.mutate(
      { userId: toggling.id, disabled },
      {
        onSuccess: (user) => {
          notifySuccess(disabled ? t('ui.users.disabled') : t('ui.users.enabled'), user.name);
          setToggling(null);
        },
        onError: (error) => notifyError(t('ui.users.toggleFailed'), error),
      },
    );
  };

  const data = users.data;
  const filtered = Boolean(q || programId || role);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('ui.users.title')}
        </Title>
        <Button
          leftSection={<IconPlus size={18} aria-hidden="true" />}
          onClick={() => setCreating(true)}
        >
          {t('ui.users.newUser')}
        </Button>
      </Group>

      <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label={t('ui.users.filters')}>
        <TextInput
          label={t('ui.users.search')}
          placeholder={t('ui.users.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          type="search"
          style={{ flex: '1 1 240px' }}
        />
        <Select
          label={t('ui.users.program')}
          placeholder={t('ui.common.all')}
          data={(programs.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
          value={programId || null}
          onChange={(v) => update({ programId: v })}
          clearable
          searchable
          nothingFoundMessage={t('ui.common.nothingFound')}
          style={{ flex: '1 1 200px' }}
        />
        <Select
          label={t('ui.users.role')}
          placeholder={t('ui.common.all')}
          data={ROLES.map((r) => ({ value: r, label: roleLabel(r) ?? r }))}
          value={role ?? null}
          onChange={(v) => update({ role: v })}
          clearable
          style={{ flex: '1 1 180px' }}
        />
      </Group>

      {users.isPending ? (
        <LoadingState />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState
          title={filtered ? t('ui.users.noMatches') : t('ui.users.none')}
          description={filtered ? t('ui.users.noMatchesHelp') : undefined}
        />
      ) : data ? (
        <Stack gap="sm">
          <ShowingCount data={data} />
          <Table.ScrollContainer minWidth={760}>
            <Table
              striped
              highlightOnHover
              verticalSpacing="sm"
              style={{ opacity: users.isPlaceholderData ? 0.6 : 1 }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('ui.users.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('ui.users.columns.email')}</Table.Th>
                  <Table.Th scope="col">{t('ui.users.columns.roles')}</Table.Th>
                  <Table.Th scope="col">{t('ui.users.columns.status')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('ui.common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Th scope="row" fw={500}>
                      <Group gap={6} wrap="nowrap">
                        <span>{u.name}</span>
                        {u.isAdmin && (
                          <Badge size="sm" variant="outline" color="indigo.9" miw="max-content">
                            {t('ui.users.admin')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {u.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {u.memberships.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('ui.users.noRoles')}
                        </Text>
                      ) : (
                        <Group gap={4}>
                          {u.memberships.map((m) => (
                            <Badge
                              key={m.programId}
                              variant="light"
                              color="gray"
                              c="gray.9"
                              radius="sm"
                              tt="none"
                              fw={500}
                              miw="max-content"
                            >
                              {`${m.programCode} · ${roleLabel(m.role) ?? m.role}`}
                            </Badge>
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="dot"
                        color={u.disabled ? 'red.9' : 'teal.9'}
                        tt="none"
                        fw={500}
                        miw="max-content"
                      >
                        {u.disabled ? t('ui.users.statusDisabled') : t('ui.users.statusActive')}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Menu position="bottom-end" shadow="md">
                        <Menu.Target>
                          <ActionIcon
                            variant="subtle"
                            color="gray.8"
                            size="lg"
                            aria-label={t('ui.users.actionsFor', { name: u.name })}
                          >
                            <IconDots size={18} aria-hidden="true" />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item
                            leftSection={<IconKey size={16} aria-hidden="true" />}
                            onClick={() => setEditing(u)}
                          >
                            {t('ui.users.editRoles')}
                          </Menu.Item>
                          {u.id !== me.id && (
                            <Menu.Item
                              color={u.disabled ? undefined : 'red.9'}
                              leftSection={
                                u.disabled ? (
                                  <IconUserCheck size={16} aria-hidden="true" />
                                ) : (
                                  <IconUserOff size={16} aria-hidden="true" />
                                )
                              }
                              onClick={() => setToggling(u)}
                            >
                              {u.disabled ? t('ui.users.enable') : t('ui.users.disable')}
                            </Menu.Item>
                          )}
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager data={data} page={page} onChange={(p) => update({ page: String(p) })} />
        </Stack>
      ) : null}

      <CreateUserModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          setCreating(false);
          setEditing(user);
        }}
      />
      <MembershipsModal user={editing} onClose={() => setEditing(null)} onChanged={setEditing} />
      <ConfirmDialog
        opened={toggling !== null}
        title={toggling?.disabled ? t('ui.users.enableTitle') : t('ui.users.disableTitle')}
        message={
          toggling
            ? toggling.disabled
              ? t('ui.users.enableConfirm', { name: toggling.name })
              : t('ui.users.disableConfirm', { name: toggling.name })
            : ''
        }
        confirmLabel={toggling?.disabled ? t('ui.users.enable') : t('ui.users.disable')}
        danger={!toggling?.disabled}
        loading={setDisabled.isPending}
        onConfirm={confirmToggle}
        onClose={() => setToggling(null)}
      />
    </Stack>
  );
}
