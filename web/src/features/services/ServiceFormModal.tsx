import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ENTITY_KINDS,
  SERVICE_COSTS,
  SERVICE_SCOPES,
} from '../../../../shared/schemas/services.ts';
import type { TService, TServiceBody } from '../../../../shared/schemas/services.ts';
import type { TProgram } from '../../../../shared/schemas/programs.ts';
import { formErrors, generalErrors, isApiError } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { useSaveService } from './api.ts';

type Kind = (typeof ENTITY_KINDS)[number];
type Scope = (typeof SERVICE_SCOPES)[number];
type Cost = (typeof SERVICE_COSTS)[number];

interface Values {
  entity: { name: string; kind: Kind; sector: string };
  name: string;
  benefit: string;
  scope: Scope;
  cities: string[];
  requirements: string;
  contact: string;
  link: string;
  startMonth: string;
  permanent: boolean;
  levers: string[];
  cost: Cost;
}

/** The server's paths, which are the form's too. */
const FIELDS = [
  'entity.name',
  'entity.kind',
  'entity.sector',
  'name',
  'benefit',
  'scope',
  'cities',
  'requirements',
  'contact',
  'link',
  'startMonth',
  'permanent',
  'levers',
  'cost',
] as const;

function valuesOf(service: TService | null): Values {
  return {
    entity: {
      name: service?.entity.name ?? '',
      kind: service?.entity.kind ?? 'public',
      sector: service?.entity.sector ?? '',
    },
    name: service?.name ?? '',
    benefit: service?.benefit ?? '',
    scope: service?.scope ?? 'local',
    cities: service?.cities ?? [],
    requirements: service?.requirements ?? '',
    contact: service?.contact ?? '',
    link: service?.link ?? '',
    startMonth: service?.startMonth ?? '',
    permanent: service?.permanent ?? false,
    levers: service?.levers ?? [],
    cost: service?.cost ?? 'free',
  };
}

function bodyOf(v: Values, version: number | undefined): TServiceBody {
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    entity: { name: v.entity.name.trim(), kind: v.entity.kind, sector: text(v.entity.sector) },
    name: v.name.trim(),
    benefit: v.benefit.trim(),
    scope: v.scope,
    cities: v.scope === 'local' ? v.cities : [],
    requirements: text(v.requirements),
    contact: text(v.contact),
    link: text(v.link),
    startMonth: v.permanent ? null : text(v.startMonth),
    permanent: v.permanent,
    levers: v.levers,
    cost: v.cost,
    ...(version === undefined ? {} : { version }),
  };
}

/** A new service, or an edit of one (`service`), written the way a row of the matrix is. */
export function ServiceFormModal({
  opened,
  onClose,
  programId,
  service,
  program,
  levers,
  leverName,
}: {
  opened: boolean;
  onClose: () => void;
  programId: string;
  service: TService | null;
  program: TProgram | undefined;
  /** The lever ids to choose from. */
  levers: readonly string[];
  leverName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveService(programId);
  const minTwo = (v: string) =>
    v.trim().length >= 2 ? null : t('validation.too_small_string', { minimum: 2 });
  const form = useForm<Values>({
    initialValues: valuesOf(service),
    validate: {
      entity: { name: minTwo },
      name: minTwo,
      cities: (v, all) =>
        all.scope === 'local' && v.length === 0 ? t('validation.local_needs_cities') : null,
      startMonth: (v, all) =>
        all.permanent || v === '' || /^\d{4}-(0[1-9]|1[0-2])$/.test(v)
          ? null
          : t('validation.month_format'),
    },
  });

  // Each opening starts from the service as the list has it now (fresh after a conflict).
  const { setValues, resetDirty, clearErrors } = form;
  const { reset: resetSave } = save;
  useEffect(() => {
    if (!opened) return;
    const values = valuesOf(service);
    setValues(values);
    resetDirty(values);
    clearErrors();
    resetSave();
    // Only when the modal opens on a service, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, service?.id, service?.version]);

  const conflict = isApiError(save.error) && save.error.code === 'conflict';
  const general = !save.error || conflict ? [] : generalErrors(save.error, FIELDS);

  const submit = form.onSubmit((values) => {
    save.mutate(
      { id: service?.id ?? null, body: bodyOf(values, service?.version) },
      {
        onSuccess: (saved) => {
          notifySuccess(
            service ? t('ui.services.form.saved') : t('ui.services.form.created'),
            saved.name,
          );
          onClose();
        },
        onError: (error) => form.setErrors(formErrors(error, FIELDS)),
      },
    );
  });

  const cityData = [
    ...(program?.cities ?? []).map((c) => ({ value: c.municipalityCode, label: c.name })),
    ...form.values.cities
      .filter((code) => !program?.cities.some((c) => c.municipalityCode === code))
      .map((code) => ({ value: code, label: code })),
  ].sort((a, b) => a.label.localeCompare(b.label));
  const leverData = [...new Set([...levers, ...form.values.levers])].map((id) => ({
    value: id,
    label: leverName(id),
  }));

  return (
    <Modal
      opened={opened}
      onClose={() => !save.isPending && onClose()}
      title={service ? t('ui.services.form.editTitle') : t('ui.services.form.newTitle')}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {conflict && (
            <Notice color="yellow" role="alert">
              {t('ui.services.form.conflict')}
            </Notice>
          )}
          {general.length > 0 && (
            <Notice color="red" role="alert">
              {general.map((m) => (
                <div key={m}>{m}</div>
              ))}
            </Notice>
          )}
          <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Title order={3} size="h5" component="legend" mb={4}>
              {t('ui.services.form.entitySection')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
              <TextInput
                label={t('ui.services.form.entityName')}
                required
                data-autofocus
                {...form.getInputProps('entity.name')}
              />
              <Select
                label={t('ui.services.form.entityKind')}
                data={ENTITY_KINDS.map((k) => ({
                  value: k,
                  label: t(`ui.services.entityKinds.${k}`),
                }))}
                allowDeselect={false}
                required
                {...form.getInputProps('entity.kind')}
              />
              <TextInput
                label={t('ui.services.form.sector')}
                {...form.getInputProps('entity.sector')}
              />
            </SimpleGrid>
          </Stack>
          <TextInput label={t('ui.services.form.name')} required {...form.getInputProps('name')} />
          <Textarea
            label={t('ui.services.form.benefit')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('benefit')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            <Select
              label={t('ui.services.form.scope')}
              data={SERVICE_SCOPES.map((s) => ({ value: s, label: t(`ui.services.scopes.${s}`) }))}
              allowDeselect={false}
              required
              {...form.getInputProps('scope')}
            />
            <Select
              label={t('ui.services.form.cost')}
              data={SERVICE_COSTS.map((c) => ({ value: c, label: t(`ui.services.costs.${c}`) }))}
              allowDeselect={false}
              required
              {...form.getInputProps('cost')}
            />
          </SimpleGrid>
          {form.values.scope === 'local' && (
            <MultiSelect
              label={t('ui.services.form.cities')}
              description={t('ui.services.form.citiesHelp')}
              data={cityData}
              searchable
              required
              nothingFoundMessage={t('ui.common.nothingFound')}
              {...form.getInputProps('cities')}
            />
          )}
          <Textarea
            label={t('ui.services.form.requirements')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('requirements')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            <TextInput
              label={t('ui.services.form.contact')}
              description={t('ui.services.form.contactHelp')}
              {...form.getInputProps('contact')}
            />
            <TextInput
              label={t('ui.services.form.link')}
              description={t('ui.services.form.linkHelp')}
              type="url"
              inputMode="url"
              autoCapitalize="none"
              spellCheck={false}
              {...form.getInputProps('link')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            <TextInput
              label={t('ui.services.form.startMonth')}
              description={t('ui.services.form.startMonthHelp')}
              type="month"
              disabled={form.values.permanent}
              {...form.getInputProps('startMonth')}
            />
            <Checkbox
              label={t('ui.services.form.permanent')}
              mt={{ base: 0, sm: 32 }}
              {...form.getInputProps('permanent', { type: 'checkbox' })}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                form.setFieldValue('permanent', on);
                if (on) form.setFieldValue('startMonth', '');
              }}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('ui.services.form.levers')}
            data={leverData}
            searchable
            nothingFoundMessage={t('ui.common.nothingFound')}
            {...form.getInputProps('levers')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('ui.services.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
