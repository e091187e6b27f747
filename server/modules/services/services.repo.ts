import { and, eq, sql } from 'drizzle-orm';
import { arrayParam, bulkInsert } from '../../db/bulk.ts';
import type { Executor } from '../../db/client.ts';
import { serviceEntities, services } from './services.table.ts';

const fields = {
  id: services.id,
  version: services.version,
  entityId: services.entityId,
  entityName: serviceEntities.name,
  entityKind: serviceEntities.kind,
  entitySector: serviceEntities.sector,
  name: services.name,
  benefit: services.benefit,
  scope: services.scope,
  cities: services.cities,
  requirements: services.requirements,
  contact: services.contact,
  link: services.link,
  startMonth: services.startMonth,
  permanent: services.permanent,
  levers: services.levers,
  cost: services.cost,
  updatedAt: services.updatedAt,
};
export type ServiceRow = Awaited<ReturnType<typeof servicesOf>>[number];

/**
 * Every service of a program with its entity, read at once: a catalog is thousands of rows at
 * most, and its status depends on today, so filters and counts run on the rows in memory.
 */
export async function servicesOf(db: Executor, programId: string, serviceId?: string) {
  return db
    .select(fields)
    .from(services)
    .innerJoin(serviceEntities, eq(serviceEntities.id, services.entityId))
    .where(
      and(
        eq(services.programId, programId),
        serviceId === undefined ? undefined : eq(services.id, serviceId),
      ),
    )
    .orderBy(serviceEntities.nameKey, services.nameKey);
}

export async function findService(
  db: Executor,
  programId: string,
  serviceId: string,
  lock = false,
) {
  const q = db
    .select()
    .from(services)
    .where(and(eq(services.programId, programId), eq(services.id, serviceId)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

/** The entity of that name in the program, created (or its kind and sector updated) as given. */
export async function upsertEntity(
  db: Executor,
  values: { programId: string; name: string; nameKey: string; kind: string; sector: string | null },
) {
  const [row] = await db
    .insert(serviceEntities)
    .values(values)
    .onConflictDoUpdate({
      target: [serviceEntities.programId, serviceEntities.nameKey],
      set: { name: values.name, kind: values.kind, sector: values.sector, updatedAt: new Date() },
    })
    .returning({ id: serviceEntities.id });
  return row!.id;
}

export async function insertService(db: Executor, values: typeof services.$inferInsert) {
  const [row] = await db.insert(services).values(values).returning({ id: services.id });
  return row!.id;
}

/** Writes a service if its version is still the one read; false when it was not. */
export async function updateService(
  db: Executor,
  options: { id: string; version: number; values: Partial<typeof services.$inferInsert> },
) {
  const rows = await db
    .update(services)
    .set({ ...options.values, version: sql`${services.version} + 1`, updatedAt: new Date() })
    .where(and(eq(services.id, options.id), eq(services.version, options.version)))
    .returning({ id: services.id });
  return rows.length > 0;
}

export async function serviceByKey(db: Executor, options: { entityId: string; nameKey: string }) {
  const [row] = await db
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.entityId, options.entityId), eq(services.nameKey, options.nameKey)));
  return row ?? null;
}

export async function entitiesOf(db: Executor, programId: string) {
  return db
    .select({ id: serviceEntities.id, nameKey: serviceEntities.nameKey })
    .from(serviceEntities)
    .where(eq(serviceEntities.programId, programId));
}

export async function insertEntities(
  db: Executor,
  rows: Array<typeof serviceEntities.$inferInsert>,
) {
  await bulkInsert(db, serviceEntities, rows);
}

export async function serviceKeysOf(db: Executor, programId: string) {
  return db
    .select({ id: services.id, entityId: services.entityId, nameKey: services.nameKey })
    .from(services)
    .where(eq(services.programId, programId));
}

export async function insertServices(db: Executor, rows: Array<typeof services.$inferInsert>) {
  await bulkInsert(db, services, rows);
}

type ServiceValues = Pick<
  typeof services.$inferInsert,
  | 'name'
  | 'nameKey'
  | 'benefit'
  | 'scope'
  | 'requirements'
  | 'contact'
  | 'link'
  | 'startMonth'
  | 'permanent'
  | 'cost'
> & { cities: string[]; levers: string[] };

/**
 * An import's changes, in one statement: each service becomes what the file says, whatever
 * version it had (its version goes up).
 */
export async function overwriteServices(
  db: Executor,
  rows: Array<{ id: string; values: ServiceValues }>,
) {
  if (rows.length === 0) return;
  const col = (type: string, pick: (v: ServiceValues) => unknown) =>
    arrayParam(
      rows.map((r) => pick(r.values)),
      type,
    );
  await db.execute(sql`
    update ${services} s set
      name = f.name, name_key = f.name_key, benefit = f.benefit, scope = f.scope,
      cities = f.cities::text[], requirements = f.requirements, contact = f.contact,
      link = f.link, start_month = f.start_month, permanent = f.permanent,
      levers = f.levers::text[], cost = f.cost, version = s.version + 1, updated_at = now()
    from unnest(
      ${arrayParam(
        rows.map((r) => r.id),
        'uuid',
      )}, ${col('text', (v) => v.name)}, ${col('text', (v) => v.nameKey)},
      ${col('text', (v) => v.benefit)}, ${col('text', (v) => v.scope)},
      ${col('text', (v) => v.cities)}, ${col('text', (v) => v.requirements)},
      ${col('text', (v) => v.contact)}, ${col('text', (v) => v.link)},
      ${col('text', (v) => v.startMonth)}, ${col('boolean', (v) => v.permanent)},
      ${col('text', (v) => v.levers)}, ${col('text', (v) => v.cost)}
    ) as f(id, name, name_key, benefit, scope, cities, requirements, contact, link, start_month,
           permanent, levers, cost)
    where s.id = f.id`);
}
