import { maskName, officeToday, type WorkItem } from '@vatra/core';
import { sql, type Expression, type SqlBool } from 'kysely';
import { careChildDb } from '../../storage/care-child/tables.js';
import type { AccessContext } from '../access/context.js';
import { careVisible } from '../care/access.js';
import type { WorkSource } from '../home.js';
import { reportInterval, type CareChildConfig } from './config.js';
import { DUE_SOON_DAYS } from './schedule.js';

// The child-protection worker's queue: open care cases with a protection plan whose next report
// to the State Agency falls due within 14 days or is overdue. The next report is the first
// period not yet reported; it is due n intervals after the case's opening (the same dates as
// schedule.ts: PostgreSQL clamps month ends as addDeadline does).

const KIND = 'child_report_due';

function dueQueue(access: AccessContext, config: CareChildConfig) {
  const { value, unit } = reportInterval(config, access);
  const step = sql.raw(`interval '${Number(value)} ${unit === 'months' ? 'months' : 'days'}'`);
  const next = sql<number>`(select min(g)::int from generate_series(1, (select count(*)::int + 1 from child_agency_reports r where r.care_case_id = c.id)) g
    where not exists (select 1 from child_agency_reports r where r.care_case_id = c.id and r.period = g))`;
  const due = sql<string>`(c.opened_at::date + ${next} * ${step})::date`;
  return careChildDb(access.db)
    .selectFrom('care_cases as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .where('c.status', '<>', 'closed')
    .where(access.inJurisdiction('j.path'))
    .where(careVisible(access, 'c') as Expression<SqlBool>)
    .where(sql<SqlBool>`exists (select 1 from child_protection_plans cp where cp.care_case_id = c.id)`)
    .where(sql<SqlBool>`${due} <= current_date + ${sql.lit(DUE_SOON_DAYS)}`)
    .select([
      'c.id',
      'c.number',
      'c.sensitivity',
      'p.first_name',
      'p.last_name',
      due.as('dueOn'),
      next.as('period'),
    ]);
}

export function careChildWorkSources(config: CareChildConfig): WorkSource[] {
  return [
    {
      kind: KIND,
      applies: (access) => access.has('care.child'),
      async count(access) {
        const rows = await dueQueue(access, config).execute();
        const today = officeToday();
        return { total: rows.length, overdue: rows.filter((row) => row.dueOn < today).length };
      },
      async list(access, limit, offset) {
        const rows = await dueQueue(access, config)
          .orderBy('dueOn')
          .orderBy('c.id')
          .limit(limit)
          .offset(offset)
          .execute();
        const today = officeToday();
        return rows.map((row): WorkItem => ({
          kind: KIND,
          // caseId names a returnee case; a care case is the record itself.
          caseId: null,
          recordType: 'care_case',
          recordId: row.id,
          titleKey: 'careChild.queue.reportDue',
          titleValues: {
            number: row.number,
            name:
              row.sensitivity === 'normal'
                ? `${row.first_name} ${row.last_name}`
                : maskName(row.first_name, row.last_name),
            period: String(row.period),
          },
          dueAt: new Date(`${row.dueOn}T00:00:00Z`).toISOString(),
          dueOn: String(row.dueOn).slice(0, 10),
          tab: 'child',
          overdue: row.dueOn < today,
        }));
      },
    },
  ];
}
