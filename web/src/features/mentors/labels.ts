import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TQuestionnaireDefinition } from '../../../../shared/schemas/assessment.ts';
import type { TProgram } from '../../../../shared/schemas/programs.ts';
import type { TMentorSuggestion } from '../../../../shared/schemas/mentors.ts';
import type { Role } from '../../../../shared/roles.ts';
import { useFormat } from '../../i18n/format.ts';
import { useLeverName } from '../assessment/labels.ts';
import { useRoleCheck } from '../programs/ProgramContext.tsx';

/** The same role lists as the server's: the UI only hides, the server decides. */
export const MENTOR_READERS: readonly Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
];
export const MENTOR_ASSIGNERS: readonly Role[] = MENTOR_READERS;
export const PROFILE_EDITORS: readonly Role[] = ['admin', 'coordinator', 'case_coordinator'];

export function useMentorPermissions() {
  const has = useRoleCheck();
  return {
    read: has(MENTOR_READERS),
    assign: has(MENTOR_ASSIGNERS),
    editProfiles: has(PROFILE_EDITORS),
  };
}

/** A name inside a sentence: "Finanzas" → "finanzas", but "TIC" stays. */
function inSentence(name: string): string {
  const second = name.charAt(1);
  return second && second === second.toLocaleLowerCase() && second !== second.toLocaleUpperCase()
    ? name.charAt(0).toLocaleLowerCase() + name.slice(1)
    : name;
}

/** Names for what the mentors' pages show: levers, cities, and why a mentor is suggested. */
export function useMentorLabels(
  program: TProgram | undefined,
  definition: Pick<TQuestionnaireDefinition, 'levers'> | undefined,
) {
  const { t } = useTranslation();
  const f = useFormat();
  const leverName = useLeverName(definition);
  return useMemo(() => {
    const cityName = (code: string) =>
      program?.cities.find((c) => c.municipalityCode === code)?.name ?? code;
    return {
      leverName,
      cityName,
      levers: (ids: readonly string[]) => f.list(ids.map(leverName)),
      cities: (codes: readonly string[]) =>
        f.list(codes.map(cityName).sort((a, b) => a.localeCompare(b))),
      /** Why a mentor is proposed, one sentence per reason. */
      reasons: (s: TMentorSuggestion, municipalityCode: string) => [
        s.leverMatches.length > 0
          ? t('ui.mentors.reasons.knows', {
              levers: f.list(s.leverMatches.map((id) => inSentence(leverName(id)))),
            })
          : t('ui.mentors.reasons.noLever'),
        s.reach === 'city'
          ? t('ui.mentors.reasons.city', { city: cityName(municipalityCode) })
          : t('ui.mentors.reasons.remote'),
        t('ui.mentors.reasons.capacity', {
          count: s.remaining,
          remaining: f.number(s.remaining),
          capacity: f.number(s.capacity),
        }),
      ],
    };
  }, [program, t, f, leverName]);
}

export type MentorLabels = ReturnType<typeof useMentorLabels>;

/** Whole days from an instant to now (0 today). */
export function daysSince(iso: string, now = Date.now()): number {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return 0;
  return Math.max(0, Math.floor((now - then) / 86_400_000));
}
