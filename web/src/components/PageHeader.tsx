import { Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to: string;
  /** A long name (a business's) is cut short with an ellipsis. */
  truncate?: boolean;
}

/**
 * A page's way back (the pages above it, then itself) and its title, with what describes it
 * (`children`) under the title.
 */
export function PageHeader({
  title,
  crumbs,
  children,
}: {
  title: string;
  /** The pages above this one, outermost first; none, no breadcrumbs. */
  crumbs?: Crumb[];
  children?: ReactNode;
}) {
  return (
    <>
      {crumbs && (
        <Breadcrumbs separator="›" styles={{ root: { flexWrap: 'wrap' } }}>
          {crumbs.map((c) => (
            <Anchor
              key={c.to}
              component={Link}
              to={c.to}
              size="sm"
              maw={c.truncate ? 220 : undefined}
              truncate={c.truncate}
            >
              {c.label}
            </Anchor>
          ))}
          <Text size="sm" c="dimmed">
            {title}
          </Text>
        </Breadcrumbs>
      )}
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {title}
        </Title>
        {children}
      </Stack>
    </>
  );
}
