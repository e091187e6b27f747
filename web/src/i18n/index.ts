import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../../shared/i18n/en.json';
import es from '../../../shared/i18n/es.json';
import type { TLocale } from '../../../shared/schemas/auth.ts';

export const LANGUAGES: readonly TLocale[] = ['es', 'en'];
const STORAGE_KEY = 'palanca.lang';

export const resources = {
  es: { translation: es },
  en: { translation: en },
} as const;

function isLocale(value: unknown): value is TLocale {
  return value === 'es' || value === 'en';
}

function readStoredLanguage(): TLocale | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** The language to start in: the last choice on this device, else the browser's, else Spanish. */
function initialLanguage(): TLocale {
  const stored = readStoredLanguage();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return 'es';
}

function applyLanguage(lng: string): void {
  document.documentElement.lang = lng;
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode or storage full: the choice just is not remembered.
  }
}

i18n.on('languageChanged', applyLanguage);

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'es',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(i18n.language);

/** The current UI language, narrowed to the supported ones. */
export function currentLanguage(): TLocale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'es';
}

/** The BCP 47 tag used with Intl: Colombian Spanish groups thousands with a dot ("6.012"). */
export function intlLocale(lng: string = currentLanguage()): string {
  return lng === 'en' ? 'en-US' : 'es-CO';
}

export { isLocale };
export default i18n;
