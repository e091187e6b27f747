/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) without time zones: a birth date or the
 * opening day of a call is a day on the calendar, not an instant, so no `Date` is involved.
 */
export type CalendarDate = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The calendar date, or null when the parts do not name a real day (e.g. 2024-02-31). */
export function calendarDate({ year, month, day }: CalendarDate): CalendarDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function parseIsoDate(iso: string): CalendarDate | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  return calendarDate({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parses a date the caller vouches for; a malformed one is a programming error, not data. */
export function requireIsoDate(iso: string, name: string): CalendarDate {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`${name} is not an ISO date (YYYY-MM-DD): ${iso}`);
  return date;
}

/**
 * Age in whole years on `asOf`. Someone born on 29 February turns a year older on 1 March in
 * common years, the reading that never grants an age before the day has fully passed.
 */
export function ageInYears(birthDate: CalendarDate, asOf: CalendarDate): number {
  const hadBirthday =
    asOf.month > birthDate.month || (asOf.month === birthDate.month && asOf.day >= birthDate.day);
  return asOf.year - birthDate.year - (hadBirthday ? 0 : 1);
}

/**
 * Whole months from `from` to `to` (negative when `to` comes first). A month ending on the last
 * day of a shorter month counts as complete, so 31 August → 28 February is six months.
 */
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  const months = (to.year - from.year) * 12 + (to.month - from.month);
  if (months > 0) {
    const completed = to.day >= from.day || to.day === daysInMonth(to.year, to.month);
    return completed ? months : months - 1;
  }
  if (months < 0) {
    const completed = from.day >= to.day || from.day === daysInMonth(from.year, from.month);
    return completed ? months : months + 1;
  }
  return 0;
}
