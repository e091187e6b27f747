import {
  Box,
  Checkbox,
  Input,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAnswer, TQuestion } from '../../../../shared/schemas/assessment.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useDefinitionText } from './labels.ts';

interface Props {
  question: TQuestion;
  value: TAnswer | undefined;
  /** `undefined` clears the answer. */
  onChange: (questionId: string, value: TAnswer | undefined) => void;
  error?: string;
  readOnly?: boolean;
}

/** The element that wraps a question, to jump to it and focus it. */
export const questionElementId = (questionId: string) => `question-${questionId}`;

/** Puts the focus on a question's first control (its ticked option, if any) and shows it. */
export function focusQuestion(questionId: string) {
  window.requestAnimationFrame(() => {
    const box = document.getElementById(questionElementId(questionId));
    const target =
      box?.querySelector<HTMLElement>('input:checked') ??
      box?.querySelector<HTMLElement>('input:not([type="hidden"]), textarea');
    target?.focus();
    box?.scrollIntoView({ block: 'center' });
  });
}

const optionClasses = {
  root: 'answer-option',
  body: 'answer-option-body',
  labelWrapper: 'answer-option-label-wrapper',
  label: 'answer-option-label',
};

/** Radio buttons or checkboxes inside a real fieldset whose legend is the question. */
function OptionGroup(props: {
  id: string;
  label: string;
  help?: string;
  required: boolean;
  error?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const helpId = `${props.id}-help`;
  const errorId = `${props.id}-error`;
  const describedBy =
    [props.help ? helpId : null, props.error ? errorId : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <Box
      component="fieldset"
      className="choice-group"
      aria-describedby={describedBy}
      aria-invalid={props.error ? true : undefined}
      data-invalid={props.error ? true : undefined}
    >
      <Text component="legend" size="md" fw={600} className="choice-group-legend">
        {props.label}
        {props.required && (
          <>
            <Text component="span" c="var(--mantine-color-error)" aria-hidden="true">
              {' *'}
            </Text>
            <VisuallyHidden>{t('ui.assessment.form.requiredHint')}</VisuallyHidden>
          </>
        )}
      </Text>
      {props.help && (
        <Text id={helpId} size="sm" c="dimmed" mb={6}>
          {props.help}
        </Text>
      )}
      <Box mt={props.help ? 0 : 6}>{props.children}</Box>
      {props.error && (
        <Input.Error id={errorId} mt={6} size="sm">
          {props.error}
        </Input.Error>
      )}
    </Box>
  );
}

/** A number typed as text: kept as typed while it is not a number yet ("1," on the way to "1,5"). */
function NumberField({
  question,
  value,
  onChange,
  error,
  readOnly,
  label,
  help,
}: Props & { label: string; help?: string }) {
  const es = currentLanguage() === 'es';
  const [raw, setRaw] = useState<string | number>(typeof value === 'number' ? value : '');
  const money = question.type === 'money';
  return (
    <NumberInput
      label={label}
      description={help}
      required={question.required}
      error={error}
      value={raw}
      onChange={(v) => {
        setRaw(v);
        onChange(question.id, typeof v === 'number' && Number.isFinite(v) ? v : undefined);
      }}
      min={question.min}
      max={question.max}
      clampBehavior="none"
      allowNegative={question.min === undefined || question.min < 0}
      allowDecimal={!money}
      thousandSeparator={money ? (es ? '.' : ',') : undefined}
      decimalSeparator={es ? ',' : '.'}
      prefix={money ? '$ ' : undefined}
      inputMode={money ? 'numeric' : 'decimal'}
      hideControls
      disabled={readOnly}
      size="md"
      styles={{ label: { fontWeight: 600 }, wrapper: { maxWidth: money ? 320 : 200 } }}
    />
  );
}

/** One question of the assessment, by its type; help under the label, required ones marked. */
export function QuestionField(props: Props) {
  const { t } = useTranslation();
  const text = useDefinitionText();
  const id = useId();
  const { question: q, value, onChange, error, readOnly } = props;
  const label = text(q.label);
  const help = q.help ? text(q.help) : undefined;
  const groupProps = { id, label, help, required: q.required, error };
  // What every option of a single, multiple or yes/no question shares.
  const optionProps = {
    classNames: optionClasses,
    disabled: readOnly,
    error: Boolean(error),
    size: 'md',
  } as const;
  // What the date and text inputs share: a string answer, cleared when emptied.
  const inputProps = {
    label,
    description: help,
    required: q.required,
    error,
    value: typeof value === 'string' ? value : '',
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(q.id, e.currentTarget.value || undefined),
    disabled: readOnly,
    size: 'md',
  } as const;

  const field = (() => {
    switch (q.type) {
      case 'single':
        return (
          <OptionGroup {...groupProps}>
            <Stack gap={8}>
              {(q.options ?? []).map((o) => (
                <Radio
                  key={o.id}
                  {...optionProps}
                  name={`${id}-options`}
                  value={o.id}
                  label={text(o.label)}
                  checked={value === o.id}
                  onChange={() => onChange(q.id, o.id)}
                />
              ))}
            </Stack>
          </OptionGroup>
        );
      case 'multiple': {
        const chosen = Array.isArray(value) ? value : [];
        const toggle = (optionId: string, on: boolean) => {
          const option = q.options?.find((o) => o.id === optionId);
          let next: string[];
          if (!on) next = chosen.filter((x) => x !== optionId);
          // "Ninguna" goes alone; ticking anything else unticks it.
          else if (option?.exclusive) next = [optionId];
          else
            next = [
              ...chosen.filter((x) => !q.options?.find((o) => o.id === x)?.exclusive),
              optionId,
            ];
          // Keep the questionnaire's order.
          const order = (q.options ?? []).map((o) => o.id);
          next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
          onChange(q.id, next.length > 0 ? next : undefined);
        };
        return (
          <OptionGroup {...groupProps} help={help ?? t('ui.assessment.form.severalAllowed')}>
            <Stack gap={8}>
              {(q.options ?? []).map((o) => (
                <Checkbox
                  key={o.id}
                  {...optionProps}
                  value={o.id}
                  label={text(o.label)}
                  checked={chosen.includes(o.id)}
                  onChange={(e) => toggle(o.id, e.currentTarget.checked)}
                />
              ))}
            </Stack>
          </OptionGroup>
        );
      }
      case 'yes_no':
        return (
          <OptionGroup {...groupProps}>
            <SimpleGrid cols={2} spacing={8} maw={360}>
              {[true, false].map((yes) => (
                <Radio
                  key={String(yes)}
                  {...optionProps}
                  name={`${id}-options`}
                  value={yes ? 'yes' : 'no'}
                  label={yes ? t('ui.assessment.answer.yes') : t('ui.assessment.answer.no')}
                  checked={value === yes}
                  onChange={() => onChange(q.id, yes)}
                />
              ))}
            </SimpleGrid>
          </OptionGroup>
        );
      case 'number':
      case 'money':
        return <NumberField {...props} label={label} help={help} />;
      case 'date':
        return (
          <TextInput
            type="date"
            {...inputProps}
            styles={{ label: { fontWeight: 600 }, wrapper: { maxWidth: 240 } }}
          />
        );
      case 'text':
        return (
          <Textarea
            {...inputProps}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={2000}
            styles={{ label: { fontWeight: 600 } }}
          />
        );
    }
  })();

  return (
    <div id={questionElementId(q.id)} className="assessment-question">
      {field}
    </div>
  );
}
