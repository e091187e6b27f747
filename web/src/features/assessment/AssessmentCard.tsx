import { Button, Group, Stack, Text } from '@mantine/core';
import { IconClipboardCheck, IconClipboardList } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TCaseDetail } from '../../../../shared/schemas/cases.ts';
import { useFormat } from '../../i18n/format.ts';
import { Section } from '../registration/ApplicantPage.tsx';
import { assessmentPage, planPage, useCaseAssessment } from './api.ts';
import { answeredCount } from './labels.ts';
import { LevelBadge } from './LevelBadge.tsx';
import { useAssessmentPermissions } from './permissions.ts';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="center" justify="space-between">
      <Text component="dt" size="sm" c="dimmed" style={{ flex: '0 0 42%' }}>
        {label}
      </Text>
      <Text component="dd" size="sm" fw={500} m={0} ta="right" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Group>
  );
}

/** On the case page: where the assessment, the diagnosis and the plan stand, with the way to each. */
export function AssessmentCard({ programId, detail }: { programId: string; detail: TCaseDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const can = useAssessmentPermissions();
  const query = useCaseAssessment(programId, detail.id);
  const diagnosed = detail.overallLevel !== null;
  const draft = query.data?.assessment?.status === 'draft' ? query.data.assessment : null;
  const progress = draft
    ? answeredCount(query.data!.questionnaire.definition, draft.answers)
    : null;
  const editable = can.assess && detail.status === 'active';

  const assessmentState = progress
    ? t(diagnosed ? 'ui.assessment.card.reassessing' : 'ui.assessment.card.draft', {
        answered: f.number(progress.answered),
        total: f.number(progress.total),
      })
    : diagnosed
      ? t('ui.assessment.card.submitted')
      : query.isPending
        ? '…'
        : t('ui.assessment.card.notStarted');

  const planState = detail.planCompleted
    ? t('ui.assessment.card.planCompleted')
    : detail.planState === 'presented'
      ? t('ui.assessment.card.planPresented')
      : detail.planState === 'designed'
        ? t('ui.assessment.card.planDesigned')
        : t('ui.assessment.card.noPlan');

  const assessmentAction = diagnosed
    ? t('ui.assessment.card.openDiagnosis')
    : !editable
      ? t('ui.assessment.card.openAssessment')
      : draft
        ? t('ui.assessment.card.continue')
        : t('ui.assessment.card.start');

  return (
    <Section id="case-assessment-title" title={t('ui.assessment.card.title')}>
      <Stack gap="sm">
        <Stack component="dl" gap={6} m={0}>
          <Row label={t('ui.assessment.card.diagnosis')}>
            {detail.overallLevel ? (
              <LevelBadge level={detail.overallLevel} />
            ) : (
              t('ui.assessment.card.noDiagnosis')
            )}
          </Row>
          <Row label={t('ui.assessment.card.assessment')}>{assessmentState}</Row>
          {diagnosed && (
            <Row label={t('ui.assessment.card.mentor')}>
              {detail.needsMentor
                ? t('ui.assessment.card.needsMentor')
                : t('ui.assessment.card.noMentor')}
            </Row>
          )}
          <Row label={t('ui.assessment.card.plan')}>{planState}</Row>
        </Stack>
        <Group gap="sm">
          <Button
            component={Link}
            to={assessmentPage(programId, detail.id)}
            variant={diagnosed ? 'default' : 'filled'}
            leftSection={<IconClipboardCheck size={18} aria-hidden="true" />}
          >
            {assessmentAction}
          </Button>
          {diagnosed && (
            <Button
              component={Link}
              to={planPage(programId, detail.id)}
              variant={detail.planState ? 'default' : 'filled'}
              leftSection={<IconClipboardList size={18} aria-hidden="true" />}
            >
              {detail.planState
                ? t('ui.assessment.card.openPlan')
                : t('ui.assessment.card.makePlan')}
            </Button>
          )}
        </Group>
      </Stack>
    </Section>
  );
}
