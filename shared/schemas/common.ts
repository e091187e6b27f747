import { z } from 'zod';

export const ZId = z.uuid();

export const ZIsoDate = z.iso.date();

/** Query parameters of a paged list. */
export const ZPageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export function zPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

export const ZOk = z.object({ ok: z.literal(true) });

/** A report's city filter: a DIVIPOLA municipality code, optional. */
export const ZCityQuery = z.strictObject({
  municipalityCode: z
    .string()
    .regex(/^\d{5}$/, { message: 'municipality_code_format' })
    .optional(),
});
