import { index, pgTable, text } from 'drizzle-orm/pg-core';

/** DANE DIVIPOLA departments (Citus reference table). */
export const departments = pgTable('departments', {
  code: text().primaryKey(),
  name: text().notNull(),
});

/** DANE DIVIPOLA municipalities (Citus reference table). */
export const municipalities = pgTable(
  'municipalities',
  {
    code: text().primaryKey(),
    departmentCode: text()
      .notNull()
      .references(() => departments.code),
    name: text().notNull(),
    /** municipio | isla | area_no_municipalizada */
    kind: text().notNull(),
  },
  (t) => [index().on(t.departmentCode)],
);

/** Localities (localidades) of a municipality, e.g. Bogotá's 20. Code `11001-08`. */
export const localities = pgTable(
  'localities',
  {
    code: text().primaryKey(),
    municipalityCode: text()
      .notNull()
      .references(() => municipalities.code),
    number: text().notNull(),
    name: text().notNull(),
  },
  (t) => [index().on(t.municipalityCode)],
);
