import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { caseDb } from '../../storage/cases/tables.js';
import { BlobNotFoundError, type BlobStore } from '../../storage/blobs/blob-store.js';

export interface DocumentCheck {
  checked: number;
  missing: { id: string; key: string }[];
  corrupt: { id: string; key: string }[];
}

/**
 * Reads every stored document back and compares it with the SHA-256 recorded at upload: after
 * restoring a database backup and the documents directory (copied separately), this says
 * whether the two belong together and nothing was lost or altered.
 */
export async function verifyDocuments(
  db: Kysely<Database>,
  store: BlobStore,
  batch = 500,
): Promise<DocumentCheck> {
  const result: DocumentCheck = { checked: 0, missing: [], corrupt: [] };
  let after: string | null = null;
  for (;;) {
    let query = caseDb(db).selectFrom('documents').select(['id', 'storage_key', 'sha256']);
    if (after) query = query.where('id', '>', after);
    const rows = await query.orderBy('id').limit(batch).execute();
    if (!rows.length) return result;
    for (const row of rows) {
      result.checked++;
      try {
        const hash = createHash('sha256');
        for await (const chunk of await store.get(row.storage_key)) hash.update(chunk as Buffer);
        if (hash.digest('hex') !== row.sha256) result.corrupt.push({ id: row.id, key: row.storage_key });
      } catch (error) {
        if (!(error instanceof BlobNotFoundError)) throw error;
        result.missing.push({ id: row.id, key: row.storage_key });
      }
    }
    after = rows.at(-1)?.id ?? after;
  }
}
