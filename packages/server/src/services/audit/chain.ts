import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  at: string;
  userId: string | null;
  username: string | null;
  institutionId: string | null;
  institutionCode: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  outcome: string;
  ip: string | null;
  details: unknown;
}

/** JSON with object keys sorted at every level, so jsonb's own key order cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The hash of one entry: its fields and the hash of the entry before it. */
export function entryHash(prevHash: string, fields: ChainFields): string {
  const payload = canonicalJson([
    prevHash,
    fields.at,
    fields.userId,
    fields.username,
    fields.institutionId,
    fields.institutionCode,
    fields.action,
    fields.recordType,
    fields.recordId,
    fields.outcome,
    fields.ip,
    fields.details,
  ]);
  return createHash('sha256').update(payload).digest('hex');
}
