import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open.js';
import { caseDb } from '../../storage/cases/tables.js';
import { LocalDiskBlobStore } from '../../storage/blobs/local-disk.js';
import { freshDb } from '../../test/harness.js';
import { insertSampleHousehold } from '../registry/samples.js';
import { verifyDocuments } from './verify.js';

let db: Db;
let root: string;
beforeEach(async () => {
  db = (await freshDb()).db;
  root = mkdtempSync(join(tmpdir(), 'vatra-docs-'));
});
afterEach(async () => {
  await db.close();
  rmSync(root, { recursive: true, force: true });
});

/** Stores `count` small files and their document rows on one Peja case. */
async function storeDocuments(store: LocalDiskBlobStore, count: number) {
  const k = caseDb(db.kysely);
  const { householdId, personIds } = await insertSampleHousehold(db.kysely, 'XK-PEJ');
  const place = await k
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', 'XK-PEJ')
    .executeTakeFirstOrThrow();
  const user = await k.selectFrom('users').select('id').limit(1).executeTakeFirstOrThrow();
  const kase = await k
    .insertInto('cases')
    .values({
      number: 'PEJ-2026-9301',
      jurisdiction_id: place.id,
      household_id: householdId,
      person_id: personIds[0] ?? '',
      kind: 'returnee',
      clock_start: new Date(),
      visit_due_at: new Date(),
      closure_due_on: '2028-01-01',
      stage: 'registered',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const blob = await store.put(Buffer.from(`%PDF-1.4 scan ${i}`));
    keys.push(blob.key);
    await k
      .insertInto('documents')
      .values({
        jurisdiction_id: place.id,
        case_id: kase.id,
        doc_type: 'id',
        series_id: randomUUID(),
        file_name: `scan-${i}.pdf`,
        content_type: 'application/pdf',
        size_bytes: blob.size,
        sha256: blob.sha256,
        storage_key: blob.key,
        uploaded_by: user.id,
      })
      .execute();
  }
  return keys;
}

describe('verifyDocuments', () => {
  it('finds every file intact, then names the missing and the changed ones', async () => {
    const store = new LocalDiskBlobStore(root);
    const keys = await storeDocuments(store, 5);
    expect(await verifyDocuments(db.kysely, store, 2)).toMatchObject({
      checked: 5,
      missing: [],
      corrupt: [],
    });
    unlinkSync(join(root, keys[1] ?? ''));
    writeFileSync(join(root, keys[3] ?? ''), 'altered');
    const result = await verifyDocuments(db.kysely, store, 2);
    expect(result.checked).toBe(5);
    expect(result.missing.map((item) => item.key)).toEqual([keys[1]]);
    expect(result.corrupt.map((item) => item.key)).toEqual([keys[3]]);
  });
});
