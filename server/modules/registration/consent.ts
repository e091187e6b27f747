/**
 * The version of the personal-data consent text (Ley 1581 de 2012) shown on the application
 * forms. The text itself lives in the i18n files under `ui.apply.consent`; change this version
 * whenever that text changes, so every stored consent names the exact text it accepted.
 */
export const CONSENT_VERSION = '2026-11-v1';
export const CONSENT_CHANNELS = ['public', 'field', 'import'] as const;
