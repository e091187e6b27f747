import { Table } from '@mantine/core';
import type { MantineBreakpoint } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways inside its own box on narrow screens, never the page. The
 * box takes keyboard focus so that it can be scrolled without a mouse; it is a named group, not a
 * landmark, so it can sit inside a section named by the same heading.
 */
export function ScrollTable(props: {
  minWidth: number;
  maxHeight?: number;
  /** The id of the heading that names the table. */
  labelledBy?: string;
  label?: string;
  visibleFrom?: MantineBreakpoint;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={props.minWidth}
      maxHeight={props.maxHeight}
      visibleFrom={props.visibleFrom}
      tabIndex={0}
      role="group"
      aria-labelledby={props.labelledBy}
      aria-label={props.labelledBy ? undefined : props.label}
    >
      {props.children}
    </Table.ScrollContainer>
  );
}
