import type { DuplicateCandidate, HouseholdDetail, Locale, householdCreateBody } from '@vatra/core';
import type { z } from 'zod';
import { HttpError, errors } from '../../http/errors.js';
import { findHousehold, findMembers } from '../../storage/registry/persons.js';
import type { AccessContext } from '../access/context.js';
import { findDuplicates, isUniqueViolation, seesSensitivity, toDetail } from './persons.js';
import { writeHousehold } from './write.js';

/** 409 with the strong duplicate candidates the user has not acknowledged, per member. */
export class PossibleDuplicateError extends HttpError {
  constructor(readonly candidates: (DuplicateCandidate & { member: number })[]) {
    super(
      409,
      'possible_duplicate',
      'server.errors.possibleDuplicate',
      {},
      Object.fromEntries(
        [...new Set(candidates.map((c) => c.member))].map((member) => [
          `members.${member}`,
          { key: 'server.fields.possibleDuplicate' },
        ]),
      ),
    );
  }

  override body(locale: Locale) {
    const body = super.body(locale);
    return { error: { ...body.error, candidates: this.candidates } };
  }
}

const oneHead = () =>
  new HttpError(
    400,
    'validation',
    'server.errors.validation',
    {},
    { members: { key: 'server.fields.oneHead' } },
  );

/**
 * Registers a household with its members in one transaction. Refused when the place is not a
 * municipality or unit in the user's jurisdiction, or when a member has a strong duplicate
 * (same personal number, or same name and date of birth) the user did not acknowledge.
 */
export async function createHousehold(
  access: AccessContext,
  body: z.infer<typeof householdCreateBody>,
): Promise<HouseholdDetail> {
  const user = access.requireUser();
  const place = await access.db
    .selectFrom('jurisdictions')
    .select(['id', 'path', 'level'])
    .where('id', '=', body.jurisdictionId)
    .executeTakeFirst();
  if (!place || !access.covers(place.path) || (place.level !== 'municipality' && place.level !== 'unit')) {
    throw errors.badReference('jurisdictionId');
  }
  if (body.members.filter((m) => m.relationToHead === 'head').length !== 1) throw oneHead();

  const acknowledged = new Set(body.acknowledgedDuplicates);
  const unacknowledged: (DuplicateCandidate & { member: number })[] = [];
  for (const [member, person] of body.members.entries()) {
    for (const candidate of await findDuplicates(access, person)) {
      if (candidate.strong && !acknowledged.has(candidate.id)) unacknowledged.push({ ...candidate, member });
    }
  }
  if (unacknowledged.length) {
    await access.deny({ reason: 'possible_duplicate', candidates: unacknowledged.map((c) => c.id) });
    throw new PossibleDuplicateError(unacknowledged);
  }

  let householdId: string;
  try {
    householdId = await access.db.transaction().execute(async (trx) => {
      const written = await writeHousehold(trx, {
        jurisdictionId: body.jurisdictionId,
        settlement: body.settlement,
        addressLine: body.addressLine,
        phone: body.phone,
        members: body.members,
        createdBy: user.userId,
      });
      await access.audit(trx, {
        action: 'household.create',
        recordType: 'household',
        recordId: written.householdId,
        details: { jurisdictionId: body.jurisdictionId, members: written.personIds },
      });
      for (const personId of written.personIds) {
        await access.audit(trx, {
          action: 'person.create',
          recordType: 'person',
          recordId: personId,
          details: { householdId: written.householdId, acknowledgedDuplicates: body.acknowledgedDuplicates },
        });
      }
      return written.householdId;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw errors.duplicate('personalNumber');
    throw error;
  }
  const detail = await readHousehold(access, householdId);
  if (!detail) throw errors.notFound();
  return detail.household;
}

async function readHousehold(access: AccessContext, id: string) {
  const row = await findHousehold(access.db, id);
  if (!row) return undefined;
  const members = await findMembers(access.db, id);
  const shown = members.filter((m) => seesSensitivity(access, m.sensitivity));
  const household: HouseholdDetail = {
    id: row.id,
    jurisdiction: { id: row.jurisdictionId, code: row.jurisdictionCode, name: row.jurisdictionName },
    settlement: row.settlement,
    addressLine: row.addressLine,
    phone: row.phone,
    members: shown.map(toDetail),
    hiddenMembers: members.length - shown.length,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  return { household, shownIds: shown.map((m) => m.id) };
}

/** A household with the members the user may see; the read is audited with their ids. */
export async function getHousehold(access: AccessContext, id: string): Promise<HouseholdDetail> {
  const found = await readHousehold(access, id);
  if (!found) throw errors.notFound();
  await access.audit(access.db, {
    action: 'household.read',
    recordType: 'household',
    recordId: id,
    details: { members: found.shownIds, hidden: found.household.hiddenMembers },
  });
  return found.household;
}
