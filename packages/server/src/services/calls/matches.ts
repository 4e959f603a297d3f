import type { CallMatch, CallMatchList } from '@vatra/core';
import { sql, type SqlBool } from 'kysely';
import { callDb } from '../../storage/calls/tables.js';
import type { AccessContext } from '../access/context.js';
import { caseVisible } from '../cases/visibility.js';
import { findScheme } from '../requests/schemes.js';
import { requireCall, type CallDeps, type CallRow } from './read.js';

// Who should hear about a call: persons of open cases in the call's municipality whose current
// individual plan (approved, or a draft revision) has a service of the scheme still to deliver,
// or whose newest FVN records a need in the domain of that service.

/** The scheme's service (schemes.json serviceCode) and that service's need domain (services.json). */
export function callTarget(
  access: AccessContext,
  deps: CallDeps,
  call: Pick<CallRow, 'scheme_code'>,
): { serviceCode: string | null; domain: string | null } {
  const serviceCode = findScheme(access, deps, call.scheme_code)?.serviceCode ?? null;
  const country = deps.countries.find((c) => c.country.code === access.user?.countryCode);
  const domain = country?.services.find((s) => s.code === serviceCode)?.domain ?? null;
  return { serviceCode, domain };
}

interface MatchRow {
  caseId: string;
  caseNumber: string;
  personId: string;
  firstName: string;
  lastName: string;
  managerId: string | null;
  managerName: string | null;
  source: 'plan' | 'assessment';
}

/**
 * The matching (case, person) pairs. `visibleOnly`: restricted to cases the user may see (the
 * list case managers read); otherwise every open case in the call's place (only counted).
 */
async function matchRows(
  access: AccessContext,
  deps: CallDeps,
  call: CallRow,
  visibleOnly: boolean,
): Promise<MatchRow[]> {
  const { serviceCode, domain } = callTarget(access, deps, call);
  const db = callDb(access.db);
  const base = () => {
    let query = db
      .selectFrom('cases as c')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .leftJoin('users as m', 'm.id', 'c.case_manager_id')
      .where('c.status', '=', 'open')
      .where(sql<SqlBool>`starts_with(j.path, ${call.path})`);
    if (visibleOnly) query = query.where(access.inJurisdiction('j.path')).where(caseVisible(access, 'c'));
    return query;
  };
  const rows: MatchRow[] = [];
  if (serviceCode) {
    const planned = await base()
      .innerJoin('case_plans as cp', 'cp.case_id', 'c.id')
      .innerJoin('case_plan_items as i', 'i.plan_id', 'cp.id')
      .innerJoin('persons as p', (join) => join.on(sql<SqlBool>`p.id = coalesce(cp.person_id, c.person_id)`))
      .select([
        'c.id as caseId',
        'c.number as caseNumber',
        'p.id as personId',
        'p.first_name as firstName',
        'p.last_name as lastName',
        'm.id as managerId',
        'm.full_name as managerName',
      ])
      .where('cp.status', 'in', ['approved', 'draft'])
      .where('i.service_code', '=', serviceCode)
      .where('i.status', 'in', ['planned', 'in_progress'])
      .distinct()
      .execute();
    rows.push(...planned.map((row) => ({ ...row, source: 'plan' as const })));
  }
  if (domain) {
    const assessed = await base()
      .innerJoin('persons as p', 'p.id', 'c.person_id')
      .select([
        'c.id as caseId',
        'c.number as caseNumber',
        'p.id as personId',
        'p.first_name as firstName',
        'p.last_name as lastName',
        'm.id as managerId',
        'm.full_name as managerName',
      ])
      .where(
        sql<SqlBool>`exists (
          select 1 from jsonb_array_elements((
            select f.needs from form_submissions f where f.case_id = c.id and f.form_key = 'fvn'
            order by f.submitted_at desc limit 1
          )) as need where need->>'domain' = ${domain})`,
      )
      .execute();
    rows.push(...assessed.map((row) => ({ ...row, source: 'assessment' as const })));
  }
  return rows;
}

/** How many persons match (for the audit entry of opening the call; no names leave here). */
export async function countMatches(access: AccessContext, deps: CallDeps, call: CallRow): Promise<number> {
  const rows = await matchRows(access, deps, call, false);
  return new Set(rows.map((row) => `${row.caseId}:${row.personId}`)).size;
}

/**
 * The persons a case manager should tell about the call, with their case, case manager and what
 * matched (plan, assessment or both), and whether they have applied. The read is audited.
 */
export async function listMatches(access: AccessContext, deps: CallDeps, id: string): Promise<CallMatchList> {
  access.requireUser();
  const call = await requireCall(access, id);
  const rows = await matchRows(access, deps, call, true);
  const applied = new Set(
    (
      await callDb(access.db)
        .selectFrom('requests')
        .select('person_id')
        .where('call_id', '=', call.id)
        .where('status', '<>', 'withdrawn')
        .execute()
    ).map((row) => row.person_id),
  );
  const byKey = new Map<string, CallMatch>();
  for (const row of rows) {
    const key = `${row.caseId}:${row.personId}`;
    const match = byKey.get(key) ?? {
      person: { id: row.personId, firstName: row.firstName, lastName: row.lastName },
      caseId: row.caseId,
      caseNumber: row.caseNumber,
      caseManager: row.managerId && row.managerName ? { id: row.managerId, fullName: row.managerName } : null,
      matchedBy: [],
      applied: applied.has(row.personId),
    };
    if (!match.matchedBy.includes(row.source)) match.matchedBy.push(row.source);
    byKey.set(key, match);
  }
  const items = [...byKey.values()].sort(
    (a, b) =>
      a.caseNumber.localeCompare(b.caseNumber) ||
      a.person.lastName.localeCompare(b.person.lastName) ||
      a.person.firstName.localeCompare(b.person.firstName),
  );
  items.forEach((item) => item.matchedBy.sort());
  await access.audit(access.db, {
    action: 'call.matches',
    recordType: 'call',
    recordId: call.id,
    details: { count: items.length },
  });
  return { ...callTarget(access, deps, call), items };
}
