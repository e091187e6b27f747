import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentProgram } from './ProgramContext.tsx';

/** Picks the program to work in; the choice goes to the URL and is remembered on this device. */
export function ProgramSwitcher({ withLabel = false }: { withLabel?: boolean }) {
  const { t } = useTranslation();
  const { programs, programId, selectProgram } = useCurrentProgram();
  if (programs.length === 0) return null;
  const value = programs.some((p) => p.id === programId) ? programId : null;
  return (
    <Select
      label={withLabel ? t('ui.shell.program') : undefined}
      aria-label={withLabel ? undefined : t('ui.shell.program')}
      placeholder={t('ui.shell.chooseProgram')}
      data={programs.map((p) => ({ value: p.id, label: p.name }))}
      value={value}
      onChange={(id) => {
        if (id && id !== programId) selectProgram(id);
      }}
      allowDeselect={false}
      searchable={programs.length > 8}
      nothingFoundMessage={t('ui.common.nothingFound')}
      checkIconPosition="right"
      w={withLabel ? '100%' : { base: 220, lg: 320 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
