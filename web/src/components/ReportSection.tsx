import { Box, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Section } from '../features/registration/ApplicantPage.tsx';
import { EmptyState } from './states.tsx';

/** A report's section: its title, a one-line definition of what is counted, and its table or empty state. */
export function ReportSection(props: {
  id: string;
  title: string;
  help: string;
  empty: { title: string; description?: string } | null;
  children: ReactNode;
}) {
  return (
    <Section id={props.id} title={props.title}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {props.help}
        </Text>
        {props.empty ? (
          <EmptyState title={props.empty.title} description={props.empty.description} />
        ) : (
          props.children
        )}
      </Stack>
    </Section>
  );
}

/** Parts of a whole side by side in one bar; its name says the same in words. */
export function StackedBar({
  label,
  parts,
}: {
  label: string;
  parts: { n: number; color: string }[];
}) {
  const total = parts.reduce((n, p) => n + p.n, 0);
  return (
    <Box
      role="img"
      aria-label={label}
      mt={6}
      h={12}
      w="100%"
      maw={260}
      style={{
        display: 'flex',
        gap: 2,
        borderRadius: 4,
        overflow: 'hidden',
        background: 'var(--mantine-color-gray-2)',
      }}
    >
      {total > 0 &&
        parts
          .filter((p) => p.n > 0)
          .map((p, i) => (
            <Box
              key={i}
              h="100%"
              style={{ flex: `${p.n} 0 0`, minWidth: 3, background: p.color }}
            />
          ))}
    </Box>
  );
}

/** The colors of a report's bars and what each one counts. */
export function Legend({
  label,
  items,
}: {
  label: string;
  items: { label: string; color: string }[];
}) {
  return (
    <Group gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {items.map((item) => (
        <Group component="li" key={item.label} gap={6} wrap="nowrap">
          <Box
            aria-hidden="true"
            w={14}
            h={14}
            style={{ borderRadius: 3, background: item.color, flexShrink: 0 }}
          />
          <Text size="sm">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
