import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MENTOR_WEIGHTS, mentorFit, rankMentors, type MentorCandidate } from './suggest.ts';

const mentor = (over: Partial<MentorCandidate> & { userId: string }): MentorCandidate => ({
  name: over.userId,
  organization: '',
  levers: [],
  cities: [],
  remote: false,
  capacity: 4,
  active: 0,
  ...over,
});
const need = { levers: ['finance', 'marketing'], municipalityCode: '68001' };

describe('mentor suggestions', () => {
  it('leaves out mentors who are full or cannot reach the city', () => {
    expect(mentorFit(need, mentor({ userId: 'full', cities: ['68001'], active: 4 }))).toBeNull();
    expect(mentorFit(need, mentor({ userId: 'far', cities: ['54001'] }))).toBeNull();
    expect(mentorFit(need, mentor({ userId: 'remote', remote: true }))).toMatchObject({
      reach: 'remote',
    });
  });

  it('scores lever match first, then reach, then free capacity, with the reasons', () => {
    const both = mentor({ userId: 'both', levers: ['finance', 'marketing'], remote: true });
    const one = mentor({ userId: 'one', levers: ['finance'], cities: ['68001'] });
    const none = mentor({ userId: 'none', cities: ['68001'] });
    const ranked = rankMentors(need, [none, one, both]);
    expect(ranked.map((r) => r.userId)).toEqual(['both', 'one', 'none']);
    expect(ranked[0]).toMatchObject({
      leverMatches: ['finance', 'marketing'],
      reach: 'remote',
      remaining: 4,
      score: MENTOR_WEIGHTS.levers + MENTOR_WEIGHTS.reach * 0.6 + MENTOR_WEIGHTS.capacity,
    });
    expect(ranked[1]).toMatchObject({ leverMatches: ['finance'], reach: 'city', score: 70 });
    // Same match and reach: more free places first.
    const busy = mentor({ userId: 'busy', levers: ['finance'], cities: ['68001'], active: 3 });
    expect(rankMentors(need, [busy, one]).map((r) => r.userId)).toEqual(['one', 'busy']);
    expect(rankMentors(need, [both, one, none], 2)).toHaveLength(2);
  });

  it('is deterministic whatever the order of the mentors, and never proposes a full one', () => {
    const arb = fc.array(
      fc.record({
        userId: fc.uuid(),
        name: fc.constantFrom('Ana', 'Beto', 'Carla'),
        organization: fc.constant(''),
        levers: fc.subarray(['finance', 'marketing', 'innovation']),
        cities: fc.subarray(['68001', '54001']),
        remote: fc.boolean(),
        capacity: fc.integer({ min: 1, max: 5 }),
        active: fc.integer({ min: 0, max: 6 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (mentors) => {
        const a = rankMentors(need, mentors, 5);
        const b = rankMentors(need, [...mentors].reverse(), 5);
        expect(a).toEqual(b);
        for (const s of a) expect(s.remaining).toBeGreaterThan(0);
        for (let i = 1; i < a.length; i++)
          expect(a[i - 1]!.score).toBeGreaterThanOrEqual(a[i]!.score);
      }),
    );
  });
});
