import { NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, ETHNIC_GROUPS, SEXES } from '../../../../shared/schemas/registration.ts';
import { ChoiceGroup } from '../../components/ChoiceGroup.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import type { ApplicantFormValues } from './applicantForm.ts';
import { SKIP, cleanDocumentNumber, cleanPhoneTyping, today } from './applicantForm.ts';
import { CiiuField } from './CiiuField.tsx';
import { useRegLabels } from './labels.ts';

type Form = UseFormReturnType<ApplicantFormValues>;

export interface TerritoryOption {
  territoryCode: string;
  name: string;
}

const SIZE = 'md';

function useYesNo() {
  const { t } = useTranslation();
  return [
    { value: 'yes', label: t('ui.applicantForm.yes') },
    { value: 'no', label: t('ui.applicantForm.no') },
  ];
}

/** Who the owner is, how to reach them and where they live. */
export function OwnerFields({ form, territories }: { form: Form; territories: TerritoryOption[] }) {
  const { t } = useTranslation();
  const labels = useRegLabels();
  const passport = form.values.owner.documentType === 'PAS';
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label={t('ui.applicantForm.fields.owner.documentType')}
          required
          size={SIZE}
          data={DOCUMENT_TYPES.map((d) => ({ value: d, label: labels.documentType(d) }))}
          {...form.getInputProps('owner.documentType')}
        />
        <TextInput
          label={t('ui.applicantForm.fields.owner.documentNumber')}
          description={t('ui.applicantForm.hints.documentNumber')}
          required
          size={SIZE}
          inputMode={passport ? 'text' : 'numeric'}
          autoComplete="off"
          spellCheck={false}
          {...form.getInputProps('owner.documentNumber')}
          onChange={(e) =>
            form.setFieldValue('owner.documentNumber', cleanDocumentNumber(e.currentTarget.value))
          }
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('ui.applicantForm.fields.owner.firstNames')}
          required
          size={SIZE}
          autoComplete="given-name"
          {...form.getInputProps('owner.firstNames')}
        />
        <TextInput
          label={t('ui.applicantForm.fields.owner.lastNames')}
          required
          size={SIZE}
          autoComplete="family-name"
          {...form.getInputProps('owner.lastNames')}
        />
      </SimpleGrid>
      <ChoiceGroup
        size={SIZE}
        label={t('ui.applicantForm.fields.owner.sex')}
        required
        inline
        options={SEXES.map((s) => ({ value: s, label: labels.sex(s) }))}
        value={form.values.owner.sex}
        onChange={(v) => form.setFieldValue('owner.sex', v)}
        error={form.errors['owner.sex']}
      />
      <TextInput
        type="date"
        label={t('ui.applicantForm.fields.owner.birthDate')}
        required
        size={SIZE}
        max={today()}
        min="1900-01-01"
        autoComplete="bday"
        {...form.getInputProps('owner.birthDate')}
        style={{ maxWidth: 260 }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          type="tel"
          label={t('ui.applicantForm.fields.owner.phone')}
          description={t('ui.applicantForm.hints.phone')}
          required
          size={SIZE}
          inputMode="tel"
          autoComplete="tel-national"
          {...form.getInputProps('owner.phone')}
          onChange={(e) =>
            form.setFieldValue('owner.phone', cleanPhoneTyping(e.currentTarget.value))
          }
        />
        <TextInput
          type="email"
          label={t('ui.applicantForm.fields.owner.email')}
          description={t('ui.applicantForm.hints.optional')}
          size={SIZE}
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          {...form.getInputProps('owner.email')}
        />
      </SimpleGrid>
      <NativeSelect
        label={t('ui.applicantForm.fields.owner.territoryCode')}
        description={t('ui.applicantForm.hints.territory')}
        required
        size={SIZE}
        data={[
          { value: '', label: t('ui.applicantForm.placeholders.choose'), disabled: true },
          ...territories.map((x) => ({ value: x.territoryCode, label: x.name })),
        ]}
        {...form.getInputProps('owner.territoryCode')}
      />
      <TextInput
        label={t('ui.applicantForm.fields.owner.address')}
        description={t('ui.applicantForm.hints.address')}
        required
        size={SIZE}
        autoComplete="street-address"
        {...form.getInputProps('owner.address')}
      />
    </Stack>
  );
}

/** The optional, sensitive questions: each can be left unanswered or declined explicitly. */
export function SensitiveFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const labels = useRegLabels();
  const options = [
    { value: 'yes', label: t('ui.applicantForm.yes') },
    { value: 'no', label: t('ui.applicantForm.no') },
    { value: SKIP, label: t('ui.applicantForm.preferNotToAnswer') },
  ];
  const question = (
    field: 'headOfHouseholdMother' | 'disability' | 'conflictVictim',
    hint?: string,
  ) => (
    <ChoiceGroup
      size={SIZE}
      label={t(`ui.applicantForm.fields.owner.${field}`)}
      description={hint}
      inline
      options={options}
      value={form.values.owner[field]}
      onChange={(v) =>
        form.setFieldValue(`owner.${field}`, v as ApplicantFormValues['owner'][typeof field])
      }
      error={form.errors[`owner.${field}`]}
    />
  );
  return (
    <Stack gap="lg">
      {question('headOfHouseholdMother', t('ui.applicantForm.hints.headOfHouseholdMother'))}
      {question('disability')}
      {question('conflictVictim', t('ui.applicantForm.hints.conflictVictim'))}
      <NativeSelect
        label={t('ui.applicantForm.fields.owner.ethnicGroup')}
        size={SIZE}
        data={[
          { value: '', label: t('ui.applicantForm.placeholders.noAnswer') },
          ...ETHNIC_GROUPS.map((g) => ({ value: g, label: labels.ethnicGroup(g) })),
          { value: SKIP, label: t('ui.applicantForm.preferNotToAnswer') },
        ]}
        {...form.getInputProps('owner.ethnicGroup')}
      />
    </Stack>
  );
}

/** The business: what it does, since when, how formal and how big it is. */
export function BusinessFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const yesNo = useYesNo();
  const es = currentLanguage() === 'es';
  const choice = (
    field:
      'hasPremises' | 'hasRut' | 'hasChamberRegistration' | 'greenPractices' | 'culturalCreative',
    hint?: string,
  ) => (
    <ChoiceGroup
      size={SIZE}
      label={t(`ui.applicantForm.fields.business.${field}`)}
      description={hint}
      required
      inline
      options={yesNo}
      value={form.values.business[field]}
      onChange={(v) => form.setFieldValue(`business.${field}`, v as 'yes' | 'no')}
      error={form.errors[`business.${field}`]}
    />
  );
  return (
    <Stack gap="md">
      <TextInput
        label={t('ui.applicantForm.fields.business.name')}
        description={t('ui.applicantForm.hints.businessName')}
        required
        size={SIZE}
        autoComplete="organization"
        {...form.getInputProps('business.name')}
      />
      <CiiuField
        size={SIZE}
        text={form.values.business.ciiuText}
        error={form.errors['business.ciiuCode']}
        onChange={({ text, code }) => {
          form.setFieldValue('business.ciiuText', text);
          form.setFieldValue('business.ciiuCode', code);
          if (code) form.clearFieldError('business.ciiuCode');
        }}
      />
      <TextInput
        type="date"
        label={t('ui.applicantForm.fields.business.startedOn')}
        description={t('ui.applicantForm.hints.startedOn')}
        required
        size={SIZE}
        max={today()}
        min="1900-01-01"
        {...form.getInputProps('business.startedOn')}
        style={{ maxWidth: 260 }}
      />
      {choice('hasPremises', t('ui.applicantForm.hints.hasPremises'))}
      {choice('hasRut', t('ui.applicantForm.hints.hasRut'))}
      {choice('hasChamberRegistration', t('ui.applicantForm.hints.hasChamberRegistration'))}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <NumberInput
          label={t('ui.applicantForm.fields.business.workersTotal')}
          description={t('ui.applicantForm.hints.workersTotal')}
          required
          size={SIZE}
          min={0}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          inputMode="numeric"
          hideControls
          {...form.getInputProps('business.workersTotal')}
        />
        <NumberInput
          label={t('ui.applicantForm.fields.business.workersWomen')}
          description={t('ui.applicantForm.hints.workersWomen')}
          required
          size={SIZE}
          min={0}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          inputMode="numeric"
          hideControls
          {...form.getInputProps('business.workersWomen')}
        />
      </SimpleGrid>
      <NumberInput
        label={t('ui.applicantForm.fields.business.monthlySales')}
        description={t('ui.applicantForm.hints.monthlySales')}
        required
        size={SIZE}
        min={0}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator={es ? '.' : ','}
        decimalSeparator={es ? ',' : '.'}
        prefix="$ "
        inputMode="numeric"
        hideControls
        {...form.getInputProps('business.monthlySales')}
        style={{ maxWidth: 320 }}
      />
      {choice('greenPractices', t('ui.applicantForm.hints.greenPractices'))}
      {choice('culturalCreative', t('ui.applicantForm.hints.culturalCreative'))}
    </Stack>
  );
}
