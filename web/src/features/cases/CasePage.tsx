import {
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconArrowRight,
  IconCircleCheck,
  IconNotes,
  IconPlayerPlay,
  IconUserOff,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { Notice } from '../../components/Notice.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { AssessmentCard } from '../assessment/AssessmentCard.tsx';
import { useProgram } from '../programs/api.ts';
import { Section } from '../registration/ApplicantPage.tsx';
import { CaseMentorPanel } from '../mentors/CaseMentorPanel.tsx';
import { GrantLink } from '../grants/GrantLink.tsx';
import { ExtraServicesPanel } from '../services/ExtraServicesPanel.tsx';
import { TrainingPanel } from '../training/TrainingPanel.tsx';
import { DefinitionRows } from '../registration/public/ApplicantReview.tsx';
import { isMissing, useRegLabels } from '../registration/labels.ts';
import { useCase, useCaseSettings } from './api.ts';
import { EncounterAttachments } from './EncounterAttachments.tsx';
import { EncounterModal, ReactivateModal, WithdrawModal } from './CaseActions.tsx';
import { STATUS_COLORS, useCaseLabels } from './labels.ts';
import { useMoveFlow } from './moveFlow.tsx';
import { useCasePermissions } from './permissions.ts';
import { Timeline } from './Timeline.tsx';
import './cases.css';

type Dialog = 'encounter' | 'withdraw' | 'reactivate' | null;

/** One case: who and what, where it stands and what its next stage needs, and its history. */
export default function CasePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const reg = useRegLabels();
  const { programId = '', caseId = '' } = useParams();
  const can = useCasePermissions();
  const detail = useCase(programId, caseId);
  const settings = useCaseSettings(programId);
  const program = useProgram(programId);
  const labels = useCaseLabels(settings.data);
  const move = useMoveFlow(programId, settings.data);
  const [dialog, setDialog] = useState<Dialog>(null);
  useDocumentTitle(
    `${detail.data?.businessName ?? t('ui.cases.page.title')} · ${t('ui.app.name')}`,
  );

  if (detail.isPending || settings.isPending) return <LoadingState />;
  if (isMissing(detail.error)) return <NotFoundPage />;
  if (detail.isError)
    return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  if (settings.isError)
    return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;

  const c = detail.data;
  const active = c.status === 'active';
  const place = (code: string | null) =>
    code
      ? (program.data?.localities.find((l) => l.localityCode === code)?.name ??
        program.data?.cities.find((x) => x.municipalityCode === code)?.name ??
        code)
      : null;
  const cityName = place(c.municipalityCode) ?? c.municipalityCode;
  const localityName = place(c.localityCode);
  const dash = '—';

  return (
    <Stack gap="md">
      <Breadcrumbs separator="›" styles={{ root: { flexWrap: 'wrap' } }}>
        <Anchor component={Link} to={`/p/${encodeURIComponent(programId)}/cases`} size="sm">
          {t('ui.cases.title')}
        </Anchor>
        <Text size="sm" c="dimmed" truncate maw={220}>
          {c.businessName}
        </Text>
      </Breadcrumbs>
      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Title order={1} fz={{ base: 24, sm: 30 }}>
            {c.businessName}
          </Title>
          <StatusBadge color={STATUS_COLORS[c.status] ?? 'gray'}>
            {labels.status(c.status)}
          </StatusBadge>
        </Group>
        <Text size="sm" c="dimmed">
          {[c.ownerName, localityName ? `${localityName}, ${cityName}` : cityName].join(' · ')}
        </Text>
      </Stack>

      {c.status === 'withdrawn' && (
        <Notice
          color="red"
          icon={<IconUserOff aria-hidden="true" />}
          title={t('ui.cases.page.withdrawnTitle', {
            reason: c.withdrawalReason ? labels.reason(c.withdrawalReason) : dash,
          })}
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t('ui.cases.page.withdrawnBody', {
                stage: labels.stage(c.stage),
                date: c.withdrawnAt ? f.dateTime(c.withdrawnAt) : dash,
              })}
            </Text>
            {c.withdrawalNote && <Text size="sm">{c.withdrawalNote}</Text>}
            {can.reactivate && (
              <Button
                size="sm"
                variant="default"
                leftSection={<IconPlayerPlay size={16} aria-hidden="true" />}
                onClick={() => setDialog('reactivate')}
              >
                {t('ui.cases.reactivate.open')}
              </Button>
            )}
          </Stack>
        </Notice>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="md">
          <Section id="case-stage-title" title={t('ui.cases.page.stage')}>
            <Stack gap="sm">
              <DefinitionRows
                rows={[
                  [t('ui.cases.page.currentStage'), labels.stage(c.stage)],
                  [
                    t('ui.cases.page.encounters'),
                    c.lastEncounterOn
                      ? t('ui.cases.page.encountersValue', {
                          count: c.encounterCount,
                          n: f.number(c.encounterCount),
                          date: f.day(c.lastEncounterOn),
                        })
                      : t('ui.cases.card.noEncounter'),
                  ],
                  [
                    t('ui.cases.page.nextStep'),
                    c.nextStep
                      ? c.nextStep.dueOn
                        ? t('ui.cases.page.nextStepDue', {
                            text: c.nextStep.text,
                            date: f.day(c.nextStep.dueOn),
                          })
                        : c.nextStep.text
                      : dash,
                  ],
                ]}
              />
              {active && c.next && (
                <Notice
                  color={c.next.missing.length > 0 ? 'yellow' : 'teal'}
                  icon={
                    c.next.missing.length > 0 ? (
                      <IconAlertTriangle aria-hidden="true" />
                    ) : (
                      <IconCircleCheck aria-hidden="true" />
                    )
                  }
                  title={t('ui.cases.page.next', { stage: labels.stage(c.next.stage) })}
                >
                  {c.next.missing.length > 0 ? (
                    <Stack gap={4}>
                      <Text size="sm">{t('ui.cases.page.stillNeeds')}</Text>
                      <List size="sm" spacing={2}>
                        {c.next.missing.map((r) => (
                          <List.Item key={r.kind}>{labels.gate(r)}</List.Item>
                        ))}
                      </List>
                    </Stack>
                  ) : (
                    <Text size="sm">{t('ui.cases.page.ready')}</Text>
                  )}
                </Notice>
              )}
              {active && can.work && (
                <Group gap="sm">
                  <Button
                    leftSection={<IconNotes size={18} aria-hidden="true" />}
                    onClick={() => setDialog('encounter')}
                  >
                    {t('ui.cases.encounter.open')}
                  </Button>
                  {c.next && (
                    <Button
                      variant="light"
                      rightSection={<IconArrowRight size={18} aria-hidden="true" />}
                      onClick={() => move.request(c, c.next!.stage)}
                      loading={move.moving === c.id}
                    >
                      {t('ui.cases.page.moveNext', { stage: labels.stage(c.next.stage) })}
                    </Button>
                  )}
                  <Button
                    variant="default"
                    c="red.9"
                    leftSection={<IconUserOff size={18} aria-hidden="true" />}
                    onClick={() => setDialog('withdraw')}
                  >
                    {t('ui.cases.withdraw.open')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Section>
          <AssessmentCard programId={programId} detail={c} />
          <GrantLink programId={programId} detail={c} />
          <Section id="case-timeline-title" title={t('ui.cases.page.timeline')}>
            <Timeline
              entries={c.timeline}
              settings={settings.data}
              encounterExtra={(id) => {
                const encounter = c.encounters.find((x) => x.id === id);
                return encounter ? (
                  <EncounterAttachments
                    programId={programId}
                    caseId={c.id}
                    encounter={encounter}
                    canAttach={can.work}
                  />
                ) : null;
              }}
            />
          </Section>
        </Stack>
        <Stack gap="md">
          <Section id="case-business-title" title={t('ui.cases.page.business')}>
            <DefinitionRows
              rows={[
                [t('ui.cases.page.businessName'), c.business.name],
                [t('ui.cases.page.ciiu'), c.business.ciiuCode ?? dash],
                [t('ui.cases.page.address'), c.business.address ?? dash],
                [
                  t('ui.cases.page.startedOn'),
                  c.business.startedOn ? f.day(c.business.startedOn) : dash,
                ],
                [
                  t('ui.cases.page.place'),
                  localityName ? `${localityName}, ${cityName}` : cityName,
                ],
              ]}
            />
          </Section>
          <Section id="case-owner-title" title={t('ui.cases.page.owner')}>
            <DefinitionRows
              rows={[
                [t('ui.cases.page.ownerName'), c.owner.name],
                [
                  t('ui.cases.page.document'),
                  `${reg.documentType(c.owner.documentType)} ${c.owner.documentNumber}`,
                ],
                [t('ui.cases.page.phone'), c.owner.phone ?? t('ui.cases.page.noPhone')],
                [t('ui.cases.page.email'), c.owner.email ?? dash],
                [t('ui.cases.page.sex'), reg.sex(c.owner.sex)],
              ]}
            />
          </Section>
          <Section id="case-team-title" title={t('ui.cases.page.team')}>
            <DefinitionRows
              rows={[
                [
                  t('ui.cases.page.facilitator'),
                  c.facilitatorName ?? t('ui.cases.card.noFacilitator'),
                ],
                [t('ui.cases.page.supervisor'), c.supervisorName ?? dash],
                [t('ui.cases.page.registered'), f.dateTime(c.registeredAt)],
              ]}
            />
          </Section>
          <CaseMentorPanel programId={programId} detail={c} />
          <ExtraServicesPanel programId={programId} detail={c} />
          <TrainingPanel programId={programId} detail={c} />
        </Stack>
      </SimpleGrid>

      {move.dialog}
      {dialog === 'encounter' && (
        <EncounterModal opened onClose={() => setDialog(null)} programId={programId} detail={c} />
      )}
      {dialog === 'withdraw' && (
        <WithdrawModal
          opened
          onClose={() => setDialog(null)}
          programId={programId}
          detail={c}
          settings={settings.data}
        />
      )}
      {dialog === 'reactivate' && (
        <ReactivateModal opened onClose={() => setDialog(null)} programId={programId} detail={c} />
      )}
    </Stack>
  );
}
