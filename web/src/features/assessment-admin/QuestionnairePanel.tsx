import { Accordion, Box, Button, Code, List, Select, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TPoints,
  TQuestion,
  TQuestionnaireDefinition,
  TText,
} from '../../../../shared/schemas/assessment.ts';
import { notifySuccess } from '../../components/notify.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import {
  usePublishQuestionnaire,
  useQuestionnaire,
  useQuestionnaireVersion,
  useQuestionnaireVersions,
} from '../assessment/api.ts';
import { useDefinitionText, useLeverName } from '../assessment/labels.ts';
import { Section } from '../registration/ApplicantPage.tsx';
import { JsonEditor, at, primitive, type PlacedProblem } from './JsonEditor.tsx';

/** Where a path of the definition points: the question (with its label), section or lever. */
function usePlaceDefinitionPath() {
  const { t } = useTranslation();
  const pick = useDefinitionText();
  return (sent: unknown, rawPath: string, message: string): PlacedProblem => {
    const path = rawPath.replace(/^definition\.?/, '');
    const seg = path ? path.split('.') : [];
    const value = primitive(at(sent, seg));
    const rest = (from: number) => seg.slice(from).join('.');
    const withField = (place: string, from: number) =>
      rest(from) ? `${place}, ${t('ui.assessmentAdmin.json.field', { field: rest(from) })}` : place;
    if (seg[0] === 'sections' && seg[2] === 'questions' && seg[3] !== undefined) {
      const q = at(sent, seg.slice(0, 4)) as Partial<TQuestion> | undefined;
      const id = typeof q?.id === 'string' ? q.id : `#${Number(seg[3]) + 1}`;
      const label = pick(q?.label, id);
      return {
        where: withField(t('ui.assessmentAdmin.json.atQuestion', { label, id }), 4),
        message,
        value,
      };
    }
    if (seg[0] === 'sections' && seg[1] !== undefined) {
      const s = at(sent, seg.slice(0, 2)) as { id?: unknown; title?: Partial<TText> } | undefined;
      const id = typeof s?.id === 'string' ? s.id : `#${Number(seg[1]) + 1}`;
      return {
        where: withField(
          t('ui.assessmentAdmin.json.atSection', { title: pick(s?.title, id), id }),
          2,
        ),
        message,
        value,
      };
    }
    if (seg[0] === 'levers' && seg[1] !== undefined) {
      const l = at(sent, seg.slice(0, 2)) as { id?: unknown } | undefined;
      const id = typeof l?.id === 'string' ? l.id : `#${Number(seg[1]) + 1}`;
      return {
        where: withField(t('ui.assessmentAdmin.json.atLever', { id }), 2),
        message,
        value,
      };
    }
    return {
      where: path ? t('ui.assessmentAdmin.json.field', { field: path }) : '',
      message,
      value,
    };
  };
}

/** An answer and the points it earns: "Sí — Finanzas 2 · Mercadeo 1", or "— sin puntos". */
function PointsItem({
  definition,
  points,
  children,
}: {
  definition: TQuestionnaireDefinition;
  points: TPoints | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const leverName = useLeverName(definition);
  const entries = Object.entries(points ?? {}).filter(([, n]) => n > 0);
  const text =
    entries.length === 0
      ? t('ui.assessmentAdmin.questionnaire.noPoints')
      : entries
          .map(([lever, n]) =>
            t('ui.assessmentAdmin.questionnaire.points', { lever: leverName(lever), points: n }),
          )
          .join(' · ');
  return (
    <List.Item>
      {children}
      <Text component="span" size="xs" c="dimmed">
        {' — '}
        {text}
      </Text>
    </List.Item>
  );
}

function QuestionItem({
  q,
  definition,
  byId,
}: {
  q: TQuestion;
  definition: TQuestionnaireDefinition;
  byId: Map<string, TQuestion>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const pick = useDefinitionText();
  const k = 'ui.assessmentAdmin.questionnaire';
  const meta = [t(`${k}.types.${q.type}`), q.required ? t(`${k}.required`) : t(`${k}.optional`)];
  if (q.min !== undefined || q.max !== undefined)
    meta.push(
      t(`${k}.range`, {
        min: q.min !== undefined ? f.number(q.min) : '–',
        max: q.max !== undefined ? f.number(q.max) : '–',
      }),
    );

  let condition: string | null = null;
  if (q.showIf) {
    const target = byId.get(q.showIf.question);
    const question = target ? pick(target.label, target.id) : q.showIf.question;
    const raw = q.showIf.value;
    let value = raw === undefined ? '' : String(raw);
    if (typeof raw === 'boolean') value = raw ? t(`${k}.yes`) : t(`${k}.no`);
    else if (typeof raw === 'number') value = f.number(raw);
    else if (target?.options) {
      const option = target.options.find((o) => o.id === raw);
      if (option) value = pick(option.label, option.id);
    }
    condition = t(`${k}.condition.${q.showIf.op}`, { question, value });
  }

  return (
    <Box component="li" py={6} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Text size="sm" fw={600}>
        {pick(q.label, q.id)}{' '}
        <Code c="dimmed" fz="xs">
          {q.id}
        </Code>
      </Text>
      <Text size="xs" c="dimmed">
        {meta.join(' · ')}
      </Text>
      {condition && (
        <Text size="sm" c="indigo.9">
          {condition}
        </Text>
      )}
      {q.options && q.options.length > 0 && (
        <List size="sm" spacing={2} mt={4} withPadding>
          {q.options.map((o) => (
            <PointsItem key={o.id} definition={definition} points={o.points}>
              {pick(o.label, o.id)}
              {o.exclusive ? ` ${t(`${k}.exclusive`)}` : ''}
            </PointsItem>
          ))}
        </List>
      )}
      {q.type === 'yes_no' && (q.yesPoints || q.noPoints) && (
        <List size="sm" spacing={2} mt={4} withPadding>
          <PointsItem definition={definition} points={q.yesPoints}>
            {t(`${k}.yes`)}
          </PointsItem>
          <PointsItem definition={definition} points={q.noPoints}>
            {t(`${k}.no`)}
          </PointsItem>
        </List>
      )}
      {q.bands && q.bands.length > 0 && (
        <List size="sm" spacing={2} mt={4} withPadding>
          {q.bands.map((b) => (
            <PointsItem key={b.from} definition={definition} points={b.points}>
              {t(`${k}.bandFrom`, {
                from: q.type === 'money' ? f.money(b.from) : f.number(b.from),
              })}
            </PointsItem>
          ))}
        </List>
      )}
    </Box>
  );
}

/** Sections with their questions, conditions in words and options with their points. */
function DefinitionPreview({ definition }: { definition: TQuestionnaireDefinition }) {
  const { t } = useTranslation();
  const pick = useDefinitionText();
  const byId = new Map(definition.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
  return (
    <Accordion multiple variant="separated" order={3} chevronPosition="left">
      {definition.sections.map((s) => (
        <Accordion.Item key={s.id} value={s.id}>
          <Accordion.Control>
            {pick(s.title, s.id)}{' '}
            <Text component="span" size="sm" c="dimmed">
              ({t('ui.assessmentAdmin.questionnaire.questionCount', { count: s.questions.length })})
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Box component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
              {s.questions.map((q) => (
                <QuestionItem key={q.id} q={q} definition={definition} byId={byId} />
              ))}
            </Box>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function PublishEditor({
  programId,
  current,
  onDone,
}: {
  programId: string;
  current: TQuestionnaireDefinition;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const place = usePlaceDefinitionPath();
  const publish = usePublishQuestionnaire(programId);
  const k = 'ui.assessmentAdmin.questionnaire';
  return (
    <JsonEditor
      id="questionnaire-publish"
      label={t(`${k}.definition`)}
      description={t(`${k}.definitionHelp`)}
      initial={current}
      onSubmit={(definition, failed) =>
        publish.mutate(definition, {
          onSuccess: (published) => {
            notifySuccess(
              t(`${k}.published`, { version: published.version }),
              t(`${k}.publishedBody`),
            );
            onDone();
          },
          onError: failed,
        })
      }
      submitting={publish.isPending}
      submitLabel={t(`${k}.validateAndPublish`)}
      submitIcon={<IconUpload size={18} aria-hidden="true" />}
      failedTitle={t(`${k}.publishFailed`)}
      place={place}
      autoFocus
      onCancel={onDone}
    />
  );
}

/** The program's questionnaire: the version in use, earlier ones to look at, and a new version. */
export function QuestionnairePanel({
  programId,
  canEdit,
}: {
  programId: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const current = useQuestionnaire(programId);
  const versions = useQuestionnaireVersions(programId);
  const [chosen, setChosen] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const shown = chosen !== null && chosen !== current.data?.version ? chosen : null;
  const other = useQuestionnaireVersion(programId, shown);
  const k = 'ui.assessmentAdmin.questionnaire';

  let body;
  if (current.isPending) body = <LoadingState />;
  else if (current.isError)
    body = <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  else {
    const q = current.data;
    const previewed = shown === null ? q : other.data;
    body = (
      <Stack gap="sm">
        <Text size="sm" aria-live="polite">
          {q.createdByName
            ? t(`${k}.current`, {
                version: q.version,
                date: f.dateTime(q.createdAt),
                author: q.createdByName,
              })
            : t(`${k}.currentNoAuthor`, { version: q.version, date: f.dateTime(q.createdAt) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`${k}.versionsNote`)}
        </Text>
        {canEdit &&
          (editing ? (
            <PublishEditor
              programId={programId}
              current={q.definition}
              onDone={() => setEditing(false)}
            />
          ) : (
            <Button
              variant="default"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => setEditing(true)}
            >
              {t(`${k}.publish`)}
            </Button>
          ))}
        <Select
          label={t(`${k}.preview`)}
          data={(versions.data ?? [{ ...q, questions: 0 }]).map((v) => ({
            value: String(v.version),
            label: [
              t(`${k}.versionN`, { version: v.version }),
              f.dateTime(v.createdAt),
              v.createdByName,
              v.questions ? t(`${k}.questionCount`, { count: v.questions }) : null,
              v.version === q.version ? t(`${k}.inUse`) : null,
            ]
              .filter(Boolean)
              .join(' · '),
          }))}
          value={String(chosen ?? q.version)}
          onChange={(v) => setChosen(v ? Number(v) : null)}
          allowDeselect={false}
          maw={520}
        />
        {versions.isError && <ErrorState error={versions.error} />}
        {previewed ? (
          <DefinitionPreview definition={previewed.definition} />
        ) : other.isError ? (
          <ErrorState error={other.error} onRetry={() => void other.refetch()} />
        ) : (
          <LoadingState />
        )}
      </Stack>
    );
  }

  return (
    <Section id="questionnaire-title" title={t(`${k}.title`)}>
      {body}
    </Section>
  );
}
