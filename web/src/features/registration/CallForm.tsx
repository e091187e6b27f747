import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_CALL_RULES,
  PRIORITY_GROUPS,
  REQUIRED_DOCUMENT_KINDS,
  ZCallBody,
} from '../../../../shared/schemas/registration.ts';
import type {
  CriterionKind,
  DocumentKind,
  PriorityGroup,
  TCall,
  TCallBody,
  TCallRules,
  TCriterion,
} from '../../../../shared/schemas/registration.ts';
import type { TProgram } from '../../../../shared/schemas/programs.ts';
import { errorMessage, isApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { issueMessage } from './applicantForm.ts';
import { useRegLabels } from './labels.ts';
import { Notice } from '../../components/Notice.tsx';

const CRITERION_KINDS: readonly CriterionKind[] = [
  'lives_in_call_territory',
  'business_min_months',
  'not_previous_beneficiary',
  'documents_verified',
  'min_age',
  'max_age',
  'max_workers',
  'max_monthly_sales',
];

/** The number a criterion carries, if any, and its name in the criterion object. */
const PARAM: Partial<Record<CriterionKind, 'months' | 'years' | 'workers' | 'pesos'>> = {
  business_min_months: 'months',
  min_age: 'years',
  max_age: 'years',
  max_workers: 'workers',
  max_monthly_sales: 'pesos',
};
const PARAM_DEFAULT: Partial<Record<CriterionKind, number>> = {
  business_min_months: 6,
  min_age: 18,
  max_age: 65,
  max_workers: 10,
  max_monthly_sales: 20_000_000,
};

interface TerritoryRow {
  territoryCode: string;
  name: string;
  /** A locality: indented under its city. */
  locality: boolean;
  included: boolean;
  goal: number | string;
}

interface CriterionRow {
  kind: CriterionKind;
  value: number | string;
}

export interface CallFormValues {
  code: string;
  name: string;
  opensOn: string;
  closesOn: string;
  territories: TerritoryRow[];
  criteria: CriterionRow[];
  weights: Record<PriorityGroup, number | string>;
  requiredDocuments: DocumentKind[];
  targetFactor: number | string;
}

function initialValues(program: TProgram, call: TCall | null): CallFormValues {
  const chosen = new Map((call?.territories ?? []).map((x) => [x.territoryCode, x.goal]));
  const rules = call?.rules ?? DEFAULT_CALL_RULES;
  const territories: TerritoryRow[] = [];
  for (const city of program.cities) {
    territories.push({
      territoryCode: city.municipalityCode,
      name: city.name,
      locality: false,
      included: chosen.has(city.municipalityCode),
      goal: chosen.get(city.municipalityCode) ?? city.goal ?? '',
    });
    for (const loc of program.localities.filter(
      (l) => l.municipalityCode === city.municipalityCode,
    )) {
      territories.push({
        territoryCode: loc.localityCode,
        name: loc.name,
        locality: true,
        included: chosen.has(loc.localityCode),
        goal: chosen.get(loc.localityCode) ?? loc.goal,
      });
    }
  }
  const weights = Object.fromEntries(PRIORITY_GROUPS.map((g) => [g, 0])) as Record<
    PriorityGroup,
    number | string
  >;
  for (const w of rules.priorityWeights) weights[w.group] = w.points;
  return {
    code: call?.code ?? '',
    name: call?.name ?? '',
    opensOn: call?.opensOn ?? '',
    closesOn: call?.closesOn ?? '',
    territories,
    criteria: rules.criteria.map((c) => {
      const param = PARAM[c.kind];
      return {
        kind: c.kind,
        value: param ? ((c as unknown as Record<string, number>)[param] ?? '') : '',
      };
    }),
    weights,
    requiredDocuments: [...rules.requiredDocuments],
    targetFactor: rules.targetFactor,
  };
}

const num = (v: number | string): number =>
  typeof v === 'number' ? v : v === '' ? NaN : Number(v);

function toCriterion(row: CriterionRow): TCriterion {
  const param = PARAM[row.kind];
  return (param ? { kind: row.kind, [param]: num(row.value) } : { kind: row.kind }) as TCriterion;
}

function toBody(values: CallFormValues): { body: TCallBody; territoryIndex: number[] } {
  const included = values.territories
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.included);
  return {
    body: {
      code: values.code.trim().toUpperCase(),
      name: values.name.trim(),
      opensOn: values.opensOn,
      closesOn: values.closesOn,
      territories: included.map(({ row }) => ({
        territoryCode: row.territoryCode,
        goal: num(row.goal),
      })),
      rules: {
        criteria: values.criteria.map(toCriterion),
        priorityWeights: PRIORITY_GROUPS.map((group) => ({
          group,
          points: num(values.weights[group]) || 0,
        })).filter((w) => w.points > 0),
        requiredDocuments: REQUIRED_DOCUMENT_KINDS.filter((k) =>
          values.requiredDocuments.includes(k),
        ),
        targetFactor: num(values.targetFactor),
      },
    },
    territoryIndex: included.map(({ index }) => index),
  };
}

/** The rules in a form where equal meaning compares equal (order of weights and documents aside). */
function rulesKey(rules: TCallRules): string {
  const weights = Object.fromEntries(
    PRIORITY_GROUPS.map((g) => [g, rules.priorityWeights.find((w) => w.group === g)?.points ?? 0]),
  );
  return JSON.stringify({
    criteria: rules.criteria,
    weights,
    documents: [...rules.requiredDocuments].sort(),
    targetFactor: rules.targetFactor,
  });
}

/** A body path from the API or Zod (`rules.criteria.2.months`) as a form path. */
function formPath(path: string, territoryIndex: number[]): string {
  const parts = path.split('.');
  if (parts[0] === 'territories' && parts[1] !== undefined) {
    const index = territoryIndex[Number(parts[1])];
    return index === undefined ? 'territories' : `territories.${index}.goal`;
  }
  if (parts[0] === 'rules') {
    if (parts[1] === 'criteria' && parts[2] !== undefined) return `criteria.${parts[2]}.value`;
    if (parts[1] === 'criteria') return 'criteria';
    if (parts[1] === 'priorityWeights') return 'weights';
    if (parts[1] === 'requiredDocuments') return 'requiredDocuments';
    if (parts[1] === 'targetFactor') return 'targetFactor';
  }
  return parts[0] ?? '';
}

interface Props {
  program: TProgram;
  /** The call to change; null to open a new one. */
  call: TCall | null;
  saving: boolean;
  error: unknown;
  onSave: (body: TCallBody) => Promise<unknown>;
}

/** The setup of a call: name, dates, territories with goals, and its versioned rules. */
export function CallForm({ program, call, saving, error, onSave }: Props) {
  const { t } = useTranslation();
  const labels = useRegLabels();
  const es = currentLanguage() === 'es';
  const initial = useMemo(() => initialValues(program, call), [program, call]);
  const form = useForm<CallFormValues>({ initialValues: initial });
  const [pending, setPending] = useState<{ body: TCallBody; territoryIndex: number[] } | null>(
    null,
  );

  const apply = (result: { body: TCallBody; territoryIndex: number[] }) =>
    onSave(result.body).catch((err: unknown) => {
      if (!isApiError(err)) return;
      const errors: Record<string, string> = {};
      for (const field of err.fields) {
        const path = formPath(field.path, result.territoryIndex);
        if (path && !(path in errors)) errors[path] = field.message;
      }
      form.setErrors(errors);
    });

  const submit = form.onSubmit((values) => {
    const result = toBody(values);
    const parsed = ZCallBody.safeParse(result.body);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const path = formPath(issue.path.map(String).join('.'), result.territoryIndex);
        if (path && !(path in errors)) errors[path] = issueMessage(issue);
      }
      if (!result.body.territories.length)
        errors.territories = t('ui.callForm.territoriesRequired');
      form.setErrors(errors);
      return;
    }
    if (call && rulesKey(call.rules) !== rulesKey(parsed.data.rules)) setPending(result);
    else void apply(result);
  });

  const criterionOptions = CRITERION_KINDS.map((k) => ({
    value: k,
    label: labels.criterionKind(k),
  }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {isApiError(error) && (
          <Notice color="red" role="alert" title={t('ui.callForm.notSaved')}>
            {errorMessage(error)}
          </Notice>
        )}

        <Fieldset legend={t('ui.callForm.general')} radius="md">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput label={t('ui.callForm.name')} required {...form.getInputProps('name')} />
              <TextInput
                label={t('ui.callForm.code')}
                description={call ? t('ui.callForm.codeFixed') : t('ui.callForm.codeHelp')}
                required
                disabled={Boolean(call)}
                autoCapitalize="characters"
                spellCheck={false}
                {...form.getInputProps('code')}
                onChange={(e) =>
                  form.setFieldValue(
                    'code',
                    e.currentTarget.value.toUpperCase().replace(/[^A-Z0-9-]/g, ''),
                  )
                }
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
              <TextInput
                type="date"
                label={t('ui.callForm.opensOn')}
                required
                {...form.getInputProps('opensOn')}
              />
              <TextInput
                type="date"
                label={t('ui.callForm.closesOn')}
                required
                min={form.values.opensOn || undefined}
                {...form.getInputProps('closesOn')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('ui.callForm.territories')} radius="md">
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('ui.callForm.territoriesHelp')}
            </Text>
            {form.errors.territories && (
              <Text size="sm" c="var(--mantine-color-error)" role="alert">
                {form.errors.territories}
              </Text>
            )}
            <Stack gap={6} component="ul" p={0} m={0} maw={560} style={{ listStyle: 'none' }}>
              {form.values.territories.map((row, i) => (
                <Group
                  component="li"
                  key={row.territoryCode}
                  justify="space-between"
                  wrap="nowrap"
                  gap="sm"
                  pl={row.locality ? 'lg' : 0}
                >
                  <Checkbox
                    label={row.name}
                    description={row.territoryCode}
                    {...form.getInputProps(`territories.${i}.included`, { type: 'checkbox' })}
                  />
                  <NumberInput
                    aria-label={t('ui.callForm.goalOf', { name: row.name })}
                    placeholder={t('ui.callForm.goal')}
                    disabled={!row.included}
                    min={0}
                    allowDecimal={false}
                    allowNegative={false}
                    thousandSeparator={es ? '.' : ','}
                    decimalSeparator={es ? ',' : '.'}
                    w={120}
                    {...form.getInputProps(`territories.${i}.goal`)}
                  />
                </Group>
              ))}
            </Stack>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('ui.callForm.rules')} radius="md">
          <Stack gap="lg">
            {call && (
              <Group gap="xs">
                <Badge variant="outline" color="gray.7" tt="none">
                  {t('ui.callForm.rulesVersion', { version: call.rulesVersion })}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t('ui.callForm.rulesVersionHelp')}
                </Text>
              </Group>
            )}

            <Stack gap="xs" component="section" aria-labelledby="criteria-title">
              <Text fw={600} id="criteria-title">
                {t('ui.callForm.criteria')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('ui.callForm.criteriaHelp')}
              </Text>
              {form.values.criteria.map((row, i) => {
                const param = PARAM[row.kind];
                return (
                  <Group key={i} align="flex-start" gap="xs" wrap="wrap">
                    <Select
                      label={t('ui.callForm.criterionN', { n: i + 1 })}
                      data={criterionOptions}
                      allowDeselect={false}
                      value={row.kind}
                      onChange={(v) => {
                        if (!v) return;
                        const kind = v as CriterionKind;
                        form.setFieldValue(`criteria.${i}`, {
                          kind,
                          value: PARAM_DEFAULT[kind] ?? '',
                        });
                      }}
                      style={{ flex: '1 1 240px' }}
                    />
                    {param && (
                      <NumberInput
                        label={t(`ui.callForm.params.${param}`)}
                        min={0}
                        allowDecimal={false}
                        allowNegative={false}
                        thousandSeparator={es ? '.' : ','}
                        decimalSeparator={es ? ',' : '.'}
                        prefix={param === 'pesos' ? '$ ' : undefined}
                        w={param === 'pesos' ? 180 : 120}
                        {...form.getInputProps(`criteria.${i}.value`)}
                      />
                    )}
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      size="lg"
                      mt={25}
                      onClick={() => form.removeListItem('criteria', i)}
                      aria-label={t('ui.callForm.removeCriterion', { n: i + 1 })}
                    >
                      <IconTrash size={18} aria-hidden="true" />
                    </ActionIcon>
                  </Group>
                );
              })}
              {form.errors.criteria && (
                <Text size="sm" c="var(--mantine-color-error)">
                  {form.errors.criteria}
                </Text>
              )}
              <Button
                variant="light"
                size="sm"
                w="fit-content"
                leftSection={<IconPlus size={16} aria-hidden="true" />}
                onClick={() =>
                  form.insertListItem('criteria', { kind: 'business_min_months', value: 6 })
                }
                disabled={form.values.criteria.length >= 20}
              >
                {t('ui.callForm.addCriterion')}
              </Button>
            </Stack>

            <Stack gap="xs" component="section" aria-labelledby="weights-title">
              <Text fw={600} id="weights-title">
                {t('ui.callForm.weights')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('ui.callForm.weightsHelp')}
              </Text>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
                {PRIORITY_GROUPS.map((group) => (
                  <NumberInput
                    key={group}
                    label={labels.priorityGroup(group)}
                    min={0}
                    max={100}
                    allowDecimal={false}
                    allowNegative={false}
                    suffix={` ${t('ui.callForm.points')}`}
                    {...form.getInputProps(`weights.${group}`)}
                  />
                ))}
              </SimpleGrid>
              {form.errors.weights && (
                <Text size="sm" c="var(--mantine-color-error)">
                  {form.errors.weights}
                </Text>
              )}
            </Stack>

            <Checkbox.Group
              label={t('ui.callForm.documents')}
              description={t('ui.callForm.documentsHelp')}
              {...form.getInputProps('requiredDocuments')}
            >
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
                {REQUIRED_DOCUMENT_KINDS.map((kind) => (
                  <Checkbox key={kind} value={kind} label={labels.documentKind(kind)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>

            <NumberInput
              label={t('ui.callForm.targetFactor')}
              description={t('ui.callForm.targetFactorHelp')}
              min={1}
              max={5}
              step={0.1}
              decimalScale={2}
              decimalSeparator={es ? ',' : '.'}
              w={{ base: '100%', xs: 320 }}
              {...form.getInputProps('targetFactor')}
            />
          </Stack>
        </Fieldset>

        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {call ? t('ui.callForm.save') : t('ui.callForm.create')}
          </Button>
        </Group>
      </Stack>

      <ConfirmDialog
        opened={pending !== null}
        title={t('ui.callForm.reevaluateTitle')}
        message={t('ui.callForm.reevaluateBody', { version: (call?.rulesVersion ?? 0) + 1 })}
        confirmLabel={t('ui.callForm.reevaluateConfirm')}
        loading={saving}
        onConfirm={() => {
          if (!pending) return;
          void apply(pending).finally(() => setPending(null));
        }}
        onClose={() => setPending(null)}
      />
    </form>
  );
}
