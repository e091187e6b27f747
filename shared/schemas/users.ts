import { z } from 'zod';
import { ROLES, SCOPE_TYPES } from '../roles.ts';
import { ZEmail, ZLocale, ZPassword, ZScope } from './auth.ts';
import { ZId, ZPageQuery } from './common.ts';

export const ZUserSummary = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  locale: ZLocale,
  isAdmin: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
  memberships: z.array(
    z.object({ programId: ZId, programCode: z.string(), role: z.enum(ROLES), scope: ZScope }),
  ),
});
export type TUserSummary = z.infer<typeof ZUserSummary>;

export const ZUserListQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  programId: ZId.optional(),
  role: z.enum(ROLES).optional(),
});

export const ZCreateUserBody = z.strictObject({
  email: ZEmail,
  name: z.string().trim().min(1).max(200),
  password: ZPassword,
  locale: ZLocale.default('es'),
  isAdmin: z.boolean().default(false),
});
export type TCreateUserBody = z.infer<typeof ZCreateUserBody>;

export const ZMembershipBody = z.strictObject({
  role: z.enum(ROLES),
  scope: z
    .strictObject({
      type: z.enum(SCOPE_TYPES),
      cities: z
        .array(z.string().regex(/^\d{5}$/))
        .max(1200)
        .default([]),
      localities: z
        .array(z.string().regex(/^\d{5}-\d{2}$/))
        .max(200)
        .default([]),
    })
    .optional(),
});
export type TMembershipBody = z.infer<typeof ZMembershipBody>;
