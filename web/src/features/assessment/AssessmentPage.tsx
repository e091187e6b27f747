import { Button, Group, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconInfoCircle, IconLock, IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { checkAnswers } from '../../../../shared/domain/assessment/scoring.ts';
import type { TAnswers, TCaseAssessment } from '../../../../shared/schemas/assessment.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { notifyError } from '../../components/notify.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { isMissing } from '../registration/labels.ts';
import { useCase } from '../cases/api.ts';
import { caseLink } from '../cases/CaseCard.tsx';
import {
  assessmentKeys,
  useCaseAssessment,
  useQuestionnaireVersion,
  useStartReassessment,
} from './api.ts';
import { AssessmentForm } from './AssessmentForm.tsx';
import { DiagnosisView } from './DiagnosisView.tsx';
import { useAssessmentPermissions } from './permissions.ts';
import './assessment.css';

/** The last answers that still fit the questionnaire in use, to start a new assessment from. */
function carriedOver(data: TCaseAssessment): TAnswers {
  const previous = data.assessment?.answers ?? {};
  const def = data.questionnaire.definition;
  const unfit = new Set(checkAnswers(def, previous, 'draft').map((i) => i.path[1]));
  return Object.fromEntries(Object.entries(previous).filter(([id]) => !unfit.has(id)));
}

/** The diagnosis of a case with the questionnaire and the answers it was made from. */
function CurrentDiagnosis({
  programId,
  caseId,
  data,
  canAdjust,
  focusOnMount,
}: {
  programId: string;
  caseId: string;
  data: TCaseAssessment;
  canAdjust: boolean;
  focusOnMount?: boolean;
}) {
  const diagnosis = data.diagnosis!;
  const other = diagnosis.questionnaireVersion !== data.questionnaire.version;
  const older = useQuestionnaireVersion(programId, other ? diagnosis.questionnaireVersion : null);
  const definition = (other ? older.data?.definition : undefined) ?? data.questionnaire.definition;
  return (
    <DiagnosisView
      programId={programId}
      caseId={caseId}
      diagnosis={diagnosis}
      definition={definition}
      answers={diagnosis.answers}
      canAdjust={canAdjust}
      hasPlan={data.hasPlan}
      focusOnMount={focusOnMount}
    />
  );
}

/**
 * The integral assessment of a case: the questionnaire while it is a draft, the diagnosis once it
 * is submitted, and a new assessment started from the last answers when things have changed.
 */
export default function AssessmentPage() {
  const { t } = useTranslation();
  const { programId = '', caseId = '' } = useParams();
  const can = useAssessmentPermissions();
  const queryClient = useQueryClient();
  const detail = useCase(programId, caseId);
  const query = useCaseAssessment(programId, caseId);
  const restart = useStartReassessment(programId, caseId);
  const [reloads, setReloads] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [showCurrent, setShowCurrent] = useState(false);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const businessName = detail.data?.businessName;
  useDocumentTitle(
    `${t('ui.assessment.page.title')}${businessName ? ` · ${businessName}` : ''} · ${t('ui.app.name')}`,
  );

  const onConflict = useCallback(() => {
    setConflict(true);
    void queryClient
      .invalidateQueries({ queryKey: assessmentKeys.detail(programId, caseId) })
      .then(() => setReloads((n) => n + 1));
  }, [queryClient, programId, caseId]);

  if (query.isPending) return <LoadingState />;
  if (isMissing(query.error)) return <NotFoundPage />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const data = query.data;
  const a = data.assessment;
  const editable = can.assess && !data.locked;
  const submitted = a?.status === 'submitted' && data.diagnosis !== null;

  let body;
  if (submitted) {
    body = (
      <Stack gap="md">
        <CurrentDiagnosis
          programId={programId}
          caseId={caseId}
          data={data}
          canAdjust={can.adjust}
          focusOnMount={justSubmitted}
        />
        {editable && (
          <Group>
            <Button
              variant="default"
              leftSection={<IconRefresh size={18} aria-hidden="true" />}
              onClick={() => setConfirming(true)}
            >
              {t('ui.assessment.page.reassess')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  } else if (a || editable) {
    const readOnly = !editable;
    body = (
      <Stack gap="md">
        {data.diagnosis && (
          <Notice color="indigo" icon={<IconInfoCircle aria-hidden="true" />}>
            <Stack gap={6} align="flex-start">
              <Text size="sm">
                {readOnly
                  ? t('ui.assessment.page.reassessingReadOnly')
                  : t('ui.assessment.page.reassessing')}
              </Text>
              <Button variant="default" size="sm" onClick={() => setShowCurrent((s) => !s)}>
                {showCurrent
                  ? t('ui.assessment.page.hideCurrent')
                  : t('ui.assessment.page.showCurrent')}
              </Button>
            </Stack>
          </Notice>
        )}
        {data.diagnosis && showCurrent && (
          <CurrentDiagnosis programId={programId} caseId={caseId} data={data} canAdjust={false} />
        )}
        {readOnly && !data.locked && (
          <Notice color="gray" icon={<IconInfoCircle aria-hidden="true" />}>
            {t('ui.assessment.page.draftReadOnly')}
          </Notice>
        )}
        <AssessmentForm
          key={reloads}
          programId={programId}
          caseId={caseId}
          data={data}
          readOnly={readOnly}
          onConflict={onConflict}
          onSubmitted={() => setJustSubmitted(true)}
        />
      </Stack>
    );
  } else {
    body = (
      <EmptyState
        title={t('ui.assessment.page.noneTitle')}
        description={t('ui.assessment.page.noneBody')}
      />
    );
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={t('ui.assessment.page.title')}
        crumbs={[
          { label: t('ui.cases.title'), to: `/p/${encodeURIComponent(programId)}/cases` },
          {
            label: businessName ?? t('ui.cases.page.title'),
            to: caseLink(programId, caseId),
            truncate: true,
          },
        ]}
      >
        {businessName && (
          <Text size="sm" c="dimmed">
            {detail.data?.ownerName ? `${businessName} · ${detail.data.ownerName}` : businessName}
          </Text>
        )}
      </PageHeader>
      {data.locked && (
        <Notice
          color="gray"
          icon={<IconLock aria-hidden="true" />}
          title={t('ui.assessment.page.lockedTitle')}
        >
          {t('ui.assessment.page.lockedBody')}
        </Notice>
      )}
      {conflict && (
        <Notice
          color="yellow"
          icon={<IconInfoCircle aria-hidden="true" />}
          title={t('ui.assessment.page.conflictTitle')}
          role="alert"
          withCloseButton
          closeButtonLabel={t('ui.common.close')}
          onClose={() => setConflict(false)}
        >
          {t('ui.assessment.page.conflictBody')}
        </Notice>
      )}
      {body}
      <ConfirmDialog
        opened={confirming}
        title={t('ui.assessment.page.reassessTitle')}
        message={t('ui.assessment.page.reassessBody')}
        confirmLabel={t('ui.assessment.page.reassessConfirm')}
        loading={restart.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          restart.mutate(carriedOver(data), {
            onSuccess: () => {
              setConfirming(false);
              setConflict(false);
              setShowCurrent(false);
            },
            onError: (error) => notifyError(t('ui.assessment.page.reassessFailed'), error),
          })
        }
      />
    </Stack>
  );
}
