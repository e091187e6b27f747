import {
  Alert,
  Button,
  Divider,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SCOPE_TYPE, ROLES, SCOPE_TYPES } from '../../../../shared/roles.ts';
import type { Role, ScopeType } from '../../../../shared/roles.ts';
import type { TUserSummary } from '../../../../shared/schemas/users.ts';
import { errorMessage, formErrors, unplacedFieldErrors } from '../../api/client.ts';
import { ErrorState } from '../../components/states.tsx';
import { useProgram, usePrograms } from '../programs/api.ts';
import { useRoleLabel, useScopeTypeLabel } from '../programs/labels.ts';
import { useDeleteMembership, usePutMembership } from './api.ts';
import { notifyError, notifySuccess } from '../../components/notify.ts';

type Membership = TUserSummary['memberships'][number];

interface Values {
  programId: string | null;
  role: Role | null;
  scope: { type: ScopeType; cities: string[]; localities: string[] };
}

const FIELDS = [
  'programId',
  'role',
  'scope.type',
  'scope.cities',
  'scope.localities',
  'scope',
] as const;

const EMPTY: Values = {
  programId: null,
  role: null,
  scope: { type: 'program', cities: [], localities: [] },
};

function valuesOf(m: Membership): Values {
  return {
    programId: m.programId,
    role: m.role,
    scope: { type: m.scope.type, cities: [...m.scope.cities], localities: [...m.scope.localities] },
  };
}

interface Props {
  user: TUserSummary | null;
  onClose: () => void;
  onChanged: (user: TUserSummary) => void;
}

/** A user's roles per program: see them, add or change one (role and scope), remove one. */
export function MembershipsModal({ user, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const scopeTypeLabel = useScopeTypeLabel();
  const programs = usePrograms();
  const put = usePutMembership();
  const remove = useDeleteMembership();
  const [confirming, setConfirming] = useState<string | null>(null);

  const form = useForm<Values>({
    initialValues: EMPTY,
    validate: {
      programId: (v) => (v ? null : t('validation.required')),
      role: (v) => (v ? null : t('validation.required')),
      scope: {
        cities: (cities, values) =>
          values.scope.type === 'territory' &&
          cities.length === 0 &&
          values.scope.localities.length === 0
            ? t('validation.territory_required')
            : null,
      },
    },
  });

  const territory = form.values.scope.type === 'territory';
  const program = useProgram(form.values.programId, territory);

  const programOptions = useMemo(() => {
    const options = (programs.data ?? []).map((p) => ({
      value: p.id,
      label: `${p.code} · ${p.name}`,
    }));
    for (const m of user?.memberships ?? []) {
      if (!options.some((o) => o.value === m.programId))
        options.push({ value: m.programId, label: m.programCode });
    }
    return options;
  }, [programs.data, user]);

  const programLabel = (programId: string) =>
    programOptions.find((o) => o.value === programId)?.label ?? programId;

  const close = () => {
    form.setValues(EMPTY);
    form.clearErrors();
    put.reset();
    remove.reset();
    setConfirming(null);
    onClose();
  };

  const pickProgram = (programId: string | null) => {
    const existing = user?.memberships.find((m) => m.programId === programId);
    form.setValues(existing ? valuesOf(existing) : { ...EMPTY, programId });
    form.clearErrors();
  };

  const pickRole = (role: string | null) => {
    const r = ROLES.find((x) => x === role) ?? null;
    form.setFieldValue('role', r);
    if (r) form.setFieldValue('scope', { type: DEFAULT_SCOPE_TYPE[r], cities: [], localities: [] });
  };

  const submit = form.onSubmit((values) => {
    if (!user || !values.programId || !values.role) return;
    const isTerritory = values.scope.type === 'territory';
    put.mutate(
      {
        userId: user.id,
        programId: values.programId,
        body: {
          role: values.role,
          scope: {
            type: values.scope.type,
            cities: isTerritory ? values.scope.cities : [],
            localities: isTerritory ? values.scope.localities : [],
          },
        },
      },
      {
        onSuccess: (updated) => {
          notifySuccess(
            t('ui.memberships.saved'),
            t('ui.memberships.savedBody', { name: updated.name }),
          );
          form.setValues(EMPTY);
          onChanged(updated);
        },
        onError: (error) => form.setErrors(formErrors(error, FIELDS)),
      },
    );
  });

  const removeMembership = (programId: string) => {
    if (!user) return;
    remove.mutate(
      { userId: user.id, programId },
      {
        onSuccess: (updated) => {
          setConfirming(null);
          notifySuccess(
            t('ui.memberships.removed'),
            t('ui.memberships.removedBody', {
              name: updated.name,
              program: programLabel(programId),
            }),
          );
          if (form.values.programId === programId) form.setValues(EMPTY);
          onChanged(updated);
        },
        onError: (error) => notifyError(t('ui.memberships.removeFailed'), error),
      },
    );
  };

  const scopeSummary = (m: Membership) => {
    const places = [...m.scope.cities, ...m.scope.localities];
    return places.length
      ? `${scopeTypeLabel(m.scope.type)}: ${places.join(', ')}`
      : scopeTypeLabel(m.scope.type);
  };

  const cityOptions = (program.data?.cities ?? []).map((c) => ({
    value: c.municipalityCode,
    label: `${c.name} (${c.municipalityCode})`,
  }));
  const localityOptions = (program.data?.localities ?? []).map((l) => ({
    value: l.localityCode,
    label: `${l.name} (${l.localityCode})`,
  }));
  const extra = unplacedFieldErrors(put.error, FIELDS);

  return (
    <Modal
      opened={user !== null}
      onClose={close}
      title={user ? t('ui.memberships.title', { name: user.name }) : ''}
      size="xl"
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      {user && (
        <Stack gap="lg">
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('ui.memberships.current')}
            </Title>
            {user.memberships.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('ui.memberships.none')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={520}>
                <Table verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('ui.memberships.program')}</Table.Th>
                      <Table.Th scope="col">{t('ui.memberships.role')}</Table.Th>
                      <Table.Th scope="col">{t('ui.memberships.scope')}</Table.Th>
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('ui.common.actions')}</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {user.memberships.map((m) => (
                      <Table.Tr key={m.programId}>
                        <Table.Td>{m.programCode}</Table.Td>
                        <Table.Td>{roleLabel(m.role)}</Table.Td>
                        <Table.Td>
                          <Text size="sm" lineClamp={2}>
                            {scopeSummary(m)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {confirming === m.programId ? (
                            <Group gap={4} wrap="nowrap" justify="flex-end">
                              <Button
                                size="xs"
                                color="red.9"
                                loading={remove.isPending}
                                onClick={() => removeMembership(m.programId)}
                              >
                                {t('ui.memberships.confirmRemove')}
                              </Button>
                              <Button
                                size="xs"
                                variant="default"
                                onClick={() => setConfirming(null)}
                              >
                                {t('ui.common.cancel')}
                              </Button>
                            </Group>
                          ) : (
                            <Group gap={4} wrap="nowrap" justify="flex-end">
                              <Button
                                size="xs"
                                variant="light"
                                onClick={() => pickProgram(m.programId)}
                              >
                                {t('ui.common.edit')}
                              </Button>
                              <Button
                                size="xs"
                                variant="subtle"
                                color="red.9"
                                onClick={() => setConfirming(m.programId)}
                                aria-label={t('ui.memberships.removeFrom', {
                                  program: m.programCode,
                                })}
                              >
                                {t('ui.memberships.remove')}
                              </Button>
                            </Group>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>

          <Divider />

          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Title order={3} size="h5">
                {t('ui.memberships.formTitle')}
              </Title>
              {put.error && (
                <Alert color="red" variant="light" role="alert">
                  {errorMessage(put.error)}
                  {extra.length > 0 && (
                    <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                      {extra.map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                    </ul>
                  )}
                </Alert>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Select
                  label={t('ui.memberships.program')}
                  data={programOptions}
                  searchable
                  required
                  nothingFoundMessage={t('ui.common.nothingFound')}
                  {...form.getInputProps('programId')}
                  onChange={pickProgram}
                />
                <Select
                  label={t('ui.memberships.role')}
                  data={ROLES.map((r) => ({ value: r, label: roleLabel(r) ?? r }))}
                  required
                  {...form.getInputProps('role')}
                  onChange={pickRole}
                />
              </SimpleGrid>
              <Select
                label={t('ui.memberships.scope')}
                description={t('ui.memberships.scopeHelp')}
                data={SCOPE_TYPES.map((s) => ({ value: s, label: scopeTypeLabel(s) }))}
                allowDeselect={false}
                {...form.getInputProps('scope.type')}
              />
              {territory && form.values.programId && program.isError && (
                <ErrorState error={program.error} onRetry={() => void program.refetch()} />
              )}
              {territory && (
                <MultiSelect
                  label={t('ui.memberships.cities')}
                  description={t('ui.memberships.citiesHelp')}
                  data={cityOptions}
                  searchable
                  clearable
                  disabled={!form.values.programId || program.isPending}
                  nothingFoundMessage={t('ui.common.nothingFound')}
                  {...form.getInputProps('scope.cities')}
                />
              )}
              {territory && localityOptions.length > 0 && (
                <MultiSelect
                  label={t('ui.memberships.localities')}
                  data={localityOptions}
                  searchable
                  clearable
                  nothingFoundMessage={t('ui.common.nothingFound')}
                  {...form.getInputProps('scope.localities')}
                />
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('ui.common.close')}
                </Button>
                <Button type="submit" loading={put.isPending}>
                  {t('ui.memberships.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stack>
      )}
    </Modal>
  );
}
