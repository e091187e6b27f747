import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type {
  Level,
  TAnswers,
  TAssessmentReport,
  TAssessmentSettings,
  TCaseAssessment,
  TQuestionnaireVersion,
} from '../../../../shared/schemas/assessment.ts';
import { api } from '../../api/client.ts';
import { casePath, casesChanged, casesPath } from '../cases/api.ts';

export const assessmentPath = (programId: string, caseId: string) =>
  `${casePath(programId, caseId)}/assessment`;

/** The report's filters as they travel in the query string. */
export interface ReportFilter {
  municipalityCode?: string;
  localityCode?: string;
}

/**
 * Every query of assessments, diagnoses and plans, and of their settings, questionnaires and
 * report: one family per program, so a change of settings refreshes everything that follows them.
 */
export const assessmentKeys = {
  all: (programId: string) => ['assessment', programId] as const,
  /** A case's assessment, its questionnaire and its diagnosis. */
  detail: (programId: string, caseId: string) => ['assessment', programId, 'case', caseId] as const,
  /** A case's attention plan. */
  plan: (programId: string, caseId: string) => ['assessment', programId, 'plan', caseId] as const,
  settings: (programId: string) => ['assessment', programId, 'settings'] as const,
  report: (programId: string, filter: ReportFilter) =>
    ['assessment', programId, 'report', filter] as const,
  questionnaire: (programId: string) => ['assessment', programId, 'questionnaire'] as const,
  versions: (programId: string) => ['assessment', programId, 'questionnaire', 'versions'] as const,
  version: (programId: string, version: number) =>
    ['assessment', programId, 'questionnaire', 'versions', version] as const,
};

const enc = encodeURIComponent;

/** Where the assessment and the plan of a case open in the app. */
export const assessmentPage = (programId: string, caseId: string) =>
  `/p/${enc(programId)}/cases/${enc(caseId)}/assessment`;
export const planPage = (programId: string, caseId: string) =>
  `/p/${enc(programId)}/cases/${enc(caseId)}/plan`;
export const planPrintPage = (programId: string, caseId: string) =>
  `${planPage(programId, caseId)}/print`;

/** The case's assessment (draft or latest), its questionnaire and its diagnosis; staff only. */
export function useCaseAssessment(programId: string, caseId: string, enabled = true) {
  return useQuery({
    queryKey: assessmentKeys.detail(programId, caseId),
    queryFn: ({ signal }) => api<TCaseAssessment>(assessmentPath(programId, caseId), { signal }),
    enabled,
  });
}

/** Scoring, mentor rule, plan length, completion rule and plan templates of the program. */
export function useAssessmentSettings(programId: string, enabled = true) {
  return useQuery({
    queryKey: assessmentKeys.settings(programId),
    queryFn: ({ signal }) =>
      api<TAssessmentSettings>(`${casesPath(programId)}/assessment-settings`, { signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/**
 * One published version of the questionnaire, when there is one to read (`null`: none). Versions
 * never change once published. A diagnosis made with an older version explains itself with that
 * version's questions.
 */
export function useQuestionnaireVersion(programId: string, version: number | null) {
  return useQuery({
    queryKey: assessmentKeys.version(programId, version ?? 0),
    queryFn: ({ signal }) =>
      api<TQuestionnaireVersion>(
        `${casesPath(programId)}/questionnaire/versions/${enc(version ?? 0)}`,
        { signal },
      ),
    enabled: version !== null,
    staleTime: Infinity,
  });
}

/** One published questionnaire version as the versions list shows it. */
export interface TQuestionnaireVersionItem {
  version: number;
  createdAt: string;
  createdByName: string | null;
  /** How many questions it has. */
  questions: number;
}

export function useAssessmentReport(programId: string, filter: ReportFilter) {
  return useQuery({
    queryKey: assessmentKeys.report(programId, filter),
    queryFn: ({ signal }) =>
      api<TAssessmentReport>(`${casesPath(programId)}/assessment-report`, {
        query: { ...filter },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** Saves scoring, mentor rule, plan and completion settings (and the templates, sent as they are). */
export function useSaveAssessmentSettings(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TAssessmentSettings) =>
      api<TAssessmentSettings>(`${casesPath(programId)}/assessment-settings`, {
        method: 'PUT',
        body,
      }),
    onSuccess: (settings) => {
      queryClient.setQueryData(assessmentKeys.settings(programId), settings);
      void queryClient.invalidateQueries({
        queryKey: assessmentKeys.all(programId),
        predicate: (q) => q.queryKey[2] !== 'settings',
      });
    },
  });
}

export function useQuestionnaire(programId: string) {
  return useQuery({
    queryKey: assessmentKeys.questionnaire(programId),
    queryFn: ({ signal }) =>
      api<TQuestionnaireVersion>(`${casesPath(programId)}/questionnaire`, { signal }),
  });
}

export function useQuestionnaireVersions(programId: string) {
  return useQuery({
    queryKey: assessmentKeys.versions(programId),
    queryFn: ({ signal }) =>
      api<TQuestionnaireVersionItem[]>(`${casesPath(programId)}/questionnaire/versions`, {
        signal,
      }),
  });
}

/** Publishes a new questionnaire version; assessments already begun keep theirs. */
export function usePublishQuestionnaire(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (definition: unknown) =>
      api<TQuestionnaireVersion>(`${casesPath(programId)}/questionnaire`, {
        method: 'PUT',
        body: { definition },
      }),
    onSuccess: (published) => {
      queryClient.setQueryData(assessmentKeys.questionnaire(programId), published);
      queryClient.setQueryData(assessmentKeys.version(programId, published.version), published);
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.versions(programId) });
    },
  });
}

/**
 * After a submission, an adjustment or a new assessment: keep the answer, and refresh what follows
 * the diagnosis (the case's card and lists: level, mentor, gates; the plan's mentor notice).
 */
export function assessmentChanged(
  queryClient: QueryClient,
  programId: string,
  data: TCaseAssessment,
) {
  queryClient.setQueryData(assessmentKeys.detail(programId, data.caseId), data);
  void queryClient.invalidateQueries({ queryKey: assessmentKeys.plan(programId, data.caseId) });
  casesChanged(queryClient, programId);
}

export interface AnswersBody {
  answers: TAnswers;
  /** The draft's version as read; absent to start a draft (or a re-assessment). */
  version?: number;
}

/** Saves a draft; plain function, so a save started as the page closes still completes. */
export function saveDraft(programId: string, caseId: string, body: AnswersBody) {
  return api<TCaseAssessment>(`${assessmentPath(programId, caseId)}/draft`, {
    method: 'PUT',
    body,
  });
}

export function submitAssessment(programId: string, caseId: string, body: AnswersBody) {
  return api<TCaseAssessment>(`${assessmentPath(programId, caseId)}/submit`, {
    method: 'POST',
    body,
  });
}

/** Starts a new assessment from the answers of the last one. */
export function useStartReassessment(programId: string, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: TAnswers) => saveDraft(programId, caseId, { answers }),
    onSuccess: (data) => assessmentChanged(queryClient, programId, data),
  });
}

export interface AdjustBody {
  /** A lever id, or "overall". */
  target: string;
  level: Level;
  reason: string;
}

export function useAdjustLevel(programId: string, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AdjustBody) =>
      api<TCaseAssessment>(`${casePath(programId, caseId)}/diagnosis/adjust`, {
        method: 'POST',
        body,
      }),
    onSuccess: (data) => assessmentChanged(queryClient, programId, data),
  });
}
