import { Alert } from '@mantine/core';
import type { AlertProps } from '@mantine/core';

export type NoticeColor = 'teal' | 'red' | 'indigo' | 'gray' | 'yellow';

/** Title shades that keep at least 4.5:1 on the notice's pale tint. */
const TITLE: Record<NoticeColor, string> = {
  teal: 'var(--mantine-color-teal-9)',
  red: 'var(--mantine-color-red-9)',
  indigo: 'var(--mantine-color-indigo-9)',
  gray: 'var(--mantine-color-gray-9)',
  yellow: 'var(--mantine-color-dark-7)',
};
const BG: Record<NoticeColor, string> = {
  teal: 'teal.0',
  red: 'red.0',
  indigo: 'indigo.0',
  gray: 'gray.1',
  yellow: 'yellow.1',
};

/** An Alert in a pale tint whose title and text stay readable (Mantine's light titles do not). */
export function Notice({
  color,
  ...props
}: Omit<AlertProps, 'color' | 'variant'> & { color: NoticeColor }) {
  return (
    <Alert
      variant="light"
      color={color}
      bg={BG[color]}
      styles={{
        title: { color: TITLE[color] },
        icon: { color: TITLE[color] },
        message: { color: 'var(--mantine-color-text)' },
      }}
      {...props}
    />
  );
}
