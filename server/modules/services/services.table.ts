import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns.ts';
import { programs } from '../programs/programs.table.ts';

/** An organization that offers services: a ministry, a chamber of commerce, a bank, a foundation. */
export const serviceEntities = pgTable(
  'service_entities',
  {
    id: idColumn().primaryKey(),
    programId: uuid()
      .notNull()
      .references(() => programs.id),
    name: text().notNull(),
    /** The name without case, accents or extra spaces: the key an import matches on. */
    nameKey: text().notNull(),
    /** public | private | mixed */
    kind: text().notNull(),
    sector: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex().on(t.programId, t.nameKey)],
);

/** One offer of an entity, local to some cities or national. */
export const services = pgTable(
  'services',
  {
    id: idColumn().primaryKey(),
    programId: uuid()
      .notNull()
      .references(() => programs.id),
    entityId: uuid()
      .notNull()
      .references(() => serviceEntities.id),
    name: text().notNull(),
    nameKey: text().notNull(),
    benefit: text().notNull().default(''),
    /** local | national */
    scope: text().notNull(),
    cities: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    requirements: text(),
    contact: text(),
    link: text(),
    /** YYYY-MM; null when permanent or not known yet. */
    startMonth: text(),
    permanent: boolean().notNull().default(false),
    levers: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** free | cost */
    cost: text().notNull(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex().on(t.entityId, t.nameKey), index().on(t.programId)],
);
