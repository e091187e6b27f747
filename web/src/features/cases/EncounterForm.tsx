import { NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENCOUNTER_MODES } from '../../../../shared/schemas/cases.ts';
import type { TEncounterBody } from '../../../../shared/schemas/cases.ts';
import { ChoiceGroup } from '../../components/ChoiceGroup.tsx';
import { useCaseLabels } from './labels.ts';

export interface EncounterValues {
  occurredOn: string;
  mode: TEncounterBody['mode'];
  durationMinutes: number | string;
  notes: string;
  nextSteps: string;
  nextStepDueOn: string;
}

/** Today in the browser's time zone, as `YYYY-MM-DD`. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Whether a value is a day as a date input gives it: `YYYY-MM-DD`. */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

export function useEncounterForm(options: { requireNextSteps?: boolean } = {}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<EncounterValues>({
    occurredOn: today(),
    mode: 'in_person',
    durationMinutes: 30,
    notes: '',
    nextSteps: '',
    nextStepDueOn: '',
  });
  const [errors, setErrors] = useState<Partial<Record<keyof EncounterValues, string>>>({});
  const set = <K extends keyof EncounterValues>(key: K, value: EncounterValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  /** The body to send, or null after showing what is wrong. */
  const validate = (): TEncounterBody | null => {
    const next: typeof errors = {};
    if (!isDay(values.occurredOn)) next.occurredOn = t('ui.cases.encounter.errors.date');
    else if (values.occurredOn > today()) next.occurredOn = t('ui.cases.encounter.errors.future');
    const minutes = Number(values.durationMinutes);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 600)
      next.durationMinutes = t('ui.cases.encounter.errors.duration');
    if (options.requireNextSteps && values.nextSteps.trim() === '')
      next.nextSteps = t('ui.cases.encounter.errors.nextSteps');
    if (values.nextStepDueOn && values.nextStepDueOn < values.occurredOn)
      next.nextStepDueOn = t('ui.cases.encounter.errors.dueBefore');
    setErrors(next);
    if (Object.keys(next).length > 0) return null;
    return {
      occurredOn: values.occurredOn,
      mode: values.mode,
      durationMinutes: minutes,
      notes: values.notes.trim(),
      nextSteps: values.nextSteps.trim(),
      nextStepDueOn: values.nextStepDueOn || null,
    };
  };
  return { values, errors, set, validate, requireNextSteps: Boolean(options.requireNextSteps) };
}

export type EncounterForm = ReturnType<typeof useEncounterForm>;

/** The fields of an encounter, sized for a phone: date, how, how long, what was done, what next. */
export function EncounterFields({ form }: { form: EncounterForm }) {
  const { t } = useTranslation();
  const labels = useCaseLabels(undefined);
  const { values, errors, set } = form;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          type="date"
          label={t('ui.cases.encounter.occurredOn')}
          value={values.occurredOn}
          max={today()}
          onChange={(e) => set('occurredOn', e.currentTarget.value)}
          error={errors.occurredOn}
          required
          size="md"
        />
        <NumberInput
          label={t('ui.cases.encounter.duration')}
          value={values.durationMinutes}
          onChange={(v) => set('durationMinutes', v)}
          min={1}
          max={600}
          step={15}
          allowDecimal={false}
          error={errors.durationMinutes}
          required
          size="md"
          inputMode="numeric"
        />
      </SimpleGrid>
      <ChoiceGroup
        label={t('ui.cases.encounter.mode')}
        options={ENCOUNTER_MODES.map((m) => ({ value: m, label: labels.mode(m) }))}
        value={values.mode}
        onChange={(v) => set('mode', v as EncounterValues['mode'])}
        inline
        required
        size="md"
        name="encounter-mode"
      />
      <Textarea
        label={t('ui.cases.encounter.notes')}
        value={values.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={4000}
        size="md"
      />
      <Textarea
        label={t('ui.cases.encounter.nextSteps')}
        description={form.requireNextSteps ? t('ui.cases.encounter.nextStepsRequired') : undefined}
        value={values.nextSteps}
        onChange={(e) => set('nextSteps', e.currentTarget.value)}
        error={errors.nextSteps}
        required={form.requireNextSteps}
        autosize
        minRows={2}
        maxRows={5}
        maxLength={2000}
        size="md"
      />
      <TextInput
        type="date"
        label={t('ui.cases.encounter.dueOn')}
        value={values.nextStepDueOn}
        min={values.occurredOn}
        onChange={(e) => set('nextStepDueOn', e.currentTarget.value)}
        error={errors.nextStepDueOn}
        size="md"
      />
    </Stack>
  );
}
