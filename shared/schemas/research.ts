/**
 * The researcher's de-identified export: one row per case, pseudonymous, coded values. What is in
 * it and why is written in docs/research.md.
 */
import { z } from 'zod';

export const RESEARCH_FORMATS = ['csv', 'xlsx'] as const;

export const ZResearchQuery = z.strictObject({
  format: z.enum(RESEARCH_FORMATS).default('xlsx'),
  /** The language of the data dictionary and of the CSV's number format. */
  language: z.enum(['es', 'en']).default('es'),
});
export type TResearchQuery = z.infer<typeof ZResearchQuery>;

/**
 * The variables of every export, in order; after `overall_level` come the program's levers as
 * `level_<lever>`, one per lever of the current questionnaire. Names are the same in every
 * language so that analysis scripts keep working.
 */
export const RESEARCH_COLUMNS = [
  'pseudonym',
  'municipality_code',
  'locality_code',
  'ciiu_code',
  'business_start_year',
  'owner_birth_year',
  'owner_sex',
  'head_of_household',
  'disability',
  'conflict_victim',
  'ethnic_group',
  'priority_groups',
  'registered_week',
  'status',
  'stage',
  'withdrawal_reason',
  'withdrawn_week',
  'overall_level',
  // level_<lever>… here
  'plan_state',
  'needs_mentor',
  'has_mentor',
  'activities_planned',
  'activities_done',
  'grant_approved_pesos',
  'grant_disbursed_pesos',
  'training_completed',
] as const;
export type ResearchColumn = (typeof RESEARCH_COLUMNS)[number];

/** The prefix of the per-lever level columns. */
export const LEVER_COLUMN_PREFIX = 'level_';
