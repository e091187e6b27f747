import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES, RESPONSIBLES } from '../../../../shared/schemas/assessment.ts';
import type {
  TPlanActivity,
  TQuestionnaireDefinition,
} from '../../../../shared/schemas/assessment.ts';
import type { StatusColor } from '../../components/StatusBadge.tsx';
import { intlLocale } from '../../i18n/index.ts';
import { useLeverName } from '../assessment/labels.ts';
import { oneOf } from '../registration/labels.ts';

/** Names of levers (see `useLeverName`), responsibles and activity states, and short days. */
export function usePlanLabels(definition: TQuestionnaireDefinition | undefined) {
  const { t, i18n } = useTranslation();
  const lever = useLeverName(definition);
  const responsible = useCallback(
    (v: string) => (oneOf(RESPONSIBLES, v) ? t(`responsibles.${v}`) : v),
    [t],
  );
  const status = useCallback(
    (v: string) => (oneOf(ACTIVITY_STATUSES, v) ? t(`activityStatuses.${v}`) : v),
    [t],
  );
  const lng = i18n.resolvedLanguage ?? 'es';
  /** A day in short form ("15 sept"), for week lines. */
  const shortDay = useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocale(lng), {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    return (iso: string) => {
      const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? iso : format.format(d);
    };
  }, [lng]);
  return { lever, responsible, status, shortDay };
}

export const ACTIVITY_COLORS: Record<string, StatusColor> = {
  scheduled: 'gray',
  done: 'teal',
  not_done: 'red',
};

/** Whether someone already recorded what happened with the activity (it can no longer go). */
export function hasFollowUp(a: TPlanActivity): boolean {
  return a.status !== 'scheduled' || a.recordedOn !== null || a.evidence.length > 0;
}

/** Activities by week, then in the plan's order. */
export function byWeek<T extends { week: number; position: number }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.week - b.week || a.position - b.position);
}
