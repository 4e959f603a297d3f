import type { Scope } from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { planDb } from '../storage/action-plans/tables.js';
import { callDb } from '../storage/calls/tables.js';
import { careDb } from '../storage/care/tables.js';
import { caseDb } from '../storage/cases/tables.js';
import { registryDb } from '../storage/registry/tables.js';
import { requestDb } from '../storage/requests/tables.js';

/** Record kinds whose jurisdiction the access hook checks from the route's :id parameter. */
export type RecordKind =
  | 'user'
  | 'institution'
  | 'role'
  | 'person'
  | 'household'
  | 'case'
  | 'referral'
  | 'document'
  | 'plan'
  | 'action_plan'
  | 'request'
  | 'call'
  | 'care_case'
  | 'care_provider'
  | 'care_enrolment'
  | 'council_list'
  | 'assisted_household'
  | 'job_seeker_profile'
  | 'social_fund_request'
  | 'care_subsidy';

/**
 * What a route requires, declared next to it. `public`: anyone (login, health). `scope: null`:
 * any logged-in user; a list of scopes: any one of them (two offices keep the same rows).
 * `record`: the :id names a record whose jurisdiction must be the user's.
 */
export type RouteScope = Scope | readonly Scope[] | null;
export type RouteAccess =
  | { public: true }
  | {
      scope: RouteScope;
      record?: RecordKind;
      /**
       * A read a worker of an administrative unit may also make in the unit's municipality
       * (the providers they refer people to): services/access/unit-reach.ts.
       */
      readFromUnit?: true;
      tag: string;
      operationId: string;
    };

/** Whether a user holding `held` passes a route's scope. */
export function scopeAllows(scope: RouteScope, held: (scope: Scope) => boolean): boolean {
  if (scope === null) return true;
  return typeof scope === 'string' ? held(scope) : scope.some(held);
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The jurisdiction path of a record, or undefined when there is no such record. */
export async function locateRecord(
  db: Kysely<Database>,
  kind: RecordKind,
  id: string,
): Promise<string | undefined> {
  if (!UUID.test(id)) return undefined;
  switch (kind) {
    case 'user': {
      const row = await db
        .selectFrom('users as u')
        .innerJoin('institutions as i', 'i.id', 'u.institution_id')
        .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
        .select('j.path')
        .where('u.id', '=', id)
        .executeTakeFirst();
      return row?.path;
    }
    case 'institution': {
      const row = await db
        .selectFrom('institutions as i')
        .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
        .select('j.path')
        .where('i.id', '=', id)
        .executeTakeFirst();
      return row?.path;
    }
    case 'role': {
      // A role belongs to a country: it is in the jurisdiction of whoever covers that country.
      const row = await db.selectFrom('roles').select('country_code').where('id', '=', id).executeTakeFirst();
      return row ? `/${row.country_code}/` : undefined;
    }
    case 'person': {
      const row = await registryDb(db)
        .selectFrom('persons as p')
        .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
        .select('j.path')
        .where('p.id', '=', id)
        .executeTakeFirst();
      return row?.path;
    }
    case 'household': {
      const row = await registryDb(db)
        .selectFrom('households as h')
        .innerJoin('jurisdictions as j', 'j.id', 'h.jurisdiction_id')
        .select('j.path')
        .where('h.id', '=', id)
        .executeTakeFirst();
      return row?.path;
    }
    case 'case':
      return pathOfCaseChild(db, 'cases', 'id', id);
    case 'referral':
      return pathOfCaseChild(db, 'referrals', 'id', id);
    case 'request': {
      const row = await requestDb(db)
        .selectFrom('requests as r')
        .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
        .select('j.path')
        .where('r.id', '=', id)
        .executeTakeFirst();
      return row?.path;
    }
    case 'call': {
      const row = await callDb(db)
        .selectFrom('calls as c')
        .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
        .select('j.path')
        .where('c.id', '=', id)
        .executeTakeFirst();
      return row?.path;
    }
    case 'care_provider':
    case 'care_enrolment':
    case 'council_list':
      return pathOfCareServiceRecord(db, kind, id);
    case 'assisted_household':
    case 'job_seeker_profile': {
      // Both carry the jurisdiction of their household or person.
      const table = kind === 'assisted_household' ? 'assisted_households' : 'job_seeker_profiles';
      const { rows } = await sql<{ path: string }>`
        select j.path from ${sql.table(table)} r join jurisdictions j on j.id = r.jurisdiction_id
        where r.id = ${id}
      `.execute(db);
      return rows[0]?.path;
    }
    case 'social_fund_request':
    case 'care_subsidy':
      return pathOfCareServiceRecord(db, kind, id);
    case 'plan':
      return pathOfCaseChild(db, 'case_plans', 'id', id);
    case 'document': {
      const row = await caseDb(db)
        .selectFrom('documents as d')
        .innerJoin('jurisdictions as j', 'j.id', 'd.jurisdiction_id')
        .select('j.path')
        .where('d.id', '=', id)
        .executeTakeFirst();
      return row?.path;
    }
    case 'action_plan': {
      const row = await planDb(db)
        .selectFrom('action_plans as p')
        .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
        .select('j.path')
        .where('p.id', '=', id)
        .executeTakeFirst();
      return row?.path;
    }
    case 'care_case': {
      const row = await careDb(db)
        .selectFrom('care_cases as c')
        .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
        .select('j.path')
        .where('c.id', '=', id)
        .executeTakeFirst();
      return row?.path;
    }
  }
}

/** The jurisdiction path of a case, or of the case a child row (referral, plan) belongs to. */
async function pathOfCaseChild(
  db: Kysely<Database>,
  table: 'cases' | 'referrals' | 'case_plans',
  column: 'id',
  id: string,
): Promise<string | undefined> {
  const cdb = caseDb(db);
  const caseId =
    table === 'cases'
      ? id
      : (await cdb.selectFrom(table).select('case_id').where(column, '=', id).executeTakeFirst())?.case_id;
  if (!caseId) return undefined;
  const row = await cdb
    .selectFrom('cases as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .select('j.path')
    .where('c.id', '=', caseId)
    .executeTakeFirst();
  return row?.path;
}

/** Providers, enrolments, Council lists, Social Fund requests and subsidies carry their municipality. */
async function pathOfCareServiceRecord(
  db: Kysely<Database>,
  kind: 'care_provider' | 'care_enrolment' | 'council_list' | 'social_fund_request' | 'care_subsidy',
  id: string,
): Promise<string | undefined> {
  const table = {
    care_provider: 'care_providers',
    care_enrolment: 'care_enrolments',
    council_list: 'council_approval_lists',
    social_fund_request: 'social_fund_requests',
    care_subsidy: 'care_subsidies',
  } as const;
  const { rows } = await sql<{ path: string }>`
    select j.path from ${sql.table(table[kind])} r join jurisdictions j on j.id = r.jurisdiction_id
    where r.id = ${id}
  `.execute(db);
  return rows[0]?.path;
}
