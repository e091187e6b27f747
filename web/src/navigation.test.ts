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
      'users',
      'audit',
      'apiDocs',
    ]);
  });

  it('shows a coordinator home, calls, cases, assessments, services, mentors, mentoring, grants, training and the API docs, not the admin pages', () => {
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
    ).toHaveLength(10);
    expect(visibleNavigation({ isAdmin: false, role: 'owner', programId: P }, items)).toHaveLength(
      1,
    );
  });
});
