import { officeDay, officeToday, type CaseDetail, type caseOpenBody } from '@vatra/core';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { caseDb, type CaseKind } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import { deadlineFrom, type CaseConfig } from './config.js';
import { caseErrors } from './errors.js';
import { recordEvent } from './events.js';
import { formatNumber, localCode, nextNumber } from './numbering.js';
import { getCase } from './read.js';

const FOREIGNER_CATEGORIES = new Set(['foreigner_protection', 'foreigner_residence']);

/**
 * When the case's clocks start. Returnees: at registration — the 72 hours run from when the
 * municipality knows of the family. Foreigners: from the day the status or residence permit was
 * granted (the domain's rule), when that date is recorded; otherwise from registration.
 */
export function clockStart(person: { category: string; statusGrantDate: string | null }, now: Date): Date {
  if (FOREIGNER_CATEGORIES.has(person.category) && person.statusGrantDate) {
    const granted = new Date(`${person.statusGrantDate}T00:00:00Z`);
    return granted < now ? granted : now;
  }
  return now;
}

/**
 * Opens the case of a registered household: numbered per municipality and year, with the visit
 * and closure deadlines of the country's configuration. One open case per household.
 */
export async function openCase(
  access: AccessContext,
  config: CaseConfig,
  body: z.infer<typeof caseOpenBody>,
): Promise<CaseDetail> {
  const user = access.requireUser();
  const db = caseDb(access.db);
  const household = await db
    .selectFrom('households as h')
    .innerJoin('jurisdictions as j', 'j.id', 'h.jurisdiction_id')
    .select(['h.id', 'h.jurisdiction_id as jurisdictionId', 'j.path', 'j.code'])
    .where('h.id', '=', body.householdId)
    .executeTakeFirst();
  if (!household || !access.covers(household.path)) throw errors.badReference('householdId');
  const person = await db
    .selectFrom('persons')
    .select(['id', 'category', 'status_grant_date as statusGrantDate', 'merged_into as mergedInto'])
    .where('id', '=', body.personId)
    .where('household_id', '=', household.id)
    .executeTakeFirst();
  if (!person || person.mergedInto) throw caseErrors.field('personId', 'notMember');
  // A resident is served by social care (care cases), not by the reintegration path: a returnee
  // or foreigner case for them would count them in the returnee/foreigner statistics.
  if (person.category === 'resident') throw caseErrors.field('personId', 'residentNoCase');

  const now = new Date();
  const start = clockStart(person, now);
  const kind: CaseKind = FOREIGNER_CATEGORIES.has(person.category) ? 'foreigner' : 'returnee';
  const caseId = await access.db.transaction().execute(async (trx) => {
    const tdb = caseDb(trx);
    const open = await tdb
      .selectFrom('cases')
      .select('number')
      .where('household_id', '=', household.id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (open) throw caseErrors.exists(open.number);
    const year = Number(officeToday(now).slice(0, 4));
    const prefix = localCode(household.code);
    const number = formatNumber(prefix, year, await nextNumber(trx, `case:${household.code}`, year));
    const inserted = await tdb
      .insertInto('cases')
      .values({
        number,
        jurisdiction_id: household.jurisdictionId,
        household_id: household.id,
        person_id: person.id,
        kind,
        clock_start: start,
        visit_due_at: deadlineFrom(config, access, 'homeVisit', start),
        closure_due_on: officeDay(deadlineFrom(config, access, 'caseClosure', start)),
        stage: 'registered',
        sensitivity: body.sensitivity,
        registered_by: user.userId,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tdb
      .insertInto('case_team')
      .values({ case_id: inserted.id, user_id: user.userId, role: 'registrar' })
      .execute();
    await recordEvent(trx, access, inserted.id, 'case.opened', { number, kind }, person.id);
    await access.audit(trx, {
      action: 'case.open',
      recordType: 'case',
      recordId: inserted.id,
      details: { number },
    });
    return inserted.id;
  });
  return getCase(access, config, caseId, { audited: true });
}
