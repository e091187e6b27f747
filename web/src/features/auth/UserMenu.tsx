import { Avatar, Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentProgram } from '../programs/ProgramContext.tsx';
import { useRoleLabel } from '../programs/labels.ts';
import { useCurrentUser, useLogout } from './api.ts';
import { notifyError } from '../../components/notify.ts';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (
    (parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')
  ).toUpperCase();
}

export function UserMenu() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { role, program } = useCurrentProgram();
  const roleLabel = useRoleLabel();
  const logout = useLogout();
  const navigate = useNavigate();

  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => void navigate('/login', { replace: true }),
      onError: (error) => notifyError(t('ui.shell.signOutFailed'), error),
    });

  const roleText = roleLabel(role, me.isAdmin);

  return (
    <Menu position="bottom-end" width={260} shadow="md">
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          c="var(--mantine-color-text)"
          px={6}
          leftSection={
            <Avatar size={32} color="indigo" radius="xl" aria-hidden="true">
              {initials(me.name)}
            </Avatar>
          }
          rightSection={<IconChevronDown size={16} aria-hidden="true" />}
        >
          <Text component="span" size="sm" fw={500} visibleFrom="md" maw={160} truncate>
            {me.name}
          </Text>
          <VisuallyHidden>{t('ui.shell.userMenu', { name: me.name })}</VisuallyHidden>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark.9">
            {me.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {me.email}
          </Text>
          {roleText && (
            <Text size="xs" c="dimmed" mt={4}>
              {program ? t('ui.shell.roleIn', { role: roleText, program: program.name }) : roleText}
            </Text>
          )}
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden="true" />} onClick={signOut}>
          {t('ui.shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
