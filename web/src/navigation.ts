import {
  IconApi,
  IconBuildingCommunity,
  IconChartBar,
  IconCalendarEvent,
  IconClipboardCheck,
  IconCoin,
  IconHistory,
  IconHome,
  IconLayoutKanban,
  IconSchool,
  IconSpeakerphone,
  IconUserStar,
  IconUsers,
} from '@tabler/icons-react';
import type { TablerIcon } from '@tabler/icons-react';
import type { Role } from '../../shared/roles.ts';
import type es from '../../shared/i18n/es.json';

/** A navigation label: its text lives in the i18n files under `ui.nav.<key>`. */
export type NavKey = keyof (typeof es)['ui']['nav'];

export interface NavItem {
  key: NavKey;
  /** Where it goes; `:programId` is filled with the current program (the item hides without one). */
  path: string;
  icon: TablerIcon;
  /** Shown only to these roles in the current program (organization admins see every item). */
  roles?: readonly Role[];
  /** Shown only to organization admins (`me.isAdmin`). */
  adminOnly?: boolean;
  /** A page served by the server, not the app: a plain link opening in a new tab. */
  external?: boolean;
  /** Active only on the exact path, not on pages below it. */
  end?: boolean;
}

/** The menu. A module adds its screen here with one line. */
export const NAVIGATION: readonly NavItem[] = [
  { key: 'home', path: '/p/:programId', icon: IconHome, end: true },
  {
    key: 'calls',
    path: '/p/:programId/calls',
    icon: IconSpeakerphone,
    roles: ['admin', 'coordinator', 'supervisor', 'case_coordinator', 'facilitator', 'researcher'],
  },
  {
    key: 'cases',
    path: '/p/:programId/cases',
    icon: IconLayoutKanban,
    roles: ['admin', 'coordinator', 'supervisor', 'case_coordinator', 'facilitator', 'mentor'],
  },
  {
    key: 'assessment',
    path: '/p/:programId/assessment/report',
    icon: IconClipboardCheck,
    roles: ['admin', 'coordinator', 'supervisor', 'case_coordinator', 'researcher'],
  },
  {
    key: 'services',
    path: '/p/:programId/services',
    icon: IconBuildingCommunity,
    roles: [
      'admin',
      'coordinator',
      'supervisor',
      'case_coordinator',
      'facilitator',
      'mentor',
      'researcher',
    ],
  },
  {
    key: 'mentors',
    path: '/p/:programId/mentors',
    icon: IconUserStar,
    roles: ['admin', 'coordinator', 'supervisor', 'case_coordinator'],
  },
  {
    key: 'mentoring',
    path: '/p/:programId/mentoring',
    icon: IconCalendarEvent,
    roles: ['admin', 'coordinator', 'supervisor', 'case_coordinator', 'mentor'],
  },
  {
    key: 'grants',
    path: '/p/:programId/grants/report',
    icon: IconCoin,
    roles: ['admin', 'coordinator', 'supervisor', 'case_coordinator', 'researcher'],
  },
  {
    key: 'training',
    path: '/p/:programId/training',
    icon: IconSchool,
    roles: [
      'admin',
      'coordinator',
      'supervisor',
      'case_coordinator',
      'facilitator',
      'mentor',
      'researcher',
    ],
  },
  {
    key: 'reports',
    path: '/p/:programId/reports',
    icon: IconChartBar,
    roles: ['admin', 'coordinator', 'supervisor', 'case_coordinator', 'researcher'],
  },
  { key: 'users', path: '/admin/users', icon: IconUsers, adminOnly: true },
  { key: 'audit', path: '/admin/audit', icon: IconHistory, adminOnly: true },
  {
    key: 'apiDocs',
    path: '/api/docs',
    icon: IconApi,
    roles: ['admin', 'coordinator'],
    external: true,
  },
];

export interface NavContext {
  isAdmin: boolean;
  /** The user's role in the current program, null without one. */
  role: Role | null;
  programId: string | null;
}

export interface ResolvedNavItem extends NavItem {
  href: string;
}

/** The items this person may see now, with their links resolved. */
export function visibleNavigation(
  ctx: NavContext,
  items: readonly NavItem[] = NAVIGATION,
): ResolvedNavItem[] {
  const out: ResolvedNavItem[] = [];
  for (const item of items) {
    if (item.adminOnly && !ctx.isAdmin) continue;
    if (item.roles && !ctx.isAdmin && !(ctx.role && item.roles.includes(ctx.role))) continue;
    if (item.path.includes(':programId')) {
      if (!ctx.programId) continue;
      out.push({
        ...item,
        href: item.path.replace(':programId', encodeURIComponent(ctx.programId)),
      });
    } else {
      out.push({ ...item, href: item.path });
    }
  }
  return out;
}
