/** Days and times of mentoring sessions, in the browser's time zone (Colombia's for its users). */
import type { TSession } from '../../../../shared/schemas/mentors.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment's calendar day in the browser's time zone, as `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A moment's time of day in the browser's time zone, as `HH:MM`. */
export function localTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}

export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** Noon of a day in the browser's time zone: safe from daylight-saving edges when adding days. */
export function dayAtNoon(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

export function addDays(day: string, n: number): string {
  const date = dayAtNoon(day);
  date.setDate(date.getDate() + n);
  return localDay(date);
}

/** The Monday of a day's week. */
export function weekStart(day: string): string {
  const weekday = dayAtNoon(day).getDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** A day and a time of the browser's zone as ISO with its offset: `2026-05-04T06:00:00-05:00`. */
export function isoWithOffset(day: string, time: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const at = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  const offset = -at.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${day}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Whether a session's start has passed: attendance and the outcome can be recorded. */
export function hasStarted(session: Pick<TSession, 'startsAt'>, now = Date.now()): boolean {
  return Date.parse(session.startsAt) <= now;
}

/** Whether two sessions' times cross (end to end does not). */
export function overlaps(
  a: { startsAt: string; endsAt: string },
  b: { startsAt: string; endsAt: string },
): boolean {
  return (
    Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt)
  );
}
