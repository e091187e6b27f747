import { Autocomplete, Loader } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCiiuSearch } from './api.ts';

interface Props {
  /** What the field shows (a code and description once one is chosen, or what is being typed). */
  text: string;
  error?: ReactNode;
  onChange: (change: { text: string; code: string }) => void;
  size?: 'sm' | 'md';
}

const optionText = (code: string, description: string) => `${code} · ${description}`;

/**
 * The economic activity: type a word ("panadería") or a code and pick a CIIU class. Typing
 * a 4-digit code is enough on its own, so the field still works if the search does not answer.
 */
export function CiiuField({ text, error, onChange, size = 'md' }: Props) {
  const { t } = useTranslation();
  const [query] = useDebouncedValue(text.trim(), 250);
  // Once a class is chosen the field shows "1081 · …": search by its code, not the whole text.
  const chosen = /^(\d{4}) · /.exec(query)?.[1];
  const search = useCiiuSearch(chosen ?? query);
  const data = (search.data ?? []).map((item) => optionText(item.code, item.description));

  return (
    <Autocomplete
      label={t('ui.applicantForm.fields.business.ciiuCode')}
      description={t('ui.applicantForm.hints.ciiu')}
      placeholder={t('ui.applicantForm.placeholders.ciiu')}
      required
      size={size}
      value={text}
      data={data}
      // The server already matched without accents; do not filter its answer again.
      filter={({ options }) => options}
      limit={20}
      maxDropdownHeight={280}
      rightSection={search.isFetching ? <Loader size="xs" aria-hidden="true" /> : undefined}
      onChange={(value) => {
        const code = /^(\d{4})(\s|$| ·)/.exec(value.trim())?.[1] ?? '';
        onChange({ text: value, code });
      }}
      onOptionSubmit={(value) => onChange({ text: value, code: value.slice(0, 4) })}
      error={error}
      comboboxProps={{ withinPortal: true }}
      autoComplete="off"
    />
  );
}
