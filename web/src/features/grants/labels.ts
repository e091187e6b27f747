import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, parseMoney } from '../../../../shared/domain/money/money.ts';
import type { Currency } from '../../../../shared/domain/money/money.ts';
import type { TCaseGrant } from '../../../../shared/schemas/grants.ts';
import type { Role } from '../../../../shared/roles.ts';
import type { StatusColor } from '../../components/StatusBadge.tsx';
import { intlLocale } from '../../i18n/index.ts';
import { useRoleCheck } from '../programs/ProgramContext.tsx';

/** The same role lists as the server's grant routes: the UI only hides, the server decides. */
export const GRANT_WORKERS: readonly Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
  'facilitator',
];
export const GRANT_APPROVERS: readonly Role[] = ['admin', 'coordinator', 'case_coordinator'];
export const GRANT_DISBURSERS: readonly Role[] = ['admin', 'coordinator'];
export const GRANT_REPORT_READERS: readonly Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
  'researcher',
];
export const GRANT_CONFIGURERS: readonly Role[] = ['admin', 'coordinator'];

export interface GrantPermissions {
  /** Build the plan, record the owner's acceptance, the policy and receipts. */
  work: boolean;
  approve: boolean;
  disburse: boolean;
  report: boolean;
  configure: boolean;
}

export function useGrantPermissions(): GrantPermissions {
  const has = useRoleCheck();
  return {
    work: has(GRANT_WORKERS),
    approve: has(GRANT_APPROVERS),
    disburse: has(GRANT_DISBURSERS),
    report: has(GRANT_REPORT_READERS),
    configure: has(GRANT_CONFIGURERS),
  };
}

export const PLAN_STATUS_COLORS: Record<string, StatusColor> = {
  draft: 'gray',
  accepted: 'indigo',
  approved: 'teal',
};

/** The message for a money field that does not read as an amount, or null when it does. */
export function useMoneyProblem() {
  const { t } = useTranslation();
  return useCallback(
    (text: string, currency: Currency, options: { required?: boolean } = {}) => {
      const parsed = parseMoney(text, currency);
      if (parsed.ok)
        return parsed.minor === 0 && options.required !== false
          ? t('ui.grants.money.positive')
          : null;
      if (parsed.reason === 'empty')
        return options.required === false ? null : t('ui.grants.money.required');
      return t(`ui.grants.money.${parsed.reason}`);
    },
    [t],
  );
}

/** Minor units of a money field already checked; 0 when it does not read. */
export function minorOf(text: string, currency: Currency): number {
  const parsed = parseMoney(text, currency);
  return parsed.ok ? parsed.minor : 0;
}

/** A money field's text written the way it is shown (on blur), or as typed when it does not read. */
export function tidyMoney(text: string, currency: Currency): string {
  const parsed = parseMoney(text, currency);
  return parsed.ok ? formatMoney(parsed.minor, currency) : text;
}

/** Words for the grant's states and codes. */
export function useGrantLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      category: (c: string) => t(`ui.grants.categories.${c}`, { defaultValue: c }),
      prerequisite: (p: string) => t(`ui.grants.prerequisites.${p}`, { defaultValue: p }),
      reason: (r: string) => t(`ui.grants.reasons.${r}`, { defaultValue: r }),
      planStatus: (s: string) => t(`ui.grants.planStatuses.${s}`, { defaultValue: s }),
      via: (v: string) => t(`ui.grants.via.${v}`, { defaultValue: v }),
    }),
    [t],
  );
}

/** What remains to disburse of the approved amount. */
export function remainingMinor(grant: TCaseGrant['grant']): number {
  return grant ? Math.max(0, grant.approvedMinor - grant.disbursedMinor) : 0;
}

/** A calendar day in short form for tables and cards ("21 nov 2026"). */
export function useShortDay() {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'es';
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocale(lng), {
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    return (day: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
      return m ? format.format(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!))) : day;
    };
  }, [lng]);
}
