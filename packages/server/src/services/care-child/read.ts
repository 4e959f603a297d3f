import { localized, officeToday, type ChildGroupRole, type ChildProtection } from '@vatra/core';
import { sql } from 'kysely';
import { careChildDb } from '../../storage/care-child/tables.js';
import type { AccessContext } from '../access/context.js';
import { requireCareCase } from '../care/access.js';
import { reportInterval, type CareChildConfig } from './config.js';
import { reportPeriods, reportStatus } from './schedule.js';

/**
 * A care case's child protection: plans, the intersectoral group and its meetings, and the
 * reporting schedule to the State Agency. Visible to whoever may see the case (a child's case is
 * sensitive: its team and holders of sensitive.read, per services/care/access.ts).
 */
export async function getChildProtection(
  access: AccessContext,
  config: CareChildConfig,
  id: string,
): Promise<ChildProtection> {
  await requireCareCase(access, id);
  const db = careChildDb(access.db);
  const kase = await db
    .selectFrom('care_cases')
    .select(['version', sql<string>`opened_at::date`.as('openedOn')])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const plans = await db
    .selectFrom('child_protection_plans as p')
    .innerJoin('users as s', 's.id', 'p.supervised_by')
    .leftJoin('users as a', 'a.id', 'p.approved_by')
    .select([
      'p.id',
      'p.plan_number',
      'p.status',
      'p.goals',
      'p.measures',
      'p.supervised_by',
      's.full_name as supervisorName',
      'p.created_at',
      'p.approved_at',
      'a.full_name as approverName',
    ])
    .where('p.care_case_id', '=', id)
    .orderBy('p.plan_number', 'desc')
    .execute();
  const group = await db
    .selectFrom('child_group_members as g')
    .innerJoin('institutions as i', 'i.id', 'g.institution_id')
    .leftJoin('users as u', 'u.id', 'g.user_id')
    .select([
      'g.id',
      'g.role',
      'i.id as institutionId',
      'i.name as institutionName',
      'u.id as userId',
      'u.full_name as userName',
    ])
    .where('g.care_case_id', '=', id)
    .orderBy('g.added_at')
    .execute();
  const meetings = await db
    .selectFrom('child_group_meetings as m')
    .innerJoin('users as u', 'u.id', 'm.recorded_by')
    .select(['m.id', 'm.held_on', 'm.decisions', 'u.full_name'])
    .where('m.care_case_id', '=', id)
    .orderBy('m.held_on', 'desc')
    .execute();
  const reports = await db
    .selectFrom('child_agency_reports as r')
    .innerJoin('users as u', 'u.id', 'r.submitted_by')
    .select(['r.period', 'r.submitted_on', 'r.summary', 'u.full_name'])
    .where('r.care_case_id', '=', id)
    .execute();
  const interval = reportInterval(config, access);
  const today = officeToday();
  return {
    careCaseId: id,
    caseVersion: kase.version,
    reportEveryMonths: interval.unit === 'months' ? interval.value : 0,
    plans: plans.map((plan) => ({
      id: plan.id,
      planNumber: plan.plan_number,
      status: plan.status,
      goals: plan.goals,
      measures: plan.measures,
      supervisedBy: { id: plan.supervised_by, fullName: plan.supervisorName },
      createdAt: new Date(plan.created_at).toISOString(),
      approvedAt: plan.approved_at ? new Date(plan.approved_at).toISOString() : null,
      approvedBy: plan.approverName,
    })),
    group: group.map((member) => ({
      id: member.id,
      role: member.role as ChildGroupRole,
      institution: { id: member.institutionId, name: localized(member.institutionName, access.locale) },
      user: member.userId ? { id: member.userId, fullName: member.userName ?? '' } : null,
    })),
    meetings: meetings.map((meeting) => ({
      id: meeting.id,
      heldOn: meeting.held_on,
      decisions: meeting.decisions,
      recordedBy: meeting.full_name,
    })),
    reports: reportPeriods(kase.openedOn, interval, today).map((slot) => {
      const report = reports.find((candidate) => candidate.period === slot.period);
      return {
        ...slot,
        status: reportStatus(slot.dueOn, report !== undefined, today),
        submittedOn: report?.submitted_on ?? null,
        summary: report?.summary ?? null,
        submittedBy: report?.full_name ?? null,
      };
    }),
  };
}
