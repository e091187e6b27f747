import { z } from 'zod';
import { ZId, ZIsoDate } from './common.ts';

export const ZProgramCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,38}[A-Z0-9]$/, { message: 'program_code_format' });

export const ZProgramCity = z.strictObject({
  municipalityCode: z.string().regex(/^\d{5}$/),
  goal: z.number().int().min(0).max(1_000_000).nullable().default(null),
});
export const ZProgramLocality = z.strictObject({
  localityCode: z.string().regex(/^\d{5}-\d{2}$/),
  goal: z.number().int().min(0).max(1_000_000),
});

export const ZProgramBody = z
  .strictObject({
    code: ZProgramCode,
    name: z.string().trim().min(3).max(200),
    cycleStart: ZIsoDate,
    cycleEnd: ZIsoDate,
    cities: z.array(ZProgramCity).min(1).max(1200),
    localities: z.array(ZProgramLocality).max(500).default([]),
  })
  .refine((p) => p.cycleEnd >= p.cycleStart, {
    path: ['cycleEnd'],
    message: 'cycle_end_before_start',
  });
export type TProgramBody = z.infer<typeof ZProgramBody>;

export const ZProgram = z.object({
  id: ZId,
  code: z.string(),
  name: z.string(),
  cycleStart: z.string(),
  cycleEnd: z.string(),
  cities: z.array(
    z.object({ municipalityCode: z.string(), name: z.string(), goal: z.number().nullable() }),
  ),
  localities: z.array(
    z.object({
      localityCode: z.string(),
      municipalityCode: z.string(),
      name: z.string(),
      goal: z.number(),
    }),
  ),
});
export type TProgram = z.infer<typeof ZProgram>;

export const ZProgramParams = z.strictObject({ programId: ZId });

export const ZCityCounts = z.object({
  municipalityCode: z.string(),
  name: z.string(),
  goal: z.number().nullable(),
  registered: z.number().int(),
  active: z.number().int(),
  withdrawn: z.number().int(),
  completed: z.number().int(),
});
export type TCityCounts = z.infer<typeof ZCityCounts>;

export const ZLocalityCounts = ZCityCounts.extend({
  localityCode: z.string(),
  goal: z.number().nullable(),
});
export type TLocalityCounts = z.infer<typeof ZLocalityCounts>;

export const ZProgramHome = z.object({
  program: z.object({
    id: ZId,
    code: z.string(),
    name: z.string(),
    cycleStart: z.string(),
    cycleEnd: z.string(),
  }),
  cities: z.array(ZCityCounts),
  /** Per locality, for programs whose goals are set by locality (e.g. Bogotá's). */
  localities: z.array(ZLocalityCounts),
  totals: z.object({
    registered: z.number().int(),
    active: z.number().int(),
    withdrawn: z.number().int(),
    completed: z.number().int(),
    /** Null when the caller's scope shows no goal (own cases) or no goal is set. */
    goal: z.number().int().nullable(),
  }),
});
export type TProgramHome = z.infer<typeof ZProgramHome>;

export const ZTerritory = z.object({ code: z.string(), name: z.string() });
export const ZMunicipality = ZTerritory.extend({
  departmentCode: z.string(),
  departmentName: z.string(),
});
export const ZLocality = ZTerritory.extend({ municipalityCode: z.string() });
