import {
  Accordion,
  Box,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { levelOf } from '../../../../shared/domain/assessment/scoring.ts';
import {
  LEVELS,
  OVERALL_AGGREGATIONS,
  type Level,
  type TAssessmentSettings,
  type TPlanTemplate,
  type TQuestionnaireDefinition,
} from '../../../../shared/schemas/assessment.ts';
import { formErrors, generalErrors, isApiError } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SaveActions } from '../../components/SaveActions.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import {
  useAssessmentSettings,
  useQuestionnaire,
  useSaveAssessmentSettings,
} from '../assessment/api.ts';
import { useDefinitionText, useLeverName } from '../assessment/labels.ts';
import { useAssessmentPermissions } from '../assessment/permissions.ts';
import { usePlanLabels } from '../plan/labels.ts';
import { Section } from '../registration/ApplicantPage.tsx';
import { isMissing } from '../registration/labels.ts';
import { JsonEditor, at, primitive, type PlacedProblem } from './JsonEditor.tsx';
import { QuestionnairePanel } from './QuestionnairePanel.tsx';

const UPPER_LEVELS = ['aceptable', 'confiable', 'competente', 'excelente'] as const;

type Num = number | string;
interface Values {
  thresholds: Record<(typeof UPPER_LEVELS)[number], Num>;
  overall: TAssessmentSettings['overall'];
  mentorLevels: string[];
  plan: { weeks: Num; activities: Num };
  completionPercent: Num;
}

const FIELD_PATHS = [
  ...UPPER_LEVELS.map((l) => `thresholds.${l}`),
  'overall',
  'mentorLevels',
  'plan.weeks',
  'plan.activities',
  'completionPercent',
];

function toValues(s: TAssessmentSettings): Values {
  return {
    thresholds: { ...s.thresholds },
    overall: s.overall,
    mentorLevels: [...s.mentorLevels],
    plan: { ...s.plan },
    completionPercent: s.completionPercent,
  };
}

function toBody(v: Values, templates: TPlanTemplate[]): TAssessmentSettings {
  return {
    thresholds: {
      aceptable: Number(v.thresholds.aceptable),
      confiable: Number(v.thresholds.confiable),
      competente: Number(v.thresholds.competente),
      excelente: Number(v.thresholds.excelente),
    },
    overall: v.overall,
    mentorLevels: LEVELS.filter((l) => v.mentorLevels.includes(l)),
    plan: { weeks: Number(v.plan.weeks), activities: Number(v.plan.activities) },
    completionPercent: Number(v.completionPercent),
    templates,
  };
}

/** "Con estos umbrales, un puntaje de 45 es Confiable", recomputed as the thresholds change. */
function LevelExample({ thresholds }: { thresholds: Values['thresholds'] }) {
  const { t } = useTranslation();
  const [score, setScore] = useState<Num>(45);
  const numbers = {
    aceptable: Number(thresholds.aceptable),
    confiable: Number(thresholds.confiable),
    competente: Number(thresholds.competente),
    excelente: Number(thresholds.excelente),
  };
  const valid = typeof score === 'number' && score >= 0 && score <= 100;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <NumberInput
        label={t('ui.assessmentAdmin.settings.example')}
        min={0}
        max={100}
        value={score}
        onChange={setScore}
        w={160}
      />
      <Text size="sm" aria-live="polite" pb={8} style={{ flex: '1 1 220px' }}>
        {valid
          ? t('ui.assessmentAdmin.settings.exampleResult', {
              score,
              level: t(`levels.${levelOf(score, numbers)}`),
            })
          : ''}
      </Text>
    </Group>
  );
}

function ScoringForm({
  programId,
  settings,
  canEdit,
}: {
  programId: string;
  settings: TAssessmentSettings;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const save = useSaveAssessmentSettings(programId);
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<Values>({ mode: 'controlled', initialValues: toValues(settings) });
  const v = form.values;
  const k = 'ui.assessmentAdmin.settings';

  const submit = (values: Values) => {
    setGeneral([]);
    // The templates go back as the server has them: this form does not edit them.
    save.mutate(toBody(values, settings.templates), {
      onSuccess: (saved) => {
        const next = toValues(saved);
        form.setValues(next);
        form.resetDirty(next);
        notifySuccess(t(`${k}.saved`), t(`${k}.savedBody`));
      },
      onError: (e) => {
        const placed = formErrors(e, FIELD_PATHS);
        form.setErrors(placed);
        // The save button is far below the thresholds: take the person to the first problem.
        const first = FIELD_PATHS.find((p) => p in placed);
        if (first) form.getInputNode(first)?.focus();
        setGeneral(generalErrors(e, FIELD_PATHS));
      },
    });
  };

  const fields = (
    <Stack gap="md">
      <Section id="assessment-scoring-title" title={t(`${k}.scoring`)}>
        <Stack gap="md">
          <Fieldset legend={t(`${k}.thresholds`)} variant="unstyled">
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t(`${k}.thresholdsHelp`)}
              </Text>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
                {UPPER_LEVELS.map((l) => (
                  <NumberInput
                    key={l}
                    label={t(`${k}.from`, { level: t(`levels.${l}`) })}
                    min={0}
                    max={100}
                    suffix=" %"
                    readOnly={!canEdit}
                    {...form.getInputProps(`thresholds.${l}`)}
                  />
                ))}
              </SimpleGrid>
              <LevelExample thresholds={v.thresholds} />
            </Stack>
          </Fieldset>
          {canEdit ? (
            <>
              <Radio.Group
                label={t(`${k}.overall`)}
                description={t(`${k}.overallHelp`)}
                {...form.getInputProps('overall')}
              >
                <Stack gap="sm" mt="xs">
                  {OVERALL_AGGREGATIONS.map((o) => (
                    <Radio
                      key={o}
                      value={o}
                      label={t(`${k}.overallOptions.${o}`)}
                      description={t(`${k}.overallDescriptions.${o}`)}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <Checkbox.Group
                label={t(`${k}.mentorLevels`)}
                description={t(`${k}.mentorLevelsHelp`)}
                {...form.getInputProps('mentorLevels')}
              >
                <Group gap="md" mt="xs">
                  {LEVELS.map((l) => (
                    <Checkbox key={l} value={l} label={t(`levels.${l}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
            </>
          ) : (
            // Read-only: the choices in words, not pale disabled controls.
            <Box component="dl" m={0}>
              <Text component="dt" size="sm" fw={500}>
                {t(`${k}.overall`)}
              </Text>
              <Text component="dd" size="sm" ms={0} mb="sm">
                {t(`${k}.overallOptions.${settings.overall}`)}:{' '}
                {t(`${k}.overallDescriptions.${settings.overall}`)}
              </Text>
              <Text component="dt" size="sm" fw={500}>
                {t(`${k}.mentorLevels`)}
              </Text>
              <Text component="dd" size="sm" ms={0}>
                {settings.mentorLevels.length > 0
                  ? f.list(settings.mentorLevels.map((l) => t(`levels.${l}`)))
                  : t(`${k}.noMentorLevels`)}
              </Text>
            </Box>
          )}
        </Stack>
      </Section>

      <Section id="assessment-plan-title" title={t(`${k}.plan`)}>
        <Text size="sm" c="dimmed" mb="sm">
          {t(`${k}.planHelp`)}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NumberInput
            label={t(`${k}.weeks`)}
            description={t(`${k}.weeksHelp`)}
            min={10}
            max={12}
            allowDecimal={false}
            readOnly={!canEdit}
            {...form.getInputProps('plan.weeks')}
          />
          <NumberInput
            label={t(`${k}.activities`)}
            description={t(`${k}.activitiesHelp`)}
            min={3}
            max={8}
            allowDecimal={false}
            readOnly={!canEdit}
            {...form.getInputProps('plan.activities')}
          />
          <NumberInput
            label={t(`${k}.completionPercent`)}
            description={t(`${k}.completionHelp`)}
            min={50}
            max={100}
            allowDecimal={false}
            suffix=" %"
            readOnly={!canEdit}
            {...form.getInputProps('completionPercent')}
          />
        </SimpleGrid>
      </Section>
    </Stack>
  );

  if (!canEdit) return fields;
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        {fields}
        <SaveActions
          problems={general}
          failedTitle={t(`${k}.saveFailed`)}
          resetLabel={t(`${k}.reset`)}
          saveLabel={t(`${k}.save`)}
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

function TemplateTable({ label, templates }: { label: string; templates: TPlanTemplate[] }) {
  const { t } = useTranslation();
  const text = useDefinitionText();
  const labels = usePlanLabels(undefined);
  const k = 'ui.assessmentAdmin.templates';
  return (
    <ScrollTable minWidth={620} label={label}>
      <Table withColumnBorders verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`${k}.levels`)}</Table.Th>
            <Table.Th scope="col">{t(`${k}.activity`)}</Table.Th>
            <Table.Th scope="col" className="num-head">
              {t(`${k}.week`)}
            </Table.Th>
            <Table.Th scope="col">{t(`${k}.responsible`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {templates.map((tpl, i) => (
          <Table.Tbody key={i}>
            {tpl.activities.map((a, j) => (
              <Table.Tr
                key={j}
                // A firmer line where the next group of levels starts.
                style={
                  i > 0 && j === 0
                    ? { borderTop: '2px solid var(--mantine-color-gray-5)' }
                    : undefined
                }
              >
                {j === 0 && (
                  <Table.Th
                    scope="rowgroup"
                    rowSpan={tpl.activities.length}
                    fw={500}
                    w={170}
                    style={{ verticalAlign: 'top' }}
                  >
                    {tpl.levels.map((l) => t(`levels.${l}`)).join(', ')}
                  </Table.Th>
                )}
                <Table.Td>{text(a.title)}</Table.Td>
                <Table.Td className="num">{a.week}</Table.Td>
                <Table.Td>{labels.responsible(a.responsible)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        ))}
      </Table>
    </ScrollTable>
  );
}

/** Where a templates path points: "Plantilla 3 (Finanzas · Incipiente), actividad 2 «…»". */
function usePlaceTemplatePath(definition?: TQuestionnaireDefinition) {
  const { t } = useTranslation();
  const leverName = useLeverName(definition);
  const text = useDefinitionText();
  return (sent: unknown, path: string, message: string): PlacedProblem => {
    const seg = path
      .replace(/^templates\.?/, '')
      .split('.')
      .filter(Boolean);
    const list = Array.isArray(sent) ? (sent as Partial<TPlanTemplate>[]) : [];
    const k = 'ui.assessmentAdmin.templates';
    let where = '';
    let from = 0;
    if (seg[0] !== undefined && /^\d+$/.test(seg[0])) {
      const tpl = list[Number(seg[0])];
      where = t(`${k}.atTemplate`, {
        n: Number(seg[0]) + 1,
        lever: typeof tpl?.lever === 'string' ? leverName(tpl.lever) : '?',
        levels: Array.isArray(tpl?.levels)
          ? tpl.levels.map((l) => (LEVELS.includes(l) ? t(`levels.${l}`) : String(l))).join(', ')
          : '',
      });
      from = 1;
      if (seg[1] === 'activities' && seg[2] !== undefined && /^\d+$/.test(seg[2])) {
        const a = tpl?.activities?.[Number(seg[2])];
        const title = text(a?.title);
        where += `, ${t(`${k}.atActivity`, { n: Number(seg[2]) + 1, title })}`;
        from = 3;
      }
    }
    const field = seg.slice(from).join('.');
    if (field) where += `${where ? ', ' : ''}${t('ui.assessmentAdmin.json.field', { field })}`;
    return { where, message, value: primitive(at(sent, seg)) };
  };
}

function TemplatesEditor({
  programId,
  settings,
  definition,
  onDone,
}: {
  programId: string;
  settings: TAssessmentSettings;
  definition?: TQuestionnaireDefinition;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const place = usePlaceTemplatePath(definition);
  const save = useSaveAssessmentSettings(programId);
  const k = 'ui.assessmentAdmin.templates';
  return (
    <JsonEditor
      label={t(`${k}.json`)}
      description={t(`${k}.jsonHelp`)}
      initial={settings.templates}
      // The other settings go back as the server has them.
      onSubmit={(templates, failed) =>
        save.mutate(
          { ...settings, templates: templates as TPlanTemplate[] },
          {
            onSuccess: () => {
              notifySuccess(t(`${k}.saved`), t('ui.assessmentAdmin.settings.savedBody'));
              onDone();
            },
            onError: failed,
          },
        )
      }
      submitting={save.isPending}
      submitLabel={t(`${k}.validateAndSave`)}
      failedTitle={t(`${k}.saveFailed`)}
      place={place}
      scope="templates"
      onCancel={onDone}
    />
  );
}

/** The plan templates by lever: for which levels, which activities, when and by whom. */
function TemplatesSection({
  programId,
  settings,
  definition,
  canEdit,
}: {
  programId: string;
  settings: TAssessmentSettings;
  definition?: TQuestionnaireDefinition;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const leverName = useLeverName(definition);
  const [editing, setEditing] = useState(false);
  const k = 'ui.assessmentAdmin.templates';
  const declared = definition?.levers.map((l) => l.id) ?? [];
  const levers = [
    ...declared,
    ...[...new Set(settings.templates.map((tpl) => tpl.lever))]
      .filter((l) => !declared.includes(l))
      .sort(),
  ];
  const levelOrder = (tpl: TPlanTemplate) =>
    Math.min(...tpl.levels.map((l: Level) => LEVELS.indexOf(l)));
  return (
    <Section id="assessment-templates-title" title={t(`${k}.title`)}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t(`${k}.help`)}
        </Text>
        {canEdit &&
          (editing ? (
            <TemplatesEditor
              programId={programId}
              settings={settings}
              definition={definition}
              onDone={() => setEditing(false)}
            />
          ) : (
            <Button
              variant="default"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => setEditing(true)}
            >
              {t(`${k}.edit`)}
            </Button>
          ))}
        {settings.templates.length === 0 ? (
          <EmptyState title={t(`${k}.none`)} />
        ) : (
          <Accordion multiple variant="separated" order={3} chevronPosition="left">
            {levers.map((lever) => {
              const mine = settings.templates
                .filter((tpl) => tpl.lever === lever)
                .sort((a, b) => levelOrder(a) - levelOrder(b));
              return (
                <Accordion.Item key={lever} value={lever}>
                  <Accordion.Control>
                    {leverName(lever)}{' '}
                    <Text component="span" size="sm" c="dimmed">
                      ({t(`${k}.count`, { count: mine.length })})
                    </Text>
                  </Accordion.Control>
                  <Accordion.Panel>
                    {mine.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t(`${k}.noneForLever`)}
                      </Text>
                    ) : (
                      <TemplateTable label={leverName(lever)} templates={mine} />
                    )}
                  </Accordion.Panel>
                </Accordion.Item>
              );
            })}
          </Accordion>
        )}
      </Stack>
    </Section>
  );
}

/** Scoring, mentor rule, plan and completion settings, plan templates and the questionnaire. */
export default function AssessmentSettingsPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const can = useAssessmentPermissions();
  const settings = useAssessmentSettings(programId);
  const questionnaire = useQuestionnaire(programId);
  const title = t('ui.assessmentAdmin.settings.title');
  useDocumentTitle(`${title} · ${t('ui.app.name')}`);

  if (settings.isPending) return <LoadingState />;
  if (isApiError(settings.error) && settings.error.status === 404) return <NotFoundPage />;

  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        crumbs={[
          {
            label: t('ui.assessmentAdmin.report.title'),
            to: `/p/${encodeURIComponent(programId)}/assessment/report`,
          },
        ]}
      >
        <Text size="sm" c="dimmed">
          {t('ui.assessmentAdmin.settings.intro')}
        </Text>
      </PageHeader>
      {settings.isError ? (
        isApiError(settings.error) && settings.error.status === 403 ? (
          <Notice color="yellow">{t('ui.assessmentAdmin.settings.noAccess')}</Notice>
        ) : isMissing(settings.error) ? (
          <NotFoundPage />
        ) : (
          <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
        )
      ) : (
        <>
          {!can.editSettings && (
            <Notice color="gray">{t('ui.assessmentAdmin.settings.readOnly')}</Notice>
          )}
          <ScoringForm programId={programId} settings={settings.data} canEdit={can.editSettings} />
          <TemplatesSection
            programId={programId}
            settings={settings.data}
            definition={questionnaire.data?.definition}
            canEdit={can.editSettings}
          />
          <Box>
            <QuestionnairePanel programId={programId} canEdit={can.editSettings} />
          </Box>
        </>
      )}
    </Stack>
  );
}
