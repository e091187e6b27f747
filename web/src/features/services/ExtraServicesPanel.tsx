import {
  Box,
  Button,
  Group,
  NativeSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock, IconPencil, IconPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail } from '../../../../shared/schemas/cases.ts';
import { EXTRA_SERVICE_KINDS, EXTRA_SERVICE_STATUSES } from '../../../../shared/schemas/mentors.ts';
import type { TExtraService, TExtraServiceBody } from '../../../../shared/schemas/mentors.ts';
import type { TServiceSuggestion } from '../../../../shared/schemas/services.ts';
import { formErrors, generalErrors, isApiError } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useCasePermissions } from '../cases/permissions.ts';
import { Section } from '../registration/ApplicantPage.tsx';
import { useCaseExtraServices, useSaveExtraService } from './api.ts';
import { EXTRA_STATUS_COLORS } from './ecosystem.ts';

type Kind = TExtraServiceBody['kind'];
type Status = TExtraServiceBody['status'];

interface Values {
  kind: Kind;
  serviceId: string | null;
  status: Status;
  note: string;
}

const FIELDS = ['kind', 'serviceId', 'status', 'note'];

/**
 * Services flagged for a case beyond its plan (a microcredit, financial education, digital
 * tools…): what was proposed, referred, received or declined, and a note. Those who work the case
 * add and update them while it is open; the others read them.
 */
export function ExtraServicesPanel({
  programId,
  detail,
}: {
  programId: string;
  detail: TCaseDetail;
}) {
  const { t } = useTranslation();
  const can = useCasePermissions();
  const extras = useCaseExtraServices(programId, detail.id, can.see);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const data = extras.data;
  const canEdit = can.work && data !== undefined && !data.locked;

  if (!can.see) return null;

  return (
    <Section id="case-extra-services-title" title={t('ui.ecosystem.extra.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('ui.ecosystem.extra.intro')}
        </Text>
        {extras.isPending ? (
          <LoadingState />
        ) : extras.isError || !data ? (
          <ErrorState error={extras.error} onRetry={() => void extras.refetch()} />
        ) : (
          <>
            {data.items.length === 0 ? (
              <Text size="sm">{t('ui.ecosystem.extra.empty')}</Text>
            ) : (
              <Stack
                component="ul"
                gap="xs"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
                aria-label={t('ui.ecosystem.extra.listLabel')}
              >
                {data.items.map((x) => (
                  <Paper component="li" key={x.id} withBorder radius="md" p="sm">
                    {editing === x.id ? (
                      <ExtraServiceForm
                        programId={programId}
                        caseId={detail.id}
                        available={data.available}
                        extra={x}
                        onDone={() => setEditing(null)}
                      />
                    ) : (
                      <ExtraServiceItem
                        extra={x}
                        onEdit={canEdit ? () => setEditing(x.id) : null}
                      />
                    )}
                  </Paper>
                ))}
              </Stack>
            )}
            {data.locked && can.work && (
              <Notice color="gray" icon={<IconLock aria-hidden="true" />}>
                {t('ui.ecosystem.extra.locked')}
              </Notice>
            )}
            {canEdit &&
              (adding ? (
                <Paper withBorder radius="md" p="sm" bg="gray.0">
                  <ExtraServiceForm
                    programId={programId}
                    caseId={detail.id}
                    available={data.available}
                    extra={null}
                    onDone={() => {
                      setAdding(false);
                      requestAnimationFrame(() => addRef.current?.focus());
                    }}
                  />
                </Paper>
              ) : (
                <Box>
                  <Button
                    ref={addRef}
                    variant="light"
                    leftSection={<IconPlus size={18} aria-hidden="true" />}
                    onClick={() => setAdding(true)}
                  >
                    {t('ui.ecosystem.extra.add')}
                  </Button>
                </Box>
              ))}
          </>
        )}
      </Stack>
    </Section>
  );
}

function ExtraServiceItem({
  extra,
  onEdit,
}: {
  extra: TExtraService;
  onEdit: (() => void) | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const kind = t(`ui.ecosystem.kinds.${extra.kind}`);
  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Title order={3} size="h6" style={{ overflowWrap: 'anywhere' }}>
          {kind}
        </Title>
        <StatusBadge color={EXTRA_STATUS_COLORS[extra.status]}>
          {t(`ui.ecosystem.statuses.${extra.status}`)}
        </StatusBadge>
      </Group>
      <Text size="sm" c={extra.service ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
        {extra.service
          ? t('ui.ecosystem.extra.serviceIs', {
              name: extra.service.name,
              entity: extra.service.entityName,
            })
          : t('ui.ecosystem.extra.noService')}
      </Text>
      {extra.note && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {extra.note}
        </Text>
      )}
      <Group justify="space-between" align="center" gap="xs">
        <Text size="xs" c="dimmed">
          {extra.updatedByName
            ? t('ui.ecosystem.extra.updatedBy', {
                name: extra.updatedByName,
                date: f.dateTime(extra.updatedAt),
              })
            : t('ui.ecosystem.extra.updatedOn', { date: f.dateTime(extra.updatedAt) })}
        </Text>
        {onEdit && (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPencil size={14} aria-hidden="true" />}
            aria-label={t('ui.ecosystem.extra.updateNamed', { kind })}
            onClick={onEdit}
          >
            {t('ui.ecosystem.extra.update')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** A new extra service (kind, catalog service, state, note), or a new state and note for one. */
function ExtraServiceForm({
  programId,
  caseId,
  available,
  extra,
  onDone,
}: {
  programId: string;
  caseId: string;
  available: TServiceSuggestion[];
  /** The one updated, as read; null for a new one. */
  extra: TExtraService | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveExtraService(programId, caseId);
  const [general, setGeneral] = useState<string[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      kind: extra?.kind ?? 'microcredit',
      serviceId: extra?.service?.id ?? null,
      status: extra?.status ?? 'proposed',
      note: extra?.note ?? '',
    },
  });
  // Opening the form takes the focus to its first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select, input, textarea')?.focus();
  }, []);

  const kind = t(`ui.ecosystem.kinds.${form.values.kind}`);
  const title = extra
    ? t('ui.ecosystem.extra.updateNamed', { kind })
    : t('ui.ecosystem.extra.addTitle');

  const submit = (values: Values) => {
    setGeneral([]);
    const body: TExtraServiceBody = {
      kind: values.kind,
      serviceId: values.serviceId,
      status: values.status,
      note: values.note.trim(),
      ...(extra ? { version: extra.version } : {}),
    };
    save.mutate(
      { id: extra?.id ?? null, body },
      {
        onSuccess: () => {
          notifySuccess(
            extra ? t('ui.ecosystem.extra.updated') : t('ui.ecosystem.extra.added'),
            t('ui.ecosystem.extra.savedBody', {
              kind,
              status: t(`ui.ecosystem.statuses.${values.status}`),
            }),
          );
          onDone();
        },
        onError: (e) => {
          if (isApiError(e) && e.code === 'case_locked') {
            notifyError(t('ui.ecosystem.extra.failed'), e);
            onDone();
            return;
          }
          form.setErrors(formErrors(e, FIELDS));
          setGeneral(generalErrors(e, FIELDS));
        },
      },
    );
  };

  const statusField = (
    <NativeSelect
      label={t('ui.ecosystem.extra.status')}
      data={EXTRA_SERVICE_STATUSES.map((s) => ({
        value: s,
        label: t(`ui.ecosystem.statuses.${s}`),
      }))}
      required
      size="md"
      {...form.getInputProps('status')}
    />
  );

  return (
    <form ref={formRef} noValidate onSubmit={form.onSubmit(submit)} aria-label={title}>
      <Stack gap="sm">
        <Text fw={600}>{title}</Text>
        {extra ? (
          <>
            {extra.service && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('ui.ecosystem.extra.serviceIs', {
                  name: extra.service.name,
                  entity: extra.service.entityName,
                })}
              </Text>
            )}
            {statusField}
          </>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <NativeSelect
                label={t('ui.ecosystem.extra.kind')}
                data={EXTRA_SERVICE_KINDS.map((k) => ({
                  value: k,
                  label: t(`ui.ecosystem.kinds.${k}`),
                }))}
                required
                size="md"
                {...form.getInputProps('kind')}
              />
              {statusField}
            </SimpleGrid>
            <Select
              label={t('ui.ecosystem.extra.service')}
              description={
                available.length > 0
                  ? t('ui.ecosystem.extra.serviceHelp')
                  : t('ui.ecosystem.extra.noneAvailable')
              }
              placeholder={t('ui.ecosystem.extra.servicePlaceholder')}
              data={available.map((s) => ({
                value: s.id,
                label: `${s.name} · ${s.entityName}`,
              }))}
              disabled={available.length === 0}
              searchable
              clearable
              nothingFoundMessage={t('ui.common.nothingFound')}
              comboboxProps={{ withinPortal: true }}
              size="md"
              {...form.getInputProps('serviceId')}
            />
          </>
        )}
        <Textarea
          label={t('ui.ecosystem.extra.note')}
          description={t('ui.ecosystem.extra.noteHelp')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={1000}
          size="md"
          {...form.getInputProps('note')}
        />
        {general.length > 0 && (
          <Notice color="red" role="alert" title={t('ui.ecosystem.extra.failed')}>
            {general.join(' ')}
          </Notice>
        )}
        <Group gap="sm" justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('ui.common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('ui.ecosystem.extra.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
