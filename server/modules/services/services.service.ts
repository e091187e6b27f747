import { normalizeText } from '../../../shared/domain/registration/normalize.ts';
import { serviceStatus } from '../../../shared/domain/services/status.ts';
import type {
  TService,
  TServiceBody,
  TServiceList,
  TServiceQuery,
} from '../../../shared/schemas/services.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, invalidFields, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { todayInColombia } from '../registration/calls.service.ts';
import * as repo from './services.repo.ts';
import { uuidv7 } from '../../db/columns.ts';
import type { services } from './services.table.ts';

function serviceOut(r: repo.ServiceRow, today: string): TService {
  const status = serviceStatus(r, today);
  return {
    id: r.id,
    version: r.version,
    entity: {
      id: r.entityId,
      name: r.entityName,
      kind: r.entityKind as TService['entity']['kind'],
      sector: r.entitySector,
    },
    name: r.name,
    benefit: r.benefit,
    scope: r.scope as TService['scope'],
    cities: r.cities,
    requirements: r.requirements,
    contact: r.contact,
    link: r.link,
    startMonth: r.startMonth,
    permanent: r.permanent,
    levers: r.levers,
    cost: r.cost as TService['cost'],
    status: status.status,
    reasons: status.status === 'active' ? [] : status.reasons,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Every service of the program with its status today (the catalog is read whole: see the repo). */
export async function catalog(db: Executor, programId: string, today = todayInColombia()) {
  return (await repo.servicesOf(db, programId)).map((r) => serviceOut(r, today));
}

function matches(s: TService, q: Omit<TServiceQuery, 'page' | 'pageSize'>): boolean {
  if (q.status && s.status !== q.status) return false;
  if (q.scope && s.scope !== q.scope) return false;
  if (q.municipalityCode && s.scope === 'local' && !s.cities.includes(q.municipalityCode))
    return false;
  if (q.lever && !s.levers.includes(q.lever)) return false;
  if (q.q) {
    const words = normalizeText(q.q).split(' ');
    const text = normalizeText(`${s.name} ${s.entity.name} ${s.benefit}`);
    if (!words.every((w) => text.includes(w))) return false;
  }
  return true;
}

/** The catalog filtered by status, city (its local services and the national ones), scope, lever, words. */
export async function listServices(options: {
  db: Db;
  access: ProgramAccess;
  query: TServiceQuery;
}): Promise<TServiceList> {
  const { page, pageSize, ...filter } = options.query;
  const all = (await catalog(options.db, options.access.programId)).filter((s) =>
    matches(s, filter),
  );
  const reasons = { no_opening_date: 0, opening_not_reached: 0, no_way_to_reach: 0 };
  for (const s of all) for (const r of s.reasons) reasons[r] += 1;
  return {
    items: all.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageSize,
    total: all.length,
    counts: {
      active: all.filter((s) => s.status === 'active').length,
      toActivate: all.filter((s) => s.status === 'to_activate').length,
      local: all.filter((s) => s.scope === 'local').length,
      national: all.filter((s) => s.scope === 'national').length,
      reasons,
    },
  };
}

function columns(body: TServiceBody) {
  return {
    name: body.name,
    nameKey: normalizeText(body.name),
    benefit: body.benefit,
    scope: body.scope,
    cities: [...new Set(body.cities)].sort(),
    requirements: body.requirements,
    contact: body.contact,
    link: body.link,
    startMonth: body.startMonth,
    permanent: body.permanent,
    levers: [...new Set(body.levers)],
    cost: body.cost,
  };
}

async function entityOf(tx: Executor, programId: string, body: TServiceBody) {
  return repo.upsertEntity(tx, {
    programId,
    name: body.entity.name,
    nameKey: normalizeText(body.entity.name),
    kind: body.entity.kind,
    sector: body.entity.sector,
  });
}

async function serviceById(db: Executor, programId: string, id: string) {
  const [found] = await repo.servicesOf(db, programId, id);
  if (!found) throw notFound();
  return serviceOut(found, todayInColombia());
}

/** Adds a service (and its entity if new); an entity offers each service name once. */
export async function createService(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  body: TServiceBody;
}) {
  const { access, body } = options;
  const id = await options.db.transaction(async (tx) => {
    const entityId = await entityOf(tx, access.programId, body);
    const values = columns(body);
    if (await repo.serviceByKey(tx, { entityId, nameKey: values.nameKey }))
      throw invalidFields([{ path: 'name', code: 'service_repeated' }]);
    const created = await repo.insertService(tx, {
      programId: access.programId,
      entityId,
      ...values,
    });
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'service.create',
      entityType: 'service',
      entityId: created,
      programId: access.programId,
      after: { entity: body.entity.name, ...values },
    });
    return created;
  });
  return serviceById(options.db, access.programId, id);
}

/** Changes a service at the version read (409 when someone changed it meanwhile). */
export async function updateService(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  serviceId: string;
  body: TServiceBody;
}) {
  const { access, body } = options;
  await options.db.transaction(async (tx) => {
    const before = await repo.findService(tx, access.programId, options.serviceId, true);
    if (!before) throw notFound();
    if (body.version !== before.version)
      throw new AppError('conflict', { params: { version: before.version } });
    const entityId = await entityOf(tx, access.programId, body);
    const values = columns(body);
    const clash = await repo.serviceByKey(tx, { entityId, nameKey: values.nameKey });
    if (clash && clash.id !== before.id)
      throw invalidFields([{ path: 'name', code: 'service_repeated' }]);
    if (
      !(await repo.updateService(tx, {
        id: before.id,
        version: before.version,
        values: { entityId, ...values },
      }))
    )
      throw new AppError('conflict');
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'service.update',
      entityType: 'service',
      entityId: before.id,
      programId: access.programId,
      before,
      after: { entity: body.entity.name, ...values },
    });
  });
  return serviceById(options.db, access.programId, options.serviceId);
}

/**
 * Writes many services at once (an import): entities matched by name or added, services matched
 * by entity and name and updated, or added. Returns what it did.
 */
export async function saveServices(
  tx: Executor,
  options: { programId: string; bodies: TServiceBody[] },
): Promise<{ created: number; updated: number; entitiesCreated: number }> {
  const { programId } = options;
  const entities = new Map(
    (await repo.entitiesOf(tx, programId)).map((e) => [e.nameKey, e.id] as const),
  );
  const newEntities = new Map<
    string,
    { id: string; name: string; kind: string; sector: string | null }
  >();
  for (const b of options.bodies) {
    const key = normalizeText(b.entity.name);
    if (!entities.has(key) && !newEntities.has(key))
      newEntities.set(key, {
        id: uuidv7(),
        name: b.entity.name,
        kind: b.entity.kind,
        sector: b.entity.sector,
      });
  }
  await repo.insertEntities(
    tx,
    [...newEntities].map(([nameKey, e]) => ({ ...e, nameKey, programId })),
  );
  for (const [key, e] of newEntities) entities.set(key, e.id);
  const existing = new Map(
    (await repo.serviceKeysOf(tx, programId)).map(
      (s) => [`${s.entityId}\u0000${s.nameKey}`, s.id] as const,
    ),
  );
  const inserts: Array<typeof services.$inferInsert> = [];
  const updates: Parameters<typeof repo.overwriteServices>[1] = [];
  for (const b of options.bodies) {
    const entityId = entities.get(normalizeText(b.entity.name))!;
    const values = columns(b);
    const id = existing.get(`${entityId}\u0000${values.nameKey}`);
    if (id) updates.push({ id, values });
    else inserts.push({ programId, entityId, ...values });
  }
  await repo.overwriteServices(tx, updates);
  await repo.insertServices(tx, inserts);
  return { created: inserts.length, updated: updates.length, entitiesCreated: newEntities.size };
}
