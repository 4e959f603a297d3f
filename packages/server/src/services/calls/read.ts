import {
  localized,
  type CallAction,
  type CallList,
  type CallSummary,
  type CallView,
  type LocalizedText,
  type SchemeConfig,
  type callListQuery,
  officeToday,
} from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { callDb } from '../../storage/calls/tables.js';
import type { AccessContext } from '../access/context.js';
import { findScheme, type RequestDeps } from '../requests/schemes.js';
import { callErrors } from './errors.js';

/** What the call services need of the app: the countries' scheme and service catalogues. */
export type CallDeps = RequestDeps;

/** A call with its place, running institution, author and number of applications. */
export function callRows(db: Kysely<Database>) {
  return callDb(db)
    .selectFrom('calls as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .innerJoin('users as u', 'u.id', 'c.created_by')
    .selectAll('c')
    .select([
      'j.path',
      'j.code as jurisdictionCode',
      'i.code as institutionCode',
      'i.name as institutionName',
      'u.full_name as createdByName',
    ])
    .select(
      sql<string>`(select count(*) from requests r where r.call_id = c.id and r.status <> 'withdrawn')`.as(
        'applications',
      ),
    );
}

export type CallRow = Awaited<ReturnType<ReturnType<typeof callRows>['executeTakeFirstOrThrow']>>;

/** Loads a call inside the user's jurisdiction: 404 when there is none, 403 (audited) outside. */
export async function requireCall(access: AccessContext, id: string, executor = access.db): Promise<CallRow> {
  const row = await callRows(executor).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound();
  await access.requireInJurisdiction('call', id, row.path);
  return row;
}

/** An officer of the institution that runs the call. */
export function isRunner(access: AccessContext, call: { institution_id: string }): boolean {
  return access.user?.institutionId === call.institution_id;
}

/**
 * Refuses (403, audited) unless the user holds the scope and works at the institution running
 * the call: only that institution edits, opens, closes and scores.
 */
export async function requireRunner(
  access: AccessContext,
  call: { id: string; institution_id: string },
  scope: 'request.decide' | 'request.review',
): Promise<void> {
  if (access.has(scope) && isRunner(access, call)) return;
  await access.deny({ reason: 'not_call_institution', scope }, 'call', call.id);
  throw callErrors.notRunningInstitution();
}

export function schemeName(scheme: SchemeConfig | undefined, code: string): LocalizedText {
  return scheme?.name ?? { sq: code, sr: code, en: code };
}

/** Open, and today lies between its opening and closing dates. */
export function acceptsApplications(
  call: { status: string; opens_on: string; closes_on: string },
  day = officeToday(),
) {
  return call.status === 'open' && call.opens_on <= day && day <= call.closes_on;
}

function toSummary(access: AccessContext, deps: CallDeps, row: CallRow): CallSummary {
  return {
    id: row.id,
    number: row.number,
    schemeCode: row.scheme_code,
    schemeName: schemeName(findScheme(access, deps, row.scheme_code), row.scheme_code),
    title: row.title,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    budget: Number(row.budget),
    currency: row.currency,
    status: row.status,
    institution: {
      id: row.institution_id,
      code: row.institutionCode,
      name: localized(row.institutionName, access.locale),
    },
    applications: Number(row.applications),
    acceptsApplications: acceptsApplications(row),
    version: row.version,
  };
}

const NEXT: Record<CallRow['status'], CallAction[]> = {
  draft: ['edit', 'open'],
  open: ['close'],
  closed: ['rank'],
  ranked: [],
};

export function toView(access: AccessContext, deps: CallDeps, row: CallRow): CallView {
  const runner = isRunner(access, row);
  return {
    ...toSummary(access, deps, row),
    description: row.description,
    criteria: row.criteria,
    createdBy: { id: row.created_by, fullName: row.createdByName },
    openedAt: row.opened_at ? new Date(row.opened_at).toISOString() : null,
    closedAt: row.closed_at ? new Date(row.closed_at).toISOString() : null,
    actions: runner && access.has('request.decide') ? NEXT[row.status] : [],
    canScore: runner && access.has('request.review') && (row.status === 'open' || row.status === 'closed'),
  };
}

/** One call as the user sees it. */
export async function getCall(access: AccessContext, deps: CallDeps, id: string): Promise<CallView> {
  access.requireUser();
  return toView(access, deps, await requireCall(access, id));
}

/**
 * The calls of the user's jurisdiction, newest first. Users outside the running institution do
 * not see drafts: a call becomes public when it opens.
 */
export async function listCalls(
  access: AccessContext,
  deps: CallDeps,
  query: z.infer<typeof callListQuery>,
): Promise<CallList> {
  const user = access.requireUser();
  let select = callRows(access.db)
    .where(access.inJurisdiction('j.path'))
    .where((eb) => eb.or([eb('c.status', '<>', 'draft'), eb('c.institution_id', '=', user.institutionId)]));
  if (query.status) select = select.where('c.status', '=', query.status);
  if (query.schemeCode) select = select.where('c.scheme_code', '=', query.schemeCode);
  const rows = await select.orderBy('c.opens_on', 'desc').orderBy('c.number', 'desc').limit(200).execute();
  return { items: rows.map((row) => toSummary(access, deps, row)) };
}
