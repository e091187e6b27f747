import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, ScopeType } from '../../../../shared/roles.ts';

/** The name of a role; an organization admin with no role in the program is named as such. */
export function useRoleLabel() {
  const { t } = useTranslation();
  return useCallback(
    (role: Role | null, isAdmin = false): string | null => {
      if (role) return t(`ui.roles.${role}`);
      return isAdmin ? t('ui.roles.orgAdmin') : null;
    },
    [t],
  );
}

export function useScopeTypeLabel() {
  const { t } = useTranslation();
  return useCallback((type: ScopeType): string => t(`ui.scopeTypes.${type}`), [t]);
}
