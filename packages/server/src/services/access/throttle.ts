import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

// Login throttling reads the audit trail itself: every failed login is already there with
// the account name and address, so no second store can drift from it, and it holds across
// several app processes.
export const THROTTLE = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 30,
};

export async function isThrottled(
  db: Kysely<Database>,
  username: string,
  ip: string | null,
): Promise<boolean> {
  const since = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const byAccount = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', '=', 'auth.login')
    .where('outcome', '=', 'failed')
    .where('at', '>', since)
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirstOrThrow();
  if (Number(byAccount.n) >= THROTTLE.perAccount) return true;
  if (!ip) return false;
  const byAddress = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', '=', 'auth.login')
    .where('outcome', '=', 'failed')
    .where('at', '>', since)
    .where('ip', '=', ip)
    .executeTakeFirstOrThrow();
  return Number(byAddress.n) >= THROTTLE.perAddress;
}
