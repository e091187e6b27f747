import type { ApplicantFormValues } from '../applicantForm.ts';
import type { ApplicationReceipt } from '../api.ts';

/** What survives a reload of the public form: kept in this tab only, gone when it closes. */
export interface ApplyDraft {
  values: ApplicantFormValues;
  step: number;
  consent: boolean;
}

const draftKey = (code: string) => `palanca.apply.${code}`;
const receiptKey = (code: string) => `palanca.apply.${code}.receipt`;

function read<T>(key: string): T | null {
  try {
    const raw = window.sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the draft is simply not kept.
  }
}

export function loadDraft(code: string, empty: ApplicantFormValues): ApplyDraft | null {
  const draft = read<Partial<ApplyDraft>>(draftKey(code));
  if (!draft?.values) return null;
  // Merge over an empty form, so a draft from an older version of the form still fits.
  return {
    values: {
      owner: { ...empty.owner, ...draft.values.owner },
      business: { ...empty.business, ...draft.values.business },
    },
    step: typeof draft.step === 'number' ? Math.min(Math.max(draft.step, 0), 3) : 0,
    consent: draft.consent === true,
  };
}

export const saveDraft = (code: string, draft: ApplyDraft | null) => write(draftKey(code), draft);
export const loadReceipt = (code: string) => read<ApplicationReceipt>(receiptKey(code));
export const saveReceipt = (code: string, receipt: ApplicationReceipt | null) =>
  write(receiptKey(code), receipt);
