import { Anchor, AppShell, Box, Burger, Group, ScrollArea, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useCurrentUser, useSaveLocale } from '../features/auth/api.ts';
import { syncLanguage } from '../features/auth/language.ts';
import { UserMenu } from '../features/auth/UserMenu.tsx';
import { ProgramProvider } from '../features/programs/ProgramContext.tsx';
import { ProgramSwitcher } from '../features/programs/ProgramSwitcher.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NavLinks } from './NavLinks.tsx';
import { LoadingState } from './states.tsx';

const NAVBAR_ID = 'app-navbar';

/** The frame around every signed-in page: header, menu by role, and the page itself. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const saveLocale = useSaveLocale();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { mutate } = saveLocale;

  useEffect(() => {
    syncLanguage(me, (locale) => mutate(locale));
  }, [me, mutate]);

  return (
    <ProgramProvider>
      <a href="#main" className="skip-link">
        {t('ui.shell.skipToContent')}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding={{ base: 'sm', sm: 'lg' }}
      >
        <AppShell.Header>
          <Group
            h="100%"
            px={{ base: 'xs', sm: 'md' }}
            justify="space-between"
            wrap="nowrap"
            gap="xs"
          >
            <Group gap="xs" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('ui.shell.closeMenu') : t('ui.shell.openMenu')}
                aria-expanded={opened}
                aria-controls={NAVBAR_ID}
              />
              <Anchor component={Link} to="/" fw={800} fz="xl" c="indigo.9" underline="never">
                {t('ui.app.name')}
              </Anchor>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Box visibleFrom="sm">
                <ProgramSwitcher />
              </Box>
              <Box visibleFrom="sm">
                <LanguageSwitch size="xs" />
              </Box>
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar id={NAVBAR_ID} aria-label={t('ui.shell.mainNav')}>
          <AppShell.Section grow component={ScrollArea} p="sm">
            <Stack gap="md">
              <Stack gap="sm" hiddenFrom="sm">
                <ProgramSwitcher withLabel />
                <LanguageSwitch fullWidth />
              </Stack>
              <NavLinks onNavigate={close} />
            </Stack>
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id="main" tabIndex={-1}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </ProgramProvider>
  );
}
