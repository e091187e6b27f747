import type { Role } from '../../../../shared/roles.ts';
import type { EXTRA_SERVICE_STATUSES } from '../../../../shared/schemas/mentors.ts';
import type { StatusColor } from '../../components/StatusBadge.tsx';
import { useRoleCheck } from '../programs/ProgramContext.tsx';

/** Who reads the ecosystem report: the same list as the server's. */
export const ECOSYSTEM_REPORT_VIEWERS: readonly Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
  'researcher',
];

export function useCanSeeEcosystemReport(): boolean {
  const has = useRoleCheck();
  return has(ECOSYSTEM_REPORT_VIEWERS);
}

export const ecosystemReportPage = (programId: string) =>
  `/p/${encodeURIComponent(programId)}/services/report`;

/** The tint of each state of an extra service; the words say it too. */
export const EXTRA_STATUS_COLORS: Record<(typeof EXTRA_SERVICE_STATUSES)[number], StatusColor> = {
  proposed: 'gray',
  referred: 'indigo',
  received: 'teal',
  declined: 'yellow',
};
