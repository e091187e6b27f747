import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/roles.ts';
import {
  DEFAULT_LEVERS,
  type TAssessmentReport,
  type TAssessmentSettings,
  type TQuestionnaireDefinition,
  type TQuestionnaireVersion,
} from '../../../../shared/schemas/assessment.ts';
import { api } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useCurrentUser } from '../auth/api.ts';
import { useCurrentProgram } from '../programs/ProgramContext.tsx';
import { oneOf } from '../registration/labels.ts';

const enc = encodeURIComponent;
const base = (programId: string) => `/api/programs/${enc(programId)}`;

/** The report's filters as they travel in the query string. */
export interface ReportFilter {
  municipalityCode?: string;
  localityCode?: string;
}

/** One published questionnaire version as the versions list shows it. */
export interface TQuestionnaireVersionItem {
  version: number;
  createdAt: string;
  createdByName: string | null;
  /** How many questions it has. */
  questions: number;
}

export const assessmentAdminKeys = {
  /** Everything assessment-related in the program (diagnoses, plans and reports follow settings). */
  all: (programId: string) => ['assessment', programId] as const,
  report: (programId: string, filter: ReportFilter) =>
    ['assessment', programId, 'report', filter] as const,
  settings: (programId: string) => ['assessment', programId, 'settings'] as const,
  questionnaire: (programId: string) => ['assessment', programId, 'questionnaire'] as const,
  versions: (programId: string) => ['assessment', programId, 'questionnaire', 'versions'] as const,
  version: (programId: string, version: number) =>
    ['assessment', programId, 'questionnaire', 'versions', version] as const,
};

export function useAssessmentReport(programId: string, filter: ReportFilter) {
  return useQuery({
    queryKey: assessmentAdminKeys.report(programId, filter),
    queryFn: ({ signal }) =>
      api<TAssessmentReport>(`${base(programId)}/assessment-report`, {
        query: { ...filter },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useAssessmentSettings(programId: string) {
  return useQuery({
    queryKey: assessmentAdminKeys.settings(programId),
    queryFn: ({ signal }) =>
      api<TAssessmentSettings>(`${base(programId)}/assessment-settings`, { signal }),
  });
}

/** Saves scoring, mentor rule, plan and completion settings (and the templates, sent as they are). */
export function useSaveAssessmentSettings(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TAssessmentSettings) =>
      api<TAssessmentSettings>(`${base(programId)}/assessment-settings`, { method: 'PUT', body }),
    onSuccess: (settings) => {
      queryClient.setQueryData(assessmentAdminKeys.settings(programId), settings);
      void queryClient.invalidateQueries({
        queryKey: assessmentAdminKeys.all(programId),
        predicate: (q) => q.queryKey[2] !== 'settings',
      });
    },
  });
}

export function useQuestionnaire(programId: string) {
  return useQuery({
    queryKey: assessmentAdminKeys.questionnaire(programId),
    queryFn: ({ signal }) =>
      api<TQuestionnaireVersion>(`${base(programId)}/questionnaire`, { signal }),
  });
}

export function useQuestionnaireVersions(programId: string) {
  return useQuery({
    queryKey: assessmentAdminKeys.versions(programId),
    queryFn: ({ signal }) =>
      api<TQuestionnaireVersionItem[]>(`${base(programId)}/questionnaire/versions`, { signal }),
  });
}

/** One version's definition; versions never change once published. */
export function useQuestionnaireVersion(programId: string, version: number | null) {
  return useQuery({
    queryKey: assessmentAdminKeys.version(programId, version ?? 0),
    queryFn: ({ signal }) =>
      api<TQuestionnaireVersion>(`${base(programId)}/questionnaire/versions/${version ?? 0}`, {
        signal,
      }),
    enabled: version !== null,
    staleTime: Infinity,
  });
}

/** Publishes a new questionnaire version; assessments already begun keep theirs. */
export function usePublishQuestionnaire(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (definition: unknown) =>
      api<TQuestionnaireVersion>(`${base(programId)}/questionnaire`, {
        method: 'PUT',
        body: { definition },
      }),
    onSuccess: (published) => {
      queryClient.setQueryData(assessmentAdminKeys.questionnaire(programId), published);
      queryClient.setQueryData(
        assessmentAdminKeys.version(programId, published.version),
        published,
      );
      void queryClient.invalidateQueries({ queryKey: assessmentAdminKeys.versions(programId) });
    },
  });
}

const SETTINGS_EDITORS: readonly Role[] = ['admin', 'coordinator'];
/** The same roles as the server's report policy. */
const REPORT_READERS: readonly Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
  'facilitator',
  'mentor',
];

/** What the person may do here: the UI only hides, the server decides. */
export function useAssessmentAdminPermissions() {
  const me = useCurrentUser();
  const { role } = useCurrentProgram();
  const has = (roles: readonly Role[]) => me.isAdmin || (role !== null && roles.includes(role));
  return { editSettings: has(SETTINGS_EDITORS), readReport: has(REPORT_READERS) };
}

/**
 * A lever's name: the translation of a default lever, else the name the questionnaire gives it in
 * the UI language, else its id.
 */
export function useLeverName(definition?: Pick<TQuestionnaireDefinition, 'levers'>) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return useCallback(
    (id: string) => {
      if (id === 'overall') return t('levers.overall');
      if (oneOf(DEFAULT_LEVERS, id)) return t(`levers.${id}`);
      const custom = definition?.levers.find((l) => l.id === id)?.name;
      return custom?.[lang] || custom?.es || id;
    },
    [t, lang, definition],
  );
}
