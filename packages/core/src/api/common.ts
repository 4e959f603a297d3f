import { z } from 'zod';
import { localizedText } from '../config/schema.js';

/** The one error shape every 4xx/5xx answer has; message in the user's language. */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

export const uuid = z.uuid();

/**
 * A calendar day (YYYY-MM-DD) and an instant (ISO date-time) as the API takes them. zod's ISO
 * formats let year 0000 through, which PostgreSQL does not have (1 BC is followed by AD 1) and
 * refused with a 500; it is refused here as the format's own problem, so the server and the
 * web's forms word it as an invalid date.
 */
function notYearZero(format: 'date' | 'datetime') {
  return (value: string, ctx: z.RefinementCtx<string>) => {
    if (value.startsWith('0000'))
      ctx.addIssue({ code: 'invalid_format', format, input: value, message: 'There is no year 0' });
  };
}
export const calendarDay = z.iso.date().superRefine(notYearZero('date'));
export function isoInstant(options?: Parameters<typeof z.iso.datetime>[0]) {
  return z.iso.datetime(options).superRefine(notYearZero('datetime'));
}

export const idParams = z.object({ id: uuid });

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** PostgreSQL's largest integer: a larger number bound to an integer column fails with a 500. */
export const INT_MAX = 2_147_483_647;

/** Optimistic concurrency: every editable record carries its version; a stale one gets 409. */
export const version = z.number().int().min(1).max(INT_MAX);

export const namedRef = z.object({ id: uuid, code: z.string(), name: localizedText });
export type NamedRef = z.infer<typeof namedRef>;

export const okBody = z.object({ ok: z.literal(true) });
