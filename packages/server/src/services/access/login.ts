import type { Locale } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import type { Settings } from '../../settings.js';
import { findUserForLogin } from '../../storage/access/users.js';
import { appendAudit } from '../audit/trail.js';
import { verifyAgainstDummy, verifyPassword } from './passwords.js';
import { createSession } from './sessions.js';
import { THROTTLE, isThrottled } from './throttle.js';

export interface LoginMeta {
  ip: string | null;
  userAgent: string | null;
  /** The language picked on the login page, remembered for the account. */
  locale?: Locale | undefined;
}

/** Checks the credentials, throttles guessing, audits every attempt; returns the new session. */
export async function login(
  db: Kysely<Database>,
  settings: Settings,
  username: string,
  password: string,
  meta: LoginMeta,
): Promise<{ token: string; expiresAt: Date; userId: string }> {
  if (await isThrottled(db, username, meta.ip)) {
    await appendAudit(db, {
      action: 'auth.login',
      outcome: 'denied',
      attemptedUsername: username,
      ip: meta.ip,
      details: { reason: 'throttled' },
    });
    throw errors.throttled(THROTTLE.windowMinutes);
  }
  const user = await findUserForLogin(db, username);
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid || !user.active || !user.institutionActive) {
    await appendAudit(db, {
      action: 'auth.login',
      outcome: 'failed',
      attemptedUsername: user?.username ?? username,
      ip: meta.ip,
      details: { reason: !user ? 'unknown_account' : !valid ? 'wrong_password' : 'inactive' },
      // The account's institution places the entry in a jurisdiction, so auditors of another
      // country do not see who tried to log in here.
      ...(user
        ? {
            recordType: 'user',
            recordId: user.id,
            institution: { id: user.institutionId, code: user.institutionCode },
          }
        : {}),
    });
    throw errors.invalidCredentials();
  }
  const session = await createSession(db, settings, user.id, meta);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ last_login_at: new Date(), ...(meta.locale ? { locale: meta.locale } : {}) })
      .where('id', '=', user.id)
      .execute();
    await appendAudit(trx, {
      action: 'auth.login',
      outcome: 'ok',
      actor: {
        userId: user.id,
        username: user.username,
        institutionId: user.institutionId,
        institutionCode: user.institutionCode,
      },
      ip: meta.ip,
      recordType: 'user',
      recordId: user.id,
    });
  });
  return { ...session, userId: user.id };
}
