import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { IconExternalLink, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isWebLink } from '../../../../shared/domain/services/status.ts';
import { DEFAULT_COMPLETION_PERCENT } from '../../../../shared/domain/training/completion.ts';
import { MODULE_FORMATS } from '../../../../shared/schemas/training.ts';
import type {
  TTrack,
  TTrackBody,
  TTrainingModule,
  TTrainingModuleBody,
} from '../../../../shared/schemas/training.ts';
import { formErrors, generalErrors } from '../../api/client.ts';
import { ChoiceGroup } from '../../components/ChoiceGroup.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Notice } from '../../components/Notice.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useQuestionnaire } from '../assessment/api.ts';
import { useLeverName } from '../assessment/labels.ts';
import { leverOptions } from '../services/labels.ts';
import {
  useDeleteModule,
  useDeleteTrack,
  useModules,
  useSaveModule,
  useSaveTrack,
  useTracks,
} from './api.ts';
import { useTrainingLabels, useTrainingPermissions } from './labels.ts';

type Format = TTrainingModuleBody['format'];
const K = 'ui.training.modules';

/** Modules (capsules) and tracks: what is taught and in which order; configurers change them. */
export function ModulesTab({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const can = useTrainingPermissions();
  const modules = useModules(programId);
  const tracks = useTracks(programId);
  const questionnaire = useQuestionnaire(programId);
  const leverName = useLeverName(questionnaire.data?.definition);
  const labels = useTrainingLabels();
  const [moduleForm, setModuleForm] = useState<{ module: TTrainingModule | null } | null>(null);
  const [trackForm, setTrackForm] = useState<{ track: TTrack | null } | null>(null);
  const [deleting, setDeleting] = useState<
    { kind: 'module'; item: TTrainingModule } | { kind: 'track'; item: TTrack } | null
  >(null);
  const deleteModule = useDeleteModule(programId);
  const deleteTrack = useDeleteTrack(programId);

  if (modules.isPending || tracks.isPending) return <LoadingState />;
  if (modules.isError || tracks.isError)
    return (
      <ErrorState
        error={modules.error ?? tracks.error}
        onRetry={() => {
          void modules.refetch();
          void tracks.refetch();
        }}
      />
    );
  const moduleById = new Map(modules.data.items.map((m) => [m.id, m]));

  const confirmDelete = () => {
    if (!deleting) return;
    const done = {
      onSuccess: () => {
        notifySuccess(
          t(`${K}.deleted`),
          deleting.kind === 'module' ? deleting.item.title : deleting.item.name,
        );
        setDeleting(null);
      },
      onError: (e: unknown) => {
        notifyError(t(`${K}.deleteFailed`), e);
        setDeleting(null);
      },
    };
    if (deleting.kind === 'module') deleteModule.mutate(deleting.item.id, done);
    else deleteTrack.mutate(deleting.item.id, done);
  };

  return (
    <Stack gap="lg">
      <Stack component="section" gap="sm" aria-labelledby="training-tracks-title">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h3" id="training-tracks-title">
            {t(`${K}.tracksTitle`)}
          </Title>
          {can.configure && (
            <Button
              leftSection={<IconPlus size={18} aria-hidden="true" />}
              onClick={() => setTrackForm({ track: null })}
              disabled={modules.data.items.length === 0}
            >
              {t(`${K}.newTrack`)}
            </Button>
          )}
        </Group>
        {tracks.data.items.length === 0 ? (
          <EmptyState
            title={t(`${K}.noTracks`)}
            description={can.configure ? t(`${K}.noTracksHelp`) : t(`${K}.noTracksReader`)}
          />
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {tracks.data.items.map((track) => (
              <Paper key={track.id} withBorder radius="md" p="md" component="article">
                <Stack gap="xs">
                  <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                    <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
                      {track.name}
                    </Title>
                    <StatusBadge color="indigo">
                      {t(`${K}.rule`, { percent: track.completionPercent })}
                    </StatusBadge>
                  </Group>
                  <Stack component="ol" gap={4} m={0} pl="lg">
                    {track.moduleIds.map((id) => {
                      const m = moduleById.get(id);
                      return (
                        <Text component="li" key={id} size="sm">
                          {m ? `${m.title} · ${labels.duration(m.durationMinutes)}` : id}
                        </Text>
                      );
                    })}
                  </Stack>
                  {can.configure && (
                    <Group gap="xs" justify="flex-end">
                      <Button
                        variant="default"
                        size="xs"
                        leftSection={<IconPencil size={14} aria-hidden="true" />}
                        aria-label={t(`${K}.editNamed`, { name: track.name })}
                        onClick={() => setTrackForm({ track })}
                      >
                        {t('ui.common.edit')}
                      </Button>
                      <Button
                        variant="subtle"
                        color="red.9"
                        c="red.9"
                        size="xs"
                        leftSection={<IconTrash size={14} aria-hidden="true" />}
                        aria-label={t(`${K}.deleteNamed`, { name: track.name })}
                        onClick={() => setDeleting({ kind: 'track', item: track })}
                      >
                        {t(`${K}.delete`)}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </Stack>

      <Stack component="section" gap="sm" aria-labelledby="training-modules-title">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h3" id="training-modules-title">
            {t(`${K}.modulesTitle`)}
          </Title>
          {can.configure && (
            <Button
              leftSection={<IconPlus size={18} aria-hidden="true" />}
              onClick={() => setModuleForm({ module: null })}
            >
              {t(`${K}.newModule`)}
            </Button>
          )}
        </Group>
        {modules.data.items.length === 0 ? (
          <EmptyState
            title={t(`${K}.noModules`)}
            description={can.configure ? t(`${K}.noModulesHelp`) : undefined}
          />
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {modules.data.items.map((m) => (
              <Paper key={m.id} withBorder radius="md" p="md" component="article">
                <Stack gap="xs">
                  <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                    <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
                      {m.title}
                    </Title>
                    <StatusBadge color={m.format === 'virtual' ? 'indigo' : 'teal'}>
                      {labels.format(m.format)}
                    </StatusBadge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {[
                      labels.duration(m.durationMinutes),
                      t(`${K}.sessionCount`, { count: m.sessions }),
                    ].join(' · ')}
                  </Text>
                  {m.topic && (
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {m.topic}
                    </Text>
                  )}
                  {m.levers.length > 0 && (
                    <Group gap={4} aria-label={t(`${K}.levers`)}>
                      {m.levers.map((l) => (
                        <Badge key={l} variant="light" color="gray" tt="none">
                          {leverName(l)}
                        </Badge>
                      ))}
                    </Group>
                  )}
                  {m.materials.length > 0 && (
                    <Stack component="ul" gap={2} m={0} pl="md">
                      {m.materials.map((link) => (
                        <li key={link.url}>
                          <Anchor
                            href={link.url}
                            target="_blank"
                            rel="noopener noreferrer"
                            size="sm"
                            aria-label={`${link.label} (${t('ui.common.opensInNewTab')})`}
                          >
                            {link.label}
                            <IconExternalLink
                              size={14}
                              aria-hidden="true"
                              style={{ marginInlineStart: 4, verticalAlign: 'middle' }}
                            />
                          </Anchor>
                        </li>
                      ))}
                    </Stack>
                  )}
                  {can.configure && (
                    <Group gap="xs" justify="flex-end">
                      <Button
                        variant="default"
                        size="xs"
                        leftSection={<IconPencil size={14} aria-hidden="true" />}
                        aria-label={t(`${K}.editNamed`, { name: m.title })}
                        onClick={() => setModuleForm({ module: m })}
                      >
                        {t('ui.common.edit')}
                      </Button>
                      <Button
                        variant="subtle"
                        color="red.9"
                        c="red.9"
                        size="xs"
                        leftSection={<IconTrash size={14} aria-hidden="true" />}
                        aria-label={t(`${K}.deleteNamed`, { name: m.title })}
                        onClick={() => setDeleting({ kind: 'module', item: m })}
                      >
                        {t(`${K}.delete`)}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </Stack>

      {can.configure && (
        <>
          <ModuleFormModal
            programId={programId}
            opened={moduleForm !== null}
            module={moduleForm?.module ?? null}
            levers={leverOptions(questionnaire.data?.definition).map((l) => ({
              value: l,
              label: leverName(l),
            }))}
            onClose={() => setModuleForm(null)}
          />
          <TrackFormModal
            programId={programId}
            opened={trackForm !== null}
            track={trackForm?.track ?? null}
            modules={modules.data.items}
            onClose={() => setTrackForm(null)}
          />
          <ConfirmDialog
            opened={deleting !== null}
            title={t(`${K}.deleteTitle`)}
            message={t(
              deleting?.kind === 'module' ? `${K}.deleteModuleBody` : `${K}.deleteTrackBody`,
              {
                name: deleting
                  ? 'title' in deleting.item
                    ? deleting.item.title
                    : deleting.item.name
                  : '',
              },
            )}
            confirmLabel={t(`${K}.delete`)}
            danger
            loading={deleteModule.isPending || deleteTrack.isPending}
            onConfirm={confirmDelete}
            onClose={() => setDeleting(null)}
          />
        </>
      )}
    </Stack>
  );
}

interface ModuleValues {
  title: string;
  topic: string;
  durationMinutes: number | string;
  levers: string[];
  format: Format;
  materials: Array<{ label: string; url: string }>;
}
const MODULE_FIELDS = ['title', 'topic', 'durationMinutes', 'levers', 'format', 'materials'];

function moduleValues(m: TTrainingModule | null): ModuleValues {
  return {
    title: m?.title ?? '',
    topic: m?.topic ?? '',
    durationMinutes: m?.durationMinutes ?? 120,
    levers: m?.levers ?? [],
    format: m?.format ?? 'in_person',
    materials: m?.materials ?? [],
  };
}

function ModuleFormModal(props: {
  programId: string;
  opened: boolean;
  module: TTrainingModule | null;
  levers: Array<{ value: string; label: string }>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveModule(props.programId);
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<ModuleValues>({
    initialValues: moduleValues(props.module),
    validate: {
      title: (v) =>
        v.trim().length >= 2 ? null : t('validation.too_small_string', { minimum: 2 }),
      durationMinutes: (v) =>
        Number(v) >= 10 && Number(v) <= 600 ? null : t(`${K}.form.durationError`),
      materials: {
        label: (v) => (v.trim() ? null : t('validation.required')),
        url: (v) => (isWebLink(v) ? null : t('validation.link_not_url')),
      },
    },
  });
  const { setValues, resetDirty, clearErrors } = form;
  useEffect(() => {
    if (!props.opened) return;
    const values = moduleValues(props.module);
    setValues(values);
    resetDirty(values);
    clearErrors();
    setGeneral([]);
    // Only when the modal opens on a module.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.opened, props.module?.id, props.module?.version]);

  const submit = form.onSubmit((v) => {
    setGeneral([]);
    const body: TTrainingModuleBody = {
      title: v.title.trim(),
      topic: v.topic.trim(),
      durationMinutes: Number(v.durationMinutes),
      levers: v.levers,
      format: v.format,
      materials: v.materials.map((m) => ({ label: m.label.trim(), url: m.url.trim() })),
      ...(props.module ? { version: props.module.version } : {}),
    };
    save.mutate(
      { id: props.module?.id ?? null, body },
      {
        onSuccess: (saved) => {
          notifySuccess(t(`${K}.form.saved`), saved.title);
          props.onClose();
        },
        onError: (e) => {
          form.setErrors(
            formErrors(e, [
              ...MODULE_FIELDS,
              ...v.materials.flatMap((_, i) => [`materials.${i}.label`, `materials.${i}.url`]),
            ]),
          );
          setGeneral(generalErrors(e, MODULE_FIELDS));
        },
      },
    );
  });

  return (
    <Modal
      opened={props.opened}
      onClose={() => !save.isPending && props.onClose()}
      title={props.module ? t(`${K}.form.editTitle`) : t(`${K}.form.newTitle`)}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {general.length > 0 && (
            <Notice color="red" role="alert" title={t(`${K}.form.failed`)}>
              {general.join(' ')}
            </Notice>
          )}
          <TextInput
            label={t(`${K}.form.title`)}
            required
            size="md"
            maxLength={150}
            data-autofocus
            {...form.getInputProps('title')}
          />
          <Textarea
            label={t(`${K}.form.topic`)}
            description={t(`${K}.form.topicHelp`)}
            autosize
            minRows={2}
            maxLength={500}
            size="md"
            {...form.getInputProps('topic')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput
              label={t(`${K}.form.duration`)}
              description={t(`${K}.form.durationHelp`)}
              min={10}
              max={600}
              step={15}
              required
              size="md"
              allowDecimal={false}
              {...form.getInputProps('durationMinutes')}
            />
            <ChoiceGroup
              label={t(`${K}.form.format`)}
              options={MODULE_FORMATS.map((f) => ({
                value: f,
                label: t(`ui.training.formats.${f}`),
              }))}
              value={form.values.format}
              onChange={(v) => form.setFieldValue('format', v as Format)}
              error={form.errors.format}
              inline
              required
              size="md"
              name="module-format"
            />
          </SimpleGrid>
          <MultiSelect
            label={t(`${K}.form.levers`)}
            description={t(`${K}.form.leversHelp`)}
            data={props.levers}
            searchable
            size="md"
            nothingFoundMessage={t('ui.common.nothingFound')}
            {...form.getInputProps('levers')}
          />
          <Stack gap="xs">
            <Text fw={500} size="md">
              {t(`${K}.form.materials`)}
            </Text>
            {form.values.materials.length === 0 && (
              <Text size="sm" c="dimmed">
                {t(`${K}.form.noMaterials`)}
              </Text>
            )}
            {form.values.materials.map((_, i) => (
              <Paper key={i} withBorder radius="md" p="sm">
                <Group align="flex-end" gap="xs" wrap="nowrap">
                  <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" style={{ flex: 1 }}>
                    <TextInput
                      label={t(`${K}.form.materialLabel`, { n: i + 1 })}
                      required
                      size="md"
                      maxLength={120}
                      {...form.getInputProps(`materials.${i}.label`)}
                    />
                    <TextInput
                      label={t(`${K}.form.materialUrl`, { n: i + 1 })}
                      required
                      size="md"
                      type="url"
                      inputMode="url"
                      autoCapitalize="none"
                      spellCheck={false}
                      maxLength={500}
                      {...form.getInputProps(`materials.${i}.url`)}
                    />
                  </SimpleGrid>
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    size={42}
                    aria-label={t(`${K}.form.removeMaterial`, { n: i + 1 })}
                    onClick={() => form.removeListItem('materials', i)}
                  >
                    <IconTrash size={18} aria-hidden="true" />
                  </ActionIcon>
                </Group>
              </Paper>
            ))}
            {form.values.materials.length < 20 && (
              <Group>
                <Button
                  variant="default"
                  size="sm"
                  leftSection={<IconPlus size={16} aria-hidden="true" />}
                  onClick={() => form.insertListItem('materials', { label: '', url: '' })}
                >
                  {t(`${K}.form.addMaterial`)}
                </Button>
              </Group>
            )}
          </Stack>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose} disabled={save.isPending}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t(`${K}.form.save`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface TrackValues {
  name: string;
  moduleIds: string[];
  completionPercent: number | string;
}
const TRACK_FIELDS = ['name', 'moduleIds', 'completionPercent'];

function trackValues(track: TTrack | null): TrackValues {
  return {
    name: track?.name ?? '',
    moduleIds: track?.moduleIds ?? [],
    completionPercent: track?.completionPercent ?? DEFAULT_COMPLETION_PERCENT,
  };
}

function TrackFormModal(props: {
  programId: string;
  opened: boolean;
  track: TTrack | null;
  modules: TTrainingModule[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveTrack(props.programId);
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<TrackValues>({
    initialValues: trackValues(props.track),
    validate: {
      name: (v) => (v.trim().length >= 2 ? null : t('validation.too_small_string', { minimum: 2 })),
      moduleIds: (v) => (v.length > 0 ? null : t(`${K}.form.modulesRequired`)),
      completionPercent: (v) =>
        Number(v) >= 1 && Number(v) <= 100 ? null : t(`${K}.form.percentError`),
    },
  });
  const { setValues, resetDirty, clearErrors } = form;
  useEffect(() => {
    if (!props.opened) return;
    const values = trackValues(props.track);
    setValues(values);
    resetDirty(values);
    clearErrors();
    setGeneral([]);
    // Only when the modal opens on a track.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.opened, props.track?.id, props.track?.version]);

  const title = (id: string) => props.modules.find((m) => m.id === id)?.title ?? id;
  const submit = form.onSubmit((v) => {
    setGeneral([]);
    const body: TTrackBody = {
      name: v.name.trim(),
      moduleIds: v.moduleIds,
      completionPercent: Number(v.completionPercent),
      ...(props.track ? { version: props.track.version } : {}),
    };
    save.mutate(
      { id: props.track?.id ?? null, body },
      {
        onSuccess: (saved) => {
          notifySuccess(t(`${K}.form.trackSaved`), saved.name);
          props.onClose();
        },
        onError: (e) => {
          form.setErrors(formErrors(e, TRACK_FIELDS));
          setGeneral(generalErrors(e, TRACK_FIELDS));
        },
      },
    );
  });

  return (
    <Modal
      opened={props.opened}
      onClose={() => !save.isPending && props.onClose()}
      title={props.track ? t(`${K}.form.editTrackTitle`) : t(`${K}.form.newTrackTitle`)}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {general.length > 0 && (
            <Notice color="red" role="alert" title={t(`${K}.form.failed`)}>
              {general.join(' ')}
            </Notice>
          )}
          <TextInput
            label={t(`${K}.form.trackName`)}
            required
            size="md"
            maxLength={150}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <MultiSelect
            label={t(`${K}.form.trackModules`)}
            description={t(`${K}.form.trackModulesHelp`)}
            data={props.modules.map((m) => ({ value: m.id, label: m.title }))}
            searchable
            required
            size="md"
            nothingFoundMessage={t('ui.common.nothingFound')}
            {...form.getInputProps('moduleIds')}
          />
          {form.values.moduleIds.length > 0 && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t(`${K}.form.order`)}
              </Text>
              <Stack component="ol" gap={2} m={0} pl="lg">
                {form.values.moduleIds.map((id) => (
                  <Text component="li" key={id} size="sm">
                    {title(id)}
                  </Text>
                ))}
              </Stack>
            </Stack>
          )}
          <NumberInput
            label={t(`${K}.form.percent`)}
            description={t(`${K}.form.percentHelp`)}
            min={1}
            max={100}
            suffix=" %"
            required
            size="md"
            allowDecimal={false}
            {...form.getInputProps('completionPercent')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose} disabled={save.isPending}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t(`${K}.form.save`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
