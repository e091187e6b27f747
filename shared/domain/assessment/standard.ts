/**
 * The standard questionnaire and settings every program starts with, validated once here so a
 * mistake in them fails the tests rather than a facilitator's assessment.
 */
import {
  ZAssessmentSettings,
  ZQuestionnaireDefinition,
  type TAssessmentSettings,
  type TQuestionnaireDefinition,
} from '../../schemas/assessment.ts';
import { DEFAULT_PLAN_TEMPLATES, DEFAULT_QUESTIONNAIRE_INPUT } from './defaults.ts';

export const DEFAULT_QUESTIONNAIRE: TQuestionnaireDefinition = ZQuestionnaireDefinition.parse(
  DEFAULT_QUESTIONNAIRE_INPUT,
);

/** As in the reference program: five levels by 20-point steps, mentors for confiable and competente. */
export const DEFAULT_ASSESSMENT_SETTINGS: TAssessmentSettings = ZAssessmentSettings.parse({
  thresholds: { aceptable: 20, confiable: 40, competente: 60, excelente: 80 },
  overall: 'mean_score',
  mentorLevels: ['confiable', 'competente'],
  plan: { weeks: 12, activities: 5 },
  completionPercent: 80,
  templates: DEFAULT_PLAN_TEMPLATES,
});
