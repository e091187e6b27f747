import { describe, expect, it } from 'vitest';
import { IconHome } from '@tabler/icons-react';
import type { NavItem } from './navigation.ts';
import { NAVIGATION, visibleNavigation } from './navigation.ts';

const P = '0190a000-0000-7000-8000-000000000001';
const keys = (items: { key: string }[]) => items.map((i) => i.key);

describe('visibleNavigation', () => {
  it('shows an organization admin every item', () => {
    expect(keys(visibleNavigation({ isAdmin: true, role: null, programId: P }))).toEqual([
      'home',
      'calls',
      'cases',
      'assessment',
      'services',
      'mentors',
      'mentoring',
      'grants',
      'training',
      'reports',
      'users',
      'audit',
      'apiDocs',
    ]);
  });

  it('shows a coordinator home, calls, cases, assessments, services, mentors, mentoring, grants, training, reports and the API docs, not the admin pages', () => {
    expect(keys(visibleNavigation({ isAdmin: false, role: 'coordinator', programId: P }))).toEqual([
      'home',
      'calls',
      'cases',
      'assessment',
      'services',
      'mentors',
      'mentoring',
      'grants',
      'training',
      'reports',
      'apiDocs',
    ]);
  });

  it('shows a facilitator home, calls, cases, services and training', () => {
    expect(keys(visibleNavigation({ isAdmin: false, role: 'facilitator', programId: P }))).toEqual([
      'home',
      'calls',
      'cases',
      'services',
      'training',
    ]);
  });

  it('shows mentors their cases, services, sessions and training, not calls nor the assignment; owners none of them', () => {
    expect(keys(visibleNavigation({ isAdmin: false, role: 'mentor', programId: P }))).toEqual([
      'home',
      'cases',
      'services',
      'mentoring',
      'training',
    ]);
    expect(keys(visibleNavigation({ isAdmin: false, role: 'owner', programId: P }))).toEqual([
      'home',
    ]);
  });

  it('shows the reports to those who read the program figures, not to facilitators or mentors', () => {
    for (const role of ['supervisor', 'case_coordinator', 'researcher'] as const)
      expect(keys(visibleNavigation({ isAdmin: false, role, programId: P }))).toContain('reports');
    for (const role of ['facilitator', 'mentor', 'owner'] as const)
      expect(keys(visibleNavigation({ isAdmin: false, role, programId: P }))).not.toContain(
        'reports',
      );
  });

  it('fills the program into the path and hides program pages without one', () => {
    const withProgram = visibleNavigation({ isAdmin: false, role: 'mentor', programId: P });
    expect(withProgram[0]?.href).toBe(`/p/${P}`);
    expect(visibleNavigation({ isAdmin: false, role: null, programId: null })).toEqual([]);
  });

  it('takes new items as data', () => {
    const items: NavItem[] = [
      ...NAVIGATION,
      { key: 'home', path: '/p/:programId/plans', icon: IconHome, roles: ['supervisor'] },
    ];
    expect(
      visibleNavigation({ isAdmin: false, role: 'supervisor', programId: P }, items),
    ).toHaveLength(11);
    expect(visibleNavigation({ isAdmin: false, role: 'owner', programId: P }, items)).toHaveLength(
      1,
    );
  });
});
