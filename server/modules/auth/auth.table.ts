import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns.ts';

/** An operator: a university, a city government, a chamber of commerce, an agency. */
export const organizations = pgTable('organizations', {
  id: idColumn().primaryKey(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: idColumn().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    /** Always stored lower-cased. */
    email: text().notNull(),
    name: text().notNull(),
    /** `scrypt$N$r$p$salt$hash`; null means the user cannot sign in with a password yet. */
    passwordHash: text(),
    locale: text().notNull().default('es'),
    /** Organization administrator: users, programs, audit of the whole organization. */
    isAdmin: boolean().notNull().default(false),
    disabledAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex().on(t.email), index().on(t.organizationId)],
);

/** A user's role and scope in one program (one role per program). */
export const memberships = pgTable(
  'memberships',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id),
    programId: uuid().notNull(),
    role: text().notNull(),
    /** program | territory | own */
    scopeType: text().notNull(),
    scopeCities: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    scopeLocalities: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.programId] }), index().on(t.programId, t.role)],
);

/** Server-side sessions; the cookie holds a random token, the table its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index().on(t.userId)],
);

/** Sign-in attempts, for the lockout rule (5 failures in 15 minutes). */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: idColumn().primaryKey(),
    email: text().notNull(),
    ip: text(),
    success: boolean().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.email, t.at)],
);
