import { CARE_REFERRED_CHANNELS, type IndicatorSourceKey } from '@vatra/core';
import { sql, type Expression, type Kysely } from 'kysely';
import type { CaseDatabase } from '../../storage/cases/tables.js';
import type { CareTables } from '../../storage/care/tables.js';
import type { RequestTables } from '../../storage/requests/tables.js';

// The only place with SQL per source of facts (core/src/indicators/sources.ts names them and
// their fields). Each source is one query returning a row per fact with the vocabulary's field
// names as columns, already narrowed to one jurisdiction subtree and one period; evaluate.ts
// counts over it with the definitions' conditions, whatever the source.
//
// Days are UTC days: [from 00:00Z, the day after `to` 00:00Z). Facts about later steps of a
// case (visited, FVN, plan…) are "to date", as the definitions say.

/** The period and place, checked and turned into the bounds the queries use. */
export interface SourceBounds {
  /** "/XK/XK-PE/XK-PEJ/": rows whose jurisdiction path starts with it. */
  path: string;
  /** Inclusive start and exclusive end, as instants. */
  start: Date;
  end: Date;
  /** The same period as dates (YYYY-MM-DD) and months (YYYY-MM), inclusive. */
  fromDate: string;
  toDate: string;
  fromMonth: string;
  toMonth: string;
}

type SourceQuery = (db: Kysely<CaseDatabase>, bounds: SourceBounds) => Expression<unknown>;

const inSubtree = (bounds: SourceBounds) => `${bounds.path}%`;

/** Care-case channels through which someone else brought the case. */
const REFERRED_BY_CHANNEL = [...CARE_REFERRED_CHANNELS, 'returnee_case'];

function exists(subquery: Expression<unknown>) {
  return sql<boolean>`exists (${subquery})`;
}

export const SOURCE_QUERIES: Record<IndicatorSourceKey, SourceQuery> = {
  cases: (db, bounds) =>
    db
      .selectFrom('cases as c')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('c.clock_start', '>=', bounds.start)
      .where('c.clock_start', '<', bounds.end)
      .select((eb) => [
        'c.id as case_id',
        'c.person_id as person_id',
        'c.kind as kind',
        'c.status as status',
        'c.outcome as outcome',
        exists(
          eb
            .selectFrom('persons as p')
            .select(sql`1`.as('one'))
            .whereRef('p.household_id', '=', 'c.household_id')
            .where('p.merged_into', 'is', null)
            .where(sql<boolean>`cardinality(p.vulnerability) > 0`),
        ).as('vulnerable'),
        exists(
          eb
            .selectFrom('case_visits as v')
            .select(sql`1`.as('one'))
            .whereRef('v.case_id', '=', 'c.id')
            .where('v.outcome', '=', 'completed'),
        ).as('visited'),
        exists(
          eb
            .selectFrom('case_visits as v')
            .select(sql`1`.as('one'))
            .whereRef('v.case_id', '=', 'c.id')
            .where('v.outcome', '=', 'completed')
            .whereRef('v.visited_at', '<=', 'c.visit_due_at'),
        ).as('visited_within_deadline'),
        exists(
          eb
            .selectFrom('form_submissions as f')
            .select(sql`1`.as('one'))
            .whereRef('f.case_id', '=', 'c.id')
            .where('f.form_key', '=', 'fvn'),
        ).as('fvn_completed'),
        exists(
          eb
            .selectFrom('form_submissions as f')
            .select(sql`1`.as('one'))
            .whereRef('f.case_id', '=', 'c.id')
            .where('f.form_key', '=', 'anamnesis'),
        ).as('anamnesis_completed'),
        exists(
          eb
            .selectFrom('case_plans as p')
            .select(sql`1`.as('one'))
            .whereRef('p.case_id', '=', 'c.id'),
        ).as('plan_drafted'),
        exists(
          eb
            .selectFrom('case_plans as p')
            .select(sql`1`.as('one'))
            .whereRef('p.case_id', '=', 'c.id')
            .where('p.approved_at', 'is not', null),
        ).as('plan_approved'),
        exists(
          eb
            .selectFrom('documents as d')
            .select(sql`1`.as('one'))
            .whereRef('d.case_id', '=', 'c.id')
            .where('d.doc_type', '=', 'plan'),
        ).as('plan_document_uploaded'),
        exists(
          eb
            .selectFrom('case_manager_assignments as a')
            .select(sql`1`.as('one'))
            .whereRef('a.case_id', '=', 'c.id'),
        ).as('manager_appointed'),
        exists(
          eb
            .selectFrom('referrals as r')
            .select(sql`1`.as('one'))
            .whereRef('r.case_id', '=', 'c.id'),
        ).as('referred'),
        exists(
          eb
            .selectFrom('certificates as t')
            .select(sql`1`.as('one'))
            .whereRef('t.case_id', '=', 'c.id'),
        ).as('certificate_issued'),
      ]),

  open_cases: (db, bounds) =>
    db
      .selectFrom('cases as c')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('c.clock_start', '<', bounds.end)
      .where((eb) => eb.or([eb('c.closed_at', 'is', null), eb('c.closed_at', '>=', bounds.end)]))
      .select((eb) => [
        'c.id as case_id',
        'c.kind as kind',
        exists(
          eb
            .selectFrom('persons as p')
            .select(sql`1`.as('one'))
            .whereRef('p.household_id', '=', 'c.household_id')
            .where('p.merged_into', 'is', null)
            .where(sql<boolean>`cardinality(p.vulnerability) > 0`),
        ).as('vulnerable'),
        exists(
          eb
            .selectFrom('case_plans as p')
            .select(sql`1`.as('one'))
            .whereRef('p.case_id', '=', 'c.id')
            .where('p.approved_at', '<', bounds.end),
        ).as('plan_approved'),
        exists(
          eb
            .selectFrom('case_manager_assignments as a')
            .select(sql`1`.as('one'))
            .whereRef('a.case_id', '=', 'c.id')
            .where('a.decision_date', '<=', bounds.toDate),
        ).as('manager_appointed'),
        exists(
          eb
            .selectFrom('monitoring_entries as m')
            .select(sql`1`.as('one'))
            .whereRef('m.case_id', '=', 'c.id')
            .where('m.period', '=', bounds.toMonth),
        ).as('monitored_last_month'),
      ]),

  closures: (db, bounds) =>
    db
      .selectFrom('cases as c')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('c.status', '=', 'closed')
      .where('c.closed_at', '>=', bounds.start)
      .where('c.closed_at', '<', bounds.end)
      .select((eb) => [
        'c.id as case_id',
        'c.kind as kind',
        'c.outcome as outcome',
        exists(
          eb
            .selectFrom('persons as p')
            .select(sql`1`.as('one'))
            .whereRef('p.household_id', '=', 'c.household_id')
            .where('p.merged_into', 'is', null)
            .where(sql<boolean>`cardinality(p.vulnerability) > 0`),
        ).as('vulnerable'),
      ]),

  persons: (db, bounds) =>
    db
      .selectFrom('persons as p')
      .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('p.merged_into', 'is', null)
      .where(sql<string>`coalesce(p.arrival_date, p.status_grant_date)`, '>=', bounds.fromDate)
      .where(sql<string>`coalesce(p.arrival_date, p.status_grant_date)`, '<=', bounds.toDate)
      .select([
        'p.id as person_id',
        'p.category as category',
        sql<boolean>`cardinality(p.vulnerability) > 0`.as('vulnerable'),
      ]),

  visits: (db, bounds) =>
    db
      .selectFrom('case_visits as v')
      .innerJoin('cases as c', 'c.id', 'v.case_id')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('v.visited_at', '>=', bounds.start)
      .where('v.visited_at', '<', bounds.end)
      .select([
        'v.case_id as case_id',
        'c.kind as kind',
        'v.outcome as outcome',
        sql<boolean>`v.visited_at <= c.visit_due_at`.as('within_deadline'),
      ]),

  forms: (db, bounds) =>
    db
      .selectFrom('form_submissions as f')
      .innerJoin('cases as c', 'c.id', 'f.case_id')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('f.revision', '=', 1)
      .where('f.submitted_at', '>=', bounds.start)
      .where('f.submitted_at', '<', bounds.end)
      .select(['f.case_id as case_id', 'c.kind as kind', 'f.form_key as form_key']),

  individual_plans: (db, bounds) =>
    db
      .selectFrom('case_plans as p')
      .innerJoin('cases as c', 'c.id', 'p.case_id')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('p.plan_version', '=', 1)
      .where('p.created_at', '>=', bounds.start)
      .where('p.created_at', '<', bounds.end)
      .select((eb) => [
        'p.case_id as case_id',
        'c.kind as kind',
        'p.plan_type as plan_type',
        // Any version of the same plan (same case and subject) approved by now.
        exists(
          eb
            .selectFrom('case_plans as q')
            .select(sql`1`.as('one'))
            .whereRef('q.case_id', '=', 'p.case_id')
            .where(sql<boolean>`q.person_id is not distinct from p.person_id`)
            .where('q.approved_at', 'is not', null),
        ).as('approved'),
      ]),

  manager_decisions: (db, bounds) =>
    db
      .selectFrom('case_manager_assignments as a')
      .innerJoin('cases as c', 'c.id', 'a.case_id')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('a.decision_date', '>=', bounds.fromDate)
      .where('a.decision_date', '<=', bounds.toDate)
      .select(['a.case_id as case_id', 'c.kind as kind']),

  referrals: (db, bounds) =>
    db
      .selectFrom('referrals as r')
      .innerJoin('cases as c', 'c.id', 'r.case_id')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .innerJoin('institutions as i', 'i.id', 'r.to_institution_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('r.sent_at', '>=', bounds.start)
      .where('r.sent_at', '<', bounds.end)
      .select([
        'r.case_id as case_id',
        sql<string>`coalesce(r.person_id, c.person_id)`.as('person_id'),
        'c.kind as kind',
        'i.type_code as destination_type',
        'r.status as status',
        sql<boolean>`r.answered_at is not null`.as('answered'),
        sql<boolean>`coalesce(r.answered_at <= r.sent_at + interval '14 days', false)`.as(
          'answered_within_14_days',
        ),
        sql<boolean>`r.plan_item_id is not null`.as('from_plan'),
      ]),

  monitoring: (db, bounds) =>
    db
      .selectFrom('monitoring_entries as m')
      .innerJoin('cases as c', 'c.id', 'm.case_id')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('m.period', '>=', bounds.fromMonth)
      .where('m.period', '<=', bounds.toMonth)
      .select(['m.case_id as case_id', 'c.kind as kind', 'm.received_nothing as received_nothing']),

  certificates: (db, bounds) =>
    db
      .selectFrom('certificates as t')
      .innerJoin('cases as c', 'c.id', 't.case_id')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('t.issued_on', '>=', bounds.fromDate)
      .where('t.issued_on', '<=', bounds.toDate)
      .select(['t.case_id as case_id', 't.person_id as person_id']),

  documents: (db, bounds) =>
    db
      .selectFrom('documents as d')
      .innerJoin('jurisdictions as j', 'j.id', 'd.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('d.uploaded_at', '>=', bounds.start)
      .where('d.uploaded_at', '<', bounds.end)
      .select(['d.doc_type as doc_type', sql<boolean>`d.revision > 1`.as('is_correction')]),

  corrections: (db, bounds) =>
    db
      .selectFrom('form_submissions as f')
      .innerJoin('cases as c', 'c.id', 'f.case_id')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('f.revision', '>', 1)
      .where('f.submitted_at', '>=', bounds.start)
      .where('f.submitted_at', '<', bounds.end)
      .select(sql<string>`'form'`.as('record_type'))
      .unionAll(
        db
          .selectFrom('documents as d')
          .innerJoin('jurisdictions as j', 'j.id', 'd.jurisdiction_id')
          .where('j.path', 'like', inSubtree(bounds))
          .where('d.revision', '>', 1)
          .where('d.uploaded_at', '>=', bounds.start)
          .where('d.uploaded_at', '<', bounds.end)
          .select(sql<string>`'document'`.as('record_type')),
      ),

  requests: (db, bounds) =>
    db
      .withTables<RequestTables>()
      .selectFrom('requests as r')
      .innerJoin('cases as c', 'c.id', 'r.case_id')
      .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('r.submitted_at', '>=', bounds.start)
      .where('r.submitted_at', '<', bounds.end)
      .select([
        'r.id as request_id',
        'r.case_id as case_id',
        'r.person_id as person_id',
        'r.household_id as household_id',
        'c.kind as kind',
        'r.scheme_code as scheme',
        'r.deciding_type as deciding_type',
        'r.status as status',
        sql<boolean>`exists (select 1 from request_decisions d where d.request_id = r.id)`.as('decided'),
        sql<string | null>`(select d.outcome from request_decisions d where d.request_id = r.id
          order by d.created_at desc limit 1)`.as('outcome'),
        // The first decision against the deadline computed when the request was submitted.
        sql<boolean>`coalesce((select d.decided_on <= r.decision_due_on from request_decisions d
          where d.request_id = r.id order by d.created_at limit 1), false)`.as('decided_within_deadline'),
        sql<boolean>`exists (select 1 from request_appeals a where a.request_id = r.id)`.as('appealed'),
        sql<boolean>`exists (select 1 from request_appeals a where a.request_id = r.id
          and a.status = 'decided')`.as('appeal_decided'),
        sql<string | null>`(select a.outcome from request_appeals a where a.request_id = r.id
          and a.status = 'decided' order by a.decided_on desc, a.created_at desc limit 1)`.as(
          'appeal_outcome',
        ),
        sql<boolean>`exists (select 1 from request_executions e where e.request_id = r.id
          and e.status = 'completed')`.as('executed'),
      ]),

  benefits: (db, bounds) =>
    db
      .withTables<RequestTables>()
      .selectFrom('benefits as b')
      .innerJoin('jurisdictions as j', 'j.id', 'b.jurisdiction_id')
      .innerJoin('institutions as i', 'i.id', 'b.granted_by_institution_id')
      .leftJoin('cases as c', 'c.id', 'b.case_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('b.granted_on', '>=', bounds.fromDate)
      .where('b.granted_on', '<=', bounds.toDate)
      .select([
        'b.person_id as person_id',
        'b.household_id as household_id',
        'b.case_id as case_id',
        'c.kind as kind',
        'b.scheme_code as scheme',
        'i.type_code as granted_by_type',
        'b.currency as currency',
        sql<boolean>`b.amount is not null`.as('has_amount'),
      ]),

  care_cases: (db, bounds) =>
    db
      .withTables<CareTables>()
      .selectFrom('care_cases as cc')
      .innerJoin('jurisdictions as j', 'j.id', 'cc.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('cc.opened_at', '>=', bounds.start)
      .where('cc.opened_at', '<', bounds.end)
      .select([
        'cc.id as care_case_id',
        'cc.person_id as person_id',
        'cc.channel as channel',
        // Someone else brought it: a referring channel (core's list), a returnee case, or a
        // referring institution named whatever the channel.
        sql<boolean>`(cc.channel in (${sql.join(REFERRED_BY_CHANNEL)}) or cc.referring_institution_id is not null)`.as(
          'referred',
        ),
        'cc.returnee as returnee',
        sql<boolean>`cc.dv`.as('dv'),
        sql<boolean>`(cc.target_groups && array['children', 'children_disability']::text[]
          or exists (select 1 from child_protection_plans p where p.care_case_id = cc.id))`.as('child'),
        'cc.risk_level as risk_level',
        'cc.status as status',
        sql<boolean>`exists (select 1 from care_assessments a where a.care_case_id = cc.id)`.as('assessed'),
        sql<boolean>`exists (select 1 from care_plans p where p.care_case_id = cc.id)`.as('planned'),
        sql<boolean>`(exists (select 1 from care_enrolments e where e.care_case_id = cc.id
            and e.status <> 'waiting')
          or exists (select 1 from care_referrals r where r.care_case_id = cc.id
            and r.status in ('accepted', 'followed_up')))`.as('served'),
        sql<boolean>`(exists (select 1 from dv_group_members m where m.care_case_id = cc.id)
          or exists (select 1 from child_group_members m where m.care_case_id = cc.id))`.as('intersectoral'),
        sql<boolean>`exists (select 1 from protection_orders o where o.care_case_id = cc.id)`.as(
          'protection_order',
        ),
      ]),

  institutions: (db, bounds) =>
    db
      .selectFrom('institutions as i')
      .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
      .where('j.path', 'like', inSubtree(bounds))
      .where('i.active', '=', true)
      .select((eb) => [
        'i.type_code as type',
        exists(
          eb
            .selectFrom('users as u')
            .select(sql`1`.as('one'))
            .whereRef('u.institution_id', '=', 'i.id')
            .where('u.active', '=', true),
        ).as('connected'),
      ]),
};
