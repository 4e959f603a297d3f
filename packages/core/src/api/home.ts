import { z } from 'zod';

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
