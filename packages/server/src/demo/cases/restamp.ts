import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

// The services stamp what they write with the present (column defaults, `new Date()`). The demo
// acts out two years of work in one go, so right after each step the rows that step wrote —
// recognisable as the only ones of the case stamped after `fresh` — get the step's moment
// instead. Clocks, deadlines and numbers come from the services' own optional clock; this only
// moves "when was this row written". The audit trail is never touched: its entries say, truthfully,
// that the demo seed wrote them and when.

/** Re-stamps the rows a step wrote for a case (and the case a move created) with `at`. */
export async function restamp(db: Kysely<Database>, caseId: string, at: Date, fresh: Date): Promise<void> {
  const when = (column: string) =>
    sql`${sql.ref(column)} = case when ${sql.ref(column)} >= ${fresh} then ${at} else ${sql.ref(column)} end`;
  const any = (...columns: string[]) =>
    sql.join(
      columns.map((column) => sql`${sql.ref(column)} >= ${fresh}`),
      sql` or `,
    );
  await sql`
    with ids as (select id, household_id from cases where id = ${caseId} or transferred_from = ${caseId}),
    c as (update cases set ${when('created_at')}, ${when('updated_at')}, ${when('closed_at')}
      where id in (select id from ids) and (${any('created_at', 'updated_at', 'closed_at')})),
    t as (update case_team set ${when('added_at')}
      where case_id in (select id from ids) and added_at >= ${fresh}),
    v as (update case_visits set ${when('created_at')}
      where case_id in (select id from ids) and created_at >= ${fresh}),
    f as (update form_submissions set ${when('submitted_at')}
      where case_id in (select id from ids) and submitted_at >= ${fresh}),
    p as (update case_plans set ${when('created_at')}, ${when('updated_at')}, ${when('approved_at')}
      where case_id in (select id from ids) and (${any('created_at', 'updated_at', 'approved_at')})),
    m as (update case_manager_assignments set ${when('appointed_at')}, ${when('ended_at')}
      where case_id in (select id from ids) and (${any('appointed_at', 'ended_at')})),
    r as (update referrals set ${when('sent_at')}, ${when('received_at')}, ${when('answered_at')},
        ${when('completed_at')}, ${when('updated_at')}
      where case_id in (select id from ids)
        and (${any('sent_at', 'received_at', 'answered_at', 'completed_at', 'updated_at')})),
    me as (update monitoring_entries set ${when('created_at')}
      where case_id in (select id from ids) and created_at >= ${fresh}),
    ce as (update certificates set ${when('created_at')}
      where case_id in (select id from ids) and created_at >= ${fresh}),
    d as (update documents set ${when('uploaded_at')}
      where case_id in (select id from ids) and uploaded_at >= ${fresh}),
    e as (update case_events set ${when('at')}
      where case_id in (select id from ids) and at >= ${fresh}),
    h as (update households set ${when('created_at')}, ${when('updated_at')}
      where id in (select household_id from ids) and (${any('created_at', 'updated_at')})),
    pe as (update persons set ${when('created_at')}, ${when('updated_at')}
      where household_id in (select household_id from ids) and (${any('created_at', 'updated_at')}))
    select 1`.execute(db);
}
