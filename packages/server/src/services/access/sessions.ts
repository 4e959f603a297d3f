import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Settings } from '../../settings.js';
import { findSessionUser } from '../../storage/access/session-user.js';
import { toSessionUser, type SessionUser } from './context.js';

export const SESSION_COOKIE = 'vatra_session';

/** Sessions are stored by the hash of their token; the token itself lives only in the cookie. */
export function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Kysely<Database>,
  settings: Settings,
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  const expiresAt = new Date(
    Math.min(now + settings.sessionIdleMinutes * 60_000, now + settings.sessionMaxHours * 3_600_000),
  );
  await db
    .insertInto('sessions')
    .values({
      id: sessionId(token),
      user_id: userId,
      csrf_token: randomBytes(24).toString('base64url'),
      expires_at: expiresAt,
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, expiresAt };
}

/**
 * The user behind a cookie token, or null when there is none, it expired, or the account or its
 * institution was deactivated. Extends the idle timeout (at most once a minute, to spare writes).
 */
export async function resolveSession(
  db: Kysely<Database>,
  settings: Settings,
  token: string,
): Promise<{ user: SessionUser | null; expired: boolean }> {
  const row = await findSessionUser(db, sessionId(token));
  if (!row) return { user: null, expired: false };
  const now = Date.now();
  if (row.expiresAt.getTime() <= now || !row.active || !row.institutionActive) {
    await db.deleteFrom('sessions').where('id', '=', row.sessionId).execute();
    return { user: null, expired: true };
  }
  if (now - row.lastSeenAt.getTime() > 60_000) {
    const hardLimit = row.createdAt.getTime() + settings.sessionMaxHours * 3_600_000;
    const expiresAt = new Date(Math.min(now + settings.sessionIdleMinutes * 60_000, hardLimit));
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now), expires_at: expiresAt })
      .where('id', '=', row.sessionId)
      .execute();
    row.expiresAt = expiresAt;
  }
  return { user: toSessionUser(row), expired: false };
}

export async function endSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user; pass the transaction of the change that requires it. Returns how many. */
export async function endAllSessionsOf(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
