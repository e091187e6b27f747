import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

export type StatusColor = 'teal' | 'red' | 'yellow' | 'indigo' | 'gray';

/** Pale tints with text shades that keep at least 4.5:1 (yellow text never does: dark on yellow). */
const BG: Record<StatusColor, string> = {
  teal: 'teal.0',
  red: 'red.0',
  yellow: 'yellow.1',
  indigo: 'indigo.0',
  gray: 'gray.1',
};
const TEXT: Record<StatusColor, string> = {
  teal: 'teal.9',
  red: 'red.9',
  yellow: 'dark.7',
  indigo: 'indigo.9',
  gray: 'gray.9',
};

/** A state in a tinted pill: the tint tells it at a glance, the words say it. */
export function StatusBadge({
  color,
  children,
  leftSection,
}: {
  color: StatusColor;
  children: ReactNode;
  leftSection?: ReactNode;
}) {
  return (
    <Badge
      variant="light"
      color={color}
      bg={BG[color]}
      c={TEXT[color]}
      tt="none"
      fw={600}
      miw="max-content"
      leftSection={leftSection}
    >
      {children}
    </Badge>
  );
}
