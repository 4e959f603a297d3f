import type {
  JobSeekerProfile,
  JobSeekerProfileList,
  jobOfferRefusalBody,
  jobSeekerProfileBody,
  jobSeekerProfileUpdateBody,
  jobSeekerReviewBody,
} from '@vatra/core';
import { sql, type Updateable } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { intervalOf, profileRows } from '../../storage/employment/queries.js';
import { employmentDb, type JobSeekerProfilesTable } from '../../storage/employment/tables.js';
import type { AccessContext } from '../access/context.js';
import { reviewInterval, today, type EmploymentConfig } from './config.js';
import { employmentErrors } from './errors.js';
import { visibleName } from './households.js';

// The Employment Office's side (Social Plan 4.7): a profile per registered job seeker
// (qualification, experience), reviewed every `jobSeekerReview` months, and the job offers a
// person refused. A refusal is recorded and counted; it never takes anyone off the monthly list.

type ProfileRow = Awaited<ReturnType<ReturnType<typeof profileRows>['execute']>>[number];

async function views(access: AccessContext, rows: ProfileRow[]): Promise<JobSeekerProfile[]> {
  const ids = rows.map((row) => row.id);
  const db = employmentDb(access.db);
  const reviews = ids.length
    ? await db
        .selectFrom('job_seeker_reviews as r')
        .innerJoin('users as u', 'u.id', 'r.reviewed_by')
        .select(['r.id', 'r.profile_id', 'r.reviewed_on', 'r.note', 'u.full_name'])
        .where('r.profile_id', 'in', ids)
        .orderBy('r.reviewed_on', 'desc')
        .orderBy('r.created_at', 'desc')
        .execute()
    : [];
  const refusals = ids.length
    ? await db
        .selectFrom('job_offer_refusals as r')
        .innerJoin('users as u', 'u.id', 'r.recorded_by')
        .select([
          'r.id',
          'r.profile_id',
          'r.offered_on',
          'r.employer',
          'r.position',
          'r.reason',
          'u.full_name',
        ])
        .where('r.profile_id', 'in', ids)
        .orderBy('r.offered_on', 'desc')
        .orderBy('r.created_at', 'desc')
        .execute()
    : [];
  const day = today().day;
  return rows.map((row) => {
    const visible = (access.visibleSensitivities() as string[]).includes(row.sensitivity);
    const next = String(row.next_review_on).slice(0, 10);
    return {
      id: row.id,
      personId: row.person_id,
      name: visibleName(access, row),
      personalNumber: visible ? row.personal_number : null,
      dateOfBirth: visible ? row.date_of_birth : null,
      settlement: row.settlement ?? '',
      registeredOn: row.registered_on,
      qualification: row.qualification,
      experience: row.experience,
      lastReviewedOn: row.last_reviewed_on,
      nextReviewOn: next,
      overdue: next < day,
      version: row.version,
      reviews: reviews
        .filter((review) => review.profile_id === row.id)
        .map((review) => ({
          id: review.id,
          reviewedOn: review.reviewed_on,
          note: review.note,
          reviewedBy: review.full_name,
        })),
      refusals: refusals
        .filter((refusal) => refusal.profile_id === row.id)
        .map((refusal) => ({
          id: refusal.id,
          offeredOn: refusal.offered_on,
          employer: refusal.employer,
          position: refusal.position,
          reason: refusal.reason,
          recordedBy: refusal.full_name,
        })),
    };
  });
}

/** Profiles in the user's jurisdiction, the next review first. Audited. */
export async function listProfiles(
  access: AccessContext,
  config: EmploymentConfig,
): Promise<JobSeekerProfileList> {
  access.requireUser();
  const rows = await profileRows(
    access.db,
    (path) => access.inJurisdiction(path),
    intervalOf(reviewInterval(config, access)),
  )
    .orderBy('next_review_on')
    .orderBy('p.last_name')
    .orderBy('s.id')
    .execute();
  await access.audit(access.db, {
    action: 'employment.profiles.read',
    recordType: 'job_seeker_profile',
    details: { count: rows.length },
  });
  return { items: await views(access, rows) };
}

export async function getProfile(access: AccessContext, config: EmploymentConfig, id: string) {
  const rows = await profileRows(
    access.db,
    () => sql<boolean>`true`,
    intervalOf(reviewInterval(config, access)),
  )
    .where('s.id', '=', id)
    .execute();
  const [profile] = await views(access, rows);
  if (!profile) throw errors.notFound();
  return profile;
}

function notFuture(field: string, day: string): void {
  if (day > today().day) throw employmentErrors.field(field, 'futureDate');
}

/** Registers a person as a job seeker (Employment Office). One profile per person. */
export async function createProfile(
  access: AccessContext,
  config: EmploymentConfig,
  body: z.infer<typeof jobSeekerProfileBody>,
): Promise<JobSeekerProfile> {
  const user = access.requireUser();
  const person = await employmentDb(access.db)
    .selectFrom('persons as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .select(['p.id', 'p.jurisdiction_id', 'j.path'])
    .where('p.id', '=', body.personId)
    .where('p.merged_into', 'is', null)
    .executeTakeFirst();
  if (!person) throw errors.badReference('personId');
  await access.requireInJurisdiction('person', person.id, person.path);
  notFuture('registeredOn', body.registeredOn);
  if (body.lastReviewedOn !== null) {
    notFuture('lastReviewedOn', body.lastReviewedOn);
    if (body.lastReviewedOn < body.registeredOn)
      throw employmentErrors.field('lastReviewedOn', 'beforeRegistration', {
        registeredOn: body.registeredOn,
      });
  }
  const id = await access.db.transaction().execute(async (trx) => {
    const db = employmentDb(trx);
    const existing = await db
      .selectFrom('job_seeker_profiles')
      .select('id')
      .where('person_id', '=', person.id)
      .executeTakeFirst();
    if (existing) throw employmentErrors.conflictField('personId', 'profileExists');
    const row = await db
      .insertInto('job_seeker_profiles')
      .values({
        jurisdiction_id: person.jurisdiction_id,
        person_id: person.id,
        registered_on: body.registeredOn,
        qualification: body.qualification,
        experience: body.experience,
        last_reviewed_on: body.lastReviewedOn,
        created_by: user.userId,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'employment.profile.create',
      recordType: 'job_seeker_profile',
      recordId: row.id,
      details: { personId: person.id },
    });
    return row.id;
  });
  return getProfile(access, config, id);
}

/** Bumps the profile's version if the client saw the current one (stale: 409). */
async function bump(
  trx: AccessContext['db'],
  id: string,
  version: number,
  values: Updateable<JobSeekerProfilesTable> = {},
) {
  const result = await employmentDb(trx)
    .updateTable('job_seeker_profiles')
    .set({ ...values, version: sql<number>`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return;
  // Nothing updated: a stale version (409), or no such profile at all (404).
  const exists = await employmentDb(trx)
    .selectFrom('job_seeker_profiles')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  throw exists ? errors.conflict() : errors.notFound();
}

export async function updateProfile(
  access: AccessContext,
  config: EmploymentConfig,
  id: string,
  body: z.infer<typeof jobSeekerProfileUpdateBody>,
): Promise<JobSeekerProfile> {
  access.requireUser();
  const values: Updateable<JobSeekerProfilesTable> = {};
  if (body.qualification !== undefined) values.qualification = body.qualification;
  if (body.experience !== undefined) values.experience = body.experience;
  await access.db.transaction().execute(async (trx) => {
    await bump(trx, id, body.version, values);
    await access.audit(trx, {
      action: 'employment.profile.update',
      recordType: 'job_seeker_profile',
      recordId: id,
      details: { fields: Object.keys(values) },
    });
  });
  return getProfile(access, config, id);
}

/** A six-monthly review: dated, with a note; the next falls due an interval after it. */
export async function reviewProfile(
  access: AccessContext,
  config: EmploymentConfig,
  id: string,
  body: z.infer<typeof jobSeekerReviewBody>,
): Promise<JobSeekerProfile> {
  const user = access.requireUser();
  notFuture('reviewedOn', body.reviewedOn);
  await access.db.transaction().execute(async (trx) => {
    const db = employmentDb(trx);
    const profile = await db
      .selectFrom('job_seeker_profiles')
      .select(['registered_on', 'last_reviewed_on'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!profile) throw errors.notFound();
    if (body.reviewedOn < profile.registered_on)
      throw employmentErrors.field('reviewedOn', 'beforeRegistration', {
        registeredOn: profile.registered_on,
      });
    const last =
      profile.last_reviewed_on && profile.last_reviewed_on > body.reviewedOn
        ? profile.last_reviewed_on
        : body.reviewedOn;
    await bump(trx, id, body.version, { last_reviewed_on: last });
    const row = await db
      .insertInto('job_seeker_reviews')
      .values({ profile_id: id, reviewed_on: body.reviewedOn, note: body.note, reviewed_by: user.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'employment.profile.review',
      recordType: 'job_seeker_profile',
      recordId: id,
      details: { reviewId: row.id, reviewedOn: body.reviewedOn },
    });
  });
  return getProfile(access, config, id);
}

/** A job offer the person refused: recorded and counted, nobody is removed for it. */
export async function recordRefusal(
  access: AccessContext,
  config: EmploymentConfig,
  id: string,
  body: z.infer<typeof jobOfferRefusalBody>,
): Promise<JobSeekerProfile> {
  const user = access.requireUser();
  notFuture('offeredOn', body.offeredOn);
  await access.db.transaction().execute(async (trx) => {
    const db = employmentDb(trx);
    const profile = await db
      .selectFrom('job_seeker_profiles')
      .select(['person_id', 'jurisdiction_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!profile) throw errors.notFound();
    const row = await db
      .insertInto('job_offer_refusals')
      .values({
        jurisdiction_id: profile.jurisdiction_id,
        profile_id: id,
        person_id: profile.person_id,
        offered_on: body.offeredOn,
        employer: body.employer,
        position: body.position,
        reason: body.reason,
        recorded_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'employment.refusal.record',
      recordType: 'job_seeker_profile',
      recordId: id,
      details: { refusalId: row.id, offeredOn: body.offeredOn },
    });
  });
  return getProfile(access, config, id);
}
