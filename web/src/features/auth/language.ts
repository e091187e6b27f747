import type { TLocale, TMe } from '../../../../shared/schemas/auth.ts';
import i18n, { currentLanguage } from '../../i18n/index.ts';

/** Whether the person picked a language on the sign-in page (then it is saved to their account). */
let chosenBeforeSignIn = false;
let syncedUserId: string | null = null;

export function noteLanguageChosenSignedOut(): void {
  chosenBeforeSignIn = true;
}

export function resetLanguageSync(): void {
  syncedUserId = null;
}

/**
 * Once per signed-in user: adopt the language saved in their account, unless they just picked
 * one on the sign-in page, in which case that choice is saved instead.
 */
export function syncLanguage(me: TMe, save: (locale: TLocale) => void): void {
  if (syncedUserId === me.id) return;
  syncedUserId = me.id;
  const current = currentLanguage();
  if (me.locale !== current) {
    if (chosenBeforeSignIn) save(current);
    else void i18n.changeLanguage(me.locale);
  }
  chosenBeforeSignIn = false;
}
