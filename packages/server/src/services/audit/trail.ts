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
 * commit or roll back together. Without one (reads, refusals, logins) the entry joins the next
 * group commit of this database (see AuditBatcher); either way the call returns only once the
 * entry is committed.
 */
export async function appendAudit(executor: Kysely<Database>, input: AuditInput): Promise<void> {
  if (!executor.isTransaction) return batcherOf(executor).append(input);
  await appendChained(executor, [input]);
}

/** Takes the chain lock and appends the entries in order, each linked to the one before. */
async function appendChained(trx: Kysely<Database>, inputs: readonly AuditInput[]): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = inputs.map((input) => {
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
    const hash = entryHash(prevHash, fields);
    const row = {
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
      hash,
    };
    prevHash = hash;
    return row;
  });
  // One statement: ids are drawn in the order of the rows, which is the order of the chain.
  await trx.insertInto('audit_log').values(rows).execute();
}

interface Pending {
  input: AuditInput;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Entries per group commit at most (one INSERT statement). */
const GROUP_LIMIT = 200;

/**
 * Group commit of standalone audit entries. Every audited read must be committed before its
 * answer leaves, and the chain admits one appender at a time, so committing each entry on its
 * own makes concurrent readers queue behind each other's commit. Here the entries that arrive
 * while a commit is under way wait for the next one, which takes them all: one lock, one
 * statement, one commit for a whole batch. No timer: a lone entry is committed at once.
 */
class AuditBatcher {
  private pending: Pending[] = [];
  private running = false;

  constructor(private readonly db: Kysely<Database>) {}

  append(input: AuditInput): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.pending.length) {
        const batch = this.pending.splice(0, GROUP_LIMIT);
        try {
          await this.db.transaction().execute((trx) =>
            appendChained(
              trx,
              batch.map((item) => item.input),
            ),
          );
          for (const item of batch) item.resolve();
        } catch (error) {
          for (const item of batch) item.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}

const batchers = new WeakMap<Kysely<Database>, AuditBatcher>();

function batcherOf(db: Kysely<Database>): AuditBatcher {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new AuditBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher;
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
