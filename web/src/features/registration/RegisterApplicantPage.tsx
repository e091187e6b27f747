import {
  Anchor,
  Breadcrumbs,
  Button,
  Checkbox,
  Collapse,
  Fieldset,
  Group,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TApplicantDetail } from '../../../../shared/schemas/registration.ts';
import { errorMessage, isApiError } from '../../api/client.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { usePrograms } from '../programs/api.ts';
import {
  emptyApplicant,
  focusFirstError,
  formPathOf,
  toApplicantInput,
  validateApplicant,
} from './applicantForm.ts';
import type { ApplicantFormValues } from './applicantForm.ts';
import { BusinessFields, OwnerFields, SensitiveFields } from './ApplicantFields.tsx';
import { useApplicant, useCall, useRegisterApplicant } from './api.ts';
import { ApplicantView } from './ApplicantPage.tsx';
import { VerdictBadge } from './ApplicantsTab.tsx';
import { ConsentText } from './public/ConsentText.tsx';
import { isMissing } from './labels.ts';
import { useRegistrationPermissions } from './permissions.ts';
import { Notice } from '../../components/Notice.tsx';

/** Field registration (búsqueda activa): a facilitator fills the form with the owner, in one page. */
export default function RegisterApplicantPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('ui.register.title')} · ${t('ui.app.name')}`);
  const { programId = '', callId = '' } = useParams();
  const call = useCall(programId, callId);
  const programs = usePrograms();
  const register = useRegisterApplicant(programId, callId);
  const can = useRegistrationPermissions();
  const [consent, setConsent] = useState(false);
  const [consentError, setConsentError] = useState<string | null>(null);
  const [showConsent, { toggle: toggleConsent }] = useDisclosure(false);
  const [saved, setSaved] = useState<TApplicantDetail | null>(null);
  // After saving, what changes next (a document attached, a warning resolved) shows up here.
  const current = useApplicant(programId, callId, saved?.id ?? '', { enabled: saved !== null });
  const shown = saved && current.data?.id === saved.id ? current.data : saved;
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<ApplicantFormValues>({ initialValues: emptyApplicant() });

  useEffect(() => {
    if (saved) resultRef.current?.focus();
  }, [saved]);

  if (!can.registerApplicants) return <NotFoundPage />;
  if (call.isPending) return <LoadingState />;
  if (isMissing(call.error)) return <NotFoundPage />;
  if (call.isError) return <ErrorState error={call.error} onRetry={() => void call.refetch()} />;

  const callBase = `/p/${encodeURIComponent(programId)}/calls/${encodeURIComponent(callId)}`;
  const programName = programs.data?.find((p) => p.id === programId)?.name ?? '';

  const submit = form.onSubmit((values) => {
    const errors = validateApplicant(values);
    if (!consent) setConsentError(t('ui.register.consentRequired'));
    if (Object.keys(errors).length || !consent) {
      form.setErrors(errors);
      focusFirstError(formRef.current);
      return;
    }
    register.mutate(toApplicantInput(values), {
      onSuccess: (detail) => {
        notifySuccess(t('ui.register.saved'), detail.name);
        setSaved(detail);
      },
      onError: (error) => {
        if (!isApiError(error)) return;
        const placed: Record<string, string> = {};
        for (const field of error.fields) {
          const path = formPathOf(field.path);
          if (path && !(path in placed)) placed[path] = field.message;
        }
        form.setErrors(placed);
        focusFirstError(formRef.current);
      },
    });
  });

  const another = () => {
    form.reset();
    register.reset();
    setConsent(false);
    setSaved(null);
    window.scrollTo({ top: 0 });
  };

  return (
    <Stack gap="md" maw={880}>
      <Breadcrumbs separator="›">
        <Anchor component={Link} to={`/p/${encodeURIComponent(programId)}/calls`} size="sm">
          {t('ui.calls.title')}
        </Anchor>
        <Anchor component={Link} to={`${callBase}/applicants`} size="sm">
          {call.data.code}
        </Anchor>
      </Breadcrumbs>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('ui.register.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('ui.register.intro', { call: call.data.name })}
        </Text>
      </Stack>

      {saved ? (
        <Stack gap="md">
          <Notice color="teal" role="status">
            <Stack gap="xs">
              <Title order={2} size="h3" ref={resultRef} tabIndex={-1}>
                {t('ui.register.resultTitle', { name: saved.name })}
              </Title>
              <Group gap="xs">
                <Text size="sm">{t('ui.register.resultVerdict')}</Text>
                <VerdictBadge verdict={(shown ?? saved).verdict} />
              </Group>
              <Text size="sm">
                {t('ui.register.resultCode')}{' '}
                <Text span fw={700} className="confirmation-code">
                  {saved.confirmationCode}
                </Text>
              </Text>
              <Group gap="sm" mt="xs">
                <Button
                  onClick={another}
                  leftSection={<IconUserPlus size={16} aria-hidden="true" />}
                >
                  {t('ui.register.another')}
                </Button>
                <Button
                  component={Link}
                  to={`${callBase}/applicants/${encodeURIComponent(saved.id)}`}
                  variant="default"
                >
                  {t('ui.register.open')}
                </Button>
              </Group>
            </Stack>
          </Notice>
          <ApplicantView applicant={shown ?? saved} call={call.data} programId={programId} />
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate ref={formRef}>
          <Stack gap="lg">
            <Fieldset legend={t('ui.register.owner')} radius="md">
              <OwnerFields form={form} territories={call.data.territories} />
            </Fieldset>
            <Fieldset legend={t('ui.register.business')} radius="md">
              <BusinessFields form={form} />
            </Fieldset>
            <Fieldset legend={t('ui.register.optional')} radius="md">
              <Stack gap="md">
                <Text size="sm" c="dimmed">
                  {t('ui.apply.optionalBody')}
                </Text>
                <SensitiveFields form={form} />
              </Stack>
            </Fieldset>
            <Fieldset legend={t('ui.register.consent')} radius="md">
              <Stack gap="sm">
                <Text size="sm">{t('ui.register.consentHelp')}</Text>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={toggleConsent}
                  w="fit-content"
                  aria-expanded={showConsent}
                >
                  {showConsent ? t('ui.register.hideConsent') : t('ui.register.showConsent')}
                </Anchor>
                <Collapse in={showConsent}>
                  <ConsentText programName={programName} scroll={false} />
                </Collapse>
                <Checkbox
                  label={t('ui.register.consentCheck')}
                  checked={consent}
                  onChange={(e) => {
                    setConsent(e.currentTarget.checked);
                    if (e.currentTarget.checked) setConsentError(null);
                  }}
                  error={consentError}
                  required
                />
              </Stack>
            </Fieldset>
            {register.error && (
              <Notice color="red" role="alert" title={t('ui.register.notSaved')}>
                {errorMessage(register.error)}
              </Notice>
            )}
            <Group justify="flex-end">
              <Button variant="default" component={Link} to={`${callBase}/applicants`}>
                {t('ui.common.cancel')}
              </Button>
              <Button type="submit" loading={register.isPending}>
                {t('ui.register.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
