import { describe, expect, it } from 'vitest';
import { addDays, hasStarted, isoWithOffset, overlaps, weekStart } from './dates.ts';

describe('mentoring days and times', () => {
  it('finds the Monday of a week, across months and years', () => {
    expect(weekStart('2026-05-04')).toBe('2026-05-04'); // a Monday
    expect(weekStart('2026-05-10')).toBe('2026-05-04'); // its Sunday
    expect(weekStart('2026-03-01')).toBe('2026-02-23');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });

  it('adds days across month ends', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
    expect(addDays('2026-01-02', -7)).toBe('2025-12-26');
  });

  it('writes a local day and time with the browser’s offset, naming the same moment', () => {
    const iso = isoWithOffset('2026-05-04', '06:30');
    expect(iso).toMatch(/^2026-05-04T06:30:00[+-]\d{2}:\d{2}$/);
    expect(Date.parse(iso)).toBe(new Date(2026, 4, 4, 6, 30).getTime());
  });

  it('tells sessions that cross from those that only touch', () => {
    const a = { startsAt: '2026-05-04T11:00:00Z', endsAt: '2026-05-04T12:00:00Z' };
    expect(overlaps(a, { startsAt: '2026-05-04T11:30:00Z', endsAt: '2026-05-04T12:30:00Z' })).toBe(
      true,
    );
    expect(overlaps(a, { startsAt: '2026-05-04T12:00:00Z', endsAt: '2026-05-04T13:00:00Z' })).toBe(
      false,
    );
  });

  it('knows when a session has started', () => {
    const now = Date.parse('2026-05-04T12:00:00Z');
    expect(hasStarted({ startsAt: '2026-05-04T11:59:00Z' }, now)).toBe(true);
    expect(hasStarted({ startsAt: '2026-05-04T12:01:00Z' }, now)).toBe(false);
  });
});
