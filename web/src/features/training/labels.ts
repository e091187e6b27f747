import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/roles.ts';
import type { TTrainingAttendance, TTrainingSession } from '../../../../shared/schemas/training.ts';
import type { StatusColor } from '../../components/StatusBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useRoleCheck } from '../programs/ProgramContext.tsx';

/** The same role lists as the server's training routes: the UI only hides, the server decides. */
const CONFIGURERS: readonly Role[] = ['admin', 'coordinator'];
const STAFF: readonly Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
  'facilitator',
];
const READERS: readonly Role[] = [...STAFF, 'mentor'];
const REPORT_READERS: readonly Role[] = [...READERS, 'researcher'];

export interface TrainingPermissions {
  /** Modules and tracks. */
  configure: boolean;
  /** Sessions, enrollment, attendance. */
  work: boolean;
  read: boolean;
  report: boolean;
}

export function useTrainingPermissions(): TrainingPermissions {
  const has = useRoleCheck();
  return {
    configure: has(CONFIGURERS),
    work: has(STAFF),
    read: has(READERS),
    report: has(REPORT_READERS),
  };
}

export const ATTENDANCE_COLOR: Record<TTrainingAttendance, StatusColor> = {
  pending: 'gray',
  present: 'teal',
  absent: 'red',
  excused: 'yellow',
};

/** Words for durations, times and places of sessions. */
export function useTrainingLabels() {
  const { t } = useTranslation();
  const f = useFormat();
  const time = new Intl.DateTimeFormat(f.locale, { hour: 'numeric', minute: '2-digit' });
  const day = new Intl.DateTimeFormat(f.locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const duration = (minutes: number) => {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0) return t('ui.training.minutes', { n: m });
    if (m === 0) return t('ui.training.hours', { count: h, n: h });
    return t('ui.training.hoursMinutes', { h, m });
  };
  return {
    duration,
    attendance: (a: TTrainingAttendance) => t(`ui.training.attendance.${a}`),
    format: (format: TTrainingSession['format']) => t(`ui.training.formats.${format}`),
    timeRange: (s: Pick<TTrainingSession, 'startsAt' | 'endsAt'>) =>
      `${time.format(new Date(s.startsAt))} – ${time.format(new Date(s.endsAt))}`,
    day: (iso: string) => day.format(new Date(iso)),
  };
}
export type TrainingLabels = ReturnType<typeof useTrainingLabels>;
