import { z } from 'zod';
import { PASSWORD_MAX, PASSWORD_MIN } from '../domain/password.ts';
import { ROLES, SCOPE_TYPES } from '../roles.ts';
import { ZId } from './common.ts';

export const LOCALES = ['es', 'en'] as const;
export const ZLocale = z.enum(LOCALES);
export type TLocale = z.infer<typeof ZLocale>;

/** A password as the rules allow it; length counted in characters (code points). */
export const ZPassword = z
  .string()
  .refine((s) => [...s].length >= PASSWORD_MIN, { message: 'password_too_short' })
  .refine((s) => [...s].length <= PASSWORD_MAX, { message: 'password_too_long' });

export const ZEmail = z
  .email()
  .max(254)
  .transform((s) => s.trim().toLowerCase());

export const ZLoginBody = z.strictObject({
  email: z.string().trim().min(1).max(254),
  // Sign-in accepts any length up to the maximum: older passwords may predate the rules.
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX * 4),
});
export type TLoginBody = z.infer<typeof ZLoginBody>;

export const ZScope = z.object({
  type: z.enum(SCOPE_TYPES),
  cities: z.array(z.string()),
  localities: z.array(z.string()),
});

export const ZMembership = z.object({
  programId: ZId,
  programCode: z.string(),
  programName: z.string(),
  role: z.enum(ROLES),
  scope: ZScope,
});
export type TMembership = z.infer<typeof ZMembership>;

export const ZMe = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  locale: ZLocale,
  isAdmin: z.boolean(),
  organization: z.object({ id: ZId, name: z.string() }),
  memberships: z.array(ZMembership),
});
export type TMe = z.infer<typeof ZMe>;

export const ZCsrf = z.object({ csrfToken: z.string() });
