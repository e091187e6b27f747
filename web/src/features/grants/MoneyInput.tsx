import { TextInput } from '@mantine/core';
import type { TextInputProps } from '@mantine/core';
import type { FocusEvent } from 'react';
import type { Currency } from '../../../../shared/domain/money/money.ts';
import { tidyMoney } from './labels.ts';

/**
 * An amount as people type it (`8000000`, `8.000.000`, `$ 1.500,50`), with the number keypad on
 * phones; once the field is left it is written the way it is shown (`$ 8.000.000`). The text is
 * the value: forms read it with `parseMoney`, never as a float.
 */
export function MoneyInput({
  currency,
  value,
  onChange,
  onBlur,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange'> & {
  currency: Currency;
  value?: string;
  onChange?: (value: string) => void;
}) {
  return (
    <TextInput
      {...props}
      inputMode="decimal"
      autoComplete="off"
      value={value ?? ''}
      onChange={(e) => onChange?.(e.currentTarget.value)}
      onBlur={(e: FocusEvent<HTMLInputElement>) => {
        const tidy = tidyMoney(e.currentTarget.value, currency);
        if (tidy !== e.currentTarget.value) onChange?.(tidy);
        onBlur?.(e);
      }}
      styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
    />
  );
}
