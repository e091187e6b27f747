/**
 * The services ecosystem around the cases: suggestions of active services for plan activities,
 * extra services flagged per case, and the report of coverage and mentors.
 */
import type { SQL } from 'drizzle-orm';
import {
  buildServiceIndex,
  servicesReaching,
  type ServiceIndex,
} from '../../../shared/domain/services/suggest.ts';
import type {
  TCaseExtraServices,
  TEcosystemReport,
  TExtraService,
  TExtraServiceBody,
} from '../../../shared/schemas/mentors.ts';
import { EXTRA_SERVICE_KINDS, EXTRA_SERVICE_STATUSES } from '../../../shared/schemas/mentors.ts';
import type { TService, TServiceSuggestion } from '../../../shared/schemas/services.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, invalidFields, notFound } from '../../http/errors.ts';
import { requireOpen } from '../assessment/assessment.service.ts';
import { loadQuestionnaire } from '../assessment/questionnaire.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { caseScopeIn } from '../cases/cases.policy.ts';
import { requireCase } from '../cases/cases.service.ts';
import * as mentorsRepo from '../mentors/mentors.repo.ts';
import { DEFAULT_MENTOR_CAPACITY } from '../mentors/mentors.service.ts';
import { listProgramCities, requireProgramCity } from '../programs/programs.repo.ts';
import { catalog } from './services.service.ts';

function suggestable(s: TService) {
  return {
    id: s.id,
    name: s.name,
    entityName: s.entity.name,
    scope: s.scope,
    cost: s.cost,
    link: s.link,
    contact: s.contact,
    levers: s.levers,
    cities: s.cities,
    active: s.status === 'active',
  };
}

/** The program's active services by lever and city, from its catalog as it stands today. */
export async function serviceIndexFor(db: Executor, programId: string) {
  const services = await catalog(db, programId);
  return { services, index: buildServiceIndex(services.map(suggestable)) };
}

/** Every active service that reaches a city (its local ones first, then national ones). */
function reachingCity(services: TService[], city: string): TServiceSuggestion[] {
  const local: TServiceSuggestion[] = [];
  const national: TServiceSuggestion[] = [];
  for (const s of services) {
    if (s.status !== 'active') continue;
    const { levers: _l, cities: _c, active: _a, ...out } = suggestable(s);
    if (s.scope === 'national') national.push(out);
    else if (s.cities.includes(city)) local.push(out);
  }
  return [...local, ...national];
}

// ---------- extra services per case ----------

type ExtraRow = Awaited<ReturnType<typeof mentorsRepo.extraServicesOf>>[number];

function extraOut(r: ExtraRow): TExtraService {
  const e = r.extra;
  return {
    id: e.id,
    version: e.version,
    kind: e.kind as TExtraService['kind'],
    service:
      e.serviceId && r.serviceName
        ? { id: e.serviceId, name: r.serviceName, entityName: r.entityName ?? '' }
        : null,
    status: e.status as TExtraService['status'],
    note: e.note,
    updatedAt: e.updatedAt.toISOString(),
    updatedByName: r.updatedByName,
  };
}

export async function getExtraServices(options: {
  db: Executor;
  access: ProgramAccess;
  caseId: string;
}): Promise<TCaseExtraServices> {
  const row = await requireCase(options.db, options.access, options.caseId);
  const [rows, services] = await Promise.all([
    mentorsRepo.extraServicesOf(options.db, row.id),
    catalog(options.db, row.programId),
  ]);
  return {
    items: rows.map(extraOut),
    available: reachingCity(services, row.municipalityCode),
    locked: row.status !== 'active',
  };
}

async function checkService(tx: Executor, programId: string, serviceId: string | null) {
  if (serviceId === null) return;
  const known = await mentorsRepo.programServiceIds(tx, programId, [serviceId]);
  if (!known.has(serviceId)) throw invalidFields([{ path: 'serviceId', code: 'unknown_service' }]);
}

/** Flags an extra service for a case (microcredit, financial education, digital tools …). */
export async function addExtraService(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: TExtraServiceBody;
}) {
  const { actor, body } = options;
  const id = await options.db.transaction(async (tx) => {
    const row = await requireCase(tx, options.access, options.caseId, true);
    requireOpen(row);
    await checkService(tx, row.programId, body.serviceId);
    const extraId = await mentorsRepo.insertExtraService(tx, {
      businessId: row.businessId,
      caseId: row.id,
      programId: row.programId,
      kind: body.kind,
      serviceId: body.serviceId,
      status: body.status,
      note: body.note,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    });
    await recordAudit({
      tx,
      actor,
      action: 'case.extra_service.add',
      entityType: 'case',
      entityId: row.id,
      programId: row.programId,
      businessId: row.businessId,
      after: { kind: body.kind, serviceId: body.serviceId, status: body.status },
    });
    return extraId;
  });
  return readExtra(options.db, options.caseId, id);
}

async function readExtra(db: Executor, caseId: string, id: string) {
  const [row] = await mentorsRepo.extraServicesOf(db, caseId, id);
  if (!row) throw notFound();
  return extraOut(row);
}

/** Updates an extra service's status, service or note at the version read. */
export async function updateExtraService(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  extraId: string;
  body: TExtraServiceBody;
}) {
  const { actor, body } = options;
  await options.db.transaction(async (tx) => {
    const row = await requireCase(tx, options.access, options.caseId, true);
    requireOpen(row);
    const before = await readExtra(tx, row.id, options.extraId);
    if (body.version === undefined || body.version !== before.version)
      throw new AppError('conflict', { params: { version: before.version } });
    await checkService(tx, row.programId, body.serviceId);
    const saved = await mentorsRepo.updateExtraService(tx, {
      caseId: row.id,
      id: before.id,
      version: before.version,
      values: {
        kind: body.kind,
        serviceId: body.serviceId,
        status: body.status,
        note: body.note,
        updatedBy: actor.userId,
      },
    });
    if (!saved) throw new AppError('conflict');
    await recordAudit({
      tx,
      actor,
      action: 'case.extra_service.update',
      entityType: 'case',
      entityId: row.id,
      programId: row.programId,
      businessId: row.businessId,
      before: { kind: before.kind, serviceId: before.service?.id ?? null, status: before.status },
      after: { kind: body.kind, serviceId: body.serviceId, status: body.status },
    });
  });
  return readExtra(options.db, options.caseId, options.extraId);
}

// ---------- report ----------

const percent = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 10;

/** Local services of a city (national ones have no cities). */
function cityCounts(services: TService[], city: string) {
  const out = { active: 0, toActivate: 0 };
  for (const s of services) {
    if (!s.cities.includes(city)) continue;
    if (s.status === 'active') out.active += 1;
    else out.toActivate += 1;
  }
  return out;
}

/**
 * Services per city (local and national, active and to be activated), coverage of each lever in
 * each city with the plans that needed it and found no active service, and mentor need and
 * coverage per city, over the cases of `scope` (withdrawn ones left out). The reports module
 * reads this part alone.
 */
export async function getEcosystemCoverage(options: {
  db: Executor;
  programId: string;
  scope: SQL;
  municipalityCode?: string | undefined;
}): Promise<
  Pick<TEcosystemReport, 'levers' | 'national' | 'servicesByCity' | 'coverage' | 'mentorsByCity'>
> {
  const { db, programId, scope, municipalityCode } = options;
  const [questionnaire, programCities, { services, index }, planRows, need] = await Promise.all([
    loadQuestionnaire(db, programId),
    listProgramCities(db, programId),
    serviceIndexFor(db, programId),
    mentorsRepo.plansByCityAndLever(db, { programId, scope }),
    mentorsRepo.mentorNeedByCity(db, { programId, scope }),
  ]);
  const cities = programCities
    .map((c) => c.municipalityCode)
    .filter((c) => !municipalityCode || c === municipalityCode);
  const levers = questionnaire.definition.levers.map((l) => l.id);
  const plansAt = new Map(planRows.map((p) => [`${p.municipalityCode}|${p.lever}`, p]));
  const national = { active: 0, toActivate: 0 };
  for (const s of services)
    if (s.scope === 'national') national[s.status === 'active' ? 'active' : 'toActivate'] += 1;
  return {
    levers,
    national,
    servicesByCity: cities.map((c) => ({ municipalityCode: c, local: cityCounts(services, c) })),
    coverage: cities.flatMap((c) => coverageOf(index, levers, c, plansAt)),
    mentorsByCity: need.map((n) => ({
      municipalityCode: n.municipalityCode,
      needMentor: n.need,
      withMentor: n.with,
      withoutMentor: n.need - n.with,
      coveredPercent: percent(n.with, n.need),
    })),
  };
}

/** The coverage above plus mentor workload and extra services, for the caller's scope and city. */
export async function getEcosystemReport(options: {
  db: Db;
  access: ProgramAccess;
  municipalityCode?: string | undefined;
}): Promise<TEcosystemReport> {
  const { db, access, municipalityCode } = options;
  const programId = access.programId;
  await requireProgramCity(db, programId, municipalityCode);
  const scope = caseScopeIn(access, { municipalityCode });
  const [coverage, mentors, sessions, mentees, extras] = await Promise.all([
    getEcosystemCoverage({ db, programId, scope, municipalityCode }),
    mentorsRepo.mentorsOf(db, programId),
    mentorsRepo.sessionsPerMentor(db, { programId, scope }),
    mentorsRepo.menteesPerMentor(db, { programId, scope }),
    mentorsRepo.extraServiceCounts(db, { programId, scope }),
  ]);
  const sessionsOf = new Map(sessions.map((s) => [s.mentorId, s]));
  const menteesOf = new Map(mentees.map((m) => [m.mentorId, m.active]));
  // Narrowed by a city or a territory: the mentors who serve one of its cities or have work there.
  const narrowed = municipalityCode !== undefined || access.scope.type !== 'program';
  const served = new Set(municipalityCode ? [municipalityCode] : access.scope.cities);
  const relevant = (m: (typeof mentors)[number]) =>
    !narrowed ||
    menteesOf.has(m.userId) ||
    sessionsOf.has(m.userId) ||
    (m.profile?.cities ?? []).some((c) => served.has(c));
  return {
    ...coverage,
    mentorWorkload: mentors.filter(relevant).map((m) => ({
      userId: m.userId,
      name: m.name,
      organizationKind: (m.profile?.organizationKind ??
        null) as TEcosystemReport['mentorWorkload'][number]['organizationKind'],
      capacity: m.profile?.capacity ?? DEFAULT_MENTOR_CAPACITY,
      active: menteesOf.get(m.userId) ?? 0,
      sessionsHeld: sessionsOf.get(m.userId)?.held ?? 0,
      sessionsScheduled: sessionsOf.get(m.userId)?.scheduled ?? 0,
    })),
    extraServices: EXTRA_SERVICE_KINDS.map((kind) => ({
      kind,
      counts: Object.fromEntries(
        EXTRA_SERVICE_STATUSES.map((status) => [
          status,
          extras.find((e) => e.kind === kind && e.status === status)?.count ?? 0,
        ]),
      ) as Record<(typeof EXTRA_SERVICE_STATUSES)[number], number>,
    })),
  };
}

function coverageOf(
  index: ServiceIndex,
  levers: string[],
  city: string,
  plansAt: Map<string, { plans: number; linked: number }>,
) {
  return levers.map((lever) => {
    const activeServices = servicesReaching(index, lever, city);
    const p = plansAt.get(`${city}|${lever}`);
    const plansNeeding = p?.plans ?? 0;
    return {
      municipalityCode: city,
      lever,
      activeServices,
      plansNeeding,
      plansLinked: p?.linked ?? 0,
      uncovered: activeServices === 0 ? plansNeeding : 0,
    };
  });
}
