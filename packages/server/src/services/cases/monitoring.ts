import { officeToday, type CaseDetail, type monitoringBody } from '@vatra/core';
import type { z } from 'zod';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import { formOf, type CaseConfig } from './config.js';
import { caseErrors } from './errors.js';
import { recordEvent } from './events.js';
import { storeSubmission } from './forms.js';
import { getCase } from './read.js';
import { advance } from './stage.js';
import { lockCase, touchCase } from './write.js';

export const MONITORING_FORM = 'monitoring';

/** The current month, "2026-11", in the offices' time zone. */
export function currentPeriod(now = new Date()): string {
  return officeToday(now).slice(0, 7);
}

/**
 * Whether the month's monitoring recorded that the family received nothing (the monitoring
 * form's `received_nothing` answer, in whichever section a definition version puts it).
 */
export function receivedNothing(data: Record<string, unknown>): boolean {
  return Object.values(data).some(
    (section) =>
      Boolean(section) &&
      typeof section === 'object' &&
      !Array.isArray(section) &&
      (section as Record<string, unknown>).received_nothing === true,
  );
}

/**
 * Records the monthly monitoring of a case with an approved plan: one entry per month, the
 * monitoring form validated against its definition; an entry in which the family received
 * nothing is flagged for the lists and the plan indicators.
 */
export async function addMonitoring(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  body: z.infer<typeof monitoringBody>,
): Promise<CaseDetail> {
  if (body.period > currentPeriod()) throw caseErrors.field('period', 'futureDate');
  const definition = formOf(config, access, MONITORING_FORM, body.formVersion);
  if (!definition) throw caseErrors.formNotConfigured();
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCase(trx, access, caseId);
    const db = caseDb(trx);
    const approved = await db
      .selectFrom('case_plans')
      .select('id')
      .where('case_id', '=', caseId)
      .where('status', '=', 'approved')
      .executeTakeFirst();
    if (!approved) throw caseErrors.planFirst();
    const existing = await db
      .selectFrom('monitoring_entries')
      .select('id')
      .where('case_id', '=', caseId)
      .where('period', '=', body.period)
      .executeTakeFirst();
    if (existing) throw caseErrors.monitoringExists(body.period);
    const stored = await storeSubmission(trx, access, kase, definition, body.data);
    const nothing = receivedNothing(stored.data);
    await db
      .insertInto('monitoring_entries')
      .values({
        case_id: caseId,
        period: body.period,
        submission_id: stored.id,
        received_nothing: nothing,
        created_by: access.requireUser().userId,
      })
      .execute();
    await touchCase(trx, caseId, { stage: advance(kase.stage, 'monitoring') });
    await recordEvent(trx, access, caseId, 'monitoring.added', {
      period: body.period,
      receivedNothing: nothing,
    });
    await access.audit(trx, {
      action: 'case.monitoring',
      recordType: 'case',
      recordId: caseId,
      details: { period: body.period },
    });
  });
  return getCase(access, config, caseId, { audited: true });
}
