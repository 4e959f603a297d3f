import type { UserSummary, userCreateBody, userListQuery, userUpdateBody } from '@vatra/core';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import {
  findUserSummary,
  insertUser,
  isUsernameTaken,
  listUsers,
  setTemporaryPassword,
  setUserRoles,
  type UserSummaryRow,
} from '../../storage/access/users.js';
import { updateVersioned } from '../../storage/versioned.js';
import type { AccessContext } from './context.js';
import { hashPassword } from './passwords.js';
import { requireInstitutionInReach, requireRolesOfCountry } from './references.js';
import { endAllSessionsOf } from './sessions.js';

function toSummary(row: UserSummaryRow): UserSummary {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    email: row.email,
    institution: { id: row.institutionId, code: row.institutionCode, name: row.institutionName },
    roles: row.roles,
    grantedJurisdictions: row.grantedJurisdictions,
    locale: row.locale as UserSummary['locale'],
    active: row.active,
    lastLoginAt: row.lastLoginAt ? row.lastLoginAt.toISOString() : null,
    version: row.version,
  };
}

export async function listUsersFor(access: AccessContext, query: z.infer<typeof userListQuery>) {
  const { rows, total } = await listUsers(
    access.db,
    access.inJurisdiction('j.path'),
    {
      q: query.q,
      institutionId: query.institutionId,
      active: query.active === undefined ? undefined : query.active === 'true',
    },
    query,
  );
  await access.audit(access.db, { action: 'user.list', details: { count: rows.length, q: query.q ?? null } });
  return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
}

export async function getUser(access: AccessContext, id: string): Promise<UserSummary> {
  const row = await findUserSummary(access.db, id);
  if (!row) throw errors.notFound();
  await access.audit(access.db, { action: 'user.read', recordType: 'user', recordId: id });
  return toSummary(row);
}

export async function createUser(
  access: AccessContext,
  body: z.infer<typeof userCreateBody>,
): Promise<UserSummary> {
  const institution = await requireInstitutionInReach(access.db, access, body.institutionId);
  await requireRolesOfCountry(access.db, body.roleIds, institution.countryCode);
  const passwordHash = await hashPassword(body.password);
  const id = await access.db.transaction().execute(async (trx) => {
    if (await isUsernameTaken(trx, body.username)) throw errors.duplicate('username');
    const createdId = await insertUser(trx, {
      username: body.username,
      fullName: body.fullName,
      email: body.email ?? null,
      institutionId: body.institutionId,
      passwordHash,
      locale: body.locale,
      roleIds: body.roleIds,
    });
    await access.audit(trx, {
      action: 'user.create',
      recordType: 'user',
      recordId: createdId,
      details: { username: body.username, institutionId: body.institutionId, roleIds: body.roleIds },
    });
    return createdId;
  });
  return getUserQuietly(access, id);
}

async function getUserQuietly(access: AccessContext, id: string): Promise<UserSummary> {
  const row = await findUserSummary(access.db, id);
  if (!row) throw errors.notFound();
  return toSummary(row);
}

export async function updateUser(
  access: AccessContext,
  id: string,
  body: z.infer<typeof userUpdateBody>,
): Promise<UserSummary> {
  const current = await findUserSummary(access.db, id);
  if (!current) throw errors.notFound();
  if (body.roleIds && id === access.user?.userId) throw errors.forbidden();
  const institutionId = body.institutionId ?? current.institutionId;
  const institution = await requireInstitutionInReach(access.db, access, institutionId);
  if (body.roleIds) await requireRolesOfCountry(access.db, body.roleIds, institution.countryCode);
  await access.db.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'users', id, body.version, {
      ...(body.fullName !== undefined ? { full_name: body.fullName } : {}),
      ...(body.email !== undefined ? { email: body.email } : {}),
      ...(body.institutionId !== undefined ? { institution_id: body.institutionId } : {}),
      ...(body.locale !== undefined ? { locale: body.locale } : {}),
    });
    if (body.roleIds) await setUserRoles(trx, id, body.roleIds);
    const { version: _v, ...changed } = body;
    await access.audit(trx, {
      action: 'user.update',
      recordType: 'user',
      recordId: id,
      details: { changed: Object.keys(changed) },
    });
  });
  // A change of institution or roles changes what the person may see: make them log in again.
  if (body.institutionId || body.roleIds) await endAllSessionsOf(access.db, id);
  return getUserQuietly(access, id);
}

export async function setUserActive(
  access: AccessContext,
  id: string,
  active: boolean,
  version: number,
): Promise<UserSummary> {
  if (!active && id === access.user?.userId) throw errors.selfDeactivate();
  const exists = await findUserSummary(access.db, id);
  if (!exists) throw errors.notFound();
  await access.db.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'users', id, version, { active });
    if (!active) await endAllSessionsOf(trx, id);
    await access.audit(trx, {
      action: active ? 'user.activate' : 'user.deactivate',
      recordType: 'user',
      recordId: id,
    });
  });
  return getUserQuietly(access, id);
}

export async function resetPassword(access: AccessContext, id: string, password: string): Promise<void> {
  const exists = await findUserSummary(access.db, id);
  if (!exists) throw errors.notFound();
  const passwordHash = await hashPassword(password);
  await access.db.transaction().execute(async (trx) => {
    await setTemporaryPassword(trx, id, passwordHash);
    await endAllSessionsOf(trx, id);
    await access.audit(trx, { action: 'user.reset_password', recordType: 'user', recordId: id });
  });
}

/** Grants a user sight of another jurisdiction; the granter must hold that jurisdiction. */
export async function grantJurisdiction(
  access: AccessContext,
  userId: string,
  jurisdictionId: string,
): Promise<UserSummary> {
  const exists = await findUserSummary(access.db, userId);
  if (!exists) throw errors.notFound();
  const jurisdiction = await access.db
    .selectFrom('jurisdictions')
    .select(['id', 'path'])
    .where('id', '=', jurisdictionId)
    .executeTakeFirst();
  if (!jurisdiction || !access.covers(jurisdiction.path)) throw errors.badReference('jurisdictionId');
  await access.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('jurisdiction_grants')
      .values({ user_id: userId, jurisdiction_id: jurisdictionId, granted_by: access.user?.userId ?? null })
      .onConflict((oc) => oc.columns(['user_id', 'jurisdiction_id']).doNothing())
      .execute();
    await access.audit(trx, {
      action: 'user.grant',
      recordType: 'user',
      recordId: userId,
      details: { jurisdictionId },
    });
  });
  return getUserQuietly(access, userId);
}

export async function revokeJurisdiction(
  access: AccessContext,
  userId: string,
  jurisdictionId: string,
): Promise<UserSummary> {
  const exists = await findUserSummary(access.db, userId);
  if (!exists) throw errors.notFound();
  await access.db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('jurisdiction_grants')
      .where('user_id', '=', userId)
      .where('jurisdiction_id', '=', jurisdictionId)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) !== 1) throw errors.notFound();
    await access.audit(trx, {
      action: 'user.revoke',
      recordType: 'user',
      recordId: userId,
      details: { jurisdictionId },
    });
  });
  return getUserQuietly(access, userId);
}
