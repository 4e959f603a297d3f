import { officeToday } from '@vatra/core';
import type { DvCaseBody, dvMeetingBody, dvMemberBody, dvOrderBody, dvReportBody } from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { dvDb } from '../../storage/care-dv/tables.js';
import { textArray } from '../../storage/registry/persons.js';
import type { AccessContext } from '../access/context.js';
import { joinCareTeam, lockCareCase, touchCareCase } from '../care/access.js';
import { recordCareEvent } from '../care/events.js';
import type { CaseConfig } from '../cases/config.js';
import { lockDvCase, lockOrder, reportEvery } from './access.js';
import { dvErrors } from './errors.js';
import { getDvCase } from './read.js';
import { reportDueDates } from './schedule.js';

/**
 * Marks a care case as domestic violence: from now on it is restricted and only holders of care.dv
 * on its team or in its technical group see it. The coordinator who marks it joins the team.
 */
export async function markDvCase(
  access: AccessContext,
  config: CaseConfig,
  id: string,
  version: number,
): Promise<DvCaseBody> {
  const user = access.requireUser();
  await access.db.transaction().execute(async (trx) => {
    await lockCareCase(trx, access, id, version);
    await touchCareCase(trx, id, { dv: true, sensitivity: 'restricted' });
    await joinCareTeam(trx, id, user.userId, 'member');
    await recordCareEvent(trx, access, id, 'dv.marked');
    await access.audit(trx, { action: 'dv.mark', recordType: 'care_case', recordId: id });
  });
  return getDvCase(access, config, id, { audited: true });
}

export async function addProtectionOrder(
  access: AccessContext,
  config: CaseConfig,
  id: string,
  body: z.infer<typeof dvOrderBody>,
): Promise<DvCaseBody> {
  if (body.validUntil < body.issuedOn) throw dvErrors.field('validUntil', 'validUntilBeforeIssue');
  const user = access.requireUser();
  await access.db.transaction().execute(async (trx) => {
    await lockDvCase(trx, access, id, body.version);
    const duplicate = await dvDb(trx)
      .selectFrom('protection_orders')
      .select('id')
      .where('care_case_id', '=', id)
      .where('order_number', '=', body.orderNumber)
      .executeTakeFirst();
    if (duplicate) throw errors.duplicate('orderNumber');
    const order = await dvDb(trx)
      .insertInto('protection_orders')
      .values({
        care_case_id: id,
        kind: body.kind,
        court: body.court,
        order_number: body.orderNumber,
        issued_on: body.issuedOn,
        valid_until: body.validUntil,
        police_informed_on: body.policeInformedOn ?? null,
        created_by: user.userId,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await touchCareCase(trx, id, {});
    const details = {
      orderId: order.id,
      kind: body.kind,
      orderNumber: body.orderNumber,
      validUntil: body.validUntil,
    };
    await recordCareEvent(trx, access, id, 'dv.order_recorded', details);
    await access.audit(trx, { action: 'dv.order', recordType: 'care_case', recordId: id, details });
  });
  return getDvCase(access, config, id, { audited: true });
}

/**
 * Submits the next monitoring report of an order. Refused when the order's validity has ended
 * (409 naming its last day) or every report its validity calls for is in.
 */
export async function submitDvReport(
  access: AccessContext,
  config: CaseConfig,
  id: string,
  orderId: string,
  body: z.infer<typeof dvReportBody>,
): Promise<DvCaseBody> {
  const user = access.requireUser();
  const on = officeToday();
  if (body.submittedOn && body.submittedOn > on) throw dvErrors.field('submittedOn', 'futureDate');
  await access.db.transaction().execute(async (trx) => {
    await lockDvCase(trx, access, id, body.version);
    const order = await lockOrder(trx, id, orderId);
    if (order.valid_until < on) throw dvErrors.orderExpired(order.order_number, order.valid_until);
    const done = await dvDb(trx)
      .selectFrom('dv_reports')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('order_id', '=', orderId)
      .executeTakeFirstOrThrow();
    const periodIndex = Number(done.n) + 1;
    const dueOn = reportDueDates(order.issued_on, order.valid_until, reportEvery(config, access))[
      periodIndex - 1
    ];
    if (!dueOn) throw dvErrors.noReportDue(order.order_number);
    await dvDb(trx)
      .insertInto('dv_reports')
      .values({
        order_id: orderId,
        period_index: periodIndex,
        due_on: dueOn,
        submitted_on: body.submittedOn ?? on,
        summary: body.summary,
        police_informed: body.policeInformed,
        submitted_by: user.userId,
      })
      .execute();
    await dvDb(trx)
      .updateTable('protection_orders')
      .set({ version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', orderId)
      .execute();
    await touchCareCase(trx, id, {});
    const details = {
      orderId,
      orderNumber: order.order_number,
      periodIndex,
      dueOn,
      policeInformed: body.policeInformed,
    };
    await recordCareEvent(trx, access, id, 'dv.report_submitted', details);
    await access.audit(trx, { action: 'dv.report', recordType: 'care_case', recordId: id, details });
  });
  return getDvCase(access, config, id, { audited: true });
}

/**
 * Adds a member of the intersectoral technical group: an institution of Vatra (optionally its user,
 * who then sees the case when holding care.dv) or one outside it by name (police, court, health).
 */
export async function addDvGroupMember(
  access: AccessContext,
  config: CaseConfig,
  id: string,
  body: z.infer<typeof dvMemberBody>,
): Promise<DvCaseBody> {
  const user = access.requireUser();
  await access.db.transaction().execute(async (trx) => {
    await lockDvCase(trx, access, id, body.version);
    const db = dvDb(trx);
    if (body.institutionId) {
      const institution = await db
        .selectFrom('institutions as i')
        .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
        .select('i.id')
        .where('i.id', '=', body.institutionId)
        .where('j.country_code', '=', user.countryCode)
        .executeTakeFirst();
      if (!institution) throw errors.badReference('institutionId');
    } else if (!body.institutionName) {
      throw dvErrors.field('institutionName', 'institutionRequired');
    }
    if (body.userId) {
      const member = await db
        .selectFrom('users')
        .select('institution_id')
        .where('id', '=', body.userId)
        .executeTakeFirst();
      if (!member) throw errors.badReference('userId');
      if (member.institution_id !== body.institutionId)
        throw dvErrors.field('userId', 'userNotOfInstitution');
    }
    const inserted = await db
      .insertInto('dv_group_members')
      .values({
        care_case_id: id,
        institution_id: body.institutionId ?? null,
        institution_name: body.institutionId ? null : (body.institutionName ?? null),
        user_id: body.userId ?? null,
        role: body.role,
        added_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await touchCareCase(trx, id, {});
    const details = {
      memberId: inserted.id,
      institutionId: body.institutionId ?? null,
      institutionName: body.institutionName ?? null,
      userId: body.userId ?? null,
      role: body.role,
    };
    await recordCareEvent(trx, access, id, 'dv.member_added', details);
    await access.audit(trx, { action: 'dv.member', recordType: 'care_case', recordId: id, details });
  });
  return getDvCase(access, config, id, { audited: true });
}

export async function addDvGroupMeeting(
  access: AccessContext,
  config: CaseConfig,
  id: string,
  body: z.infer<typeof dvMeetingBody>,
): Promise<DvCaseBody> {
  if (body.heldOn > officeToday()) throw dvErrors.field('heldOn', 'futureDate');
  const user = access.requireUser();
  await access.db.transaction().execute(async (trx) => {
    await lockDvCase(trx, access, id, body.version);
    const inserted = await dvDb(trx)
      .insertInto('dv_group_meetings')
      .values({
        care_case_id: id,
        held_on: body.heldOn,
        notes: body.notes,
        attendees: textArray(body.attendees),
        recorded_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await touchCareCase(trx, id, {});
    const details = { meetingId: inserted.id, heldOn: body.heldOn, attendees: body.attendees.length };
    await recordCareEvent(trx, access, id, 'dv.meeting_held', details);
    await access.audit(trx, { action: 'dv.meeting', recordType: 'care_case', recordId: id, details });
  });
  return getDvCase(access, config, id, { audited: true });
}
