import { DEFAULT_THEME, Notification, createTheme } from '@mantine/core';
import type { CSSVariablesResolver } from '@mantine/core';

/** Mantine's default look, with a primary shade dark enough for AA contrast on white (5.7:1). */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  // People who ask their phone for less motion get no transitions (notifications, modals).
  respectReducedMotion: true,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
  components: {
    // Mantine greys a notification's text to gray.6 (3.3:1); keep it readable.
    Notification: Notification.extend({
      styles: { description: { color: 'var(--mantine-color-gray-8)' } },
    }),
  },
});

/** Mantine's light greys for secondary text and red for errors fall below 4.5:1; darken them. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': DEFAULT_THEME.colors.gray[7],
    '--mantine-color-placeholder': '#6c757d',
    '--mantine-color-error': DEFAULT_THEME.colors.red[9],
  },
  dark: {},
});
