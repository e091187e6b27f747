import {
  ActionIcon,
  Anchor,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { randomId, useDocumentTitle } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DEFAULT_STAGES, DEFAULT_WITHDRAWAL_REASONS } from '../../../../shared/cases.ts';
import type { TCaseSettings, TGateRequirement } from '../../../../shared/schemas/cases.ts';
import { errorMessage, isApiError } from '../../api/client.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SaveActions } from '../../components/SaveActions.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { isMissing, oneOf } from '../registration/labels.ts';
import { Section } from '../registration/ApplicantPage.tsx';
import { useCaseSettings, useSaveCaseSettings } from './api.ts';
import { useCasePermissions } from './permissions.ts';

type Name = { es: string; en: string };
interface StageRow {
  key: string;
  isNew: boolean;
  id: string;
  name: Name;
  encounterInStage: boolean;
  nextSteps: boolean;
  ownerPhone: boolean;
  minEncounters: number | string;
}
interface ReasonRow {
  key: string;
  isNew: boolean;
  id: string;
  name: Name;
}
interface Values {
  caseload: { recommended: number | string; maximum: number | string };
  stalledAfterDays: number | string;
  stages: StageRow[];
  withdrawalReasons: ReasonRow[];
}

function toValues(s: TCaseSettings): Values {
  const has = (r: TGateRequirement[], kind: TGateRequirement['kind']) =>
    r.some((x) => x.kind === kind);
  return {
    caseload: { ...s.caseload },
    stalledAfterDays: s.stalledAfterDays,
    stages: s.stages.map((st) => {
      const min = st.requires.find((r) => r.kind === 'min_encounters');
      return {
        key: randomId(),
        isNew: false,
        id: st.id,
        name: { ...st.name },
        encounterInStage: has(st.requires, 'encounter_in_stage'),
        nextSteps: has(st.requires, 'next_steps'),
        ownerPhone: has(st.requires, 'owner_phone'),
        minEncounters: min?.kind === 'min_encounters' ? min.count : 0,
      };
    }),
    withdrawalReasons: s.withdrawalReasons.map((r) => ({
      key: randomId(),
      isNew: false,
      id: r.id,
      name: { ...r.name },
    })),
  };
}

function toBody(v: Values): TCaseSettings {
  return {
    caseload: {
      recommended: Number(v.caseload.recommended),
      maximum: Number(v.caseload.maximum),
    },
    stalledAfterDays: Number(v.stalledAfterDays),
    stages: v.stages.map((s) => {
      const requires: TGateRequirement[] = [];
      if (s.encounterInStage) requires.push({ kind: 'encounter_in_stage' });
      const count = Number(s.minEncounters);
      if (count > 0) requires.push({ kind: 'min_encounters', count });
      if (s.nextSteps) requires.push({ kind: 'next_steps' });
      if (s.ownerPhone) requires.push({ kind: 'owner_phone' });
      return { id: s.id.trim(), name: { es: s.name.es.trim(), en: s.name.en.trim() }, requires };
    }),
    withdrawalReasons: v.withdrawalReasons.map((r) => ({
      id: r.id.trim(),
      name: { es: r.name.es.trim(), en: r.name.en.trim() },
    })),
  };
}

/** Where a server field error shows: next to its input, or above its list. */
function placeError(path: string): string | null {
  if (/^(caseload\.(recommended|maximum)|stalledAfterDays)$/.test(path)) return path;
  if (/^stages\.\d+\.(id|name\.es|name\.en)$/.test(path)) return path;
  const gate = /^stages\.(\d+)\.requires/.exec(path);
  if (gate) return `stages.${gate[1]}.minEncounters`;
  if (/^withdrawalReasons\.\d+\.(id|name\.es|name\.en)$/.test(path)) return path;
  if (path.startsWith('stages')) return 'stages';
  if (path.startsWith('withdrawalReasons')) return 'withdrawalReasons';
  return null;
}

const MAX_STAGES = 15;
const MAX_REASONS = 30;

/** An item's id (typed only while new) and its Spanish and English names over the defaults. */
function IdAndNames(props: {
  form: UseFormReturnType<Values>;
  path: string;
  idLabel: string;
  isNew: boolean;
  fallback: { es: string; en: string } | null;
  maxLength: number;
}) {
  const { t } = useTranslation();
  const { form, path } = props;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <TextInput
        label={props.idLabel}
        description={props.isNew ? t('ui.cases.settings.stageIdHelp') : undefined}
        readOnly={!props.isNew}
        maxLength={40}
        {...form.getInputProps(`${path}.id`)}
      />
      <TextInput
        label={t('ui.cases.settings.nameEs')}
        placeholder={props.fallback?.es}
        maxLength={props.maxLength}
        {...form.getInputProps(`${path}.name.es`)}
      />
      <TextInput
        label={t('ui.cases.settings.nameEn')}
        placeholder={props.fallback?.en}
        maxLength={props.maxLength}
        {...form.getInputProps(`${path}.name.en`)}
      />
    </SimpleGrid>
  );
}

function SettingsForm({ programId, settings }: { programId: string; settings: TCaseSettings }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const save = useSaveCaseSettings(programId);
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<Values>({ mode: 'controlled', initialValues: toValues(settings) });
  const v = form.values;

  const defaultStage = (id: string) => (oneOf(DEFAULT_STAGES, id) ? t(`cases.stages.${id}`) : '');
  const defaultReason = (id: string) =>
    oneOf(DEFAULT_WITHDRAWAL_REASONS, id) ? t(`cases.withdrawalReasons.${id}`) : '';
  const stageLabel = (s: StageRow) =>
    s.name[lang] || defaultStage(s.id) || s.id || t('ui.cases.settings.newStage');
  const reasonLabel = (r: ReasonRow) =>
    r.name[lang] || defaultReason(r.id) || r.id || t('ui.cases.settings.newReason');

  const submit = (values: Values) => {
    setGeneral([]);
    save.mutate(toBody(values), {
      onSuccess: (saved) => {
        const next = toValues(saved);
        form.setValues(next);
        form.resetDirty(next);
        notifySuccess(t('ui.cases.settings.saved'), t('ui.cases.settings.savedBody'));
      },
      onError: (e) => {
        const errors: Record<string, string> = {};
        const rest: string[] = [];
        if (isApiError(e)) {
          for (const field of e.fields) {
            const at = placeError(field.path);
            if (at) errors[at] = errors[at] ? `${errors[at]} ${field.message}` : field.message;
            else rest.push(field.message);
          }
        }
        form.setErrors(errors);
        setGeneral(
          rest.length > 0 || Object.keys(errors).length === 0 ? [errorMessage(e), ...rest] : [],
        );
      },
    });
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        <Section id="settings-caseload-title" title={t('ui.cases.settings.caseload')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NumberInput
              label={t('ui.cases.settings.recommended')}
              description={t('ui.cases.settings.recommendedHelp')}
              min={1}
              max={1000}
              allowDecimal={false}
              {...form.getInputProps('caseload.recommended')}
            />
            <NumberInput
              label={t('ui.cases.settings.maximum')}
              description={t('ui.cases.settings.maximumHelp')}
              min={1}
              max={1000}
              allowDecimal={false}
              {...form.getInputProps('caseload.maximum')}
            />
            <NumberInput
              label={t('ui.cases.settings.stalledAfterDays')}
              min={1}
              max={365}
              allowDecimal={false}
              {...form.getInputProps('stalledAfterDays')}
            />
          </SimpleGrid>
        </Section>

        <Section id="settings-stages-title" title={t('ui.cases.settings.stages')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('ui.cases.settings.stagesHelp')}
            </Text>
            {form.errors.stages && (
              <Notice color="red" role="alert">
                {form.errors.stages}
              </Notice>
            )}
            <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {v.stages.map((s, i) => {
                const label = stageLabel(s);
                const headingId = `stage-${s.key}`;
                const known = s.id;
                const fallback = oneOf(DEFAULT_STAGES, known)
                  ? {
                      es: t(`cases.stages.${known}`, { lng: 'es' }),
                      en: t(`cases.stages.${known}`, { lng: 'en' }),
                    }
                  : null;
                return (
                  <li key={s.key}>
                    <Paper withBorder radius="md" p="sm" role="group" aria-labelledby={headingId}>
                      <Stack gap="xs">
                        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                          <Title order={3} size="h6" id={headingId} style={{ minWidth: 0 }}>
                            {t('ui.cases.settings.stageN', { n: i + 1, stage: label })}
                          </Title>
                          <Group gap={4} wrap="nowrap">
                            <ActionIcon
                              variant="default"
                              size="lg"
                              disabled={i === 0}
                              aria-label={t('ui.cases.settings.moveUp', { stage: label })}
                              onClick={() => form.reorderListItem('stages', { from: i, to: i - 1 })}
                            >
                              <IconArrowUp size={18} aria-hidden="true" />
                            </ActionIcon>
                            <ActionIcon
                              variant="default"
                              size="lg"
                              disabled={i === v.stages.length - 1}
                              aria-label={t('ui.cases.settings.moveDown', { stage: label })}
                              onClick={() => form.reorderListItem('stages', { from: i, to: i + 1 })}
                            >
                              <IconArrowDown size={18} aria-hidden="true" />
                            </ActionIcon>
                            <ActionIcon
                              variant="default"
                              size="lg"
                              c="red.9"
                              disabled={v.stages.length <= 2}
                              aria-label={t('ui.cases.settings.remove', { stage: label })}
                              onClick={() => form.removeListItem('stages', i)}
                            >
                              <IconTrash size={18} aria-hidden="true" />
                            </ActionIcon>
                          </Group>
                        </Group>
                        <IdAndNames
                          form={form}
                          path={`stages.${i}`}
                          idLabel={t('ui.cases.settings.stageId')}
                          isNew={s.isNew}
                          fallback={fallback}
                          maxLength={60}
                        />
                        <Text size="sm" fw={500}>
                          {t('ui.cases.settings.requires')}
                        </Text>
                        <Stack gap={6}>
                          <Checkbox
                            label={t('cases.gates.encounter_in_stage')}
                            {...form.getInputProps(`stages.${i}.encounterInStage`, {
                              type: 'checkbox',
                            })}
                          />
                          <Checkbox
                            label={t('cases.gates.next_steps')}
                            {...form.getInputProps(`stages.${i}.nextSteps`, { type: 'checkbox' })}
                          />
                          <Checkbox
                            label={t('cases.gates.owner_phone')}
                            {...form.getInputProps(`stages.${i}.ownerPhone`, { type: 'checkbox' })}
                          />
                          <NumberInput
                            label={t('ui.cases.settings.minEncounters')}
                            description={t('ui.cases.settings.minEncountersHelp')}
                            min={0}
                            max={50}
                            allowDecimal={false}
                            maw={280}
                            {...form.getInputProps(`stages.${i}.minEncounters`)}
                          />
                        </Stack>
                      </Stack>
                    </Paper>
                  </li>
                );
              })}
            </Stack>
            <Button
              variant="default"
              leftSection={<IconPlus size={18} aria-hidden="true" />}
              disabled={v.stages.length >= MAX_STAGES}
              style={{ alignSelf: 'flex-start' }}
              onClick={() =>
                form.insertListItem(
                  'stages',
                  {
                    key: randomId(),
                    isNew: true,
                    id: '',
                    name: { es: '', en: '' },
                    encounterInStage: false,
                    nextSteps: false,
                    ownerPhone: false,
                    minEncounters: 0,
                  } satisfies StageRow,
                  // Before the last stage, which completes the case.
                  Math.max(v.stages.length - 1, 0),
                )
              }
            >
              {t('ui.cases.settings.addStage')}
            </Button>
          </Stack>
        </Section>

        <Section id="settings-reasons-title" title={t('ui.cases.settings.reasons')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('ui.cases.settings.reasonsHelp')}
            </Text>
            {form.errors.withdrawalReasons && (
              <Notice color="red" role="alert">
                {form.errors.withdrawalReasons}
              </Notice>
            )}
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {v.withdrawalReasons.map((r, i) => {
                const label = reasonLabel(r);
                const headingId = `reason-${r.key}`;
                const known = r.id;
                const fallback = oneOf(DEFAULT_WITHDRAWAL_REASONS, known)
                  ? {
                      es: t(`cases.withdrawalReasons.${known}`, { lng: 'es' }),
                      en: t(`cases.withdrawalReasons.${known}`, { lng: 'en' }),
                    }
                  : null;
                return (
                  <li key={r.key}>
                    <Paper withBorder radius="md" p="sm" role="group" aria-labelledby={headingId}>
                      <Stack gap="xs">
                        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                          <Title order={3} size="h6" id={headingId} style={{ minWidth: 0 }}>
                            {t('ui.cases.settings.reasonN', { n: i + 1, reason: label })}
                          </Title>
                          <ActionIcon
                            variant="default"
                            size="lg"
                            c="red.9"
                            disabled={v.withdrawalReasons.length <= 1}
                            aria-label={t('ui.cases.settings.removeReason', { reason: label })}
                            onClick={() => form.removeListItem('withdrawalReasons', i)}
                          >
                            <IconTrash size={18} aria-hidden="true" />
                          </ActionIcon>
                        </Group>
                        <IdAndNames
                          form={form}
                          path={`withdrawalReasons.${i}`}
                          idLabel={t('ui.cases.settings.reasonId')}
                          isNew={r.isNew}
                          fallback={fallback}
                          maxLength={80}
                        />
                      </Stack>
                    </Paper>
                  </li>
                );
              })}
            </Stack>
            <Button
              variant="default"
              leftSection={<IconPlus size={18} aria-hidden="true" />}
              disabled={v.withdrawalReasons.length >= MAX_REASONS}
              style={{ alignSelf: 'flex-start' }}
              onClick={() =>
                form.insertListItem('withdrawalReasons', {
                  key: randomId(),
                  isNew: true,
                  id: '',
                  name: { es: '', en: '' },
                } satisfies ReasonRow)
              }
            >
              {t('ui.cases.settings.addReason')}
            </Button>
          </Stack>
        </Section>

        <SaveActions
          problems={general}
          failedTitle={t('ui.cases.settings.saveFailed')}
          resetLabel={t('ui.cases.settings.reset')}
          saveLabel={t('ui.cases.settings.save')}
          dirty={form.isDirty()}
          saving={save.isPending}
          onReset={() => {
            form.reset();
            form.clearErrors();
            setGeneral([]);
          }}
        />
      </Stack>
    </form>
  );
}

/** The program's case configuration, for coordinators: caseload, stages with gates, reasons. */
export default function CaseSettingsPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const can = useCasePermissions();
  const settings = useCaseSettings(programId);
  useDocumentTitle(`${t('ui.cases.settings.title')} · ${t('ui.app.name')}`);

  if (settings.isPending) return <LoadingState />;
  if (isMissing(settings.error)) return <NotFoundPage />;
  if (settings.isError)
    return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('ui.cases.settings.title')}
        crumbs={[{ label: t('ui.cases.title'), to: `/p/${encodeURIComponent(programId)}/cases` }]}
      >
        <Text size="sm" c="dimmed">
          {t('ui.cases.settings.intro')}
        </Text>
        <Anchor
          component={Link}
          to={`/p/${encodeURIComponent(programId)}/assessment/settings`}
          size="sm"
        >
          {t('ui.assessmentAdmin.settings.seeAlso')}
        </Anchor>
      </PageHeader>
      {can.editSettings ? (
        <SettingsForm programId={programId} settings={settings.data} />
      ) : (
        <Notice color="yellow">{t('ui.cases.settings.noAccess')}</Notice>
      )}
    </Stack>
  );
}
