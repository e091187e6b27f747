import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/roles.ts';
import type { TSession } from '../../../../shared/schemas/mentors.ts';
import type { StatusColor } from '../../components/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useCurrentProgram, useRoleCheck } from '../programs/ProgramContext.tsx';
import { addDays, dayAtNoon } from './dates.ts';

/** Who sees every mentor's calendar and schedules for any of them (the server decides). */
export const SESSION_MANAGERS: readonly Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
];

export type Attendance = TSession['attendees'][number]['attendance'];
export type SessionStatus = TSession['status'];
export type SessionMode = TSession['mode'];

export const STATUS_COLOR: Record<SessionStatus, StatusColor> = {
  scheduled: 'indigo',
  held: 'teal',
  cancelled: 'gray',
};

/** Whether the signed-in person manages the program's mentoring, or mentors (their own calendar). */
export function useMentoringRole(): { manager: boolean; mentor: boolean } {
  const has = useRoleCheck();
  const { role } = useCurrentProgram();
  const manager = has(SESSION_MANAGERS);
  return { manager, mentor: !manager && role === 'mentor' };
}

// ---------- words ----------

/** Times, days and the words of a session, in the UI language and the browser's time zone. */
export function useMentoringLabels() {
  const { t } = useTranslation();
  const f = useFormat();
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(f.locale, { hour: 'numeric', minute: '2-digit' });
    const weekdayShort = new Intl.DateTimeFormat(f.locale, { weekday: 'short', day: 'numeric' });
    const dayLong = new Intl.DateTimeFormat(f.locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    });
    const range = new Intl.DateTimeFormat(f.locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const capital = (s: string) => s.charAt(0).toLocaleUpperCase(f.locale) + s.slice(1);
    return {
      /** "6:00–6:45 a. m." */
      timeRange: (s: Pick<TSession, 'startsAt' | 'endsAt'>) =>
        time.formatRange(new Date(s.startsAt), new Date(s.endsAt)),
      /** "Lun 4" (a column of the week). */
      dayShort: (day: string) => capital(weekdayShort.format(dayAtNoon(day))),
      /** "Lunes, 4 de mayo" (a day of the agenda). */
      dayLong: (day: string) => capital(dayLong.format(dayAtNoon(day))),
      /** "lunes, 4 de mayo" (inside a sentence). */
      dayInSentence: (day: string) => dayLong.format(dayAtNoon(day)),
      /** "4–10 de mayo de 2026" */
      weekRange: (monday: string) =>
        range.formatRange(dayAtNoon(monday), dayAtNoon(addDays(monday, 6))),
      status: (s: SessionStatus) => t(`ui.mentoring.statuses.${s}`),
      mode: (m: SessionMode) => t(`ui.mentoring.modes.${m}`),
      kind: (k: TSession['kind']) => t(`ui.mentoring.kinds.${k}`),
      attendance: (a: Attendance) => t(`ui.mentoring.attendance.${a}`),
      /** "3 de 4 asistieron"; nothing while no attendance is recorded. */
      attendanceSummary: (s: Pick<TSession, 'attendees'>) => {
        const recorded = s.attendees.filter((a) => a.attendance !== 'pending').length;
        if (recorded === 0) return null;
        const present = s.attendees.filter((a) => a.attendance === 'present').length;
        return t('ui.mentoring.attendedOf', {
          count: present,
          present: f.number(present),
          total: f.number(s.attendees.length),
        });
      },
      businesses: (s: Pick<TSession, 'attendees'>) =>
        f.list(s.attendees.map((a) => a.businessName)),
      duration: (minutes: number) =>
        minutes < 60
          ? t('ui.mentoring.minutes', { n: minutes })
          : minutes % 60 === 0
            ? t('ui.mentoring.hours', { count: minutes / 60, n: minutes / 60 })
            : t('ui.mentoring.hoursMinutes', { h: Math.floor(minutes / 60), m: minutes % 60 }),
    };
  }, [t, f]);
}

export type MentoringLabels = ReturnType<typeof useMentoringLabels>;
