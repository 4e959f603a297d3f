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

/** Optimistic concurrency: every editable record carries its version; a stale one gets 409. */
export const version = z.number().int().min(1);

export const namedRef = z.object({ id: uuid, code: z.string(), name: localizedText });
export type NamedRef = z.infer<typeof namedRef>;

export const okBody = z.object({ ok: z.literal(true) });
