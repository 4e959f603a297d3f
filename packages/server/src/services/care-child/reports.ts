import { officeToday, type childReportBody } from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { careChildDb } from '../../storage/care-child/tables.js';
import type { AccessContext } from '../access/context.js';
import { reportInterval, type CareChildConfig } from './config.js';
import { careChildErrors } from './errors.js';
import { reportPeriod } from './schedule.js';
import { childWrite } from './write.js';

/**
 * Records the report to the State Agency (ASHMDF) for one period. A period is reported once
 * (409 on a second report) and only once it has begun (422 naming `period`).
 */
export async function submitChildReport(
  access: AccessContext,
  config: CareChildConfig,
  id: string,
  body: z.infer<typeof childReportBody>,
): Promise<void> {
  const user = access.requireUser();
  const interval = reportInterval(config, access);
  await childWrite(access, id, body.version, 'care.child.report', async (trx) => {
    const db = careChildDb(trx);
    const kase = await db
      .selectFrom('care_cases')
      .select(sql<string>`opened_at::date`.as('openedOn'))
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const slot = reportPeriod(kase.openedOn, interval, body.period);
    if (slot.startsOn > officeToday()) throw careChildErrors.field('period', 'periodNotStarted');
    const done = await db
      .selectFrom('child_agency_reports')
      .select('id')
      .where('care_case_id', '=', id)
      .where('period', '=', body.period)
      .executeTakeFirst();
    if (done) throw careChildErrors.periodReported();
    const row = await db
      .insertInto('child_agency_reports')
      .values({
        care_case_id: id,
        period: body.period,
        due_on: slot.dueOn,
        submitted_on: body.submittedOn,
        summary: body.summary,
        submitted_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { report: row.id, period: body.period, dueOn: slot.dueOn };
  });
}
