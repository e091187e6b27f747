/**
 * The demo's services ecosystem and mentors: a catalog of public and private offers in the
 * program's cities (some still to be activated), mentor profiles with realistic capacities,
 * mentors assigned to part of the plans that need one (so the queue has work), mentoring sessions
 * around the demo's "today", extra services flagged per case and plan activities linked to
 * services. Deterministic: everything follows the seed and the demo's as-of date.
 */
import { serviceStatus } from '../../../shared/domain/services/status.ts';
import {
  buildServiceIndex,
  suggestServices,
  type SuggestableService,
} from '../../../shared/domain/services/suggest.ts';
import type { TServiceSuggestion } from '../../../shared/schemas/services.ts';
import { normalizeText } from '../../../shared/domain/registration/normalize.ts';
import type { planActivities, plans } from '../assessment/assessment.table.ts';
import type {
  caseExtraServices,
  mentorAssignments,
  mentoringSessions,
  mentorProfiles,
  sessionAttendees,
} from '../mentors/mentors.table.ts';
import type { serviceEntities, services } from '../services/services.table.ts';
import type { DemoCase, DemoUser } from './demo.generate.ts';
import { createRng, demoId, type Rng } from './demo.random.ts';

type Row<T extends { $inferInsert: object }> = T['$inferInsert'];
export interface DemoEcosystem {
  entities: Array<Row<typeof serviceEntities>>;
  services: Array<Row<typeof services>>;
  profiles: Array<Row<typeof mentorProfiles>>;
  assignments: Array<Row<typeof mentorAssignments>>;
  sessions: Array<Row<typeof mentoringSessions>>;
  attendees: Array<Row<typeof sessionAttendees>>;
  extras: Array<Row<typeof caseExtraServices>>;
}

const DAY_MS = 86_400_000;
const LEVERS = [
  'biosafety',
  'finance',
  'business_model',
  'production',
  'marketing',
  'commercialization',
  'formalization',
  'organization',
  'innovation',
];

interface EntitySpec {
  name: string;
  kind: 'public' | 'private' | 'mixed';
  sector: string;
}
interface ServiceSpec {
  entity: string;
  name: string;
  benefit: string;
  levers: string[];
  cost: 'free' | 'cost';
  /** 'permanent', a month, or null (not said yet). */
  opens: string | null;
  link?: string;
  contact?: string;
  requirements?: string;
}

/** National offers (every city). */
const NATIONAL_ENTITIES: EntitySpec[] = [
  { name: 'SENA', kind: 'public', sector: 'Formación para el trabajo' },
  { name: 'iNNpulsa Colombia', kind: 'public', sector: 'Emprendimiento e innovación' },
  { name: 'Fondo Nacional de Garantías', kind: 'mixed', sector: 'Crédito' },
  { name: 'Ministerio TIC', kind: 'public', sector: 'Transformación digital' },
  { name: 'DIAN', kind: 'public', sector: 'Tributario' },
  { name: 'Banco de la Mujer', kind: 'private', sector: 'Microfinanzas' },
];
const NATIONAL_SERVICES: ServiceSpec[] = [
  {
    entity: 'SENA',
    name: 'Curso virtual de costos y precios',
    benefit: 'Curso gratuito de 40 horas para calcular costos, fijar precios y llevar cuentas.',
    levers: ['finance', 'business_model'],
    cost: 'free',
    opens: 'permanent',
    link: 'https://oferta.senasofiaplus.edu.co',
  },
  {
    entity: 'SENA',
    name: 'Manipulación higiénica de alimentos',
    benefit: 'Curso corto con certificado para quienes preparan o venden alimentos.',
    levers: ['biosafety', 'production'],
    cost: 'free',
    opens: 'permanent',
    link: 'https://oferta.senasofiaplus.edu.co',
  },
  {
    entity: 'SENA',
    name: 'Fondo Emprender',
    benefit: 'Capital semilla no reembolsable para planes de negocio de aprendices y egresados.',
    levers: ['innovation', 'business_model'],
    cost: 'free',
    opens: '2027-02',
    link: 'https://www.fondoemprender.com',
  },
  {
    entity: 'iNNpulsa Colombia',
    name: 'CEmprende: mentorías para crecer',
    benefit: 'Mentorías grupales para micronegocios que quieren vender más y a otros mercados.',
    levers: ['commercialization', 'marketing'],
    cost: 'free',
    opens: '2026-03',
    link: 'https://www.innpulsacolombia.com',
  },
  {
    entity: 'Fondo Nacional de Garantías',
    name: 'Garantía para microcrédito',
    benefit: 'Respaldo del crédito cuando el negocio no tiene codeudor ni bienes.',
    levers: ['finance'],
    cost: 'cost',
    opens: 'permanent',
    requirements: 'Solicitarla a través del banco o la cooperativa que presta.',
  },
  {
    entity: 'Ministerio TIC',
    name: 'Centros de Transformación Digital Empresarial',
    benefit: 'Diagnóstico digital y acompañamiento para vender y cobrar por internet.',
    levers: ['innovation', 'commercialization'],
    cost: 'free',
    opens: '2026-04',
    link: 'https://www.mintic.gov.co',
  },
  {
    entity: 'DIAN',
    name: 'Habilitación para factura electrónica',
    benefit: 'Orientación para facturar electrónicamente con el facturador gratuito.',
    levers: ['formalization'],
    cost: 'free',
    opens: 'permanent',
    link: 'https://www.dian.gov.co',
  },
  {
    entity: 'Banco de la Mujer',
    name: 'Educación financiera para emprendedoras',
    benefit: 'Talleres de ahorro, presupuesto y manejo de deudas.',
    levers: ['finance', 'organization'],
    cost: 'free',
    opens: null,
  },
];
/** Offers most cities have their own version of (entity name built with the city). */
const LOCAL_TEMPLATES: Array<
  Omit<ServiceSpec, 'entity'> & {
    entity: (city: string) => EntitySpec;
    /** Cities without it: there, plans that need its levers find no service. */
    missingIn?: string[];
  }
> = [
  {
    entity: (city) => ({
      name: `Cámara de Comercio de ${city}`,
      kind: 'private',
      sector: 'Gremio',
    }),
    name: 'Ruta de formalización',
    benefit: 'Acompañamiento para la matrícula mercantil y el RUT, con tarifa diferencial.',
    levers: ['formalization'],
    cost: 'free',
    opens: 'permanent',
    contact: 'Centro de atención empresarial',
  },
  {
    entity: (city) => ({
      name: `Cámara de Comercio de ${city}`,
      kind: 'private',
      sector: 'Gremio',
    }),
    name: 'Feria empresarial de temporada',
    benefit: 'Stand sin costo en la feria de fin de año para vender y conseguir clientes.',
    levers: ['commercialization', 'marketing'],
    cost: 'free',
    opens: '2026-11',
    contact: 'Área de eventos',
  },
  {
    entity: (city) => ({
      name: `Alcaldía de ${city} – Desarrollo Económico`,
      kind: 'public',
      sector: 'Gobierno local',
    }),
    name: 'Capital semilla municipal',
    benefit: 'Apoyo en activos o capital de trabajo para negocios con plan aprobado.',
    levers: ['finance', 'production'],
    cost: 'free',
    opens: '2027-03',
    requirements: 'Negocio con más de 6 meses y residencia en el municipio.',
  },
  {
    entity: (city) => ({
      name: `Consultorio empresarial universitario de ${city}`,
      kind: 'private',
      sector: 'Educación superior',
    }),
    name: 'Asesoría contable y de mercadeo con estudiantes',
    benefit: 'Estudiantes de último semestre acompañan al negocio durante un semestre.',
    levers: ['finance', 'marketing', 'organization'],
    cost: 'free',
    opens: '2026-02',
    contact: 'Coordinación del consultorio',
    missingIn: ['23001', '19001', '50001'],
  },
  {
    entity: (city) => ({
      name: `Secretaría de Salud de ${city}`,
      kind: 'public',
      sector: 'Salud pública',
    }),
    name: 'Visita y concepto sanitario',
    benefit: 'Orientación para cumplir las condiciones sanitarias del establecimiento.',
    levers: ['biosafety'],
    cost: 'free',
    opens: 'permanent',
  },
];

const CITY_NAMES: Record<string, string> = {
  '68001': 'Bucaramanga',
  '08001': 'Barranquilla',
  '54001': 'Cúcuta',
  '13001': 'Cartagena',
  '23001': 'Montería',
  '73001': 'Ibagué',
  '41001': 'Neiva',
  '19001': 'Popayán',
  '66001': 'Pereira',
  '50001': 'Villavicencio',
};

const ORGANIZATIONS: Array<[string, 'volunteer' | 'university' | 'company' | 'other']> = [
  ['Voluntariado empresarial de la Cámara de Comercio', 'volunteer'],
  ['Red de mentores voluntarios', 'volunteer'],
  ['Universidad regional – Facultad de Administración', 'university'],
  ['Programa de egresados universitarios', 'university'],
  ['Banca de las oportunidades – voluntariado corporativo', 'company'],
  ['Empresa ancla del sector comercio', 'company'],
];
const AVAILABILITY = [
  'Lunes y miércoles en la tarde',
  'Martes y jueves de 8 a 12',
  'Viernes todo el día',
  'Sábados en la mañana',
  'Entre semana después de las 5 p. m.',
];
const AGENDAS = [
  'Revisar el cuaderno de cuentas y separar gastos del hogar',
  'Calcular el costo de los productos más vendidos',
  'Armar las promociones de diciembre',
  'Preparar la inscripción en la Cámara de Comercio',
  'Abrir el catálogo en WhatsApp Business',
  'Organizar turnos y tareas de quienes ayudan',
];
const NOTES = [
  'Trajo las cuentas al día; quedó claro cuánto gana por producto.',
  'Se acordó subir el precio de dos productos.',
  'Publicó el catálogo y ya recibió pedidos.',
  'Faltó información de gastos; se revisa en la próxima.',
];
const TASKS = [
  'Anotar todas las ventas de la semana',
  'Traer recibos de compras de insumos',
  'Pedir cotización de la matrícula mercantil',
  'Publicar tres productos en el catálogo',
];
const EXTRA_NOTES: Record<string, string[]> = {
  microcredit: ['Cita con el asesor el próximo martes', 'Le ofrecieron un monto menor al pedido'],
  financial_education: ['Inscrita en el taller de diciembre', 'Asistió a dos sesiones'],
  digital_tools: ['Quiere aprender a cobrar con QR', 'Ya usa WhatsApp Business'],
};

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function demoEcosystemWork(options: {
  seed: number;
  asOf: string;
  programId: string;
  /** A second program whose mentors get a profile there too (its cases keep no mentor). */
  other: { programId: string; cities: string[]; mentors: DemoUser[] };
  cities: readonly string[];
  mentorsByCity: ReadonlyMap<string, DemoUser[]>;
  mentorAccount: DemoUser;
  caseCoordinatorByCity: ReadonlyMap<string, DemoUser>;
  cases: DemoCase[];
  plans: Array<Row<typeof plans>>;
  activities: Array<Row<typeof planActivities>>;
}): DemoEcosystem {
  const rng = createRng(options.seed).fork('ecosystem');
  const ids = rng.fork('ids');
  const asOfMs = Date.parse(options.asOf);
  const out: DemoEcosystem = {
    entities: [],
    services: [],
    profiles: [],
    assignments: [],
    sessions: [],
    attendees: [],
    extras: [],
  };
  const catalog = demoCatalog(options, ids, out);
  const index = buildServiceIndex(catalog);

  // Mentor profiles: a few levers, their city (some also remote), 3–8 mentees at once.
  const capacity = new Map<string, number>();
  const load = new Map<string, number>();
  const mentorCity = new Map<string, string>();
  for (const city of options.cities)
    for (const m of options.mentorsByCity.get(city) ?? []) {
      const [organization, kind] = rng.pick(ORGANIZATIONS);
      const cap = rng.int(3, 8);
      capacity.set(m.id, cap);
      mentorCity.set(m.id, city);
      out.profiles.push({
        programId: options.programId,
        userId: m.id,
        levers: rng.shuffle(LEVERS).slice(0, rng.int(2, 4)),
        cities: [city],
        remote: rng.chance(0.2),
        capacity: cap,
        availability: rng.pick(AVAILABILITY),
        organization,
        organizationKind: kind,
        createdAt: new Date(asOfMs - 120 * DAY_MS),
        updatedAt: new Date(asOfMs - 120 * DAY_MS),
      });
    }
  const account = options.mentorAccount;
  capacity.set(account.id, 6);
  mentorCity.set(account.id, '68001');
  out.profiles.push({
    programId: options.programId,
    userId: account.id,
    levers: ['finance', 'marketing', 'commercialization'],
    cities: ['68001'],
    remote: true,
    capacity: 6,
    availability: 'Martes y jueves en la tarde',
    organization: 'Universidad Industrial de Santander – Consultorio empresarial',
    organizationKind: 'university',
    createdAt: new Date(asOfMs - 120 * DAY_MS),
    updatedAt: new Date(asOfMs - 120 * DAY_MS),
  });

  for (const m of options.other.mentors)
    out.profiles.push({
      programId: options.other.programId,
      userId: m.id,
      levers: ['finance', 'formalization'],
      cities: options.other.cities,
      remote: true,
      capacity: 5,
      availability: rng.pick(AVAILABILITY),
      organization: 'Red de mentores voluntarios',
      organizationKind: 'volunteer',
      createdAt: new Date(asOfMs - 60 * DAY_MS),
      updatedAt: new Date(asOfMs - 60 * DAY_MS),
    });
  for (const c of options.cases) if (c.programId === options.other.programId) c.mentorId = null;

  // Assignments: only plans that need a mentor get one (the account keeps its five mentees);
  // active cases only while the mentor has a free place, so part of the queue stays waiting.
  const planOf = new Map(options.plans.map((p) => [p.caseId, p]));
  const program = options.cases
    .filter((c) => c.programId === options.programId)
    .sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || (a.id < b.id ? -1 : 1));
  const assigned: DemoCase[] = [];
  for (const c of program) {
    const mine = c.mentorId === account.id;
    c.mentorId = null;
    const plan = planOf.get(c.id);
    if (!plan) continue;
    if (mine) {
      c.mentorId = account.id;
      load.set(account.id, (load.get(account.id) ?? 0) + 1);
      assigned.push(c);
    }
  }
  for (const c of rng.shuffle(program)) {
    const plan = planOf.get(c.id);
    if (!plan || !c.needsMentor || c.mentorId || c.status === 'withdrawn') continue;
    if (!rng.chance(c.status === 'completed' ? 0.7 : 0.85)) continue;
    const candidates = (options.mentorsByCity.get(c.municipalityCode) ?? []).filter(
      (m) => c.status === 'completed' || (load.get(m.id) ?? 0) < (capacity.get(m.id) ?? 0),
    );
    if (candidates.length === 0) continue;
    const mentor = rng.pick(candidates);
    c.mentorId = mentor.id;
    if (c.status === 'active') load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
    assigned.push(c);
  }
  const assignedAt = new Map<string, number>();
  for (const c of assigned) {
    const plan = planOf.get(c.id)!;
    const at = Math.min(asOfMs - DAY_MS, plan.createdAt!.getTime() + rng.int(1, 12) * DAY_MS);
    assignedAt.set(c.id, at);
    out.assignments.push({
      businessId: c.businessId,
      id: demoId(ids, at),
      caseId: c.id,
      programId: c.programId,
      mentorId: c.mentorId!,
      assignedAt: new Date(at),
      assignedBy: options.caseCoordinatorByCity.get(c.municipalityCode)?.id ?? null,
      endedAt: null,
      endedBy: null,
      endReason: null,
    });
  }

  demoSessions({ rng, ids, asOfMs, out, assigned, assignedAt });
  demoLinks({ rng, ids, asOfMs, out, index, program, planOf, activities: options.activities });
  return out;
}

/** The catalog: national offers and each city's own, as of the demo's day. */
function demoCatalog(
  options: { asOf: string; programId: string; cities: readonly string[] },
  ids: Rng,
  out: DemoEcosystem,
) {
  const createdMs = Date.parse(options.asOf) - 150 * DAY_MS;
  const entityIds = new Map<string, string>();
  const entity = (spec: EntitySpec) => {
    let id = entityIds.get(spec.name);
    if (!id) {
      id = demoId(ids, createdMs);
      entityIds.set(spec.name, id);
      out.entities.push({
        id,
        programId: options.programId,
        name: spec.name,
        nameKey: normalizeText(spec.name),
        kind: spec.kind,
        sector: spec.sector,
        createdAt: new Date(createdMs),
        updatedAt: new Date(createdMs),
      });
    }
    return id;
  };
  const day = options.asOf.slice(0, 10);
  const catalog: SuggestableService[] = [];
  const add = (spec: ServiceSpec, entitySpec: EntitySpec, cities: string[]) => {
    const row = {
      id: demoId(ids, createdMs),
      programId: options.programId,
      entityId: entity(entitySpec),
      name: spec.name,
      nameKey: normalizeText(spec.name),
      benefit: spec.benefit,
      scope: cities.length === 0 ? 'national' : 'local',
      cities,
      requirements: spec.requirements ?? null,
      contact: spec.contact ?? null,
      link: spec.link ?? null,
      startMonth: spec.opens === 'permanent' ? null : spec.opens,
      permanent: spec.opens === 'permanent',
      levers: spec.levers,
      cost: spec.cost,
      createdAt: new Date(createdMs),
      updatedAt: new Date(createdMs),
    };
    out.services.push(row);
    catalog.push({
      id: row.id,
      name: row.name,
      entityName: entitySpec.name,
      scope: row.scope as 'local' | 'national',
      cost: row.cost,
      link: row.link,
      contact: row.contact,
      levers: row.levers,
      cities: row.cities,
      active: serviceStatus(row, day).status === 'active',
    });
  };
  const byName = new Map(NATIONAL_ENTITIES.map((e) => [e.name, e]));
  for (const spec of NATIONAL_SERVICES) add(spec, byName.get(spec.entity)!, []);
  for (const city of options.cities)
    for (const template of LOCAL_TEMPLATES) {
      if (template.missingIn?.includes(city)) continue;
      const e = template.entity(CITY_NAMES[city] ?? city);
      add({ ...template, entity: e.name }, e, [city]);
    }
  return catalog;
}

/**
 * One session a week per mentor, on the mentor's own weekday and hour (so they never overlap),
 * from six weeks before the demo's day to two weeks after; some are group sessions.
 */
function demoSessions(o: {
  rng: Rng;
  ids: Rng;
  asOfMs: number;
  out: DemoEcosystem;
  assigned: DemoCase[];
  assignedAt: Map<string, number>;
}) {
  const { rng, ids, asOfMs, out } = o;
  const byMentor = new Map<string, DemoCase[]>();
  for (const c of o.assigned) {
    if (c.status !== 'active') continue;
    const list = byMentor.get(c.mentorId!);
    if (list) list.push(c);
    else byMentor.set(c.mentorId!, [c]);
  }
  // Monday of the as-of week, 00:00 in Colombia (UTC−5).
  const asOf = new Date(asOfMs);
  const monday =
    Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate()) -
    ((asOf.getUTCDay() + 6) % 7) * DAY_MS +
    5 * 3_600_000;
  for (const [mentorId, mentees] of [...byMentor.entries()].sort((a, b) =>
    a[0] < b[0] ? -1 : 1,
  )) {
    const weekday = rng.int(0, 4);
    const hour = rng.int(8, 16);
    for (let week = -6; week <= 2; week++) {
      const startMs = monday + week * 7 * DAY_MS + weekday * DAY_MS + hour * 3_600_000;
      const eligible = mentees.filter((c) => (o.assignedAt.get(c.id) ?? Infinity) < startMs);
      if (eligible.length === 0 || rng.chance(0.15)) continue;
      const group = eligible.length >= 2 && rng.chance(0.35);
      const chosen = group
        ? rng.shuffle(eligible).slice(0, rng.int(2, Math.min(4, eligible.length)))
        : [eligible[(week + 6) % eligible.length]!];
      const past = startMs < asOfMs;
      const cancelled = past && rng.chance(0.08);
      const id = demoId(ids, startMs);
      const mode = group
        ? 'in_person'
        : rng.weightedPick([
            ['in_person', 3],
            ['video', 2],
            ['phone', 1],
          ] as const);
      out.sessions.push({
        id,
        programId: chosen[0]!.programId,
        mentorId,
        startsAt: new Date(startMs),
        endsAt: new Date(startMs + (group ? 90 : 60) * 60_000),
        mode,
        place: mode === 'in_person' ? 'Sede del programa, salón 2' : '',
        link: mode === 'video' ? 'https://meet.jit.si/palanca-mentoria' : '',
        agenda: rng.pick(AGENDAS),
        status: cancelled ? 'cancelled' : past ? 'held' : 'scheduled',
        notes: past && !cancelled ? rng.pick(NOTES) : '',
        tasks:
          past && !cancelled
            ? rng
                .shuffle(TASKS)
                .slice(0, rng.int(0, 2))
                .map((text) => ({
                  text,
                  dueOn: isoDay(startMs + 7 * DAY_MS),
                  done: rng.chance(0.6),
                }))
            : [],
        version: 1,
        createdBy: mentorId,
        createdAt: new Date(Math.min(startMs, asOfMs) - 5 * DAY_MS),
        updatedAt: new Date(Math.min(startMs + DAY_MS, asOfMs)),
      });
      for (const c of chosen)
        out.attendees.push({
          sessionId: id,
          caseId: c.id,
          businessId: c.businessId,
          attendance:
            past && !cancelled
              ? rng.weightedPick([
                  ['present', 16],
                  ['absent', 3],
                  ['excused', 1],
                ] as const)
              : 'pending',
        });
    }
  }
}

/** Some plan activities use a suggested service; some cases get an extra service flagged. */
function demoLinks(o: {
  rng: Rng;
  ids: Rng;
  asOfMs: number;
  out: DemoEcosystem;
  index: ReturnType<typeof buildServiceIndex>;
  program: DemoCase[];
  planOf: Map<string, Row<typeof plans>>;
  activities: Array<Row<typeof planActivities>>;
}) {
  const { rng, ids, out, index } = o;
  const cityOf = new Map(o.program.map((c) => [c.id, c.municipalityCode]));
  for (const a of o.activities) {
    const city = cityOf.get(a.caseId);
    if (!city) continue;
    const options = suggestServices(index, a.lever, city);
    a.serviceId = options.length > 0 && rng.chance(0.3) ? rng.pick(options).id : null;
  }
  const EXTRA_LEVER = {
    microcredit: 'finance',
    financial_education: 'finance',
    digital_tools: 'innovation',
  } as const;
  for (const c of o.program) {
    const plan = o.planOf.get(c.id);
    if (!plan || c.status === 'withdrawn' || !rng.chance(0.12)) continue;
    const kind = rng.weightedPick([
      ['microcredit', 4],
      ['financial_education', 3],
      ['digital_tools', 3],
    ] as const);
    const options: TServiceSuggestion[] = suggestServices(
      index,
      EXTRA_LEVER[kind],
      c.municipalityCode,
    );
    const at = Math.min(o.asOfMs - DAY_MS, plan.createdAt!.getTime() + rng.int(3, 40) * DAY_MS);
    out.extras.push({
      businessId: c.businessId,
      id: demoId(ids, at),
      caseId: c.id,
      programId: c.programId,
      kind,
      serviceId: options.length > 0 ? rng.pick(options).id : null,
      status: rng.weightedPick([
        ['proposed', 2],
        ['referred', 3],
        ['received', 3],
        ['declined', 1],
      ] as const),
      note: rng.pick(EXTRA_NOTES[kind]!),
      version: 1,
      createdBy: c.facilitatorId,
      updatedBy: c.facilitatorId,
      createdAt: new Date(at),
      updatedAt: new Date(at),
    });
  }
}
