import { Box, Group, Input, Radio, Stack, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface Props {
  label: ReactNode;
  description?: ReactNode;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  required?: boolean;
  /** Options side by side (short answers like Sí / No) instead of one per line. */
  inline?: boolean;
  name?: string;
  /** `md` beside `md` inputs (the forms people fill on phones). */
  size?: 'sm' | 'md';
}

/**
 * One answer among a few, as radio buttons inside a real fieldset whose legend is the question:
 * screen readers announce the question with each option, and the error is linked to the group.
 */
export function ChoiceGroup(props: Props) {
  const id = useId(props.name);
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy =
    [props.description ? descriptionId : null, props.error ? errorId : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const Options = props.inline ? Group : Stack;
  return (
    <Box
      component="fieldset"
      className="choice-group"
      aria-describedby={describedBy}
      data-invalid={props.error ? true : undefined}
    >
      <Text component="legend" size={props.size ?? 'sm'} fw={500} className="choice-group-legend">
        {props.label}
        {props.required && (
          <Text component="span" c="var(--mantine-color-error)" aria-hidden="true">
            {' *'}
          </Text>
        )}
      </Text>
      {props.description && (
        <Text id={descriptionId} size={props.size === 'md' ? 'sm' : 'xs'} c="dimmed" mb={6}>
          {props.description}
        </Text>
      )}
      <Options gap="sm" mt={props.description ? 0 : 6}>
        {props.options.map((option) => (
          <Radio
            key={option.value}
            name={id}
            value={option.value}
            label={option.label}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
            error={Boolean(props.error)}
            size={props.size ?? 'sm'}
            required={props.required}
          />
        ))}
      </Options>
      {props.error && (
        <Input.Error id={errorId} mt={6} size={props.size ?? 'sm'}>
          {props.error}
        </Input.Error>
      )}
    </Box>
  );
}
