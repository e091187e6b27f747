import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  FLAG_KINDS,
  SELECTIONS,
  TApplicantDetail,
  TApplicantInput,
  TApplicantSummary,
  TApplicationStatus,
  TCall,
  TCallBody,
  TCallReport,
  TPublicCall,
  TSelectionPreview,
  VERDICTS,
} from '../../../../shared/schemas/registration.ts';
import { api, upload } from '../../api/client.ts';
import type { UploadOptions } from '../../api/client.ts';
import type { Page } from '../users/api.ts';

const enc = encodeURIComponent;

export const callPath = (programId: string, callId?: string) =>
  callId
    ? `/api/programs/${enc(programId)}/calls/${enc(callId)}`
    : `/api/programs/${enc(programId)}/calls`;

export const registrationKeys = {
  publicCall: (code: string) => ['publicCall', code] as const,
  ciiu: (q: string) => ['ciiu', q] as const,
  calls: (programId: string) => ['calls', programId] as const,
  call: (programId: string, callId: string) => ['call', programId, callId] as const,
  /** Everything that depends on a call's applicants: report, lists, details, selection. */
  callData: (callId: string) => ['callData', callId] as const,
  report: (callId: string) => ['callData', callId, 'report'] as const,
  applicants: (callId: string, params: ApplicantListParams) =>
    ['callData', callId, 'applicants', params] as const,
  applicant: (callId: string, applicantId: string) =>
    ['callData', callId, 'applicant', applicantId] as const,
  selection: (callId: string, territory: string) =>
    ['callData', callId, 'selection', territory] as const,
};

// ---------------------------------------------------------------------------------------------
// Public (no sign-in)

export function usePublicCall(code: string) {
  return useQuery({
    queryKey: registrationKeys.publicCall(code),
    queryFn: ({ signal }) => api<TPublicCall>(`/api/public/calls/${enc(code)}`, { signal }),
    enabled: Boolean(code),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export interface CiiuItem {
  code: string;
  description: string;
}

/** CIIU activities matching a code prefix or words (the server ignores accents). */
export function useCiiuSearch(q: string, limit = 20) {
  return useQuery({
    queryKey: registrationKeys.ciiu(`${q}|${limit}`),
    queryFn: ({ signal }) =>
      api<{ items: CiiuItem[] }>('/api/public/ciiu', { query: { q, limit }, signal }),
    select: (data) => data.items,
    enabled: q.trim().length >= 2,
    staleTime: 60 * 60_000,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The description of one CIIU code, for showing stored data. */
export function useCiiuDescription(code: string | undefined) {
  const search = useCiiuSearch(code ?? '', 5);
  return search.data?.find((item) => item.code === code)?.description ?? null;
}

export interface PublicApplicationBody {
  applicant: TApplicantInput;
  consent: { accepted: true; version: string };
  website?: string;
}

export interface ApplicationReceipt {
  confirmationCode: string;
  submittedAt: string;
}

export function useSubmitApplication(code: string) {
  return useMutation({
    mutationFn: (body: PublicApplicationBody) =>
      api<ApplicationReceipt>(`/api/public/calls/${enc(code)}/applications`, {
        method: 'POST',
        body,
      }),
  });
}

export function useApplicationStatus() {
  return useMutation({
    mutationFn: (body: { code: string; documentNumber: string }) =>
      api<TApplicationStatus>('/api/public/applications/status', { method: 'POST', body }),
  });
}

/** The applicant sends a document from the status page; the answer is the refreshed status. */
export function useUploadPublicDocument() {
  return useMutation({
    mutationFn: ({
      code,
      documentNumber,
      kind,
      file,
      ...options
    }: { code: string; documentNumber: string; kind: string; file: File } & UploadOptions) => {
      // The server reads the text fields sent before the file: keep this order.
      const form = new FormData();
      form.append('code', code);
      form.append('documentNumber', documentNumber);
      form.append('kind', kind);
      form.append('file', file, file.name);
      return upload<TApplicationStatus>('/api/public/applications/documents', form, options);
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Calls

export function useCalls(programId: string) {
  return useQuery({
    queryKey: registrationKeys.calls(programId),
    queryFn: ({ signal }) => api<{ items: TCall[] }>(callPath(programId), { signal }),
    select: (data) => data.items,
  });
}

export function useCall(programId: string, callId: string) {
  return useQuery({
    queryKey: registrationKeys.call(programId, callId),
    queryFn: ({ signal }) => api<TCall>(callPath(programId, callId), { signal }),
  });
}

export function useSaveCall(programId: string, callId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCallBody) =>
      api<TCall>(callPath(programId, callId), { method: callId ? 'PUT' : 'POST', body }),
    onSuccess: (call) => {
      queryClient.setQueryData(registrationKeys.call(programId, call.id), call);
      void queryClient.invalidateQueries({ queryKey: registrationKeys.calls(programId) });
      // Changed rules re-evaluate every applicant.
      void queryClient.invalidateQueries({ queryKey: registrationKeys.callData(call.id) });
    },
  });
}

export function useCallReport(programId: string, callId: string) {
  return useQuery({
    queryKey: registrationKeys.report(callId),
    queryFn: ({ signal }) => api<TCallReport>(`${callPath(programId, callId)}/report`, { signal }),
  });
}

// ---------------------------------------------------------------------------------------------
// Applicants

export interface ApplicantListParams {
  territory?: string;
  verdict?: (typeof VERDICTS)[number];
  selection?: (typeof SELECTIONS)[number];
  flagged?: 'true';
  q?: string;
  page: number;
  pageSize: number;
}

export function useApplicants(programId: string, callId: string, params: ApplicantListParams) {
  return useQuery({
    queryKey: registrationKeys.applicants(callId, params),
    queryFn: ({ signal }) =>
      api<Page<TApplicantSummary>>(`${callPath(programId, callId)}/applicants`, {
        query: { ...params },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useApplicant(
  programId: string,
  callId: string,
  applicantId: string,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: registrationKeys.applicant(callId, applicantId),
    queryFn: ({ signal }) =>
      api<TApplicantDetail>(`${callPath(programId, callId)}/applicants/${enc(applicantId)}`, {
        signal,
      }),
    enabled: options.enabled ?? true,
  });
}

export function useRegisterApplicant(programId: string, callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TApplicantInput) =>
      api<TApplicantDetail>(`${callPath(programId, callId)}/applicants`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: (detail) => {
      void queryClient.invalidateQueries({ queryKey: registrationKeys.callData(callId) });
      queryClient.setQueryData(registrationKeys.applicant(callId, detail.id), detail);
    },
  });
}

export type FlagKind = (typeof FLAG_KINDS)[number];
export type FlagDecision = 'override' | 'dismiss' | 'confirm';

export function useResolveFlag(programId: string, callId: string, applicantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { flagId: string; decision: FlagDecision; note: string }) =>
      api<TApplicantDetail>(
        `${callPath(programId, callId)}/applicants/${enc(applicantId)}/flags/${enc(body.flagId)}/resolve`,
        { method: 'POST', body: { decision: body.decision, note: body.note } },
      ),
    onSuccess: (detail) => {
      void queryClient.invalidateQueries({ queryKey: registrationKeys.callData(callId) });
      queryClient.setQueryData(registrationKeys.applicant(callId, applicantId), detail);
    },
  });
}

const applicantPath = (programId: string, callId: string, applicantId: string) =>
  `${callPath(programId, callId)}/applicants/${enc(applicantId)}`;

/** Where staff open a stored document (inline, in a new tab; the server audits the read). */
export const documentUrl = (
  programId: string,
  callId: string,
  applicantId: string,
  documentId: string,
) => `${applicantPath(programId, callId, applicantId)}/documents/${enc(documentId)}`;

/** After a change the server answers with the applicant re-evaluated: show it, refresh the rest. */
function useApplicantChanged(callId: string, applicantId: string) {
  const queryClient = useQueryClient();
  return (detail: TApplicantDetail) => {
    void queryClient.invalidateQueries({ queryKey: registrationKeys.callData(callId) });
    queryClient.setQueryData(registrationKeys.applicant(callId, applicantId), detail);
  };
}

export function useAttachDocument(programId: string, callId: string, applicantId: string) {
  const changed = useApplicantChanged(callId, applicantId);
  return useMutation({
    mutationFn: ({ kind, file, ...options }: { kind: string; file: File } & UploadOptions) => {
      // The server reads the kind sent before the file: keep this order.
      const form = new FormData();
      form.append('kind', kind);
      form.append('file', file, file.name);
      return upload<TApplicantDetail>(
        `${applicantPath(programId, callId, applicantId)}/documents`,
        form,
        options,
      );
    },
    onSuccess: changed,
  });
}

export type DocumentReview = { status: 'verified' } | { status: 'rejected'; reason: string };

export function useReviewDocument(programId: string, callId: string, applicantId: string) {
  const changed = useApplicantChanged(callId, applicantId);
  return useMutation({
    mutationFn: ({ documentId, ...body }: DocumentReview & { documentId: string }) =>
      api<TApplicantDetail>(`${documentUrl(programId, callId, applicantId, documentId)}/review`, {
        method: 'POST',
        body,
      }),
    onSuccess: changed,
  });
}

export interface ImportSummary {
  file: { name: string; sha256: string; rows: number };
  created: number;
  alreadyRegistered: number;
  verdicts: { eligible: number; not_eligible: number; pending: number };
  flags: Partial<Record<FlagKind, number>>;
  blocked: number;
}

export function useImportApplicants(programId: string, callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, ...options }: { file: File } & UploadOptions) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return upload<ImportSummary>(
        `${callPath(programId, callId)}/applicants/import`,
        form,
        options,
      );
    },
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: registrationKeys.callData(callId) }),
  });
}

/** A spreadsheet link (template or export) in a format and language. */
export function spreadsheetUrl(
  programId: string,
  callId: string,
  what: 'template' | 'export',
  format: 'xlsx' | 'csv',
  language: 'es' | 'en',
): string {
  return `${callPath(programId, callId)}/applicants/${what}?format=${format}&language=${language}`;
}

// ---------------------------------------------------------------------------------------------
// Selection

export function useSelectionPreview(programId: string, callId: string, territory: string | null) {
  return useQuery({
    queryKey: registrationKeys.selection(callId, territory ?? ''),
    queryFn: ({ signal }) =>
      api<TSelectionPreview>(`${callPath(programId, callId)}/selection`, {
        query: { territory },
        signal,
      }),
    enabled: Boolean(territory),
  });
}

export function useSelectionAction(
  programId: string,
  callId: string,
  action: 'confirm' | 'promote',
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (territoryCode: string) =>
      api<TSelectionPreview>(
        `${callPath(programId, callId)}/selection${action === 'promote' ? '/promote' : ''}`,
        { method: 'POST', body: { territoryCode } },
      ),
    onSuccess: (preview) => {
      queryClient.setQueryData(registrationKeys.selection(callId, preview.territoryCode), preview);
      void queryClient.invalidateQueries({
        queryKey: registrationKeys.callData(callId),
        predicate: (q) => q.queryKey[2] !== 'selection' || q.queryKey[3] !== preview.territoryCode,
      });
    },
  });
}
