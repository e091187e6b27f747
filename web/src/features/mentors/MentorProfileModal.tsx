import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_KINDS } from '../../../../shared/schemas/mentors.ts';
import type { TMentor, TMentorProfileBody } from '../../../../shared/schemas/mentors.ts';
import { formErrors, generalErrors } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useQuestionnaire } from '../assessment/api.ts';
import { useLeverName } from '../assessment/labels.ts';
import { useProgram } from '../programs/api.ts';
import { leverOptions } from '../services/labels.ts';
import { useMentor, useSaveMentorProfile } from './api.ts';

type Kind = (typeof ORGANIZATION_KINDS)[number];

interface Values {
  levers: string[];
  cities: string[];
  remote: boolean;
  capacity: number | string;
  availability: string;
  organization: string;
  organizationKind: Kind;
}

/** The server's paths, which are the form's too. */
const FIELDS = [
  'levers',
  'cities',
  'remote',
  'capacity',
  'availability',
  'organization',
  'organizationKind',
] as const;

function valuesOf(mentor: TMentor | undefined): Values {
  return {
    levers: mentor?.levers ?? [],
    cities: mentor?.cities ?? [],
    remote: mentor?.remote ?? false,
    capacity: mentor?.capacity ?? 5,
    availability: mentor?.availability ?? '',
    organization: mentor?.organization ?? '',
    organizationKind: mentor?.organizationKind ?? 'volunteer',
  };
}

function bodyOf(v: Values): TMentorProfileBody {
  return {
    levers: v.levers,
    cities: v.cities,
    remote: v.remote,
    capacity: typeof v.capacity === 'number' ? v.capacity : Number(v.capacity),
    availability: v.availability.trim(),
    organization: v.organization.trim(),
    organizationKind: v.organizationKind,
  };
}

function ProfileForm({
  programId,
  mentor,
  onClose,
}: {
  programId: string;
  mentor: TMentor;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const program = useProgram(programId);
  const questionnaire = useQuestionnaire(programId);
  const definition = questionnaire.data?.definition;
  const leverName = useLeverName(definition);
  const save = useSaveMentorProfile(programId);
  const form = useForm<Values>({
    initialValues: valuesOf(mentor),
    validate: {
      capacity: (v) =>
        v === '' || v === null || Number.isNaN(Number(v)) ? t('validation.required') : null,
    },
  });

  const general = save.error ? generalErrors(save.error, FIELDS) : [];
  const submit = form.onSubmit((values) => {
    save.mutate(
      { userId: mentor.userId, body: bodyOf(values) },
      {
        onSuccess: (saved) => {
          notifySuccess(t('ui.mentors.profile.saved'), saved.name);
          onClose();
        },
        onError: (error) => form.setErrors(formErrors(error, FIELDS)),
      },
    );
  });

  const cityData = [
    ...(program.data?.cities ?? []).map((c) => ({ value: c.municipalityCode, label: c.name })),
    ...form.values.cities
      .filter((code) => !program.data?.cities.some((c) => c.municipalityCode === code))
      .map((code) => ({ value: code, label: code })),
  ].sort((a, b) => a.label.localeCompare(b.label));
  const leverData = leverOptions(definition, form.values.levers).map((id) => ({
    value: id,
    label: leverName(id),
  }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {mentor.email}
        </Text>
        {general.length > 0 && (
          <Notice color="red" role="alert">
            {general.map((m) => (
              <div key={m}>{m}</div>
            ))}
          </Notice>
        )}
        <MultiSelect
          label={t('ui.mentors.profile.levers')}
          description={t('ui.mentors.profile.leversHelp')}
          data={leverData}
          searchable
          data-autofocus
          nothingFoundMessage={t('ui.common.nothingFound')}
          {...form.getInputProps('levers')}
        />
        <MultiSelect
          label={t('ui.mentors.profile.cities')}
          description={t('ui.mentors.profile.citiesHelp')}
          data={cityData}
          searchable
          nothingFoundMessage={t('ui.common.nothingFound')}
          {...form.getInputProps('cities')}
        />
        <Switch
          label={t('ui.mentors.profile.remote')}
          description={t('ui.mentors.profile.remoteHelp')}
          {...form.getInputProps('remote', { type: 'checkbox' })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          <NumberInput
            label={t('ui.mentors.profile.capacity')}
            description={t('ui.mentors.profile.capacityHelp')}
            required
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            min={1}
            max={50}
            {...form.getInputProps('capacity')}
          />
          <Select
            label={t('ui.mentors.profile.organizationKind')}
            data={ORGANIZATION_KINDS.map((k) => ({
              value: k,
              label: t(`ui.mentors.organizationKinds.${k}`),
            }))}
            allowDeselect={false}
            required
            {...form.getInputProps('organizationKind')}
          />
        </SimpleGrid>
        <TextInput
          label={t('ui.mentors.profile.organization')}
          {...form.getInputProps('organization')}
        />
        <Textarea
          label={t('ui.mentors.profile.availability')}
          description={t('ui.mentors.profile.availabilityHelp')}
          autosize
          minRows={2}
          maxRows={5}
          {...form.getInputProps('availability')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose} disabled={save.isPending}>
            {t('ui.common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('ui.mentors.profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Waits for a fresh read of the profile when the modal opens, then keeps the form up. */
function ProfileLoader(props: { programId: string; userId: string; onClose: () => void }) {
  const mentor = useMentor(props.programId, props.userId);
  const [ready, setReady] = useState(false);
  if (!ready && mentor.data && !mentor.isFetching) setReady(true);
  if (ready && mentor.data)
    return <ProfileForm programId={props.programId} mentor={mentor.data} onClose={props.onClose} />;
  if (mentor.isError)
    return <ErrorState error={mentor.error} onRetry={() => void mentor.refetch()} />;
  return <LoadingState />;
}

/** A mentor's profile, read fresh when it opens: what they know, where, how many and when. */
export function MentorProfileModal({
  programId,
  userId,
  opened,
  onClose,
}: {
  programId: string;
  userId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const mentor = useMentor(programId, userId, opened);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        mentor.data
          ? t('ui.mentors.profile.titleNamed', { name: mentor.data.name })
          : t('ui.mentors.profile.title')
      }
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <ProfileLoader programId={programId} userId={userId} onClose={onClose} />
    </Modal>
  );
}
