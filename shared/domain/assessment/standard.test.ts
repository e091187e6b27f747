import { describe, expect, it } from 'vitest';
import { LEVELS, QUESTION_TYPES, SECTION_KINDS } from '../../schemas/assessment.ts';
import { questionsOf } from './definition.ts';
import { maxEarnable } from './scoring.ts';
import { DEFAULT_ASSESSMENT_SETTINGS, DEFAULT_QUESTIONNAIRE } from './standard.ts';

describe('the standard questionnaire and settings', () => {
  const questions = questionsOf(DEFAULT_QUESTIONNAIRE).map(({ q }) => q);

  it('is short: at most 40 questions, in the personal, family and business sections', () => {
    expect(questions.length).toBeLessThanOrEqual(40);
    expect(DEFAULT_QUESTIONNAIRE.sections.map((s) => s.kind)).toEqual([...SECTION_KINDS]);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
  });

  it('scores every lever of the reference program through at least three questions', () => {
    expect(DEFAULT_QUESTIONNAIRE.levers.map((l) => l.id)).toEqual([
      'biosafety',
      'finance',
      'business_model',
      'production',
      'marketing',
      'commercialization',
      'formalization',
      'organization',
      'innovation',
    ]);
    for (const lever of DEFAULT_QUESTIONNAIRE.levers) {
      const scoring = questions.filter((q) => maxEarnable(q, lever.id) > 0);
      expect(scoring.length, lever.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('has plan activities for every lever at every level, within the plan length', () => {
    for (const lever of DEFAULT_QUESTIONNAIRE.levers)
      for (const level of LEVELS) {
        const template = DEFAULT_ASSESSMENT_SETTINGS.templates.find(
          (t) => t.lever === lever.id && t.levels.includes(level),
        );
        expect(template, `${lever.id} ${level}`).toBeDefined();
        for (const a of template!.activities)
          expect(a.week).toBeLessThanOrEqual(DEFAULT_ASSESSMENT_SETTINGS.plan.weeks);
      }
  });

  it('needs a mentor for confiable and competente, as the reference program did', () => {
    expect(DEFAULT_ASSESSMENT_SETTINGS.mentorLevels).toEqual(['confiable', 'competente']);
    expect(DEFAULT_ASSESSMENT_SETTINGS.completionPercent).toBe(80);
  });
});
