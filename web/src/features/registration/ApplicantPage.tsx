import {
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type {
  TApplicantDetail,
  TApplicantInput,
  TCall,
} from '../../../../shared/schemas/registration.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { DefinitionRows } from './public/ApplicantReview.tsx';
import { useApplicant, useCall, useCiiuDescription } from './api.ts';
import { EligibilityList, FlagList, PriorityList, useTerritoryName } from './ApplicantParts.tsx';
import { SelectionBadge, VerdictBadge } from './ApplicantsTab.tsx';
import { isMissing, useRegLabels } from './labels.ts';
import { ApplicantDocuments } from './ApplicantDocuments.tsx';
import { Notice } from '../../components/Notice.tsx';

export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The stored application, when it has the shape of the form (older rows might not). */
function applicantData(detail: TApplicantDetail): TApplicantInput | null {
  const data = detail.data as Partial<TApplicantInput> | null;
  return data && typeof data === 'object' && data.owner && data.business
    ? (data as TApplicantInput)
    : null;
}

function DataSections({
  data,
  territoryName,
}: {
  data: TApplicantInput;
  territoryName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useRegLabels();
  const ciiu = useCiiuDescription(data.business.ciiuCode);
  const yesNo = (v: boolean | null) =>
    v === true
      ? t('ui.applicantForm.yes')
      : v === false
        ? t('ui.applicantForm.no')
        : t('ui.applicantForm.notAnswered');
  const { owner, business } = data;
  return (
    <>
      <Section id="owner-title" title={t('ui.applicantPage.owner')}>
        <DefinitionRows
          rows={[
            [
              t('ui.applicantForm.fields.owner.documentNumber'),
              `${labels.documentType(owner.documentType)} ${owner.documentNumber}`,
            ],
            [t('ui.applicantForm.review.name'), `${owner.firstNames} ${owner.lastNames}`],
            [t('ui.applicantForm.fields.owner.sex'), labels.sex(owner.sex)],
            [t('ui.applicantForm.fields.owner.birthDate'), f.day(owner.birthDate)],
            [t('ui.applicantForm.fields.owner.phone'), owner.phone],
            [t('ui.applicantForm.fields.owner.email'), owner.email ?? '—'],
            [
              t('ui.applicantForm.fields.owner.territoryCode'),
              territoryName(owner.localityCode ?? owner.municipalityCode),
            ],
            [t('ui.applicantForm.fields.owner.address'), owner.address],
          ]}
        />
      </Section>
      <Section id="business-title" title={t('ui.applicantPage.business')}>
        <DefinitionRows
          rows={[
            [t('ui.applicantForm.fields.business.name'), business.name],
            [
              t('ui.applicantForm.fields.business.ciiuCode'),
              ciiu ? `${business.ciiuCode} · ${ciiu}` : business.ciiuCode,
            ],
            [t('ui.applicantForm.fields.business.startedOn'), f.day(business.startedOn)],
            [t('ui.applicantForm.fields.business.hasPremises'), yesNo(business.hasPremises)],
            [t('ui.applicantForm.fields.business.hasRut'), yesNo(business.hasRut)],
            [
              t('ui.applicantForm.fields.business.hasChamberRegistration'),
              yesNo(business.hasChamberRegistration),
            ],
            [
              t('ui.applicantForm.review.workers'),
              t('ui.applicantForm.review.workersValue', {
                total: f.number(business.workersTotal),
                women: f.number(business.workersWomen),
              }),
            ],
            [t('ui.applicantForm.fields.business.monthlySales'), f.money(business.monthlySales)],
            [t('ui.applicantForm.fields.business.greenPractices'), yesNo(business.greenPractices)],
            [
              t('ui.applicantForm.fields.business.culturalCreative'),
              yesNo(business.culturalCreative),
            ],
          ]}
        />
      </Section>
      <Section id="optional-title" title={t('ui.applicantPage.optional')}>
        <DefinitionRows
          rows={[
            [
              t('ui.applicantForm.fields.owner.headOfHouseholdMother'),
              yesNo(owner.headOfHouseholdMother),
            ],
            [t('ui.applicantForm.fields.owner.disability'), yesNo(owner.disability)],
            [t('ui.applicantForm.fields.owner.conflictVictim'), yesNo(owner.conflictVictim)],
            [
              t('ui.applicantForm.fields.owner.ethnicGroup'),
              owner.ethnicGroup
                ? labels.ethnicGroup(owner.ethnicGroup)
                : t('ui.applicantForm.notAnswered'),
            ],
          ]}
        />
      </Section>
    </>
  );
}

/** Everything about one application, for the people who review it. */
export function ApplicantView({
  applicant,
  call,
  programId,
}: {
  applicant: TApplicantDetail;
  call: TCall;
  programId: string;
}) {
  const { t } = useTranslation();
  const territoryName = useTerritoryName(programId, call);
  const data = applicantData(applicant);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Stack gap="md">
        <Section id="eligibility-title" title={t('ui.applicantPage.eligibility')}>
          <Stack gap="sm">
            <Group gap="xs">
              <VerdictBadge verdict={applicant.verdict} />
              <Text size="xs" c="dimmed">
                {t('ui.applicantPage.rulesVersion', { version: applicant.rulesVersion })}
              </Text>
            </Group>
            <EligibilityList applicant={applicant} territoryName={territoryName} />
          </Stack>
        </Section>
        <Section id="flags-title" title={t('ui.applicantPage.flags')}>
          <FlagList applicant={applicant} programId={programId} callId={call.id} />
        </Section>
        <Section id="priority-title" title={t('ui.applicantPage.priority')}>
          <PriorityList applicant={applicant} call={call} />
        </Section>
        <Section id="documents-title" title={t('ui.applicantPage.documents')}>
          <ApplicantDocuments applicant={applicant} call={call} programId={programId} />
        </Section>
      </Stack>
      <Stack gap="md">
        {data ? (
          <DataSections data={data} territoryName={territoryName} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('ui.applicantPage.noData')}
          </Text>
        )}
      </Stack>
    </SimpleGrid>
  );
}

export default function ApplicantPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useRegLabels();
  const { programId = '', callId = '', applicantId = '' } = useParams();
  const call = useCall(programId, callId);
  const applicant = useApplicant(programId, callId, applicantId);
  useDocumentTitle(`${applicant.data?.name ?? t('ui.applicantPage.title')} · ${t('ui.app.name')}`);

  if (call.isPending || applicant.isPending) return <LoadingState />;
  if (isMissing(call.error) || isMissing(applicant.error)) return <NotFoundPage />;
  if (call.isError) return <ErrorState error={call.error} onRetry={() => void call.refetch()} />;
  if (applicant.isError)
    return <ErrorState error={applicant.error} onRetry={() => void applicant.refetch()} />;

  const a = applicant.data;
  const callBase = `/p/${encodeURIComponent(programId)}/calls/${encodeURIComponent(callId)}`;

  return (
    <Stack gap="md">
      <Breadcrumbs separator="›" styles={{ root: { flexWrap: 'wrap' } }}>
        <Anchor component={Link} to={`/p/${encodeURIComponent(programId)}/calls`} size="sm">
          {t('ui.calls.title')}
        </Anchor>
        <Anchor component={Link} to={callBase} size="sm">
          {call.data.code}
        </Anchor>
        <Anchor component={Link} to={`${callBase}/applicants`} size="sm">
          {t('ui.call.tabs.applicants')}
        </Anchor>
      </Breadcrumbs>
      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Title order={1} fz={{ base: 24, sm: 30 }}>
            {a.name}
          </Title>
          <VerdictBadge verdict={a.verdict} />
          {a.selection !== 'none' && (
            <SelectionBadge selection={a.selection} rank={a.selectionRank} />
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('ui.applicantPage.meta', {
            code: a.confirmationCode,
            channel: labels.channel(a.channel),
            date: f.dateTime(a.submittedAt),
          })}
        </Text>
      </Stack>
      {a.blocked && (
        <Notice
          color="red"
          icon={<IconLock aria-hidden="true" />}
          title={t('ui.applicantPage.blockedTitle')}
        >
          {t('ui.applicantPage.blockedBody')}
        </Notice>
      )}
      {a.caseId && (
        <Notice color="teal" title={t('ui.applicantPage.caseTitle')}>
          <Group gap="sm">
            <Text size="sm">{t('ui.applicantPage.caseBody')}</Text>
            <Button
              component={Link}
              to={`/p/${encodeURIComponent(programId)}/cases/${encodeURIComponent(a.caseId)}`}
              size="xs"
              variant="light"
            >
              {t('ui.applicantPage.openCase')}
            </Button>
          </Group>
        </Notice>
      )}
      <ApplicantView applicant={a} call={call.data} programId={programId} />
    </Stack>
  );
}
