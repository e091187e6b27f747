import {
  Anchor,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconAlertCircle,
  IconCircleCheck,
  IconCircleX,
  IconClock,
  IconHourglass,
  IconListNumbers,
  IconSearch,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PUBLIC_STATES } from '../../../../../shared/schemas/registration.ts';
import type { TApplicationStatus } from '../../../../../shared/schemas/registration.ts';
import { errorMessage, isApiError } from '../../../api/client.ts';
import { useFormat } from '../../../i18n/format.ts';
import { cleanDocumentNumber } from '../applicantForm.ts';
import { useApplicationStatus, usePublicCall } from '../api.ts';
import { DOCUMENT_STATUS_COLORS, oneOf, useRegLabels } from '../labels.ts';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { DocumentUpload } from './DocumentUpload.tsx';
import type { StatusCredentials } from './DocumentUpload.tsx';
import { PublicShell } from './PublicShell.tsx';
import { Notice } from '../../../components/Notice.tsx';

const CODE = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/;

/** "abcd2345" → "ABCD-2345" while typing. */
function formatCode(raw: string): string {
  const chars = raw
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 8);
  return chars.length > 4 ? `${chars.slice(0, 4)}-${chars.slice(4)}` : chars;
}

const STATE_LOOK = {
  received: { color: 'indigo.8', icon: IconClock },
  in_review: { color: 'indigo.8', icon: IconHourglass },
  eligible: { color: 'teal.8', icon: IconCircleCheck },
  not_eligible: { color: 'red.9', icon: IconCircleX },
  selected: { color: 'teal.8', icon: IconCircleCheck },
  waitlisted: { color: 'yellow.9', icon: IconListNumbers },
} as const;

function StatusResult({
  status,
  lookup,
}: {
  status: TApplicationStatus;
  /** The lookup that opened this status: focus moves here for each new one. */
  lookup: StatusCredentials;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useRegLabels();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus the answer when a lookup opens it, not when an upload refreshes it.
  useEffect(() => heading.current?.focus(), [lookup]);
  const state = oneOf(PUBLIC_STATES, status.state) ? status.state : 'received';
  const look = STATE_LOOK[state];
  const Icon = look.icon;
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} aria-live="polite">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="xl" variant="light" color={look.color} aria-hidden="true">
            <Icon size={28} />
          </ThemeIcon>
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {status.callName}
            </Text>
            <Title order={2} fz={{ base: 20, sm: 24 }} ref={heading} tabIndex={-1}>
              {t(`ui.reg.publicStates.${state}.title`)}
            </Title>
          </Stack>
        </Group>
        <Text>{t(`ui.reg.publicStates.${state}.body`)}</Text>
        <Text size="sm" c="dimmed">
          {t('ui.status.submitted', {
            code: status.confirmationCode,
            date: f.dateTime(status.submittedAt),
          })}
        </Text>
        {status.documents.length > 0 && (
          <Stack gap={6}>
            <Title order={3} size="h5">
              {t('ui.status.documents')}
            </Title>
            <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
              {status.documents.map((d, i) => (
                <Group component="li" key={`${d.kind}-${i}`} gap="xs" justify="space-between">
                  <Text size="sm">{labels.documentKind(d.kind)}</Text>
                  <StatusBadge color={DOCUMENT_STATUS_COLORS[d.status] ?? 'gray'}>
                    {labels.documentStatus(d.status)}
                  </StatusBadge>
                  {d.rejectionReason && (
                    <Text size="xs" c="dimmed" w="100%">
                      {d.rejectionReason}
                    </Text>
                  )}
                </Group>
              ))}
            </Stack>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

export default function StatusPage() {
  const { t } = useTranslation();
  const { code: callCode } = useParams();
  const [params] = useSearchParams();
  const call = usePublicCall(callCode?.toUpperCase() ?? '');
  const status = useApplicationStatus();
  useDocumentTitle(`${t('ui.status.title')} · ${t('ui.app.name')}`);

  const form = useForm({
    initialValues: { code: formatCode(params.get('c') ?? ''), documentNumber: '' },
    validate: {
      code: (v) => (CODE.test(v) ? null : t('validation.confirmation_code_format')),
      documentNumber: (v) => (v.length >= 4 ? null : t('ui.status.documentRequired')),
    },
  });

  // The status shown and the code and document that opened it (an upload needs both again).
  const [result, setResult] = useState<{
    status: TApplicationStatus;
    credentials: StatusCredentials;
  } | null>(null);
  const submit = form.onSubmit((values) => {
    setResult(null);
    status.mutate(values, {
      onSuccess: (data) => setResult({ status: data, credentials: values }),
    });
  });
  const notFound = isApiError(status.error) && status.error.status === 404;

  return (
    <PublicShell programName={callCode ? call.data?.programName : undefined}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={1} fz={{ base: 22, sm: 28 }}>
            {t('ui.status.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('ui.status.intro')}
          </Text>
        </Stack>
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <TextInput
                label={t('ui.status.code')}
                description={t('ui.status.codeHint')}
                placeholder="ABCD-2345"
                required
                size="md"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                classNames={{ input: 'confirmation-code' }}
                {...form.getInputProps('code')}
                onChange={(e) => form.setFieldValue('code', formatCode(e.currentTarget.value))}
              />
              <TextInput
                label={t('ui.applicantForm.fields.owner.documentNumber')}
                description={t('ui.applicantForm.hints.documentNumber')}
                required
                size="md"
                inputMode="numeric"
                autoComplete="off"
                {...form.getInputProps('documentNumber')}
                onChange={(e) =>
                  form.setFieldValue('documentNumber', cleanDocumentNumber(e.currentTarget.value))
                }
              />
              {status.error && (
                <Notice color="red" role="alert" icon={<IconAlertCircle aria-hidden="true" />}>
                  {notFound ? t('ui.status.notFound') : errorMessage(status.error)}
                </Notice>
              )}
              <Button
                type="submit"
                size="md"
                loading={status.isPending}
                leftSection={<IconSearch size={18} aria-hidden="true" />}
              >
                {t('ui.status.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        {result && (
          <>
            <StatusResult status={result.status} lookup={result.credentials} />
            <DocumentUpload
              status={result.status}
              credentials={result.credentials}
              onUploaded={(next) => setResult({ ...result, status: next })}
            />
          </>
        )}
        {callCode && (
          <Text size="sm" ta="center">
            <Anchor component={Link} to={`/apply/${encodeURIComponent(callCode)}`}>
              {t('ui.status.backToForm')}
            </Anchor>
          </Text>
        )}
      </Stack>
    </PublicShell>
  );
}
