import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TIE_BREAK_RULE,
  compareCandidates,
  promoteFromWaitlist,
  selectByTerritory,
} from './selection.ts';
import type { SelectionCandidate } from './selection.ts';

const candidate = (
  id: string,
  score: number,
  overrides: Partial<SelectionCandidate> = {},
): SelectionCandidate => ({
  id,
  territoryCode: '11001-08',
  verdict: 'eligible',
  score,
  submittedAt: '2025-02-03T15:00:00Z',
  ...overrides,
});

describe('compareCandidates', () => {
  it('ranks by score, then earlier submission, then id', () => {
    const ranked = [
      candidate('c', 50, { submittedAt: '2025-02-03T10:00:00Z' }),
      candidate('b', 50, { submittedAt: '2025-02-03T10:00:00Z' }),
      candidate('a', 50, { submittedAt: '2025-02-03T11:00:00Z' }),
      candidate('d', 70),
      candidate('e', 10, { submittedAt: '2025-01-01T00:00:00Z' }),
    ].sort(compareCandidates);
    expect(ranked.map((c) => c.id)).toEqual(['d', 'b', 'c', 'a', 'e']);
  });

  it('compares instants, not their spelling', () => {
    const bogota = candidate('z', 50, { submittedAt: '2025-02-03T09:00:00-05:00' }); // 14:00Z
    const utc = candidate('a', 50, { submittedAt: '2025-02-03T14:30:00Z' });
    expect(compareCandidates(bogota, utc)).toBeLessThan(0);
  });

  it('ranks an unreadable instant last among equal scores', () => {
    const broken = candidate('a', 50, { submittedAt: 'ayer' });
    expect(compareCandidates(broken, candidate('z', 50))).toBeGreaterThan(0);
    expect(compareCandidates(broken, { ...broken, id: 'b' })).toBeLessThan(0);
  });

  it('ranks a NaN score below every number, consistently', () => {
    const broken = candidate('a', Number.NaN);
    expect(compareCandidates(broken, candidate('z', -1000))).toBeGreaterThan(0);
    expect(compareCandidates(broken, candidate('b', Number.NaN))).toBeLessThan(0);
  });

  it('states the rule in both languages', () => {
    expect(TIE_BREAK_RULE.es).toMatch(/puntaje/);
    expect(TIE_BREAK_RULE.en).toMatch(/score/);
  });
});

describe('selectByTerritory', () => {
  it('fills each goal in rank order and waitlists the rest', () => {
    const result = selectByTerritory({
      candidates: [
        candidate('a', 10),
        candidate('b', 30),
        candidate('c', 20),
        candidate('d', 99, { verdict: 'pending' }),
        candidate('e', 99, { verdict: 'not_eligible' }),
        candidate('f', 40, { territoryCode: '68001' }),
        candidate('g', 40, { territoryCode: '05001' }),
      ],
      goals: { '11001-08': 2, '68001': 3, '11001-19': 5 },
    });
    expect(result).toEqual({
      '11001-08': { selected: ['b', 'c'], waitlist: ['a'] },
      '68001': { selected: ['f'], waitlist: [] },
      '11001-19': { selected: [], waitlist: [] },
      '05001': { selected: [], waitlist: ['g'] },
    });
  });

  it('rejects a repeated id', () => {
    expect(() =>
      selectByTerritory({ candidates: [candidate('a', 1), candidate('a', 2)], goals: {} }),
    ).toThrow(RangeError);
  });

  const territories = ['11001-08', '11001-19', '68001'];
  const candidates = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      territoryCode: fc.constantFrom(...territories),
      verdict: fc.constantFrom('eligible', 'eligible', 'not_eligible', 'pending'),
      score: fc.integer({ min: 0, max: 5 }), // few values, so that ties are common
      submittedAt: fc.constantFrom(
        '2025-02-03T10:00:00Z',
        '2025-02-03T05:00:00-05:00',
        '2025-02-04T10:00:00Z',
      ),
    }),
    { selector: (c) => c.id, maxLength: 40 },
  );
  const goals = fc.dictionary(fc.constantFrom(...territories), fc.integer({ min: 0, max: 8 }));

  it('never selects beyond a goal, and places every eligible candidate exactly once', () => {
    fc.assert(
      fc.property(candidates, goals, (list, goalOf) => {
        const result = selectByTerritory({ candidates: list, goals: goalOf });
        const placed = Object.values(result).flatMap((t) => [...t.selected, ...t.waitlist]);
        const eligible = list.filter((c) => c.verdict === 'eligible').map((c) => c.id);
        expect([...placed].sort()).toEqual([...eligible].sort());
        for (const [code, territory] of Object.entries(result)) {
          expect(territory.selected.length).toBeLessThanOrEqual(goalOf[code] ?? 0);
          // A goal is left unfilled only when nobody waits.
          if (territory.waitlist.length > 0)
            expect(territory.selected.length).toBe(goalOf[code] ?? 0);
        }
      }),
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(
        candidates.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        goals,
        ([list, shuffled], goalOf) => {
          expect(selectByTerritory({ candidates: shuffled, goals: goalOf })).toEqual(
            selectByTerritory({ candidates: list, goals: goalOf }),
          );
        },
      ),
    );
  });

  it('never waitlists a candidate who ranks above a selected one', () => {
    fc.assert(
      fc.property(candidates, goals, (list, goalOf) => {
        const byId = new Map(list.map((c) => [c.id, c]));
        const result = selectByTerritory({ candidates: list, goals: goalOf });
        for (const { selected, waitlist } of Object.values(result)) {
          for (const s of selected) {
            for (const w of waitlist) {
              expect(compareCandidates(byId.get(s)!, byId.get(w)!)).toBeLessThan(0);
            }
          }
          const ranked = [...selected, ...waitlist].map((id) => byId.get(id)!);
          expect(ranked).toEqual([...ranked].sort(compareCandidates));
        }
      }),
    );
  });
});

describe('promoteFromWaitlist', () => {
  const state = { selected: ['a', 'b'], waitlist: ['c', 'd'] };

  it('gives a withdrawn place to the first on the waitlist', () => {
    expect(promoteFromWaitlist(state, 'a')).toEqual({
      selected: ['b', 'c'],
      waitlist: ['d'],
      promoted: 'c',
    });
    expect(state).toEqual({ selected: ['a', 'b'], waitlist: ['c', 'd'] });
  });

  it('promotes nobody when the waitlist is empty, or when the withdrawn one was waiting', () => {
    expect(promoteFromWaitlist({ selected: ['a'], waitlist: [] }, 'a')).toEqual({
      selected: [],
      waitlist: [],
      promoted: null,
    });
    expect(promoteFromWaitlist(state, 'd')).toEqual({
      selected: ['a', 'b'],
      waitlist: ['c'],
      promoted: null,
    });
    expect(promoteFromWaitlist(state, 'x')).toEqual({ ...state, promoted: null });
  });

  it('keeps the number selected while anyone waits, and loses nobody else', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.nat({ max: 50 }), { maxLength: 20 })
          .chain((ids) =>
            fc.tuple(
              fc.constant(ids.map(String)),
              fc.nat({ max: ids.length }),
              fc.nat({ max: 60 }),
            ),
          ),
        ([ids, cut, withdrawn]) => {
          const before = { selected: ids.slice(0, cut), waitlist: ids.slice(cut) };
          const after = promoteFromWaitlist(before, String(withdrawn));
          const wasIn = ids.includes(String(withdrawn));
          expect([...after.selected, ...after.waitlist]).toEqual(
            ids.filter((id) => id !== String(withdrawn)),
          );
          if (before.selected.includes(String(withdrawn)) && before.waitlist.length > 0) {
            expect(after.selected).toHaveLength(before.selected.length);
            expect(after.promoted).toBe(before.waitlist[0]);
          } else {
            expect(after.promoted).toBeNull();
          }
          if (!wasIn) expect(after).toEqual({ ...before, promoted: null });
        },
      ),
    );
  });
});
