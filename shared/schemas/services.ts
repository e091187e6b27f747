/**
 * The services ecosystem: the public and private offers a program's businesses can reach, by the
 * entity that offers them, with their status by rule (active or to be activated, and why).
 */
import { z } from 'zod';
import { isWebLink } from '../domain/services/status.ts';
import { ZId } from './common.ts';

export const ENTITY_KINDS = ['public', 'private', 'mixed'] as const;
export const SERVICE_SCOPES = ['local', 'national'] as const;
export const SERVICE_COSTS = ['free', 'cost'] as const;
export const SERVICE_STATUSES = ['active', 'to_activate'] as const;
export const INACTIVE_REASONS = [
  'no_opening_date',
  'opening_not_reached',
  'no_way_to_reach',
] as const;

const lever = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'key_format' });
const city = z.string().regex(/^\d{5}$/, { message: 'municipality_code_format' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((s) => (s === '' ? null : s));

/** A service as a coordinator writes it (the same fields as a row of the matrix). */
export const ZServiceBody = z
  .strictObject({
    entity: z.strictObject({
      name: z.string().trim().min(2).max(200),
      kind: z.enum(ENTITY_KINDS),
      sector: optionalText(120).default(null),
    }),
    name: z.string().trim().min(2).max(200),
    benefit: z.string().trim().max(2000).default(''),
    scope: z.enum(SERVICE_SCOPES),
    /** Municipality codes where a local service is offered. */
    cities: z.array(city).max(200).default([]),
    requirements: optionalText(2000).default(null),
    contact: optionalText(300).default(null),
    link: optionalText(500)
      .default(null)
      .refine((s) => s === null || isWebLink(s), { message: 'link_not_url' }),
    /** YYYY-MM, or null with `permanent`, or null when not known yet. */
    startMonth: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month_format' })
      .nullable()
      .default(null),
    permanent: z.boolean().default(false),
    levers: z.array(lever).max(20).default([]),
    cost: z.enum(SERVICE_COSTS),
    /** Only when editing: the version read. */
    version: z.number().int().min(1).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.scope === 'local' && s.cities.length === 0)
      ctx.addIssue({ code: 'custom', path: ['cities'], message: 'local_needs_cities' });
    if (s.scope === 'national' && s.cities.length > 0)
      ctx.addIssue({ code: 'custom', path: ['cities'], message: 'national_without_cities' });
    if (s.permanent && s.startMonth !== null)
      ctx.addIssue({ code: 'custom', path: ['startMonth'], message: 'permanent_without_month' });
  });
export type TServiceBody = z.infer<typeof ZServiceBody>;

export const ZService = z.object({
  id: ZId,
  version: z.number().int(),
  entity: z.object({
    id: ZId,
    name: z.string(),
    kind: z.enum(ENTITY_KINDS),
    sector: z.string().nullable(),
  }),
  name: z.string(),
  benefit: z.string(),
  scope: z.enum(SERVICE_SCOPES),
  cities: z.array(z.string()),
  requirements: z.string().nullable(),
  contact: z.string().nullable(),
  link: z.string().nullable(),
  startMonth: z.string().nullable(),
  permanent: z.boolean(),
  levers: z.array(z.string()),
  cost: z.enum(SERVICE_COSTS),
  /** By rule, today. */
  status: z.enum(SERVICE_STATUSES),
  reasons: z.array(z.enum(INACTIVE_REASONS)),
  updatedAt: z.string(),
});
export type TService = z.infer<typeof ZService>;

export const ZServiceQuery = z.strictObject({
  status: z.enum(SERVICE_STATUSES).optional(),
  /** Services offered there: local ones of the city, and national ones. */
  municipalityCode: city.optional(),
  scope: z.enum(SERVICE_SCOPES).optional(),
  lever: lever.optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TServiceQuery = z.infer<typeof ZServiceQuery>;

const ZCount = z.number().int();

export const ZServiceList = z.object({
  items: z.array(ZService),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: ZCount,
  /** Over the whole filtered list, not only the page. */
  counts: z.object({
    active: ZCount,
    toActivate: ZCount,
    local: ZCount,
    national: ZCount,
    reasons: z.record(z.enum(INACTIVE_REASONS), ZCount),
  }),
});
export type TServiceList = z.infer<typeof ZServiceList>;

/** An active service a plan activity or a case could use. */
export const ZServiceSuggestion = z.object({
  id: ZId,
  name: z.string(),
  entityName: z.string(),
  scope: z.enum(SERVICE_SCOPES),
  cost: z.enum(SERVICE_COSTS),
  link: z.string().nullable(),
  contact: z.string().nullable(),
});
export type TServiceSuggestion = z.infer<typeof ZServiceSuggestion>;

export const ZServiceParams = z.object({ programId: ZId, serviceId: ZId });
