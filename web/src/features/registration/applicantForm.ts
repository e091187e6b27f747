/**
 * The applicant form as people fill it (strings, unanswered choices) and its conversion into the
 * shared `TApplicantInput`, validated with the shared Zod schemas so that the browser and the
 * server agree on every rule.
 */
import type { z } from 'zod';
import {
  normalizeDocumentNumber,
  normalizePhone,
} from '../../../../shared/domain/registration/normalize.ts';
import {
  ZBusinessInput,
  ZOwnerInput,
  type ETHNIC_GROUPS,
  type TApplicantInput,
} from '../../../../shared/schemas/registration.ts';
import es from '../../../../shared/i18n/es.json';
import i18n from '../../i18n/index.ts';

export type YesNo = '' | 'yes' | 'no';
/** A sensitive question: unanswered or "prefers not to answer" both become null. */
export type Sensitive = '' | 'yes' | 'no' | 'skip';
export const SKIP = 'skip';

export interface ApplicantFormValues {
  owner: {
    documentType: string;
    documentNumber: string;
    firstNames: string;
    lastNames: string;
    sex: string;
    birthDate: string;
    phone: string;
    email: string;
    address: string;
    /** One of the call's territories: sets municipalityCode and localityCode. */
    territoryCode: string;
    headOfHouseholdMother: Sensitive;
    disability: Sensitive;
    conflictVictim: Sensitive;
    /** An ethnic group, SKIP, or '' when unanswered. */
    ethnicGroup: string;
  };
  business: {
    name: string;
    ciiuCode: string;
    /** What the activity field shows: "1081 · Elaboración de productos de panadería". */
    ciiuText: string;
    startedOn: string;
    hasPremises: YesNo;
    hasRut: YesNo;
    hasChamberRegistration: YesNo;
    workersTotal: number | string;
    workersWomen: number | string;
    monthlySales: number | string;
    greenPractices: YesNo;
    culturalCreative: YesNo;
  };
}

export function emptyApplicant(): ApplicantFormValues {
  return {
    owner: {
      documentType: 'CC',
      documentNumber: '',
      firstNames: '',
      lastNames: '',
      sex: '',
      birthDate: '',
      phone: '',
      email: '',
      address: '',
      territoryCode: '',
      headOfHouseholdMother: '',
      disability: '',
      conflictVictim: '',
      ethnicGroup: '',
    },
    business: {
      name: '',
      ciiuCode: '',
      ciiuText: '',
      startedOn: '',
      hasPremises: '',
      hasRut: '',
      hasChamberRegistration: '',
      workersTotal: '',
      workersWomen: '',
      monthlySales: '',
      greenPractices: '',
      culturalCreative: '',
    },
  };
}

/** The fields of each part, as form paths. */
export const OWNER_FIELDS = [
  'owner.documentType',
  'owner.documentNumber',
  'owner.firstNames',
  'owner.lastNames',
  'owner.sex',
  'owner.birthDate',
  'owner.phone',
  'owner.email',
  'owner.address',
  'owner.territoryCode',
] as const;
export const SENSITIVE_FIELDS = [
  'owner.headOfHouseholdMother',
  'owner.disability',
  'owner.conflictVictim',
  'owner.ethnicGroup',
] as const;
export const BUSINESS_FIELDS = [
  'business.name',
  'business.ciiuCode',
  'business.startedOn',
  'business.hasPremises',
  'business.hasRut',
  'business.hasChamberRegistration',
  'business.workersTotal',
  'business.workersWomen',
  'business.monthlySales',
  'business.greenPractices',
  'business.culturalCreative',
] as const;
export const APPLICANT_FIELDS: readonly string[] = [
  ...OWNER_FIELDS,
  ...SENSITIVE_FIELDS,
  ...BUSINESS_FIELDS,
];

/** "1.098.765.432" → "1098765432" while typing: dots, commas and spaces go, letters go upper. */
export function cleanDocumentNumber(raw: string): string {
  return normalizeDocumentNumber(raw).replace(/[^0-9A-Z]/g, '');
}

/** Keeps what a phone number may hold while typing: digits, spaces, "+", "(", ")" and "-". */
export function cleanPhoneTyping(raw: string): string {
  return raw.replace(/[^\d\s+()-]/g, '').slice(0, 20);
}

/** The 10 digits to send: "+57 300 123 4567" → "3001234567"; anything else as bare digits. */
export function phoneToSend(raw: string): string {
  return normalizePhone(raw) ?? raw.replace(/\D/g, '');
}

const yesNo = (v: YesNo): boolean | undefined =>
  v === 'yes' ? true : v === 'no' ? false : undefined;
const sensitive = (v: Sensitive): boolean | null =>
  v === 'yes' ? true : v === 'no' ? false : null;
const count = (v: number | string): number | undefined =>
  typeof v === 'number' ? v : v.trim() === '' ? undefined : Number(v.replace(/\D/g, ''));

/** Splits a territory code into where the person lives: `11001-08` → Bogotá, Kennedy. */
export function territoryParts(code: string): {
  municipalityCode: string;
  localityCode: string | null;
} {
  return { municipalityCode: code.slice(0, 5), localityCode: code.includes('-') ? code : null };
}

/** The owner part as the API wants it (still to be validated). */
export function ownerCandidate(values: ApplicantFormValues['owner']) {
  const ethnic = values.ethnicGroup;
  return {
    documentType: values.documentType || undefined,
    documentNumber: cleanDocumentNumber(values.documentNumber),
    firstNames: values.firstNames.trim(),
    lastNames: values.lastNames.trim(),
    sex: values.sex || undefined,
    birthDate: values.birthDate,
    phone: phoneToSend(values.phone),
    email: values.email.trim() === '' ? null : values.email.trim(),
    address: values.address.trim(),
    ...(values.territoryCode
      ? territoryParts(values.territoryCode)
      : { municipalityCode: undefined, localityCode: null }),
    headOfHouseholdMother: sensitive(values.headOfHouseholdMother),
    disability: sensitive(values.disability),
    conflictVictim: sensitive(values.conflictVictim),
    ethnicGroup:
      ethnic === '' || ethnic === SKIP ? null : (ethnic as (typeof ETHNIC_GROUPS)[number]),
  };
}

export function businessCandidate(values: ApplicantFormValues['business']) {
  return {
    name: values.name.trim(),
    ciiuCode: values.ciiuCode,
    startedOn: values.startedOn,
    hasPremises: yesNo(values.hasPremises),
    hasRut: yesNo(values.hasRut),
    hasChamberRegistration: yesNo(values.hasChamberRegistration),
    workersTotal: count(values.workersTotal),
    workersWomen: count(values.workersWomen),
    monthlySales: count(values.monthlySales),
    greenPractices: yesNo(values.greenPractices),
    culturalCreative: yesNo(values.culturalCreative),
  };
}

type ValidationKey = keyof (typeof es)['validation'];
const isValidationKey = (key: string): key is ValidationKey => key in es.validation;

/** A Zod issue in the person's language, with the same catalog the server uses. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (isValidationKey(issue.message)) return i18n.t(`validation.${issue.message}`);
  switch (issue.code) {
    case 'invalid_type':
      return i18n.t('validation.required');
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1)
        return i18n.t('validation.required');
      return issue.origin === 'string'
        ? i18n.t('validation.too_small_string', { minimum: Number(issue.minimum) })
        : i18n.t('validation.too_small_number', { minimum: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? i18n.t('validation.too_big_string', { maximum: Number(issue.maximum) })
        : i18n.t('validation.too_big_number', { maximum: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return i18n.t('validation.invalid_email');
      if (issue.format === 'date') return i18n.t('validation.invalid_date');
      return i18n.t('validation.invalid_format');
    case 'invalid_value':
      return i18n.t('validation.required');
    case 'custom':
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return i18n.t('validation.invalid');
  }
}

/** Maps an API path (`owner.municipalityCode`) to the form field that shows it. */
export function formPathOf(apiPath: string): string | null {
  const path = apiPath.replace(/^applicant\./, '');
  if (path === 'owner.municipalityCode' || path === 'owner.localityCode')
    return 'owner.territoryCode';
  const field = path.split('.').slice(0, 2).join('.');
  return APPLICANT_FIELDS.includes(field) ? field : null;
}

function collect(
  result: { success: true } | { success: false; error: { issues: z.core.$ZodIssue[] } },
  section: 'owner' | 'business',
  only: readonly string[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = formPathOf(`${section}.${issue.path.map(String).join('.')}`);
    if (field && only.includes(field) && !(field in errors)) errors[field] = issueMessage(issue);
  }
  return errors;
}

/** Errors of the owner's identity and contact (step 1 of the public form). */
export function validateOwner(values: ApplicantFormValues): Record<string, string> {
  const errors = collect(
    ZOwnerInput.safeParse(ownerCandidate(values.owner)),
    'owner',
    OWNER_FIELDS,
  );
  // Stricter than the schema, as the spreadsheet import is: a real mobile (3…) or landline (60…).
  if (!errors['owner.phone'] && normalizePhone(values.owner.phone) === null)
    errors['owner.phone'] = i18n.t('validation.phone_format');
  if (!errors['owner.birthDate'] && values.owner.birthDate > today())
    errors['owner.birthDate'] = i18n.t('validation.invalid_date');
  return errors;
}

export function validateSensitive(values: ApplicantFormValues): Record<string, string> {
  return collect(ZOwnerInput.safeParse(ownerCandidate(values.owner)), 'owner', SENSITIVE_FIELDS);
}

export function validateBusiness(values: ApplicantFormValues): Record<string, string> {
  const candidate = businessCandidate(values.business);
  const errors = collect(ZBusinessInput.safeParse(candidate), 'business', BUSINESS_FIELDS);
  if (
    !errors['business.workersWomen'] &&
    candidate.workersTotal !== undefined &&
    candidate.workersWomen !== undefined &&
    candidate.workersWomen > candidate.workersTotal
  )
    errors['business.workersWomen'] = i18n.t('validation.workers_women_over_total');
  if (!errors['business.startedOn'] && values.business.startedOn > today())
    errors['business.startedOn'] = i18n.t('validation.invalid_date');
  return errors;
}

export function validateApplicant(values: ApplicantFormValues): Record<string, string> {
  return { ...validateOwner(values), ...validateSensitive(values), ...validateBusiness(values) };
}

/** The application to send; call only once validation passed. */
export function toApplicantInput(values: ApplicantFormValues): TApplicantInput {
  return {
    owner: ZOwnerInput.parse(ownerCandidate(values.owner)),
    business: ZBusinessInput.parse(businessCandidate(values.business)),
  };
}

/** Today as YYYY-MM-DD in the browser's time zone (for `max` of date inputs). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Focuses the first field with an error inside a container (after React has rendered it). */
export function focusFirstError(container: HTMLElement | null): void {
  window.requestAnimationFrame(() => {
    const target = container?.querySelector<HTMLElement>(
      '[aria-invalid="true"], fieldset[data-invalid] input',
    );
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  });
}
