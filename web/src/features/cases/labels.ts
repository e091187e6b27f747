import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_STAGES, DEFAULT_WITHDRAWAL_REASONS } from '../../../../shared/cases.ts';
import { ENCOUNTER_MODES } from '../../../../shared/schemas/cases.ts';
import type { TCaseSettings, TGateRequirement } from '../../../../shared/schemas/cases.ts';
import { currentLanguage } from '../../i18n/index.ts';
import type { StatusColor } from '../../components/StatusBadge.tsx';
import { oneOf } from '../registration/labels.ts';

/**
 * Names of stages, withdrawal reasons, gate requirements and encounter modes: the program's own
 * name when it configured one, else the translation of a default id, else the id itself.
 */
export function useCaseLabels(settings: TCaseSettings | undefined) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const stage = useCallback(
    (id: string) => {
      const configured = settings?.stages.find((s) => s.id === id)?.name[lang];
      if (configured) return configured;
      return oneOf(DEFAULT_STAGES, id) ? t(`cases.stages.${id}`) : id;
    },
    [settings, lang, t],
  );
  const reason = useCallback(
    (id: string) => {
      const configured = settings?.withdrawalReasons.find((r) => r.id === id)?.name[lang];
      if (configured) return configured;
      return oneOf(DEFAULT_WITHDRAWAL_REASONS, id) ? t(`cases.withdrawalReasons.${id}`) : id;
    },
    [settings, lang, t],
  );
  const gate = useCallback(
    (requirement: TGateRequirement) =>
      requirement.kind === 'min_encounters'
        ? t('cases.gates.min_encounters', { count: requirement.count })
        : t(`cases.gates.${requirement.kind}`),
    [t],
  );
  const mode = useCallback(
    (v: string) => (oneOf(ENCOUNTER_MODES, v) ? t(`cases.encounterModes.${v}`) : v),
    [t],
  );
  const status = useCallback(
    (v: string) =>
      oneOf(['active', 'withdrawn', 'completed'] as const, v) ? t(`cases.statuses.${v}`) : v,
    [t],
  );
  return { stage, reason, gate, mode, status };
}

export const STATUS_COLORS: Record<string, StatusColor> = {
  active: 'indigo',
  withdrawn: 'red',
  completed: 'teal',
};
