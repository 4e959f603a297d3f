import { localized, type DvSteeringMeeting, type dvSteeringBody, officeToday } from '@vatra/core';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { dvDb } from '../../storage/care-dv/tables.js';
import type { AccessContext } from '../access/context.js';
import { dvErrors } from './errors.js';

// The municipality's DV steering committee, chaired by the Mayor: its meetings with the agenda
// (the coordinator's analyses and reports) and the minutes.

/** The municipality named (else the user's institution's), refused with an audit outside reach. */
async function municipalityOf(access: AccessContext, jurisdictionId: string | undefined) {
  const user = access.requireUser();
  const query = dvDb(access.db).selectFrom('jurisdictions as j').select(['j.id', 'j.path', 'j.level']);
  const row = jurisdictionId
    ? await query.where('j.id', '=', jurisdictionId).executeTakeFirst()
    : await query
        .innerJoin('institutions as i', 'i.jurisdiction_id', 'j.id')
        .where('i.id', '=', user.institutionId)
        .executeTakeFirst();
  if (!row) throw errors.badReference('jurisdictionId');
  await access.requireInJurisdiction('dv_steering', row.id, row.path);
  if (row.level !== 'municipality') throw dvErrors.field('jurisdictionId', 'notInMunicipality');
  return row;
}

export async function listSteeringMeetings(
  access: AccessContext,
  jurisdictionId: string | undefined,
): Promise<{ items: DvSteeringMeeting[] }> {
  const db = dvDb(access.db);
  let query = db
    .selectFrom('dv_steering_meetings as m')
    .innerJoin('jurisdictions as j', 'j.id', 'm.jurisdiction_id')
    .select(['m.id', 'j.name', 'm.held_on as heldOn', 'm.chaired_by as chairedBy', 'm.agenda', 'm.minutes'])
    .where(access.inJurisdiction('j.path'));
  if (jurisdictionId) {
    const place = await municipalityOf(access, jurisdictionId);
    query = query.where('m.jurisdiction_id', '=', place.id);
  }
  const rows = await query.orderBy('m.held_on', 'desc').orderBy('m.id').limit(200).execute();
  await access.audit(access.db, { action: 'dv.steering.list', details: { count: rows.length } });
  return {
    items: rows.map(({ name, ...row }) => ({ ...row, jurisdiction: localized(name, access.locale) })),
  };
}

export async function recordSteeringMeeting(
  access: AccessContext,
  body: z.infer<typeof dvSteeringBody>,
): Promise<DvSteeringMeeting> {
  if (body.heldOn > officeToday()) throw dvErrors.field('heldOn', 'futureDate');
  const place = await municipalityOf(access, body.jurisdictionId);
  const id = await access.db.transaction().execute(async (trx) => {
    const inserted = await dvDb(trx)
      .insertInto('dv_steering_meetings')
      .values({
        jurisdiction_id: place.id,
        held_on: body.heldOn,
        chaired_by: body.chairedBy,
        agenda: body.agenda,
        minutes: body.minutes ?? null,
        recorded_by: access.requireUser().userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'dv.steering.record',
      recordType: 'dv_steering',
      recordId: inserted.id,
      details: { jurisdictionId: place.id, heldOn: body.heldOn },
    });
    return inserted.id;
  });
  const row = await dvDb(access.db)
    .selectFrom('dv_steering_meetings as m')
    .innerJoin('jurisdictions as j', 'j.id', 'm.jurisdiction_id')
    .select(['m.id', 'j.name', 'm.held_on as heldOn', 'm.chaired_by as chairedBy', 'm.agenda', 'm.minutes'])
    .where('m.id', '=', id)
    .executeTakeFirstOrThrow();
  const { name, ...rest } = row;
  return { ...rest, jurisdiction: localized(name, access.locale) };
}
