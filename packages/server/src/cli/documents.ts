import { join } from 'node:path';
import type { Db } from '../db/open.js';
import { verifyDocuments } from '../services/documents/verify.js';
import type { Settings } from '../settings.js';
import { LocalDiskBlobStore } from '../storage/blobs/local-disk.js';
import { requireSchema } from './database.js';
import { EXIT_FAILED, EXIT_OK } from './errors.js';
import type { Io } from './io.js';

/** `vatra documents verify`: every document's file is present with the checksum recorded at upload. */
export async function documentsVerifyCommand(db: Db, settings: Settings, io: Io): Promise<number> {
  await requireSchema(db, { current: false });
  const root = join(settings.dataDir, 'documents');
  const result = await verifyDocuments(db.kysely, new LocalDiskBlobStore(root));
  for (const item of result.missing) io.out(`missing: document ${item.id} (${root}/${item.key})`);
  for (const item of result.corrupt) io.out(`changed: document ${item.id} (${root}/${item.key})`);
  const bad = result.missing.length + result.corrupt.length;
  io.out(
    bad
      ? `documents: ${result.checked} checked, ${result.missing.length} missing, ${result.corrupt.length} changed`
      : `documents intact: ${result.checked} checked in ${root}`,
  );
  return bad ? EXIT_FAILED : EXIT_OK;
}
