import { NavLink, Stack, VisuallyHidden } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, useLocation } from 'react-router';
import { useCurrentUser } from '../features/auth/api.ts';
import { useCurrentProgram } from '../features/programs/ProgramContext.tsx';
import { visibleNavigation } from '../navigation.ts';

export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { role, programId } = useCurrentProgram();
  const location = useLocation();
  const items = visibleNavigation({ isAdmin: me.isAdmin, role, programId });

  return (
    <Stack gap={4}>
      {items.map((item) => {
        const Icon = item.icon;
        const label = t(`ui.nav.${item.key}`);
        if (item.external) {
          return (
            <NavLink
              key={item.key}
              component="a"
              href={item.href}
              target="_blank"
              rel="noopener noreferrer"
              label={
                <>
                  {label}
                  <VisuallyHidden>{` (${t('ui.common.opensInNewTab')})`}</VisuallyHidden>
                </>
              }
              leftSection={<Icon size={20} stroke={1.6} aria-hidden="true" />}
              rightSection={<IconExternalLink size={14} aria-hidden="true" />}
              onClick={onNavigate}
            />
          );
        }
        const active =
          matchPath({ path: item.href, end: item.end ?? false }, location.pathname) !== null;
        return (
          <NavLink
            key={item.key}
            component={Link}
            to={item.href}
            label={label}
            active={active}
            aria-current={active ? 'page' : undefined}
            leftSection={<Icon size={20} stroke={1.6} aria-hidden="true" />}
            onClick={onNavigate}
          />
        );
      })}
    </Stack>
  );
}
