import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attendedMinutes,
  moduleProgress,
  requiredMinutes,
  trackCompletion,
  trackShare,
} from './completion.ts';

const at = (day: number) => new Date(Date.UTC(2026, 8, day, 14));

describe('training completion', () => {
  it('needs the share of the module’s minutes, rounded up', () => {
    expect(requiredMinutes(60, 80)).toBe(48);
    expect(requiredMinutes(90, 80)).toBe(72);
    expect(requiredMinutes(45, 80)).toBe(36);
    expect(requiredMinutes(50, 33)).toBe(17);
    expect(requiredMinutes(10, 1)).toBe(1);
    expect(requiredMinutes(120, 100)).toBe(120);
  });

  it('adds minutes over sessions and dates the completion by the session that reached it', () => {
    const p = moduleProgress({
      moduleId: 'm',
      durationMinutes: 60,
      completionPercent: 80,
      attended: [
        { startsAt: at(20), minutes: 30 },
        { startsAt: at(3), minutes: 30 },
        { startsAt: at(10), minutes: 20 },
      ],
    });
    expect(p).toEqual({
      moduleId: 'm',
      minutes: 80,
      required: 48,
      completed: true,
      completedAt: at(10),
    });
    expect(
      moduleProgress({
        moduleId: 'm',
        durationMinutes: 60,
        completionPercent: 80,
        attended: [{ startsAt: at(3), minutes: 47 }],
      }),
    ).toMatchObject({ completed: false, completedAt: null, minutes: 47 });
  });

  it('completes a track when every module is, and reports the share of modules', () => {
    const modules = [
      { id: 'a', durationMinutes: 60 },
      { id: 'b', durationMinutes: 90 },
      { id: 'c', durationMinutes: 120 },
    ];
    const attended = new Map([
      ['a', [{ startsAt: at(1), minutes: 60 }]],
      ['b', [{ startsAt: at(2), minutes: 71 }]],
    ]);
    const partial = trackCompletion({ modules, completionPercent: 80, attended });
    expect(partial.completed).toBe(false);
    expect(partial.percent).toBe(33);
    expect(partial.modules.map((m) => m.completed)).toEqual([true, false, false]);
    attended.set('b', [{ startsAt: at(2), minutes: 72 }]);
    attended.set('c', [{ startsAt: at(3), minutes: 96 }]);
    expect(trackCompletion({ modules, completionPercent: 80, attended })).toMatchObject({
      completed: true,
      percent: 100,
    });
    expect(trackCompletion({ modules: [], completionPercent: 80, attended })).toMatchObject({
      completed: false,
      percent: 0,
    });
  });

  it('agrees with the summed-minutes form used by reports and batch checks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 10, max: 240 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 100 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 240 }), { maxLength: 4 }), {
          minLength: 5,
          maxLength: 5,
        }),
        (durations, percent, sessions) => {
          const modules = durations.map((d, i) => ({ id: `m${i}`, durationMinutes: d }));
          const attended = new Map(
            modules.map((m, i) => [
              m.id,
              sessions[i]!.map((minutes, day) => ({ startsAt: at(day + 1), minutes })),
            ]),
          );
          const minutes = new Map(
            modules.map((m, i) => [m.id, sessions[i]!.reduce((s, x) => s + x, 0)]),
          );
          const full = trackCompletion({ modules, completionPercent: percent, attended });
          const share = trackShare({
            moduleDurations: modules,
            completionPercent: percent,
            minutes,
          });
          expect(share.completed).toBe(full.completed);
          expect(share.percent).toBe(full.percent);
        },
      ),
    );
  });

  it('stores the whole session for present without minutes, and nothing for the others', () => {
    expect(attendedMinutes('present', undefined, 90)).toBe(90);
    expect(attendedMinutes('present', 45, 90)).toBe(45);
    expect(attendedMinutes('absent', 45, 90)).toBe(0);
    expect(attendedMinutes('excused', undefined, 90)).toBe(0);
    expect(attendedMinutes('pending', undefined, 90)).toBe(0);
  });
});
