import { z } from 'zod';
import { calendarDay, isoInstant } from './common.js';
import { DEADLINE_KEYS, DEADLINE_UNITS, localizedText } from '../config/schema.js';

/** One item of a work queue: something this institution must do, with its deadline. */
export const workItem = z.object({
  kind: z.string(),
  /** The case the item belongs to, for the link and the case number shown. */
  caseId: z.string().nullable(),
  recordType: z.string(),
  recordId: z.string(),
  /** A message key of the web catalog and its values. */
  titleKey: z.string(),
  titleValues: z.record(z.string(), z.string()),
  dueAt: isoInstant().nullable(),
  /** Set when the deadline is a day rather than a moment (a report due on a date): shown as a date. */
  dueOn: calendarDay.optional(),
  /** The tab of the record's page where the work is done, when it is not the first. */
  tab: z.string().optional(),
  overdue: z.boolean(),
});
export type WorkItem = z.infer<typeof workItem>;

/** How many items of one kind wait for the user, and how many of them are late. */
export const workCount = z.object({ kind: z.string(), total: z.number().int(), overdue: z.number().int() });
export type WorkCount = z.infer<typeof workCount>;

export const workQueueQuery = z.object({
  kind: z.string().max(40),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const workQueuePage = z.object({
  items: z.array(workItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const homeBody = z.object({
  /** The most urgent items of every kind, soonest deadline first. */
  queue: z.array(workItem),
  queueCounts: z.array(workCount),
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
