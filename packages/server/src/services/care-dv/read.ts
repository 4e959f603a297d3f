import type { DvCaseBody } from '@vatra/core';
import { localized, officeToday } from '@vatra/core';
import { dvDb } from '../../storage/care-dv/tables.js';
import type { AccessContext } from '../access/context.js';
import type { CaseConfig } from '../cases/config.js';
import { reportEvery, requireDvCase } from './access.js';
import { reportDueDates, reportSchedule } from './schedule.js';

/**
 * The DV side of a care case: its protection orders with the report schedule (each period
 * submitted, overdue, due within 7 days or upcoming), the technical group and its meetings.
 * The read is audited.
 */
export async function getDvCase(
  access: AccessContext,
  config: CaseConfig,
  id: string,
  options: { audited?: boolean } = {},
): Promise<DvCaseBody> {
  const kase = await requireDvCase(access, id);
  const db = dvDb(access.db);
  const every = reportEvery(config, access);
  const on = officeToday();
  const [orders, reports, members, meetings, header, extensions] = await Promise.all([
    db
      .selectFrom('protection_orders')
      .selectAll()
      .where('care_case_id', '=', id)
      .orderBy('issued_on')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('dv_reports as r')
      .innerJoin('protection_orders as o', 'o.id', 'r.order_id')
      .innerJoin('users as u', 'u.id', 'r.submitted_by')
      .select([
        'r.id',
        'r.order_id as orderId',
        'r.period_index as periodIndex',
        'r.submitted_on as submittedOn',
        'r.summary',
        'r.police_informed as policeInformed',
        'u.full_name as submittedBy',
      ])
      .where('o.care_case_id', '=', id)
      .execute(),
    db
      .selectFrom('dv_group_members as m')
      .leftJoin('institutions as i', 'i.id', 'm.institution_id')
      .leftJoin('users as u', 'u.id', 'm.user_id')
      .select([
        'm.id',
        'm.role',
        'i.id as institutionId',
        'i.code',
        'i.name',
        'm.institution_name as institutionName',
        'u.id as userId',
        'u.full_name as userName',
      ])
      .where('m.care_case_id', '=', id)
      .orderBy('m.added_at')
      .orderBy('m.id')
      .execute(),
    db
      .selectFrom('dv_group_meetings')
      .select(['id', 'held_on as heldOn', 'notes', 'attendees'])
      .where('care_case_id', '=', id)
      .orderBy('held_on', 'desc')
      .orderBy('id')
      .execute(),
    db.selectFrom('care_cases').select(['dv', 'version']).where('id', '=', id).executeTakeFirstOrThrow(),
    db
      .selectFrom('protection_order_extensions as e')
      .innerJoin('protection_orders as o', 'o.id', 'e.order_id')
      .innerJoin('users as u', 'u.id', 'e.recorded_by')
      .select([
        'e.id',
        'e.order_id as orderId',
        'e.previous_valid_until as previousValidUntil',
        'e.valid_until as validUntil',
        'e.decision_number as decisionNumber',
        'e.decided_on as decidedOn',
        'e.court',
        'u.full_name as recordedBy',
      ])
      .where('o.care_case_id', '=', id)
      .orderBy('e.recorded_at')
      .orderBy('e.id')
      .execute(),
  ]);
  if (!options.audited) {
    await access.audit(access.db, { action: 'dv.read', recordType: 'care_case', recordId: id });
  }
  return {
    careCaseId: id,
    number: kase.number,
    dv: header.dv,
    reportEvery: every,
    orders: orders.map((order) => ({
      id: order.id,
      kind: order.kind,
      court: order.court,
      orderNumber: order.order_number,
      issuedOn: order.issued_on,
      validUntil: order.valid_until,
      policeInformedOn: order.police_informed_on,
      valid: order.valid_until >= on,
      reports: reportSchedule(
        reportDueDates(order.issued_on, order.valid_until, every),
        reports.filter((report) => report.orderId === order.id),
        on,
      ),
      extensions: extensions
        .filter((extension) => extension.orderId === order.id)
        .map(({ orderId: _orderId, ...extension }) => extension),
      version: order.version,
    })),
    members: members.map((member) => ({
      id: member.id,
      institution:
        member.institutionId && member.code && member.name
          ? { id: member.institutionId, code: member.code, name: localized(member.name, access.locale) }
          : null,
      institutionName: member.institutionName,
      user: member.userId ? { id: member.userId, fullName: member.userName ?? '' } : null,
      role: member.role,
    })),
    meetings: meetings.map((meeting) => ({ ...meeting })),
    version: header.version,
  };
}
