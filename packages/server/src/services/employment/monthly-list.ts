import { localized, type EmploymentList, type employmentSendBody } from '@vatra/core';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { householdsAssisted, monthlyMembers } from '../../storage/employment/queries.js';
import { employmentDb } from '../../storage/employment/tables.js';
import type { AccessContext } from '../access/context.js';
import { monthStart, today, workingAge, type EmploymentConfig } from './config.js';
import { employmentErrors } from './errors.js';
import { visibleName } from './households.js';

// The monthly list the social administrators send the Employment Office (Social Plan 4.7):
// every member of a household assisted in the month whose age on the first of the month is within
// the country's working age. Computed on request; a send records that it went (once a month).

/** Adults (18 and over) of urban households must register with the Employment Office. */
const ADULT_AGE = 18;

interface Place {
  id: string;
  code: string;
  path: string;
  level: string;
  name: string;
}

/**
 * The jurisdiction of a list: the one asked for, or the user's institution's. Outside the user's
 * jurisdiction: an audited 403; unknown: 422 naming `jurisdictionId`.
 */
async function placeOf(access: AccessContext, jurisdictionId: string | undefined): Promise<Place> {
  const db = employmentDb(access.db);
  const id =
    jurisdictionId ??
    (
      await db
        .selectFrom('institutions')
        .select('jurisdiction_id')
        .where('id', '=', access.requireUser().institutionId)
        .executeTakeFirstOrThrow()
    ).jurisdiction_id;
  const row = await db
    .selectFrom('jurisdictions')
    .select(['id', 'code', 'level', 'path', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw errors.badReference('jurisdictionId');
  await access.requireInJurisdiction('jurisdiction', row.id, row.path);
  return {
    id: row.id,
    code: row.code,
    path: row.path,
    level: row.level,
    name: localized(row.name, access.locale),
  };
}

/** The list of a month (default: this month) for a jurisdiction (default: the user's). Audited. */
export async function monthlyList(
  access: AccessContext,
  config: EmploymentConfig,
  query: { month?: string | undefined; jurisdictionId?: string | undefined },
): Promise<EmploymentList> {
  const month = query.month ?? today().month;
  const place = await placeOf(access, query.jurisdictionId);
  const age = workingAge(config, access);
  const start = monthStart(month);
  const rows = await monthlyMembers(access.db, place.path, start, age).execute();
  const households = await householdsAssisted(access.db, place.path, start);
  const sent = await employmentDb(access.db)
    .selectFrom('employment_list_sends as s')
    .innerJoin('users as u', 'u.id', 's.sent_by')
    .select(['s.sent_on', 'u.full_name', 's.households', 's.persons'])
    .where('s.jurisdiction_id', '=', place.id)
    .where('s.month', '=', start)
    .executeTakeFirst();
  await access.audit(access.db, {
    action: 'employment.list.read',
    recordType: 'jurisdiction',
    recordId: place.id,
    details: { month, persons: rows.length },
  });
  return {
    jurisdiction: { id: place.id, name: place.name },
    month,
    workingAge: age,
    households,
    sent: sent
      ? { sentOn: sent.sent_on, sentBy: sent.full_name, households: sent.households, persons: sent.persons }
      : null,
    items: rows.map((row) => {
      const visible = (access.visibleSensitivities() as string[]).includes(row.sensitivity);
      return {
        personId: row.person_id,
        householdId: row.household_id ?? '',
        name: visibleName(access, row),
        personalNumber: visible ? row.personal_number : null,
        dateOfBirth: String(row.date_of_birth),
        age: row.age,
        gender: row.gender,
        settlement: row.settlement,
        area: row.urban ? 'urban' : 'rural',
        mustRegister: row.urban && row.age >= ADULT_AGE,
        schemes: row.schemes.filter(
          (scheme): scheme is 'ne' | 'fund6' => scheme === 'ne' || scheme === 'fund6',
        ),
        householdReference: row.reference,
        hasProfile: row.has_profile,
        priority: row.priority,
        refusals: row.refusals,
      };
    }),
  };
}

/** Records that a month's list went to the Employment Office: once per municipality and month. */
export async function sendList(
  access: AccessContext,
  config: EmploymentConfig,
  body: z.infer<typeof employmentSendBody>,
): Promise<EmploymentList> {
  const user = access.requireUser();
  const place = await placeOf(access, body.jurisdictionId);
  if (place.level !== 'municipality') throw employmentErrors.field('jurisdictionId', 'notMunicipality');
  const now = today();
  if (body.month > now.month) throw employmentErrors.field('month', 'futureMonth');
  if (body.sentOn > now.day) throw employmentErrors.field('sentOn', 'futureDate');
  const list = await monthlyList(access, config, { month: body.month, jurisdictionId: place.id });
  await access.db.transaction().execute(async (trx) => {
    const db = employmentDb(trx);
    const start = monthStart(body.month);
    const earlier = await db
      .selectFrom('employment_list_sends')
      .select('sent_on')
      .where('jurisdiction_id', '=', place.id)
      .where('month', '=', start)
      .forUpdate()
      .executeTakeFirst();
    if (earlier) throw employmentErrors.alreadySent(body.month, String(earlier.sent_on));
    const row = await db
      .insertInto('employment_list_sends')
      .values({
        jurisdiction_id: place.id,
        month: start,
        sent_on: body.sentOn,
        sent_by: user.userId,
        households: list.households,
        persons: list.items.length,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'employment.list.send',
      recordType: 'employment_list_send',
      recordId: row.id,
      details: { jurisdiction: place.code, month: body.month, persons: list.items.length },
    });
  });
  return monthlyList(access, config, { month: body.month, jurisdictionId: place.id });
}
