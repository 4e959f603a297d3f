import type { Db } from '../db/open.js';
import { verifyAuditChain } from '../services/audit/trail.js';
import { requireSchema } from './database.js';
import { EXIT_AUDIT_BROKEN, EXIT_OK } from './errors.js';
import type { Io } from './io.js';

/** `vatra audit verify`: exit 0 when the hash chain holds, 2 when it is broken. */
export async function auditVerifyCommand(db: Db, io: Io): Promise<number> {
  await requireSchema(db, { current: false });
  const result = await verifyAuditChain(db.kysely);
  if (result.ok) {
    io.out(`audit chain intact: ${result.checked} entries`);
    return EXIT_OK;
  }
  io.out(`audit chain broken at entry ${result.firstBrokenId}: ${result.reason}`);
  return EXIT_AUDIT_BROKEN;
}
