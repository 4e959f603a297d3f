import { CARE_REFERRED_CHANNELS, officeToday, type CareCaseDetail, type careOpenBody } from '@vatra/core';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { careDb, type CareDatabase } from '../../storage/care/tables.js';
import { textArray } from '../../storage/registry/persons.js';
import type { Kysely } from 'kysely';
import type { AccessContext } from '../access/context.js';
import { formatNumber, localCode, nextNumber } from '../cases/numbering.js';
import { joinCareTeam } from './access.js';
import type { CareConfig } from './config.js';
import { careErrors } from './errors.js';
import { recordCareEvent } from './events.js';
import { getCareCase } from './read.js';

type Body = z.infer<typeof careOpenBody>;

/** The jurisdiction of the new case: the one asked for, else the user's institution's. */
async function caseJurisdiction(db: Kysely<CareDatabase>, access: AccessContext, body: Body) {
  const user = access.requireUser();
  const query = db
    .selectFrom('jurisdictions as j')
    .leftJoin('jurisdictions as parent', 'parent.id', 'j.parent_id')
    .select(['j.id', 'j.path', 'j.level', 'j.code', 'parent.code as parentCode']);
  const row = body.jurisdictionId
    ? await query.where('j.id', '=', body.jurisdictionId).executeTakeFirst()
    : await query
        .innerJoin('institutions as i', 'i.jurisdiction_id', 'j.id')
        .where('i.id', '=', user.institutionId)
        .executeTakeFirst();
  if (!row || !access.covers(row.path)) throw errors.badReference('jurisdictionId');
  if (row.level !== 'municipality' && row.level !== 'unit') {
    throw careErrors.field('jurisdictionId', 'notCareJurisdiction');
  }
  // Numbers run per municipality: a case of an administrative unit takes its municipality's.
  const municipality = row.level === 'unit' && row.parentCode ? row.parentCode : row.code;
  return { id: row.id, municipality };
}

/**
 * Whether the person is a returnee for the social statistics: they have (or had) a returnee case,
 * as the person the case was opened for or as a member of its household.
 */
async function hasReturneeCase(db: Kysely<CareDatabase>, personId: string, householdId: string | null) {
  const row = await db
    .selectFrom('cases')
    .select('id')
    .where('kind', '=', 'returnee')
    .where((eb) =>
      householdId
        ? eb.or([eb('person_id', '=', personId), eb('household_id', '=', householdId)])
        : eb('person_id', '=', personId),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Opens a care case from any channel: the person of the registry, the channel and who referred
 * them, the returnee flag (computed, or declared for a returnee known otherwise). The opener joins
 * the case team and, holding care.assess, becomes its worker.
 */
export async function openCareCase(
  access: AccessContext,
  config: CareConfig,
  body: Body,
): Promise<CareCaseDetail> {
  const user = access.requireUser();
  const db = careDb(access.db);
  const person = await db
    .selectFrom('persons as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .select(['p.id', 'p.household_id as householdId', 'p.category', 'p.merged_into as mergedInto', 'j.path'])
    .where('p.id', '=', body.personId)
    .executeTakeFirst();
  if (!person || person.mergedInto || !access.covers(person.path)) throw errors.badReference('personId');
  const jurisdiction = await caseJurisdiction(db, access, body);

  if (CARE_REFERRED_CHANNELS.includes(body.channel) && !body.referringInstitutionId && !body.referringParty) {
    throw careErrors.field('referringParty', 'referrerRequired');
  }
  if (body.referringInstitutionId) {
    const institution = await db
      .selectFrom('institutions as i')
      .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
      .select('i.id')
      .where('i.id', '=', body.referringInstitutionId)
      .where('j.country_code', '=', user.countryCode)
      .executeTakeFirst();
    if (!institution) throw errors.badReference('referringInstitutionId');
  }
  let returneeCaseId: string | null = null;
  if (body.channel === 'returnee_case') {
    if (!body.returneeCaseId) throw careErrors.field('returneeCaseId', 'returneeCaseRequired');
    const kase = await db
      .selectFrom('cases as c')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .select(['c.id', 'c.person_id as personId', 'c.household_id as householdId', 'j.path'])
      .where('c.id', '=', body.returneeCaseId)
      .executeTakeFirst();
    if (!kase || !access.covers(kase.path)) throw errors.badReference('returneeCaseId');
    if (kase.personId !== person.id && kase.householdId !== person.householdId) {
      throw careErrors.field('returneeCaseId', 'notPersonsCase');
    }
    returneeCaseId = kase.id;
  }
  // The registry's category is the person's own truth: a resident living in a returnee household
  // (say, a grandmother who never left) is not counted as a returnee by household membership.
  const computed =
    person.category !== 'resident' && (await hasReturneeCase(db, person.id, person.householdId));
  const returnee = computed || body.returnee;
  // The form always says how; an API caller that does not is taken at the channel's word.
  const receivedBy = body.receivedBy ?? (body.channel === 'phone_line' ? 'phone' : 'in_person');

  const id = await access.db.transaction().execute(async (trx) => {
    const tdb = careDb(trx);
    const now = new Date();
    const year = Number(officeToday(now).slice(0, 4));
    const value = await nextNumber(trx, `care:${jurisdiction.municipality}`, year);
    const number = formatNumber(`${localCode(jurisdiction.municipality)}-SH`, year, value);
    const inserted = await tdb
      .insertInto('care_cases')
      .values({
        number,
        jurisdiction_id: jurisdiction.id,
        person_id: person.id,
        household_id: person.householdId,
        channel: body.channel,
        received_by: receivedBy,
        referring_institution_id: body.referringInstitutionId ?? null,
        referring_party: body.referringParty ?? null,
        returnee,
        returnee_case_id: returneeCaseId,
        target_groups: textArray(body.targetGroups),
        sensitivity: body.sensitivity,
        status: 'identified',
        responsible_institution_id: user.institutionId,
        worker_id: access.has('care.assess') ? user.userId : null,
        opened_by: user.userId,
        summary: body.summary ?? null,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await joinCareTeam(trx, inserted.id, user.userId, 'opener');
    await recordCareEvent(trx, access, inserted.id, 'care.opened', {
      number,
      channel: body.channel,
      receivedBy,
      returnee,
      returneeComputed: computed,
    });
    await access.audit(trx, {
      action: 'care.open',
      recordType: 'care_case',
      recordId: inserted.id,
      details: { number, channel: body.channel, receivedBy },
    });
    return inserted.id;
  });
  return getCareCase(access, id, { audited: true });
}
