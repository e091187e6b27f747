/**
 * Selection of beneficiaries: each territory's goal (cupo) is filled by rank, the rest wait.
 */
import type { EligibilityVerdict } from './eligibility.ts';

export type SelectionCandidate = {
  id: string;
  /** The territory whose goal the candidate competes for: '68001' or '11001-08'. */
  territoryCode: string;
  verdict: EligibilityVerdict;
  score: number;
  /** ISO instant of the application, e.g. '2025-03-02T14:05:00Z' or '…-05:00'. */
  submittedAt: string;
};

/** What the UI shows next to a ranking so that applicants can check it themselves. */
export const TIE_BREAK_RULE = {
  es: 'Se ordena por puntaje de mayor a menor; a igual puntaje, primero quien se postuló antes, y si aun así empatan, por el identificador de la postulación en orden ascendente.',
  en: 'Ranked by score from highest to lowest; on equal scores, whoever applied first comes first, and if still tied, by application identifier in ascending order.',
} as const;

/** Instants compare as points in time, so offsets do not matter; an unreadable one ranks last. */
function instant(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

// Code-unit order, not localeCompare: the same in every browser and on the server.
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type RankKey = { id: string; score: number; at: number };

/** A NaN score would make the order inconsistent; it ranks as the lowest score instead. */
function rankScore(score: number): number {
  return Number.isNaN(score) ? Number.NEGATIVE_INFINITY : score;
}

function compareRankKeys(a: RankKey, b: RankKey): number {
  if (a.score !== b.score) return b.score - a.score;
  // Compared, not subtracted: two unreadable instants (Infinity) are a tie, not NaN.
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return compareIds(a.id, b.id);
}

/**
 * The ranking order (negative when `a` ranks first): score descending, then earlier
 * submittedAt, then id ascending. A total order on distinct ids, so the ranking never depends on
 * the order candidates were loaded in. See TIE_BREAK_RULE.
 */
export function compareCandidates(
  a: Pick<SelectionCandidate, 'id' | 'score' | 'submittedAt'>,
  b: Pick<SelectionCandidate, 'id' | 'score' | 'submittedAt'>,
): number {
  return compareRankKeys(
    { id: a.id, score: rankScore(a.score), at: instant(a.submittedAt) },
    { id: b.id, score: rankScore(b.score), at: instant(b.submittedAt) },
  );
}

export type TerritorySelection = { selected: string[]; waitlist: string[] };

export type SelectByTerritoryOptions = {
  candidates: readonly SelectionCandidate[];
  /** Goal per territory code. A territory without one selects nobody: all its eligible wait. */
  goals: Readonly<Record<string, number>>;
};

/**
 * For every territory with a goal or an eligible candidate: the first `goal` eligible
 * candidates in rank order (compareCandidates) are selected, the rest form the waitlist in rank
 * order. Candidates not (yet) eligible take no place at all. Throws a RangeError on a repeated
 * id, which would otherwise make the result depend on which copy came first.
 */
export function selectByTerritory(
  options: SelectByTerritoryOptions,
): Record<string, TerritorySelection> {
  const ids = new Set<string>();
  for (const { id } of options.candidates) {
    if (ids.has(id)) throw new RangeError(`Candidate ${id} appears more than once`);
    ids.add(id);
  }
  const ranked = options.candidates
    .filter((c) => c.verdict === 'eligible')
    // Instants parsed once, not on every comparison of the sort.
    .map((candidate) => ({
      candidate,
      key: {
        id: candidate.id,
        score: rankScore(candidate.score),
        at: instant(candidate.submittedAt),
      },
    }))
    .sort((x, y) => compareRankKeys(x.key, y.key))
    .map(({ candidate }) => candidate);

  const byTerritory = new Map<string, TerritorySelection>();
  for (const code of Object.keys(options.goals))
    byTerritory.set(code, { selected: [], waitlist: [] });
  for (const candidate of ranked) {
    let territory = byTerritory.get(candidate.territoryCode);
    if (!territory) {
      territory = { selected: [], waitlist: [] };
      byTerritory.set(candidate.territoryCode, territory);
    }
    const goal = Object.hasOwn(options.goals, candidate.territoryCode)
      ? Math.max(0, Math.floor(options.goals[candidate.territoryCode] ?? 0))
      : 0;
    if (territory.selected.length < goal) territory.selected.push(candidate.id);
    else territory.waitlist.push(candidate.id);
  }
  return Object.fromEntries(byTerritory);
}

export type WaitlistPromotion = TerritorySelection & { promoted: string | null };

/**
 * After a withdrawal: a selected candidate who withdraws frees a place for the first of the
 * waitlist, who joins the end of the selected list (still rank order); one who withdraws from
 * the waitlist just leaves it. An unknown id changes nothing. The input is not modified.
 */
export function promoteFromWaitlist(
  state: TerritorySelection,
  withdrawnId: string,
): WaitlistPromotion {
  if (state.selected.includes(withdrawnId)) {
    const [promoted, ...waitlist] = state.waitlist;
    const selected = state.selected.filter((id) => id !== withdrawnId);
    if (promoted !== undefined) selected.push(promoted);
    return { selected, waitlist, promoted: promoted ?? null };
  }
  return {
    selected: [...state.selected],
    waitlist: state.waitlist.filter((id) => id !== withdrawnId),
    promoted: null,
  };
}
