import {
  Anchor,
  Box,
  Button,
  Checkbox,
  Flex,
  Paper,
  Stack,
  Stepper,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { IconAlertCircle, IconArrowLeft, IconArrowRight, IconSend } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TPublicCall } from '../../../../../shared/schemas/registration.ts';
import { errorMessage, isApiError } from '../../../api/client.ts';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { useFormat } from '../../../i18n/format.ts';
import {
  BUSINESS_FIELDS,
  OWNER_FIELDS,
  SENSITIVE_FIELDS,
  emptyApplicant,
  focusFirstError,
  formPathOf,
  toApplicantInput,
  validateBusiness,
  validateOwner,
  validateSensitive,
} from '../applicantForm.ts';
import type { ApplicantFormValues } from '../applicantForm.ts';
import { BusinessFields, OwnerFields, SensitiveFields } from '../ApplicantFields.tsx';
import { usePublicCall, useSubmitApplication } from '../api.ts';
import type { ApplicationReceipt } from '../api.ts';
import { ApplicantReview } from './ApplicantReview.tsx';
import { ConsentText } from './ConsentText.tsx';
import { loadDraft, loadReceipt, saveDraft, saveReceipt } from './draft.ts';
import { PublicShell } from './PublicShell.tsx';
import { ApplySuccess } from './ApplySuccess.tsx';
import { Notice } from '../../../components/Notice.tsx';

const STEPS = 4;

/** Which step shows a form field. */
function stepOf(field: string): number {
  if ((OWNER_FIELDS as readonly string[]).includes(field)) return 0;
  if ((BUSINESS_FIELDS as readonly string[]).includes(field)) return 1;
  if ((SENSITIVE_FIELDS as readonly string[]).includes(field)) return 2;
  return 3;
}

export default function ApplyPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { code = '' } = useParams();
  const callCode = code.toUpperCase();
  const call = usePublicCall(callCode);
  const [receipt, setReceipt] = useState<ApplicationReceipt | null>(() => loadReceipt(callCode));
  useDocumentTitle(
    `${call.data ? call.data.name : t('ui.apply.title')} · ${call.data?.programName ?? t('ui.app.name')}`,
  );

  let body;
  if (call.isPending) body = <LoadingState />;
  else if (isApiError(call.error) && call.error.status === 404)
    body = <EmptyState title={t('ui.apply.notFound')} description={t('ui.apply.notFoundHelp')} />;
  else if (call.isError)
    body = <ErrorState error={call.error} onRetry={() => void call.refetch()} />;
  else if (receipt)
    body = (
      <ApplySuccess
        call={call.data}
        receipt={receipt}
        onAnother={() => {
          saveReceipt(callCode, null);
          setReceipt(null);
        }}
      />
    );
  else if (call.data.status !== 'open')
    body = (
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="sm">
          <Title order={1} fz={{ base: 22, sm: 28 }}>
            {call.data.name}
          </Title>
          <Notice color={call.data.status === 'upcoming' ? 'indigo' : 'gray'} role="status">
            {call.data.status === 'upcoming'
              ? t('ui.apply.upcoming', { date: f.day(call.data.opensOn) })
              : t('ui.apply.closed', { date: f.day(call.data.closesOn) })}
          </Notice>
          <Anchor component={Link} to={`/apply/${encodeURIComponent(callCode)}/status`}>
            {t('ui.apply.checkStatus')}
          </Anchor>
        </Stack>
      </Paper>
    );
  else
    body = (
      <ApplyForm
        call={call.data}
        code={callCode}
        onSubmitted={(r) => {
          saveReceipt(callCode, r);
          saveDraft(callCode, null);
          setReceipt(r);
          window.scrollTo({ top: 0 });
        }}
        onCallChanged={() => void call.refetch()}
      />
    );

  return <PublicShell programName={call.data?.programName}>{body}</PublicShell>;
}

function ApplyForm({
  call,
  code,
  onSubmitted,
  onCallChanged,
}: {
  call: TPublicCall;
  code: string;
  onSubmitted: (receipt: ApplicationReceipt) => void;
  onCallChanged: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const phone = useMediaQuery('(max-width: 36em)');
  const [initial] = useState(() => loadDraft(code, emptyApplicant()));
  const [step, setStep] = useState(initial?.step ?? 0);
  const [consent, setConsent] = useState(initial?.consent ?? false);
  const [consentError, setConsentError] = useState<string | null>(null);
  const honeypot = useRef<HTMLInputElement>(null);
  const stepRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const submit = useSubmitApplication(code);

  // The draft is saved on every change; refs give the handler the current step and consent.
  const stepNow = useRef(step);
  const consentNow = useRef(consent);
  stepNow.current = step;
  consentNow.current = consent;
  const form = useForm<ApplicantFormValues>({
    initialValues: initial?.values ?? emptyApplicant(),
    onValuesChange: (values) =>
      saveDraft(code, { values, step: stepNow.current, consent: consentNow.current }),
  });

  useEffect(() => {
    saveDraft(code, { values: form.getValues(), step, consent });
    // Only on step and consent changes: value changes are saved by onValuesChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, step, consent]);

  // A new step: take keyboard and screen-reader focus to its title (not on the first render).
  useEffect(() => {
    if (!moved.current) return;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [step]);

  const goTo = (next: number) => {
    moved.current = true;
    setStep(next);
  };

  const territories = call.territories.map((x) => ({
    territoryCode: x.territoryCode,
    name: x.name,
  }));

  const validators = [validateOwner, validateBusiness, validateSensitive];
  const next = () => {
    const errors = validators[step]?.(form.getValues()) ?? {};
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstError(stepRef.current);
      return;
    }
    form.clearErrors();
    goTo(step + 1);
  };

  const send = () => {
    const values = form.getValues();
    // Everything again: a draft restored from an earlier visit may skip a step's check.
    const errors = {
      ...validateOwner(values),
      ...validateBusiness(values),
      ...validateSensitive(values),
    };
    const first = Object.keys(errors)[0];
    if (first) {
      form.setErrors(errors);
      goTo(stepOf(first));
      return;
    }
    if (!consent) {
      setConsentError(t('ui.apply.consent.required'));
      focusFirstError(stepRef.current);
      return;
    }
    submit.mutate(
      {
        applicant: toApplicantInput(values),
        consent: { accepted: true, version: call.consent.version },
        website: honeypot.current?.value ?? '',
      },
      {
        onSuccess: onSubmitted,
        onError: (error) => {
          if (!isApiError(error)) return;
          if (error.code === 'call_closed') onCallChanged();
          if (error.code === 'consent_outdated') {
            setConsent(false);
            onCallChanged();
          }
          const placed: Record<string, string> = {};
          for (const field of error.fields) {
            const path = formPathOf(field.path);
            if (path && !(path in placed)) placed[path] = field.message;
          }
          const firstPlaced = Object.keys(placed).sort((a, b) => stepOf(a) - stepOf(b))[0];
          if (firstPlaced) {
            form.setErrors(placed);
            const target = stepOf(firstPlaced);
            if (target !== step) goTo(target);
            else focusFirstError(stepRef.current);
          }
        },
      },
    );
  };

  // After moving back to the step with a server error, put focus on that field.
  useEffect(() => {
    if (Object.keys(form.errors).length > 0) focusFirstError(stepRef.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step]);

  const unplaced = isApiError(submit.error)
    ? submit.error.fields.filter((x) => formPathOf(x.path) === null).map((x) => x.message)
    : [];

  const stepTitles = [
    t('ui.apply.steps.you'),
    t('ui.apply.steps.business'),
    t('ui.apply.steps.optional'),
    t('ui.apply.steps.consent'),
  ];

  const stepLabels = [
    t('ui.apply.stepsShort.you'),
    t('ui.apply.stepsShort.business'),
    t('ui.apply.stepsShort.optional'),
    t('ui.apply.stepsShort.consent'),
  ];

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 22, sm: 28 }}>
          {call.name}
        </Title>
        <Text c="dimmed" size="sm">
          {t('ui.apply.openUntil', { date: f.day(call.closesOn) })}
        </Text>
        {step === 0 && <Text size="sm">{t('ui.apply.intro')}</Text>}
      </Stack>

      <Stepper
        active={step}
        onStepClick={(i) => i < step && goTo(i)}
        allowNextStepsSelect={false}
        size={phone ? 'xs' : 'sm'}
        iconSize={phone ? 28 : 34}
        role="group"
        aria-label={t('ui.apply.progress')}
        styles={{ stepBody: phone ? { display: 'none' } : undefined, content: { paddingTop: 0 } }}
      >
        {stepTitles.map((title, i) => (
          <Stepper.Step
            key={title}
            label={stepLabels[i]}
            aria-label={t('ui.apply.stepOf', { n: i + 1, total: STEPS, title })}
          />
        ))}
      </Stepper>

      <Paper withBorder radius="md" p={{ base: 'sm', xs: 'md', sm: 'lg' }}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (step < STEPS - 1) next();
            else send();
          }}
        >
          <Stack gap="md" ref={stepRef}>
            <Box>
              <Text size="sm" c="dimmed" fw={500}>
                {t('ui.apply.stepCount', { n: step + 1, total: STEPS })}
              </Text>
              <Title order={2} fz={{ base: 20, sm: 24 }} ref={headingRef} tabIndex={-1}>
                {stepTitles[step]}
              </Title>
              <Text size="sm" c="dimmed" mt={4}>
                {
                  [
                    t('ui.apply.stepHelp.you'),
                    t('ui.apply.stepHelp.business'),
                    t('ui.apply.stepHelp.optional'),
                    t('ui.apply.stepHelp.consent'),
                  ][step]
                }
              </Text>
            </Box>

            {step === 0 && <OwnerFields form={form} territories={territories} />}
            {step === 1 && <BusinessFields form={form} />}
            {step === 2 && (
              <>
                <Notice color="indigo" title={t('ui.apply.optionalTitle')}>
                  {t('ui.apply.optionalBody')}
                </Notice>
                <SensitiveFields form={form} />
              </>
            )}
            {step === 3 && (
              <>
                <ConsentText programName={call.programName} version={call.consent.version} />
                <Checkbox
                  size="md"
                  label={t('ui.apply.consent.accept')}
                  checked={consent}
                  onChange={(e) => {
                    setConsent(e.currentTarget.checked);
                    if (e.currentTarget.checked) setConsentError(null);
                  }}
                  error={consentError}
                  required
                />
                <ApplicantReview
                  values={form.getValues()}
                  territories={territories}
                  onEdit={(i) => goTo(i)}
                />
              </>
            )}

            {/* Anti-bot: hidden from people, who leave it empty. */}
            <div className="honeypot">
              <TextInput
                ref={honeypot}
                label={t('ui.apply.honeypot')}
                name="website"
                tabIndex={-1}
                autoComplete="off"
                defaultValue=""
              />
            </div>

            {submit.error && (
              <Notice
                color="red"
                role="alert"
                icon={<IconAlertCircle aria-hidden="true" />}
                title={t('ui.apply.notSent')}
              >
                {errorMessage(submit.error)}
                {unplaced.length > 0 && (
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                    {unplaced.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                )}
              </Notice>
            )}

            {/* The main action first (for the keyboard too); on phones it spans the width. */}
            <Flex
              direction={{ base: 'column', xs: 'row-reverse' }}
              justify="space-between"
              gap="sm"
              mt="xs"
            >
              {step < STEPS - 1 ? (
                <Button
                  type="submit"
                  size="md"
                  w={{ base: '100%', xs: 'auto' }}
                  rightSection={<IconArrowRight size={18} aria-hidden="true" />}
                >
                  {t('ui.apply.next')}
                </Button>
              ) : (
                <Button
                  type="submit"
                  size="md"
                  w={{ base: '100%', xs: 'auto' }}
                  loading={submit.isPending}
                  rightSection={<IconSend size={18} aria-hidden="true" />}
                >
                  {t('ui.apply.submit')}
                </Button>
              )}
              {step > 0 && (
                <Button
                  variant="default"
                  size="md"
                  w={{ base: '100%', xs: 'auto' }}
                  leftSection={<IconArrowLeft size={18} aria-hidden="true" />}
                  onClick={() => goTo(step - 1)}
                >
                  {t('ui.apply.back')}
                </Button>
              )}
            </Flex>
          </Stack>
        </form>
      </Paper>

      <Text size="sm" ta="center">
        <Anchor component={Link} to={`/apply/${encodeURIComponent(code)}/status`}>
          {t('ui.apply.alreadyApplied')}
        </Anchor>
      </Text>
    </Stack>
  );
}
