import { localized, type WorkItem } from '@vatra/core';
import { sql, type SqlBool } from 'kysely';
import { intervalOf, profileRows } from '../../storage/employment/queries.js';
import { employmentDb } from '../../storage/employment/tables.js';
import type { AccessContext } from '../access/context.js';
import type { WorkSource } from '../home.js';
import { addDays } from '../requests/dates.js';
import { monthEnd, monthStart, reviewInterval, today, type EmploymentConfig } from './config.js';
import { visibleName } from './households.js';

// Two queues: the Employment Office's job-seeker reviews falling due (within 14 days, or late),
// and the social services officer's monthly list not yet sent for the current month.

const REVIEW = 'employment_review_due';
const LIST = 'employment_list_due';
export const REVIEW_DUE_SOON_DAYS = 14;

function reviewQueue(access: AccessContext, config: EmploymentConfig) {
  const soon = addDays(today().day, REVIEW_DUE_SOON_DAYS);
  const step = intervalOf(reviewInterval(config, access));
  return profileRows(access.db, (path) => access.inJurisdiction(path), step).where(
    sql<SqlBool>`(coalesce(s.last_reviewed_on, s.registered_on) + ${step})::date <= ${soon}::date`,
  );
}

/** Municipalities of the user's jurisdiction with households assisted this month and no list sent. */
function listQueue(access: AccessContext) {
  const start = monthStart(today().month);
  return employmentDb(access.db)
    .selectFrom('jurisdictions as j')
    .where('j.level', '=', 'municipality')
    .where(access.inJurisdiction('j.path'))
    .where(
      sql<SqlBool>`exists (select 1 from assisted_households a join jurisdictions aj on aj.id = a.jurisdiction_id
        where starts_with(aj.path, j.path) and a.from_month <= ${start}::date
          and (a.to_month is null or a.to_month >= ${start}::date))`,
    )
    .where(
      sql<SqlBool>`not exists (select 1 from employment_list_sends s
        where s.jurisdiction_id = j.id and s.month = ${start}::date)`,
    )
    .select(['j.id', 'j.code', 'j.name']);
}

export function employmentWorkSources(config: EmploymentConfig): WorkSource[] {
  return [
    {
      kind: REVIEW,
      applies: (access) => access.has('employment.record'),
      async count(access) {
        const rows = await reviewQueue(access, config).execute();
        const day = today().day;
        return { total: rows.length, overdue: rows.filter((row) => String(row.next_review_on) < day).length };
      },
      async list(access, limit, offset) {
        const rows = await reviewQueue(access, config)
          .orderBy('next_review_on')
          .orderBy('s.id')
          .limit(limit)
          .offset(offset)
          .execute();
        const day = today().day;
        return rows.map((row): WorkItem => {
          const dueOn = String(row.next_review_on).slice(0, 10);
          return {
            kind: REVIEW,
            caseId: null,
            recordType: 'job_seeker_profile',
            recordId: row.id,
            titleKey: 'employment.queue.reviewDue',
            titleValues: { name: visibleName(access, row) },
            dueAt: new Date(`${dueOn}T00:00:00Z`).toISOString(),
            dueOn,
            tab: 'jobSeekers',
            overdue: dueOn < day,
          };
        });
      },
    },
    {
      kind: LIST,
      applies: (access) => access.has('care.manage'),
      async count(access) {
        const rows = await listQueue(access).execute();
        return { total: rows.length, overdue: 0 };
      },
      async list(access, limit, offset) {
        const rows = await listQueue(access).orderBy('j.code').limit(limit).offset(offset).execute();
        const { month } = today();
        const dueOn = monthEnd(month);
        return rows.map((row): WorkItem => ({
          kind: LIST,
          caseId: null,
          recordType: 'employment_list',
          recordId: row.id,
          titleKey: 'employment.queue.listDue',
          titleValues: { month, place: localized(row.name, access.locale) },
          dueAt: new Date(`${dueOn}T00:00:00Z`).toISOString(),
          dueOn,
          tab: 'list',
          overdue: false,
        }));
      },
    },
  ];
}
