import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TLocale } from '../../../shared/schemas/auth.ts';
import { useMe, useSaveLocale } from '../features/auth/api.ts';
import { noteLanguageChosenSignedOut } from '../features/auth/language.ts';
import { LANGUAGES, currentLanguage, isLocale } from '../i18n/index.ts';
import { notifyError } from './notify.ts';

interface Props {
  size?: 'xs' | 'sm' | 'md';
  fullWidth?: boolean;
}

/** Spanish / English. Signed in, the choice is saved to the account. */
export function LanguageSwitch({ size = 'sm', fullWidth = false }: Props) {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const save = useSaveLocale();

  const change = (value: string) => {
    if (!isLocale(value) || value === currentLanguage()) return;
    void i18n.changeLanguage(value);
    if (!me) {
      noteLanguageChosenSignedOut();
      return;
    }
    save.mutate(value, {
      onError: (error) => notifyError(t('ui.language.saveFailed'), error),
    });
  };

  const data = LANGUAGES.map((lng: TLocale) => ({
    value: lng,
    label: (
      <>
        <span aria-hidden="true">{lng.toUpperCase()}</span>
        <VisuallyHidden lang={lng}>{t(`ui.language.${lng}`)}</VisuallyHidden>
      </>
    ),
  }));

  return (
    <SegmentedControl
      aria-label={t('ui.language.label')}
      size={size}
      fullWidth={fullWidth}
      value={currentLanguage()}
      onChange={change}
      data={data}
    />
  );
}
