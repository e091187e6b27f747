import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCaseGrant,
  TDisburseBody,
  TGrantReport,
  TGrantSettings,
  TGrantSettingsView,
  TInvestmentPlanBody,
  TPolicyBody,
} from '../../../../shared/schemas/grants.ts';
import type {
  ACCEPTANCE_VIA,
  ZDisburseBatchBody,
  ZDisburseBatchResult,
} from '../../../../shared/schemas/grants.ts';
import type { z } from 'zod';
import { api, upload } from '../../api/client.ts';
import type { UploadOptions } from '../../api/client.ts';

const enc = encodeURIComponent;
const programPath = (programId: string) => `/api/programs/${enc(programId)}`;
const grantPath = (programId: string, caseId: string) =>
  `${programPath(programId)}/cases/${enc(caseId)}/grant`;

/** The pages of the module. */
export const grantPage = (programId: string, caseId: string) =>
  `/p/${enc(programId)}/cases/${enc(caseId)}/grant`;
export const grantReportPage = (programId: string) => `/p/${enc(programId)}/grants/report`;
export const grantSettingsPage = (programId: string) => `/p/${enc(programId)}/grants/settings`;

/** The files, opened in a new tab. */
export const policyDocumentUrl = (programId: string, caseId: string) =>
  `${grantPath(programId, caseId)}/policy/document`;
export const receiptUrl = (programId: string, caseId: string, receiptId: string) =>
  `${grantPath(programId, caseId)}/receipts/${enc(receiptId)}`;

export const grantKeys = {
  all: (programId: string) => ['grants', programId] as const,
  settings: (programId: string) => ['grants', programId, 'settings'] as const,
  grant: (programId: string, caseId: string) => ['grants', programId, 'case', caseId] as const,
  report: (programId: string, filter: GrantReportFilter) =>
    ['grants', programId, 'report', filter] as const,
};

export interface GrantReportFilter {
  municipalityCode?: string;
}

export type AcceptanceVia = (typeof ACCEPTANCE_VIA)[number];

/** A case's grant: its plan, policy, prerequisites, ledger, receipts and settlement. */
export function useCaseGrant(programId: string, caseId: string, enabled = true) {
  return useQuery({
    queryKey: grantKeys.grant(programId, caseId),
    queryFn: ({ signal }) => api<TCaseGrant>(grantPath(programId, caseId), { signal }),
    enabled,
  });
}

/**
 * A change to a case's grant: every route answers the grant as it now stands, which replaces the
 * cached one; the report and any list are read again.
 */
function useGrantChange<V>(
  programId: string,
  caseId: string,
  send: (variables: V) => Promise<TCaseGrant>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (grant) => {
      queryClient.setQueryData(grantKeys.grant(programId, caseId), grant);
      void queryClient.invalidateQueries({
        queryKey: grantKeys.all(programId),
        predicate: (q) => q.queryKey[2] !== 'case' || q.queryKey[3] !== caseId,
      });
    },
    // A refusal may come from a change someone else made: read the grant again.
    onError: () =>
      void queryClient.invalidateQueries({ queryKey: grantKeys.grant(programId, caseId) }),
  });
}

export function useSaveInvestmentPlan(programId: string, caseId: string) {
  return useGrantChange(programId, caseId, (body: TInvestmentPlanBody) =>
    api<TCaseGrant>(`${grantPath(programId, caseId)}/plan`, { method: 'PUT', body }),
  );
}

export function useAcceptPlan(programId: string, caseId: string) {
  return useGrantChange(
    programId,
    caseId,
    (body: { acceptedOn: string; via: AcceptanceVia; version: number }) =>
      api<TCaseGrant>(`${grantPath(programId, caseId)}/plan/accept`, { method: 'POST', body }),
  );
}

export function useApprovePlan(programId: string, caseId: string) {
  return useGrantChange(programId, caseId, (body: { version: number }) =>
    api<TCaseGrant>(`${grantPath(programId, caseId)}/plan/approve`, { method: 'POST', body }),
  );
}

export function useSavePolicy(programId: string, caseId: string) {
  return useGrantChange(programId, caseId, (body: TPolicyBody) =>
    api<TCaseGrant>(`${grantPath(programId, caseId)}/policy`, { method: 'PUT', body }),
  );
}

export function useAttachPolicyDocument(programId: string, caseId: string) {
  return useGrantChange(
    programId,
    caseId,
    ({ file, ...options }: { file: File } & UploadOptions) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return upload<TCaseGrant>(`${grantPath(programId, caseId)}/policy/document`, form, options);
    },
  );
}

export function useDisburse(programId: string, caseId: string) {
  return useGrantChange(programId, caseId, (body: TDisburseBody) =>
    api<TCaseGrant>(`${grantPath(programId, caseId)}/disbursements`, { method: 'POST', body }),
  );
}

export function useReverse(programId: string, caseId: string) {
  return useGrantChange(
    programId,
    caseId,
    ({ entryId, reason }: { entryId: string; reason: string }) =>
      api<TCaseGrant>(`${grantPath(programId, caseId)}/disbursements/${enc(entryId)}/reverse`, {
        method: 'POST',
        body: { reason },
      }),
  );
}

export interface ReceiptFields {
  itemId: string;
  amountMinor: number;
  issuedOn: string;
  supplier: string;
}

/** A receipt for an item: its fields first, then the file (the server reads them in that order). */
export function useAddReceipt(programId: string, caseId: string) {
  return useGrantChange(
    programId,
    caseId,
    ({ fields, file, ...options }: { fields: ReceiptFields; file: File } & UploadOptions) => {
      const form = new FormData();
      form.append('itemId', fields.itemId);
      form.append('amountMinor', String(fields.amountMinor));
      form.append('issuedOn', fields.issuedOn);
      form.append('supplier', fields.supplier);
      form.append('file', file, file.name);
      return upload<TCaseGrant>(`${grantPath(programId, caseId)}/receipts`, form, options);
    },
  );
}

export function useSettle(programId: string, caseId: string) {
  return useGrantChange(programId, caseId, (body: { note: string }) =>
    api<TCaseGrant>(`${grantPath(programId, caseId)}/settle`, { method: 'POST', body }),
  );
}

/** The program's grant settings and the training tracks to choose from. */
export function useGrantSettings(programId: string, enabled = true) {
  return useQuery({
    queryKey: grantKeys.settings(programId),
    queryFn: ({ signal }) =>
      api<TGrantSettingsView>(`${programPath(programId)}/grant-settings`, { signal }),
    enabled,
  });
}

export function useSaveGrantSettings(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TGrantSettings) =>
      api<TGrantSettingsView>(`${programPath(programId)}/grant-settings`, {
        method: 'PUT',
        body,
      }),
    onSuccess: (view) => {
      queryClient.setQueryData(grantKeys.settings(programId), view);
      void queryClient.invalidateQueries({ queryKey: grantKeys.all(programId) });
    },
  });
}

/** Grants by locality and priority group, the days figures and the reconciliation. */
export function useGrantReport(programId: string, filter: GrantReportFilter) {
  return useQuery({
    queryKey: grantKeys.report(programId, filter),
    queryFn: ({ signal }) =>
      api<TGrantReport>(`${programPath(programId)}/grants/report`, {
        query: { ...filter },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export type TDisburseBatchBody = z.infer<typeof ZDisburseBatchBody>;
export type TDisburseBatchResult = z.infer<typeof ZDisburseBatchResult>;

/** One tranche to every open grant whose prerequisites are met; the others come back with why. */
export function useDisburseBatch(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TDisburseBatchBody) =>
      api<TDisburseBatchResult>(`${programPath(programId)}/grants/disburse-batch`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: grantKeys.all(programId) }),
  });
}
