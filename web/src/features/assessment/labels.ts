import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { questionsOf } from '../../../../shared/domain/assessment/definition.ts';
import { visibleQuestions } from '../../../../shared/domain/assessment/scoring.ts';
import { DEFAULT_LEVERS } from '../../../../shared/schemas/assessment.ts';
import type {
  Level,
  TAnswer,
  TAnswers,
  TQuestion,
  TQuestionnaireDefinition,
  TText,
} from '../../../../shared/schemas/assessment.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { oneOf } from '../registration/labels.ts';

type Definition = Pick<TQuestionnaireDefinition, 'levers' | 'sections'>;

/** A level's tint: weakest red to strongest teal; text shades keep at least 4.5:1 on the tint. */
export const LEVEL_COLORS: Record<Level, { bg: string; text: string; bar: string }> = {
  incipiente: { bg: 'red.0', text: 'red.9', bar: 'red.7' },
  aceptable: { bg: 'orange.1', text: 'dark.7', bar: 'orange.6' },
  confiable: { bg: 'yellow.2', text: 'dark.7', bar: 'yellow.6' },
  competente: { bg: 'lime.1', text: 'dark.7', bar: 'lime.7' },
  excelente: { bg: 'teal.0', text: 'teal.9', bar: 'teal.7' },
};

/** No answer yet: nothing, an empty text or no option ticked. */
export function isBlank(a: TAnswer | undefined): boolean {
  return a === undefined || a === '' || (Array.isArray(a) && a.length === 0);
}

/** How many of the questions shown are answered. */
export function answeredCount(def: Definition, answers: TAnswers) {
  const shown = visibleQuestions(def, answers);
  let answered = 0;
  for (const id of shown) if (!isBlank(answers[id])) answered++;
  return { answered, total: shown.size };
}

/** The answers to the questions shown, and nothing else (what a submission sends). */
export function visibleAnswers(def: Definition, answers: TAnswers): TAnswers {
  const shown = visibleQuestions(def, answers);
  return Object.fromEntries(
    Object.entries(answers).filter(([id, a]) => shown.has(id) && !isBlank(a)),
  );
}

/**
 * Text of the definition in the UI language (Spanish when the other is empty), else `fallback`
 * (an id, say) when both are empty.
 */
export function useDefinitionText() {
  const lang = currentLanguage();
  return useCallback(
    (text: Partial<TText> | undefined, fallback = '') =>
      (text ? text[lang] || text.es : '') || fallback,
    [lang],
  );
}

/**
 * A lever's name: "overall" for the overall level; the program's own name in the UI language when
 * it gave one; else the translation of a default lever; else its name in Spanish; else its id.
 */
export function useLeverName(def: Pick<TQuestionnaireDefinition, 'levers'> | undefined) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return useCallback(
    (id: string) => {
      if (id === 'overall') return t('levers.overall');
      const configured = def?.levers.find((l) => l.id === id)?.name;
      if (configured?.[lang]) return configured[lang];
      if (oneOf(DEFAULT_LEVERS, id)) return t(`levers.${id}`);
      return configured?.es || id;
    },
    [def, lang, t],
  );
}

/** An answer as people read it: option names, Sí/No, pesos with thousands, a long date. */
export function useAnswerText() {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useDefinitionText();
  return useCallback(
    (q: TQuestion, a: TAnswer | undefined): string => {
      if (isBlank(a)) return t('ui.assessment.answer.none');
      const option = (id: string) => text(q.options?.find((o) => o.id === id)?.label) || id;
      switch (q.type) {
        case 'single':
          return option(String(a));
        case 'multiple':
          return Array.isArray(a) ? f.list(a.map(option)) : String(a);
        case 'yes_no':
          return a === true ? t('ui.assessment.answer.yes') : t('ui.assessment.answer.no');
        case 'money':
          return typeof a === 'number' ? f.money(a) : String(a);
        case 'number':
          return typeof a === 'number' ? f.number(a) : String(a);
        case 'date':
          return f.day(String(a));
        case 'text':
          return String(a);
      }
    },
    [t, f, text],
  );
}

/** Each question by id, and the index of the section it is in. */
export function questionIndex(def: Definition) {
  const byId = new Map<string, { q: TQuestion; section: number }>();
  for (const { q, path } of questionsOf(def)) byId.set(q.id, { q, section: Number(path[1]) });
  return byId;
}
