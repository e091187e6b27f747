import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  CALL_STATUSES,
  CRITERION_OUTCOMES,
  DOCUMENT_TYPES,
  ETHNIC_GROUPS,
  FLAG_KINDS,
  PRIORITY_GROUPS,
  PUBLIC_STATES,
  REQUIRED_DOCUMENT_KINDS,
  SELECTIONS,
  SEXES,
  VERDICTS,
} from '../../../../shared/schemas/registration.ts';
import type { TCriterion } from '../../../../shared/schemas/registration.ts';
import { isApiError } from '../../api/client.ts';
import type { Formatters } from '../../i18n/format.ts';
import type { StatusColor } from '../../components/StatusBadge.tsx';

/** A 404, or a 400 for an id in the URL that cannot exist: either way, no such page. */
export function isMissing(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.status === 400);
}

/** Narrows a string from the API to one of a list of known values. */
export function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Labels of every registration enum; unknown values (a newer server) show as they come. */
export function useRegLabels() {
  const { t } = useTranslation();
  return {
    documentType: useCallback(
      (v: string) => (oneOf(DOCUMENT_TYPES, v) ? t(`ui.reg.documentTypes.${v}`) : v),
      [t],
    ),
    sex: useCallback((v: string) => (oneOf(SEXES, v) ? t(`ui.reg.sexes.${v}`) : v), [t]),
    ethnicGroup: useCallback(
      (v: string) => (oneOf(ETHNIC_GROUPS, v) ? t(`ui.reg.ethnicGroups.${v}`) : v),
      [t],
    ),
    priorityGroup: useCallback(
      (v: string) => (oneOf(PRIORITY_GROUPS, v) ? t(`ui.reg.priorityGroups.${v}`) : v),
      [t],
    ),
    documentKind: useCallback(
      (v: string) => (oneOf(REQUIRED_DOCUMENT_KINDS, v) ? t(`ui.reg.documentKinds.${v}`) : v),
      [t],
    ),
    documentStatus: useCallback(
      (v: string) =>
        oneOf(['pending', 'verified', 'rejected'] as const, v)
          ? t(`ui.reg.documentStatuses.${v}`)
          : v,
      [t],
    ),
    verdict: useCallback((v: string) => (oneOf(VERDICTS, v) ? t(`ui.reg.verdicts.${v}`) : v), [t]),
    selection: useCallback(
      (v: string) => (oneOf(SELECTIONS, v) ? t(`ui.reg.selections.${v}`) : v),
      [t],
    ),
    flagKind: useCallback(
      (v: string) => (oneOf(FLAG_KINDS, v) ? t(`ui.reg.flagKinds.${v}`) : v),
      [t],
    ),
    flagStatus: useCallback(
      (v: string) =>
        oneOf(['open', 'overridden', 'dismissed', 'confirmed'] as const, v)
          ? t(`ui.reg.flagStatuses.${v}`)
          : v,
      [t],
    ),
    publicState: useCallback(
      (v: string) => (oneOf(PUBLIC_STATES, v) ? t(`ui.reg.publicStates.${v}.title`) : v),
      [t],
    ),
    channel: useCallback(
      (v: string) =>
        oneOf(['public', 'field', 'import'] as const, v) ? t(`ui.reg.channels.${v}`) : v,
      [t],
    ),
    callStatus: useCallback(
      (v: string) => (oneOf(CALL_STATUSES, v) ? t(`ui.reg.callStatuses.${v}`) : v),
      [t],
    ),
    outcome: useCallback(
      (v: string) => (oneOf(CRITERION_OUTCOMES, v) ? t(`ui.reg.outcomes.${v}`) : v),
      [t],
    ),
    criterionKind: useCallback(
      (kind: TCriterion['kind']) => t(`ui.reg.criteria.${kind}.label`),
      [t],
    ),
  };
}

export const VERDICT_COLORS: Record<string, StatusColor> = {
  eligible: 'teal',
  not_eligible: 'red',
  pending: 'yellow',
};
export const SELECTION_COLORS: Record<string, StatusColor> = {
  none: 'gray',
  selected: 'teal',
  waitlisted: 'indigo',
};
export const CALL_STATUS_COLORS: Record<string, StatusColor> = {
  upcoming: 'indigo',
  open: 'teal',
  closed: 'gray',
};
export const DOCUMENT_STATUS_COLORS: Record<string, StatusColor> = {
  pending: 'gray',
  verified: 'teal',
  rejected: 'red',
};

/** The rule of a criterion in words: "El negocio funciona hace al menos 6 meses". */
export function criterionRule(t: TFunction, f: Formatters, criterion: TCriterion): string {
  switch (criterion.kind) {
    case 'business_min_months':
      return t('ui.reg.criteria.business_min_months.rule', { months: f.number(criterion.months) });
    case 'min_age':
      return t('ui.reg.criteria.min_age.rule', { years: f.number(criterion.years) });
    case 'max_age':
      return t('ui.reg.criteria.max_age.rule', { years: f.number(criterion.years) });
    case 'max_workers':
      return t('ui.reg.criteria.max_workers.rule', { workers: f.number(criterion.workers) });
    case 'max_monthly_sales':
      return t('ui.reg.criteria.max_monthly_sales.rule', { pesos: f.money(criterion.pesos) });
    case 'lives_in_call_territory':
    case 'not_previous_beneficiary':
    case 'documents_verified':
      return t(`ui.reg.criteria.${criterion.kind}.rule`);
  }
}

type Detail = Record<string, string | number>;
const num = (detail: Detail, key: string): number | null => {
  const v = detail[key];
  return typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : null;
};
const list = (detail: Detail, key: string): string[] => {
  const v = detail[key];
  return typeof v === 'string' && v !== '' ? v.split(',') : [];
};

/**
 * What happened with one criterion, in a sentence built from the numbers behind it:
 * "El negocio lleva 4 de los 6 meses que se piden."
 */
export function criterionSentence(
  t: TFunction,
  f: Formatters,
  options: {
    criterion: TCriterion;
    outcome: string;
    detail: Detail;
    territoryName: (code: string) => string;
    documentKind: (kind: string) => string;
  },
): string {
  const { criterion, outcome, detail } = options;
  const missing = outcome === 'missing_data';
  switch (criterion.kind) {
    case 'lives_in_call_territory': {
      const code = String(detail.localityCode || detail.municipalityCode || '');
      const place = code ? options.territoryName(code) : '—';
      if (missing) return t('ui.reg.criteria.lives_in_call_territory.missing', { place });
      return outcome === 'met'
        ? t('ui.reg.criteria.lives_in_call_territory.met', { place })
        : t('ui.reg.criteria.lives_in_call_territory.notMet', { place });
    }
    case 'business_min_months': {
      const months = num(detail, 'months');
      const required = num(detail, 'required') ?? criterion.months;
      if (months === null) return t('ui.reg.criteria.business_min_months.missing');
      if (outcome === 'met')
        return t('ui.reg.criteria.business_min_months.detailMet', {
          months: f.number(months),
          required: f.number(required),
        });
      return t('ui.reg.criteria.business_min_months.detail', {
        months: f.number(months),
        required: f.number(required),
      });
    }
    case 'not_previous_beneficiary':
      if (missing) return t('ui.reg.criteria.not_previous_beneficiary.missing');
      return outcome === 'met'
        ? t('ui.reg.criteria.not_previous_beneficiary.met')
        : t('ui.reg.criteria.not_previous_beneficiary.notMet');
    case 'documents_verified': {
      const parts = [
        t('ui.reg.criteria.documents_verified.detail', {
          verified: f.number(num(detail, 'verified') ?? 0),
          required: f.number(num(detail, 'required') ?? 0),
        }),
      ];
      const named = (key: string) => f.list(list(detail, key).map(options.documentKind));
      if (list(detail, 'missing').length)
        parts.push(
          t('ui.reg.criteria.documents_verified.missingDocs', { documents: named('missing') }),
        );
      if (list(detail, 'pending').length)
        parts.push(
          t('ui.reg.criteria.documents_verified.pendingDocs', { documents: named('pending') }),
        );
      if (list(detail, 'rejected').length)
        parts.push(
          t('ui.reg.criteria.documents_verified.rejectedDocs', { documents: named('rejected') }),
        );
      return parts.join(' ');
    }
    case 'min_age':
    case 'max_age': {
      const age = num(detail, 'age');
      const bound =
        num(detail, criterion.kind === 'min_age' ? 'required' : 'limit') ?? criterion.years;
      if (age === null) return t('ui.reg.criteria.ageMissing');
      return t(`ui.reg.criteria.${criterion.kind}.detail`, {
        age: f.number(age),
        years: f.number(bound),
      });
    }
    case 'max_workers': {
      const workers = num(detail, 'workers');
      const limit = num(detail, 'limit') ?? criterion.workers;
      return t('ui.reg.criteria.max_workers.detail', {
        workers: f.number(workers ?? 0),
        limit: f.number(limit),
      });
    }
    case 'max_monthly_sales': {
      const pesos = num(detail, 'pesos');
      const limit = num(detail, 'limit') ?? criterion.pesos;
      return t('ui.reg.criteria.max_monthly_sales.detail', {
        pesos: f.money(pesos ?? 0),
        limit: f.money(limit),
      });
    }
  }
}
