import {
  Accordion,
  Box,
  Button,
  Code,
  Group,
  List,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TPoints,
  TQuestion,
  TQuestionnaireDefinition,
} from '../../../../shared/schemas/assessment.ts';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { Section } from '../registration/ApplicantPage.tsx';
import {
  useLeverName,
  usePublishQuestionnaire,
  useQuestionnaire,
  useQuestionnaireVersion,
  useQuestionnaireVersions,
} from './api.ts';

type Text2 = { es: string; en: string };

/** A bilingual text in the UI language, else in Spanish. */
function pick(text: Partial<Text2> | undefined, fallback = ''): string {
  if (!text) return fallback;
  return text[currentLanguage()] || text.es || fallback;
}

// ---------- JSON editing, shared with the plan templates ----------

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses JSON typed by a person; a failure says where, in lines and columns, when it can. */
export function useParseJson() {
  const { t } = useTranslation();
  return (text: string): JsonResult => {
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (e) {
      const detail = e instanceof Error ? e.message : '';
      const lineCol = /line (\d+) column (\d+)/.exec(detail);
      const position = /position (\d+)/.exec(detail);
      let line: number | null = null;
      let column: number | null = null;
      if (lineCol) {
        line = Number(lineCol[1]);
        column = Number(lineCol[2]);
      } else if (position) {
        const before = text.slice(0, Number(position[1])).split('\n');
        line = before.length;
        column = before[before.length - 1]!.length + 1;
      } else if (/end of (JSON|data) input|Unexpected end/i.test(detail)) {
        const lines = text.split('\n');
        line = lines.length;
        column = lines[lines.length - 1]!.length + 1;
      }
      return {
        ok: false,
        message:
          line !== null
            ? t('ui.assessmentAdmin.json.invalidAt', { line, column })
            : t('ui.assessmentAdmin.json.invalid'),
      };
    }
  };
}

/** One server problem, placed in words: where it is, what is wrong, and what was written there. */
export interface PlacedProblem {
  where: string;
  message: string;
  value: string | null;
}

/** The value at a dotted path of parsed JSON, when there is one. */
function at(root: unknown, segments: string[]): unknown {
  let node = root;
  for (const s of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[s];
  }
  return node;
}

function primitive(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return null;
}

/** Lists the server's field errors with the place they point at, described by the JSON sent. */
export function ProblemList({ title, problems }: { title: string; problems: PlacedProblem[] }) {
  const { t } = useTranslation();
  return (
    <Notice color="red" role="alert" title={title}>
      <List spacing={6} size="sm">
        {problems.map((p, i) => (
          <List.Item key={i}>
            {p.where && (
              <Text component="span" fw={600} size="sm">
                {p.where}:{' '}
              </Text>
            )}
            {p.message}
            {p.value !== null && (
              <Text component="span" size="sm">
                {' '}
                {t('ui.assessmentAdmin.json.written', { value: p.value })}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Notice>
  );
}

/** A large monospace text box for JSON. */
export function JsonTextarea(props: {
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  textareaRef?: React.Ref<HTMLTextAreaElement>;
}) {
  return (
    <Textarea
      ref={props.textareaRef}
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      error={props.error ?? undefined}
      autosize
      minRows={16}
      maxRows={30}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      styles={{
        input: {
          fontFamily: 'var(--mantine-font-family-monospace)',
          fontSize: 13,
          lineHeight: 1.45,
          whiteSpace: 'pre',
          overflowX: 'auto',
        },
      }}
    />
  );
}

// ---------- the questionnaire ----------

/** Where a path of the definition points: the question (with its label), section or lever. */
function usePlaceDefinitionPath() {
  const { t } = useTranslation();
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
      const s = at(sent, seg.slice(0, 2)) as { id?: unknown; title?: Partial<Text2> } | undefined;
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

/** "Finanzas 2 · Mercadeo 1", or "sin puntos". */
function usePointsText(definition: TQuestionnaireDefinition) {
  const { t } = useTranslation();
  const leverName = useLeverName(definition);
  return (points: TPoints | undefined) => {
    const entries = Object.entries(points ?? {}).filter(([, n]) => n > 0);
    if (entries.length === 0) return t('ui.assessmentAdmin.questionnaire.noPoints');
    return entries
      .map(([lever, n]) =>
        t('ui.assessmentAdmin.questionnaire.points', { lever: leverName(lever), points: n }),
      )
      .join(' · ');
  };
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
  const pointsText = usePointsText(definition);
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
            <List.Item key={o.id}>
              {pick(o.label, o.id)}
              {o.exclusive ? ` ${t(`${k}.exclusive`)}` : ''}
              <Text component="span" size="xs" c="dimmed">
                {' — '}
                {pointsText(o.points)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {q.type === 'yes_no' && (q.yesPoints || q.noPoints) && (
        <List size="sm" spacing={2} mt={4} withPadding>
          <List.Item>
            {t(`${k}.yes`)}
            <Text component="span" size="xs" c="dimmed">
              {' — '}
              {pointsText(q.yesPoints)}
            </Text>
          </List.Item>
          <List.Item>
            {t(`${k}.no`)}
            <Text component="span" size="xs" c="dimmed">
              {' — '}
              {pointsText(q.noPoints)}
            </Text>
          </List.Item>
        </List>
      )}
      {q.bands && q.bands.length > 0 && (
        <List size="sm" spacing={2} mt={4} withPadding>
          {q.bands.map((b) => (
            <List.Item key={b.from}>
              {t(`${k}.bandFrom`, {
                from: q.type === 'money' ? f.money(b.from) : f.number(b.from),
              })}
              <Text component="span" size="xs" c="dimmed">
                {' — '}
                {pointsText(b.points)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Box>
  );
}

/** Sections with their questions, conditions in words and options with their points. */
function DefinitionPreview({ definition }: { definition: TQuestionnaireDefinition }) {
  const { t } = useTranslation();
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
  const parseJson = useParseJson();
  const place = usePlaceDefinitionPath();
  const publish = usePublishQuestionnaire(programId);
  const [text, setText] = useState(() => JSON.stringify(current, null, 2));
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [problems, setProblems] = useState<PlacedProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const k = 'ui.assessmentAdmin.questionnaire';
  useEffect(() => area.current?.focus({ preventScroll: false }), []);

  const submit = () => {
    setProblems([]);
    setFailure(null);
    const parsed = parseJson(text);
    if (!parsed.ok) {
      setJsonError(parsed.message);
      area.current?.focus();
      return;
    }
    setJsonError(null);
    publish.mutate(parsed.value, {
      onSuccess: (published) => {
        notifySuccess(t(`${k}.published`, { version: published.version }), t(`${k}.publishedBody`));
        onDone();
      },
      onError: (e) => {
        const fields = isApiError(e) ? e.fields : [];
        if (fields.length === 0) setFailure(errorMessage(e));
        else setProblems(fields.map((field) => place(parsed.value, field.path, field.message)));
      },
    });
  };

  return (
    <Stack gap="sm" id="questionnaire-publish">
      <JsonTextarea
        label={t(`${k}.definition`)}
        description={t(`${k}.definitionHelp`)}
        value={text}
        onChange={setText}
        error={jsonError}
        textareaRef={area}
      />
      {problems.length > 0 && <ProblemList title={t(`${k}.publishFailed`)} problems={problems} />}
      {failure && (
        <Notice color="red" role="alert" title={t(`${k}.publishFailed`)}>
          {failure}
        </Notice>
      )}
      <Group gap="sm" justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={publish.isPending}>
          {t('ui.common.cancel')}
        </Button>
        <Button
          onClick={submit}
          loading={publish.isPending}
          leftSection={<IconUpload size={18} aria-hidden="true" />}
        >
          {t(`${k}.validateAndPublish`)}
        </Button>
      </Group>
    </Stack>
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
