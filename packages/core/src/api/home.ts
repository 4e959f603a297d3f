import { z } from 'zod';
import { DEADLINE_KEYS, DEADLINE_UNITS, localizedText } from '../config/schema.js';

/** One item of a work queue: something this institution must do, with its deadline. */
export const workItem = z.object({
  kind: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  /** A message key of the web catalog and its values. */
  titleKey: z.string(),
  titleValues: z.record(z.string(), z.string()),
  dueAt: z.iso.datetime().nullable(),
  overdue: z.boolean(),
});
export type WorkItem = z.infer<typeof workItem>;

export const homeBody = z.object({
  queue: z.array(workItem),
  counts: z.object({ users: z.number().int(), institutions: z.number().int() }),
});

/** The user's country settings as users see them: deadlines with their basis (law, plan, default). */
export const countrySettingsBody = z.object({
  code: z.string(),
  name: localizedText,
  currency: z.enum(['EUR', 'ALL']),
  deadlines: z.array(
    z.object({
      key: z.enum(DEADLINE_KEYS),
      value: z.number().int(),
      unit: z.enum(DEADLINE_UNITS),
      basis: z.enum(['law', 'plan', 'vatra-default']),
      description: localizedText,
    }),
  ),
});
