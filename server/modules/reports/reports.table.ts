import { date, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TBulletinTexts } from '../../../shared/schemas/reports.ts';
import { createdAt, idColumn, updatedAt } from '../../db/columns.ts';

/** What a coordinator wrote for one edition of the bulletin: a program and an as-of date. */
export const bulletinEditions = pgTable(
  'bulletin_editions',
  {
    id: idColumn().primaryKey(),
    programId: uuid().notNull(),
    asOf: date({ mode: 'string' }).notNull(),
    texts: jsonb().$type<TBulletinTexts>().notNull(),
    version: integer().notNull().default(1),
    updatedBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex().on(t.programId, t.asOf)],
);

/**
 * The secret behind a program's pseudonymous ids in the researcher export: the same case gets the
 * same pseudonym in every export, and nobody can go back from it without this key.
 */
export const researchKeys = pgTable('research_keys', {
  programId: uuid().primaryKey(),
  /** 32 random bytes, hex. */
  key: text().notNull(),
  createdAt: createdAt(),
});
