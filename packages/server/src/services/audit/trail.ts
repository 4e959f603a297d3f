import { sql, type Kysely } from 'kysely';
import type { AuditRow, Database } from '../../db/schema.js';
import { GENESIS_HASH, entryHash, type ChainFields } from './chain.js';

export interface Actor {
  userId: string;
  username: string;
  institutionId: string;
  institutionCode: string;
}

export interface AuditInput {
  action: string;
  outcome: 'ok' | 'denied' | 'failed';
  actor?: Actor | null;
  /** For failed logins of unknown accounts: the name that was tried. */
  attemptedUsername?: string;
  /** The institution concerned when there is no actor (a failed login of a known account). */
  institution?: { id: string; code: string };
  recordType?: string;
  recordId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
}

// One lock number for the whole chain: appending reads the last hash, so two appenders must
// not interleave (several app processes on PostgreSQL). PGlite serialises anyway.
const AUDIT_CHAIN_LOCK = 727275;

/**
 * Appends one entry. Pass the transaction of the write it records, so the entry and the write
 * commit or roll back together; without one, the entry gets a transaction of its own.
 */
export async function appendAudit(executor: Kysely<Database>, input: AuditInput): Promise<void> {
  if (!executor.isTransaction) {
    await executor.transaction().execute((trx) => appendAudit(trx, input));
    return;
  }
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(executor);
  const last = await executor
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const fields: ChainFields = {
    at: new Date().toISOString(),
    userId: input.actor?.userId ?? null,
    username: input.actor?.username ?? input.attemptedUsername ?? null,
    institutionId: input.actor?.institutionId ?? input.institution?.id ?? null,
    institutionCode: input.actor?.institutionCode ?? input.institution?.code ?? null,
    action: input.action,
    recordType: input.recordType ?? null,
    recordId: input.recordId ?? null,
    outcome: input.outcome,
    ip: input.ip ?? null,
    details: input.details ?? {},
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await executor
    .insertInto('audit_log')
    .values({
      at: fields.at,
      user_id: fields.userId,
      username: fields.username,
      institution_id: fields.institutionId,
      institution_code: fields.institutionCode,
      action: fields.action,
      record_type: fields.recordType,
      record_id: fields.recordId,
      outcome: fields.outcome as AuditInput['outcome'],
      ip: fields.ip,
      details: JSON.stringify(fields.details),
      prev_hash: prevHash,
      hash: entryHash(prevHash, fields),
    })
    .execute();
}

/** An audit row's hashed fields, as the chain and the audit browser read them. */
export function chainFieldsOf(row: AuditRow): ChainFields & { outcome: AuditRow['outcome'] } {
  return {
    at: row.at.toISOString(),
    userId: row.user_id,
    username: row.username,
    institutionId: row.institution_id,
    institutionCode: row.institution_code,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    outcome: row.outcome,
    ip: row.ip,
    details: row.details,
  };
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
  reason: string | null;
}

/** Walks the chain from the first entry; stops at the first entry whose hash or link is wrong. */
export async function verifyAuditChain(db: Kysely<Database>, batch = 2000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let afterId = '0';
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) return { ok: true, checked, firstBrokenId: null, reason: null };
    for (const row of rows) {
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          checked,
          firstBrokenId: String(row.id),
          reason: 'link to the previous entry is broken',
        };
      }
      const expected = entryHash(prevHash, chainFieldsOf(row));
      if (expected !== row.hash) {
        return {
          ok: false,
          checked,
          firstBrokenId: String(row.id),
          reason: 'entry content does not match its hash',
        };
      }
      prevHash = row.hash;
      afterId = String(row.id);
      checked++;
    }
  }
}
