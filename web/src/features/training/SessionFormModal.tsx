import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isWebLink } from '../../../../shared/domain/services/status.ts';
import type {
  TTrainingModule,
  TTrainingSession,
  TTrainingSessionBody,
  TTrainingSessionDetail,
} from '../../../../shared/schemas/training.ts';
import { formErrors, generalErrors, isApiError } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { isDay, isTime, isoWithOffset, localDay, localTime } from '../mentoring/dates.ts';
import { useSaveTrainingSession } from './api.ts';

const K = 'ui.training.sessions.form';

interface Values {
  moduleId: string;
  day: string;
  time: string;
  durationMinutes: number | string;
  place: string;
  link: string;
  trainerName: string;
  capacity: number | string;
}
const FIELDS = ['moduleId', 'durationMinutes', 'place', 'link', 'trainerName', 'capacity'];

function valuesOf(session: TTrainingSession | null, day: string): Values {
  if (!session)
    return {
      moduleId: '',
      day,
      time: '09:00',
      durationMinutes: '',
      place: '',
      link: '',
      trainerName: '',
      capacity: 25,
    };
  const start = new Date(session.startsAt);
  return {
    moduleId: session.moduleId,
    day: localDay(start),
    time: localTime(start),
    durationMinutes: session.durationMinutes,
    place: session.place,
    link: session.link,
    trainerName: session.trainerName,
    capacity: session.capacity,
  };
}

/** A new session of a module, or a change of one: when, how long, where, who teaches, places. */
export function SessionFormModal(props: {
  programId: string;
  opened: boolean;
  session: TTrainingSession | null;
  modules: TTrainingModule[];
  /** The day a new session starts on. */
  defaultDay: string;
  onClose: () => void;
  onSaved: (session: TTrainingSessionDetail) => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveTrainingSession(props.programId);
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const moduleOf = (id: string) => props.modules.find((m) => m.id === id);
  const form = useForm<Values>({
    initialValues: valuesOf(props.session, props.defaultDay),
    validate: {
      moduleId: (v) => (v ? null : t(`${K}.moduleRequired`)),
      day: (v) => (isDay(v) ? null : t('ui.mentoring.form.errors.day')),
      time: (v) => (isTime(v) ? null : t('ui.mentoring.form.errors.time')),
      durationMinutes: (v) =>
        Number(v) >= 10 && Number(v) <= 600 ? null : t('ui.training.modules.form.durationError'),
      capacity: (v) => (Number(v) >= 1 && Number(v) <= 1000 ? null : t(`${K}.capacityError`)),
      place: (v, all) =>
        moduleOf(all.moduleId)?.format === 'in_person' && v.trim() === ''
          ? t('validation.place_required')
          : null,
      link: (v, all) =>
        (moduleOf(all.moduleId)?.format === 'virtual' || v.trim() !== '') && !isWebLink(v)
          ? t('validation.link_not_url')
          : null,
    },
  });
  const { setValues, resetDirty, clearErrors } = form;
  useEffect(() => {
    if (!props.opened) return;
    const values = valuesOf(props.session, props.defaultDay);
    setValues(values);
    resetDirty(values);
    clearErrors();
    setGeneral([]);
    setConflict(false);
    // Only when the modal opens on a session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.opened, props.session?.id, props.session?.version]);

  const format = moduleOf(form.values.moduleId)?.format;
  const submit = form.onSubmit((v) => {
    setGeneral([]);
    setConflict(false);
    const body: TTrainingSessionBody = {
      moduleId: v.moduleId,
      startsAt: isoWithOffset(v.day, v.time),
      durationMinutes: Number(v.durationMinutes),
      place: v.place.trim(),
      link: v.link.trim(),
      trainerName: v.trainerName.trim(),
      capacity: Number(v.capacity),
      ...(props.session ? { version: props.session.version } : {}),
    };
    save.mutate(
      { id: props.session?.id ?? null, body },
      {
        onSuccess: (saved) => {
          notifySuccess(t(`${K}.saved`), saved.moduleTitle);
          props.onSaved(saved);
          props.onClose();
        },
        onError: (e) => {
          if (isApiError(e) && e.code === 'conflict') {
            setConflict(true);
            return;
          }
          const placed = formErrors(e, [...FIELDS, 'startsAt']);
          if (placed.startsAt) placed.time = placed.startsAt;
          form.setErrors(placed);
          setGeneral(generalErrors(e, [...FIELDS, 'startsAt']));
        },
      },
    );
  });

  return (
    <Modal
      opened={props.opened}
      onClose={() => !save.isPending && props.onClose()}
      title={props.session ? t(`${K}.editTitle`) : t(`${K}.newTitle`)}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {conflict && (
            <Notice color="yellow" role="alert" title={t(`${K}.conflictTitle`)}>
              {t(`${K}.conflictBody`)}
            </Notice>
          )}
          {general.length > 0 && (
            <Notice color="red" role="alert" title={t(`${K}.failed`)}>
              {general.join(' ')}
            </Notice>
          )}
          <Select
            label={t(`${K}.module`)}
            placeholder={t(`${K}.modulePlaceholder`)}
            data={props.modules.map((m) => ({ value: m.id, label: m.title }))}
            searchable
            allowDeselect={false}
            required
            size="md"
            data-autofocus
            nothingFoundMessage={t('ui.common.nothingFound')}
            {...form.getInputProps('moduleId')}
            onChange={(id) => {
              form.setFieldValue('moduleId', id ?? '');
              const m = moduleOf(id ?? '');
              if (m && form.values.durationMinutes === '')
                form.setFieldValue('durationMinutes', m.durationMinutes);
            }}
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <TextInput
              type="date"
              label={t(`${K}.day`)}
              required
              size="md"
              {...form.getInputProps('day')}
            />
            <TextInput
              type="time"
              label={t(`${K}.time`)}
              required
              size="md"
              step={300}
              {...form.getInputProps('time')}
            />
            <NumberInput
              label={t(`${K}.duration`)}
              min={10}
              max={600}
              step={15}
              required
              size="md"
              allowDecimal={false}
              {...form.getInputProps('durationMinutes')}
            />
          </SimpleGrid>
          {format !== 'virtual' && (
            <TextInput
              label={t(`${K}.place`)}
              description={t(`${K}.placeHelp`)}
              required={format === 'in_person'}
              size="md"
              maxLength={300}
              {...form.getInputProps('place')}
            />
          )}
          {format !== 'in_person' && (
            <TextInput
              label={t(`${K}.link`)}
              description={t(`${K}.linkHelp`)}
              required={format === 'virtual'}
              size="md"
              type="url"
              inputMode="url"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={500}
              {...form.getInputProps('link')}
            />
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t(`${K}.trainer`)}
              size="md"
              maxLength={150}
              {...form.getInputProps('trainerName')}
            />
            <NumberInput
              label={t(`${K}.capacity`)}
              description={t(`${K}.capacityHelp`)}
              min={1}
              max={1000}
              required
              size="md"
              allowDecimal={false}
              {...form.getInputProps('capacity')}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose} disabled={save.isPending}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {props.session ? t(`${K}.save`) : t(`${K}.create`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
