import { Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Notice } from '../../components/Notice.tsx';

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
export function at(root: unknown, segments: string[]): unknown {
  let node = root;
  for (const s of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[s];
  }
  return node;
}

/** A string, number or yes/no as written; null for anything else. */
export function primitive(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return null;
}

/** Lists the server's field errors with the place they point at, described by the JSON sent. */
function ProblemList({ title, problems }: { title: string; problems: PlacedProblem[] }) {
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

/**
 * A large monospace text box for JSON with its own check and the server's: text that is not JSON
 * is caught before anything is sent (where it breaks, in lines and columns); the server's field
 * errors are listed with the place they point at, described by the JSON sent.
 */
export function JsonEditor(props: {
  id?: string;
  label: string;
  description: string;
  /** What the box starts with, shown as indented JSON. */
  initial: unknown;
  /** Sends the parsed JSON; `failed` gets the server's refusal. */
  onSubmit: (value: unknown, failed: (error: unknown) => void) => void;
  submitting: boolean;
  submitLabel: string;
  submitIcon?: ReactNode;
  /** The title of the list of problems, or of the refusal. */
  failedTitle: string;
  /** Where a field error of the server points, in words. */
  place: (sent: unknown, path: string, message: string) => PlacedProblem;
  /** Only field errors under this path are the JSON's (the others say why nothing was saved). */
  scope?: string;
  /** The box takes the focus when it opens and when the text is not JSON. */
  autoFocus?: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const parseJson = useParseJson();
  const [text, setText] = useState(() => JSON.stringify(props.initial, null, 2));
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [problems, setProblems] = useState<PlacedProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const autoFocus = props.autoFocus;
  useEffect(() => {
    if (autoFocus) area.current?.focus({ preventScroll: false });
  }, [autoFocus]);

  const submit = () => {
    setProblems([]);
    setFailure(null);
    const parsed = parseJson(text);
    if (!parsed.ok) {
      setJsonError(parsed.message);
      if (props.autoFocus) area.current?.focus();
      return;
    }
    setJsonError(null);
    props.onSubmit(parsed.value, (e) => {
      const scope = props.scope;
      const fields = isApiError(e)
        ? e.fields.filter((f) => scope === undefined || f.path.startsWith(scope))
        : [];
      if (fields.length === 0) setFailure(errorMessage(e));
      else setProblems(fields.map((f) => props.place(parsed.value, f.path, f.message)));
    });
  };

  return (
    <Stack gap="sm" id={props.id}>
      <Textarea
        ref={area}
        label={props.label}
        description={props.description}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={jsonError ?? undefined}
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
      {problems.length > 0 && <ProblemList title={props.failedTitle} problems={problems} />}
      {failure && (
        <Notice color="red" role="alert" title={props.failedTitle}>
          {failure}
        </Notice>
      )}
      <Group gap="sm" justify="flex-end">
        <Button variant="default" onClick={props.onCancel} disabled={props.submitting}>
          {t('ui.common.cancel')}
        </Button>
        <Button onClick={submit} loading={props.submitting} leftSection={props.submitIcon}>
          {props.submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}
