import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TBusinessInput, TOwnerInput } from '../../../../shared/schemas/registration.ts';

const OWNER_KEYS: readonly (keyof TOwnerInput)[] = [
  'documentType',
  'documentNumber',
  'firstNames',
  'lastNames',
  'sex',
  'birthDate',
  'phone',
  'email',
  'address',
  'municipalityCode',
  'localityCode',
  'headOfHouseholdMother',
  'disability',
  'conflictVictim',
  'ethnicGroup',
];
const BUSINESS_KEYS: readonly (keyof TBusinessInput)[] = [
  'name',
  'ciiuCode',
  'startedOn',
  'hasPremises',
  'hasRut',
  'hasChamberRegistration',
  'workersTotal',
  'workersWomen',
  'monthlySales',
  'greenPractices',
  'culturalCreative',
];

/** The form's label for an API field path (`owner.phone` → "Celular"), or the path itself. */
export function useFieldLabel() {
  const { t } = useTranslation();
  return useCallback(
    (path: string): string => {
      const [section, field] = path.split('.');
      if (section === 'owner') {
        const key = OWNER_KEYS.find((k) => k === field);
        if (key) return t(`ui.applicantForm.fields.owner.${key}`);
      }
      if (section === 'business') {
        const key = BUSINESS_KEYS.find((k) => k === field);
        if (key) return t(`ui.applicantForm.fields.business.${key}`);
      }
      return path;
    },
    [t],
  );
}
