import { z } from 'zod';
import { isoInstant, pageOf, pageQuery, uuid } from './common.js';

export const AUDIT_OUTCOMES = ['ok', 'denied', 'failed'] as const;

export const auditEntry = z.object({
  id: z.string(),
  at: isoInstant(),
  userId: uuid.nullable(),
  username: z.string().nullable(),
  institutionId: uuid.nullable(),
  institutionCode: z.string().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  outcome: z.enum(AUDIT_OUTCOMES),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditQuery = pageQuery.extend({
  from: isoInstant().optional(),
  to: isoInstant().optional(),
  action: z.string().max(60).optional(),
  username: z.string().max(60).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  recordType: z.string().max(40).optional(),
  recordId: z.string().max(80).optional(),
});
export const auditList = pageOf(auditEntry);

export const auditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenId: z.string().nullable(),
  reason: z.string().nullable(),
});
