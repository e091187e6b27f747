import { Box, Container, Group, Stack, Text } from '@mantine/core';
import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../../../components/LanguageSwitch.tsx';
import { LoadingState } from '../../../components/states.tsx';

/** The pages anyone can open without an account (apply, check a status): no menu, no session. */
export function PublicRoot() {
  return (
    <Suspense fallback={<LoadingState />}>
      <Outlet />
    </Suspense>
  );
}

/** A plain frame: the program's name, the language switch and the page, narrow for phones. */
export function PublicShell({
  programName,
  children,
}: {
  programName?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" bg="gray.0">
      <Box
        component="header"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Container size="sm" px="md" py="xs">
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
              <Text fw={800} c="indigo.9" size="lg" lh={1.2}>
                {t('ui.app.name')}
              </Text>
              {programName && (
                <Text size="sm" c="dimmed" lh={1.3} lineClamp={2}>
                  {programName}
                </Text>
              )}
            </Stack>
            <Box style={{ flexShrink: 0 }}>
              <LanguageSwitch size="xs" />
            </Box>
          </Group>
        </Container>
      </Box>
      <Container component="main" id="main" size="sm" px={{ base: 'sm', xs: 'md' }} py="md">
        {children}
      </Container>
    </Box>
  );
}
