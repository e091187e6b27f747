import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LEVERS } from '../../../../shared/schemas/assessment.ts';
import type { TQuestionnaireDefinition } from '../../../../shared/schemas/assessment.ts';
import type { TProgram } from '../../../../shared/schemas/programs.ts';
import type { TService } from '../../../../shared/schemas/services.ts';
import type { Role } from '../../../../shared/roles.ts';
import { useFormat } from '../../i18n/format.ts';
import { useLeverName } from '../assessment/labels.ts';
import { useRoleCheck } from '../programs/ProgramContext.tsx';

/** The same role list as the server's: the UI only hides, the server decides. */
export const SERVICE_EDITORS: readonly Role[] = ['admin', 'coordinator'];

export function useCanEditServices(): boolean {
  const has = useRoleCheck();
  return has(SERVICE_EDITORS);
}

/** `2026-03` → "marzo de 2026" in the UI language. */
export function useMonthName() {
  const f = useFormat();
  const format = useMemo(
    () => new Intl.DateTimeFormat(f.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    [f.locale],
  );
  return useCallback(
    (month: string) => {
      const m = /^(\d{4})-(\d{2})$/.exec(month);
      return m ? format.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1))) : month;
    },
    [format],
  );
}

/** Names for what a service shows: cities by the program's names, levers, its status in words. */
export function useServiceLabels(
  program: TProgram | undefined,
  definition: Pick<TQuestionnaireDefinition, 'levers'> | undefined,
) {
  const { t } = useTranslation();
  const f = useFormat();
  const leverName = useLeverName(definition);
  const monthName = useMonthName();
  return useMemo(() => {
    const cityName = (code: string) =>
      program?.cities.find((c) => c.municipalityCode === code)?.name ?? code;
    return {
      leverName,
      cityName,
      /** Where it is offered: its cities, or the whole country. */
      place: (s: Pick<TService, 'scope' | 'cities'>) =>
        s.scope === 'national'
          ? t('ui.services.wholeCountry')
          : f.list(s.cities.map(cityName).sort((a, b) => a.localeCompare(b))),
      /** When it opens: a month, permanent, or nothing. */
      opening: (s: Pick<TService, 'startMonth' | 'permanent' | 'reasons'>) =>
        s.permanent
          ? t('ui.services.permanent')
          : s.startMonth
            ? s.reasons.includes('opening_not_reached')
              ? t('ui.services.opensOn', { month: monthName(s.startMonth) })
              : t('ui.services.openSince', { month: monthName(s.startMonth) })
            : null,
      /** Why it is not active yet, in words; empty when it is. */
      reasons: (s: Pick<TService, 'reasons'>) =>
        s.reasons.length > 0 ? f.list(s.reasons.map((r) => t(`ui.services.reasons.${r}`))) : '',
      levers: (ids: readonly string[]) => f.list(ids.map(leverName)),
    };
  }, [program, t, f, leverName, monthName]);
}

/**
 * The levers to choose from: the program's questionnaire's (the default ones while it cannot be
 * read), and any a service already names.
 */
export function leverOptions(
  definition: Pick<TQuestionnaireDefinition, 'levers'> | undefined,
  extra: readonly string[] = [],
): string[] {
  const own = definition?.levers.map((l) => l.id) ?? DEFAULT_LEVERS;
  return [...new Set([...own, ...extra])];
}
