import type { WorkItem } from '@vatra/core';
import { sql, type SqlBool } from 'kysely';
import { dvDb } from '../../storage/care-dv/tables.js';
import type { AccessContext } from '../access/context.js';
import { careVisible } from '../care/access.js';
import type { CaseConfig } from '../cases/config.js';
import type { WorkSource } from '../home.js';
import { reportEvery } from './access.js';
import { DV_DUE_SOON_DAYS } from './schedule.js';

// The DV coordinator's queue: the next monitoring report of each valid protection order on the
// DV cases she sees, once it falls due within 7 days or is overdue. The next report is the
// period after those submitted; its due date is issued_on + k × the configured interval, and
// only while that date is within the order's validity.

function ordersDue(access: AccessContext, config: CaseConfig) {
  const { value, unit } = reportEvery(config, access);
  const interval = sql.raw(`interval '${Number(value)} ${unit}'`);
  const nextDue = sql<string>`(o.issued_on + (select count(*) + 1 from dv_reports r where r.order_id = o.id)::int * ${interval})::date`;
  return {
    nextDue,
    query: dvDb(access.db)
      .selectFrom('protection_orders as o')
      .innerJoin('care_cases as c', 'c.id', 'o.care_case_id')
      .innerJoin('persons as p', 'p.id', 'c.person_id')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .where('c.dv', '=', true)
      .where('c.status', '<>', 'closed')
      .where(access.inJurisdiction('j.path'))
      .where(careVisible(access, 'c'))
      .where(sql<SqlBool>`o.valid_until >= current_date`)
      .where(sql<SqlBool>`${nextDue} <= o.valid_until`)
      .where(sql<SqlBool>`${nextDue} <= current_date + ${DV_DUE_SOON_DAYS}::int`),
  };
}

export function dvWorkSources(config: CaseConfig): WorkSource[] {
  return [
    {
      kind: 'dv_report_due',
      applies: (access) => access.has('care.dv'),
      count: async (access) => {
        const { query, nextDue } = ordersDue(access, config);
        const row = await query
          .select((eb) => [
            eb.fn.countAll<string>().as('total'),
            sql<string>`count(*) filter (where ${nextDue} < current_date)`.as('overdue'),
          ])
          .executeTakeFirstOrThrow();
        return { total: Number(row.total), overdue: Number(row.overdue) };
      },
      list: async (access, limit, offset): Promise<WorkItem[]> => {
        const { query, nextDue } = ordersDue(access, config);
        const rows = await query
          .select(['o.id', 'o.order_number as orderNumber', 'c.id as caseId', 'c.number'])
          .select(['p.first_name as firstName', 'p.last_name as lastName'])
          .select(nextDue.as('dueOn'))
          .select(sql<boolean>`${nextDue} < current_date`.as('overdue'))
          .orderBy(nextDue)
          .orderBy('o.id')
          .limit(limit)
          .offset(offset)
          .execute();
        return rows.map((row) => ({
          kind: 'dv_report_due',
          // A care case, not a returnee case: the web's work-queue link (case page) does not apply.
          caseId: null,
          recordType: 'care_case',
          recordId: row.caseId,
          titleKey: 'careDv.queue.dv_report_due',
          titleValues: {
            number: row.number,
            order: row.orderNumber,
            name: `${row.firstName} ${row.lastName}`,
          },
          dueAt: `${String(row.dueOn).slice(0, 10)}T23:59:59.000Z`,
          dueOn: String(row.dueOn).slice(0, 10),
          tab: 'dv',
          overdue: Boolean(row.overdue),
        }));
      },
    },
  ];
}
