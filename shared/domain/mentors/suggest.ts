/**
 * Which mentors to propose for a plan, pure: a mentor must be able to reach the business (serves
 * its city, or mentors remotely) and have a free place; among those, lever match weighs most,
 * then reach (in the city before remote), then the share of capacity still free.
 */
import type { TMentorSuggestion } from '../../schemas/mentors.ts';

export interface MentorCandidate {
  userId: string;
  name: string;
  organization: string;
  levers: readonly string[];
  cities: readonly string[];
  remote: boolean;
  capacity: number;
  /** Active mentees now. */
  active: number;
}

export interface MentorNeed {
  /** The levers the plan needs a mentor for. */
  levers: readonly string[];
  municipalityCode: string;
}

/** Weights of the score (they add up to 100). */
export const MENTOR_WEIGHTS = { levers: 60, reach: 25, capacity: 15 } as const;
/** Remote mentoring counts for this share of meeting in the city. */
const REMOTE_REACH = 0.6;

/** The suggestion for one mentor, or null when the mentor cannot take the plan. */
export function mentorFit(need: MentorNeed, m: MentorCandidate): TMentorSuggestion | null {
  const remaining = m.capacity - m.active;
  if (remaining <= 0) return null;
  const inCity = m.cities.includes(need.municipalityCode);
  if (!inCity && !m.remote) return null;
  const leverMatches: string[] = [];
  for (const lever of need.levers) if (m.levers.includes(lever)) leverMatches.push(lever);
  const leverShare = need.levers.length === 0 ? 0 : leverMatches.length / need.levers.length;
  const score =
    MENTOR_WEIGHTS.levers * leverShare +
    MENTOR_WEIGHTS.reach * (inCity ? 1 : REMOTE_REACH) +
    MENTOR_WEIGHTS.capacity * (remaining / m.capacity);
  return {
    userId: m.userId,
    name: m.name,
    organization: m.organization,
    score: Math.round(score * 10) / 10,
    leverMatches,
    reach: inCity ? 'city' : 'remote',
    capacity: m.capacity,
    remaining,
  };
}

function better(a: TMentorSuggestion, b: TMentorSuggestion): number {
  return (
    b.score - a.score ||
    b.leverMatches.length - a.leverMatches.length ||
    a.name.localeCompare(b.name, 'es') ||
    (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0)
  );
}

/** The best `limit` mentors for a plan, best first; deterministic for equal scores. */
export function rankMentors(
  need: MentorNeed,
  mentors: readonly MentorCandidate[],
  limit = 3,
): TMentorSuggestion[] {
  const fits: TMentorSuggestion[] = [];
  for (const m of mentors) {
    const fit = mentorFit(need, m);
    if (fit) fits.push(fit);
  }
  return fits.sort(better).slice(0, limit);
}
