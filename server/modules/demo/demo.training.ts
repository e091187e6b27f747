/**
 * The demo's training: four short capsules, one track with all of them ("Ruta de capitalización"),
 * sessions in every city of the program over the eight weeks before the demo's "today", the
 * program's active and completed cases that have a plan enrolled in one session of each capsule,
 * and attendance as it goes in real life: about three in four complete the track, the others miss
 * a capsule, leave early or are excused. Deterministic: everything follows the seed and the as-of.
 */
import { DEFAULT_COMPLETION_PERCENT } from '../../../shared/domain/training/completion.ts';
import type {
  trainingEnrollments,
  trainingModules,
  trainingSessions,
  trainingTracks,
} from '../training/training.table.ts';
import type { DemoCase } from './demo.generate.ts';
import { createRng, demoId, type Rng } from './demo.random.ts';

type Row<T extends { $inferInsert: object }> = T['$inferInsert'];
/** What the training needs of a demo case. */
type TrainingCase = Pick<
  DemoCase,
  'id' | 'businessId' | 'programId' | 'status' | 'planState' | 'municipalityCode'
>;
export interface DemoTraining {
  modules: Array<Row<typeof trainingModules>>;
  tracks: Array<Row<typeof trainingTracks>>;
  sessions: Array<Row<typeof trainingSessions>>;
  enrollments: Array<Row<typeof trainingEnrollments>>;
}

const DAY_MS = 86_400_000;
const WEEKS = 8;
/** Share of the enrolled cases that complete the whole track. */
const COMPLETE = 0.75;

const CAPSULES: Array<{
  title: string;
  topic: string;
  durationMinutes: number;
  levers: string[];
  format: 'virtual' | 'in_person';
  materials: Array<{ label: string; url: string }>;
}> = [
  {
    title: 'Costos y precios',
    topic: 'Cuánto cuesta producir lo que vendo y a qué precio venderlo sin perder.',
    durationMinutes: 120,
    levers: ['finance'],
    format: 'in_person',
    materials: [{ label: 'Plantilla de costos', url: 'https://www.sena.edu.co/es-co/formacion' }],
  },
  {
    title: 'Formalización paso a paso',
    topic: 'RUT, registro mercantil y facturación electrónica, en orden y sin enredos.',
    durationMinutes: 90,
    levers: ['formalization'],
    format: 'in_person',
    materials: [{ label: 'Guía de la DIAN', url: 'https://www.dian.gov.co' }],
  },
  {
    title: 'Ventas digitales',
    topic: 'Catálogo en WhatsApp Business, redes sociales y pagos digitales.',
    durationMinutes: 120,
    levers: ['marketing', 'commercialization'],
    format: 'virtual',
    materials: [{ label: 'Curso de MinTIC', url: 'https://www.mintic.gov.co' }],
  },
  {
    title: 'Seguros y manejo del crédito',
    topic: 'Cómo proteger el negocio y usar bien un crédito o un capital semilla.',
    durationMinutes: 90,
    levers: ['finance'],
    format: 'virtual',
    materials: [],
  },
];

const PLACES = [
  'Cámara de Comercio, salón 2',
  'Biblioteca pública, auditorio',
  'Casa de la cultura',
];
const TRAINERS = ['Laura Gómez', 'Jorge Ramírez', 'Diana Castro', 'Óscar Medina', 'Paula Rincón'];

/** A Colombian afternoon or morning on a weekday of week `week` (1 = eight weeks ago). */
function sessionStart(rng: Rng, asOfMs: number, week: number): number {
  const weekStart = asOfMs - (WEEKS - week + 1) * 7 * DAY_MS;
  const day = Math.floor(weekStart / DAY_MS) * DAY_MS + rng.int(0, 4) * DAY_MS;
  // 9:00 or 14:00 in Colombia (UTC−5).
  return day + (rng.chance(0.5) ? 14 : 19) * 3_600_000;
}

/**
 * Training rows for the program: modules, the track, sessions per city and module (two dates for
 * each capsule, a fortnight apart) and the enrollments with their attendance.
 */
export function demoTrainingWork(options: {
  seed: number;
  asOf: string;
  programId: string;
  cases: readonly TrainingCase[];
}): DemoTraining {
  const rng = createRng(options.seed).fork('training');
  const ids = rng.fork('ids');
  const asOfMs = Date.parse(options.asOf);
  const created = new Date(asOfMs - (WEEKS + 2) * 7 * DAY_MS);
  const out: DemoTraining = { modules: [], tracks: [], sessions: [], enrollments: [] };

  for (const c of CAPSULES)
    out.modules.push({
      id: demoId(ids, created.getTime()),
      programId: options.programId,
      ...c,
      createdAt: created,
      updatedAt: created,
    });
  out.tracks.push({
    id: demoId(ids, created.getTime()),
    programId: options.programId,
    name: 'Ruta de capitalización',
    moduleIds: out.modules.map((m) => m.id!),
    completionPercent: DEFAULT_COMPLETION_PERCENT,
    createdAt: created,
    updatedAt: created,
  });

  const enrolled = options.cases.filter(
    (c) =>
      c.programId === options.programId &&
      (c.status === 'active' || c.status === 'completed') &&
      Boolean(c.planState),
  );
  const byCity = new Map<string, TrainingCase[]>();
  for (const c of enrolled)
    byCity.set(c.municipalityCode, [...(byCity.get(c.municipalityCode) ?? []), c]);

  for (const [city, cityCases] of [...byCity.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    // Each case's fate: complete everything, or fall short in one or two capsules.
    const completes = new Map(cityCases.map((c) => [c.id, rng.chance(COMPLETE)]));
    const shortIn = new Map(
      cityCases.map((c) => {
        const missed = new Set<number>([rng.int(0, CAPSULES.length - 1)]);
        if (rng.chance(0.3)) missed.add(rng.int(0, CAPSULES.length - 1));
        return [c.id, missed];
      }),
    );
    out.modules.forEach((module, m) => {
      const capsule = CAPSULES[m]!;
      // Two dates per capsule, in weeks 2m+1 and 2m+2; places for about 60 % of the city each.
      const capacity = Math.max(10, Math.ceil(cityCases.length * 0.6) + 5);
      const sessions = [2 * m + 1, 2 * m + 2].map((week) => {
        const startsAt = new Date(sessionStart(rng, asOfMs, week));
        const session = {
          id: demoId(ids, startsAt.getTime() - 14 * DAY_MS),
          programId: options.programId,
          moduleId: module.id!,
          startsAt,
          durationMinutes: capsule.durationMinutes,
          place: capsule.format === 'in_person' ? rng.pick(PLACES) : '',
          link:
            capsule.format === 'virtual'
              ? `https://meet.example.org/palanca-${city}-${m + 1}-${week}`
              : '',
          trainerName: rng.pick(TRAINERS),
          capacity,
          createdAt: new Date(startsAt.getTime() - 14 * DAY_MS),
          updatedAt: new Date(startsAt.getTime() - 14 * DAY_MS),
        };
        out.sessions.push(session);
        return { session, taken: 0 };
      });
      for (const c of rng.shuffle(cityCases)) {
        const choice = rng.chance(0.5) ? sessions : [...sessions].reverse();
        const slot = choice.find((s) => s.taken < capacity);
        if (!slot) continue;
        slot.taken += 1;
        const duration = capsule.durationMinutes;
        const falls = !completes.get(c.id) && shortIn.get(c.id)!.has(m);
        let attendance: 'present' | 'absent' | 'excused' = 'present';
        let minutes = rng.chance(0.85) ? duration : rng.int(Math.ceil(duration * 0.8), duration);
        if (falls) {
          const how = rng.weightedPick([
            ['absent', 5],
            ['excused', 2],
            ['early', 3],
          ] as const);
          if (how === 'early')
            minutes = rng.int(Math.floor(duration * 0.2), Math.floor(duration * 0.6));
          else {
            attendance = how;
            minutes = 0;
          }
        }
        const startsAt = slot.session.startsAt;
        out.enrollments.push({
          businessId: c.businessId,
          sessionId: slot.session.id,
          caseId: c.id,
          programId: options.programId,
          attendance,
          minutes,
          enrolledAt: new Date(startsAt.getTime() - rng.int(2, 10) * DAY_MS),
          recordedAt: new Date(startsAt.getTime() + duration * 60_000),
        });
      }
    });
  }
  return out;
}
