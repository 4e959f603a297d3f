import {
  localized,
  maskName,
  type AssistedHousehold,
  type AssistedHouseholdList,
  type assistedHouseholdBody,
  type assistedHouseholdEndBody,
} from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { assistedRows, overlapping } from '../../storage/employment/queries.js';
import { employmentDb } from '../../storage/employment/tables.js';
import type { AccessContext } from '../access/context.js';
import { monthOf, monthStart } from './config.js';
import { employmentErrors } from './errors.js';

// The municipality's register of households on economic assistance (NE) or its 6% fund, each a
// period of months per scheme, as the national register gives them. Periods of one household and
// scheme never share a month (the household row is locked while a period is written).

type AddBody = z.infer<typeof assistedHouseholdBody>;
type EndBody = z.infer<typeof assistedHouseholdEndBody>;

/** A name the reader may see in full, else initials. */
export function visibleName(
  access: AccessContext,
  person: { first_name: string; last_name: string; sensitivity: string },
): string {
  return (access.visibleSensitivities() as string[]).includes(person.sensitivity)
    ? `${person.first_name} ${person.last_name}`
    : maskName(person.first_name, person.last_name);
}

type Row = Awaited<ReturnType<ReturnType<typeof assistedRows>['execute']>>[number];

function view(access: AccessContext, row: Row): AssistedHousehold {
  return {
    id: row.id,
    householdId: row.household_id,
    headName: row.head ? visibleName(access, row.head) : '',
    members: row.members,
    settlement: row.settlement,
    jurisdiction: localized(row.jurisdiction_name, access.locale),
    scheme: row.scheme,
    area: row.area,
    nationalReference: row.national_reference,
    fromMonth: monthOf(row.from_month),
    toMonth: row.to_month ? monthOf(row.to_month) : null,
    version: row.version,
  };
}

/** The register in the user's jurisdiction: every period, or those covering one month. */
export async function listAssisted(
  access: AccessContext,
  query: { month?: string | undefined },
): Promise<AssistedHouseholdList> {
  access.requireUser();
  let rows = assistedRows(access.db, (path) => access.inJurisdiction(path));
  if (query.month) {
    const start = monthStart(query.month);
    rows = rows
      .where('a.from_month', '<=', start)
      .where((eb) => eb.or([eb('a.to_month', 'is', null), eb('a.to_month', '>=', start)]));
  }
  const found = await rows.orderBy('h.settlement').orderBy('a.from_month').orderBy('a.id').execute();
  await access.audit(access.db, {
    action: 'employment.households.read',
    recordType: 'assisted_household',
    details: { month: query.month ?? null, count: found.length },
  });
  return { items: found.map((row) => view(access, row)) };
}

async function one(access: AccessContext, id: string): Promise<AssistedHousehold> {
  const row = await assistedRows(access.db, () => sql<boolean>`true`)
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  return view(access, row);
}

/** Enters a household's assistance period (social services officer, NJVNR worker). */
export async function addAssisted(access: AccessContext, body: AddBody): Promise<AssistedHousehold> {
  const user = access.requireUser();
  const household = await employmentDb(access.db)
    .selectFrom('households as h')
    .innerJoin('jurisdictions as j', 'j.id', 'h.jurisdiction_id')
    .select(['h.id', 'h.jurisdiction_id', 'j.path'])
    .where('h.id', '=', body.householdId)
    .executeTakeFirst();
  if (!household) throw errors.badReference('householdId');
  await access.requireInJurisdiction('household', household.id, household.path);
  const from = monthStart(body.fromMonth);
  const to = body.toMonth ? monthStart(body.toMonth) : null;
  const id = await access.db.transaction().execute(async (trx) => {
    const db = employmentDb(trx);
    // The lock makes the overlap check and the insert one step for concurrent writers.
    await db.selectFrom('households').select('id').where('id', '=', household.id).forUpdate().execute();
    const clash = await overlapping(trx, household.id, body.scheme, from, to).executeTakeFirst();
    if (clash)
      throw employmentErrors.overlap(
        monthOf(clash.from_month),
        clash.to_month ? monthOf(clash.to_month) : '…',
      );
    const row = await db
      .insertInto('assisted_households')
      .values({
        jurisdiction_id: household.jurisdiction_id,
        household_id: household.id,
        scheme: body.scheme,
        area: body.area,
        national_reference: body.nationalReference,
        from_month: from,
        to_month: to,
        created_by: user.userId,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'employment.household.add',
      recordType: 'assisted_household',
      recordId: row.id,
      details: { householdId: household.id, scheme: body.scheme, from: body.fromMonth, to: body.toMonth },
    });
    return row.id;
  });
  return one(access, id);
}

/** Sets the last month of a period (ends it, or moves its end). */
export async function endAssisted(
  access: AccessContext,
  id: string,
  body: EndBody,
): Promise<AssistedHousehold> {
  access.requireUser();
  const to = monthStart(body.toMonth);
  await access.db.transaction().execute(async (trx) => {
    const db = employmentDb(trx);
    const current = await db
      .selectFrom('assisted_households')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!current) throw errors.notFound();
    if (current.version !== body.version) throw errors.conflict();
    if (to < String(current.from_month))
      throw employmentErrors.badField('toMonth', 'toBeforeFrom', { from: monthOf(current.from_month) });
    await db
      .selectFrom('households')
      .select('id')
      .where('id', '=', current.household_id)
      .forUpdate()
      .execute();
    const clash = await overlapping(trx, current.household_id, current.scheme, current.from_month, to)
      .where('id', '<>', id)
      .executeTakeFirst();
    if (clash)
      throw employmentErrors.overlap(
        monthOf(clash.from_month),
        clash.to_month ? monthOf(clash.to_month) : '…',
      );
    const result = await db
      .updateTable('assisted_households')
      .set({ to_month: to, version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    await access.audit(trx, {
      action: 'employment.household.end',
      recordType: 'assisted_household',
      recordId: id,
      details: { from: current.to_month ? monthOf(current.to_month) : null, to: body.toMonth },
    });
  });
  return one(access, id);
}
