import { describe, expect, it } from 'vitest';
import { trackShare } from '../../../shared/domain/training/completion.ts';
import type { DemoCase } from './demo.generate.ts';
import { demoTrainingWork } from './demo.training.ts';

const PROGRAM = '01900000-0000-7000-8000-000000000001';
const AS_OF = '2026-11-18T22:00:00.000Z';

function cases(): Array<
  Pick<DemoCase, 'id' | 'businessId' | 'programId' | 'status' | 'planState' | 'municipalityCode'>
> {
  return Array.from({ length: 400 }, (_, i) => ({
    id: `01900000-0000-7000-8000-${String(100000 + i).padStart(12, '0')}`,
    businessId: `01900000-0000-7000-9000-${String(100000 + i).padStart(12, '0')}`,
    programId: PROGRAM,
    status: i % 10 === 0 ? 'withdrawn' : i % 7 === 0 ? 'completed' : 'active',
    planState: i % 5 === 0 ? null : 'presented',
    municipalityCode: i % 3 === 0 ? '54001' : '68001',
  }));
}

describe('demo training', () => {
  const work = demoTrainingWork({ seed: 7, asOf: AS_OF, programId: PROGRAM, cases: cases() });

  it('is the same for the same seed', () => {
    const again = demoTrainingWork({ seed: 7, asOf: AS_OF, programId: PROGRAM, cases: cases() });
    expect(again).toEqual(work);
  });

  it('has four capsules in one track, sessions in the eight weeks before today, within places', () => {
    expect(work.modules.map((m) => m.title)).toEqual([
      'Costos y precios',
      'Formalización paso a paso',
      'Ventas digitales',
      'Seguros y manejo del crédito',
    ]);
    expect(work.tracks).toHaveLength(1);
    expect(work.tracks[0]!.moduleIds).toEqual(work.modules.map((m) => m.id));
    const asOf = Date.parse(AS_OF);
    for (const s of work.sessions) {
      const at = s.startsAt.getTime();
      expect(at).toBeLessThan(asOf);
      expect(at).toBeGreaterThan(asOf - 8 * 7 * 86_400_000 - 86_400_000);
      const taken = work.enrollments.filter((e) => e.sessionId === s.id).length;
      expect(taken).toBeLessThanOrEqual(s.capacity);
    }
  });

  it('enrolls active and completed cases with a plan, and about three in four complete the track', () => {
    const eligible = cases().filter((c) => c.status !== 'withdrawn' && c.planState !== null);
    const enrolledCases = new Set(work.enrollments.map((e) => e.caseId));
    expect(enrolledCases).toEqual(new Set(eligible.map((c) => c.id)));
    const moduleOf = new Map(work.sessions.map((s) => [s.id, s.moduleId]));
    const minutes = new Map<string, Map<string, number>>();
    for (const e of work.enrollments) {
      const perModule = minutes.get(e.caseId) ?? new Map<string, number>();
      if (e.attendance === 'present')
        perModule.set(
          moduleOf.get(e.sessionId)!,
          (perModule.get(moduleOf.get(e.sessionId)!) ?? 0) + e.minutes!,
        );
      minutes.set(e.caseId, perModule);
    }
    const moduleDurations = work.modules.map((m) => ({
      id: m.id!,
      durationMinutes: m.durationMinutes,
    }));
    const completed = [...minutes.values()].filter(
      (m) => trackShare({ moduleDurations, completionPercent: 80, minutes: m }).completed,
    ).length;
    const share = completed / eligible.length;
    expect(share).toBeGreaterThan(0.68);
    expect(share).toBeLessThan(0.82);
  });
});
