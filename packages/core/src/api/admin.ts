import { z } from 'zod';
import { SCOPES } from '../access/scopes.js';
import { JURISDICTION_LEVELS, code, localizedText } from '../config/schema.js';
import { localeSchema } from './auth.js';
import { isoInstant, namedRef, pageOf, pageQuery, uuid, version } from './common.js';

export const username = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9._-]+$/, 'lower-case letters, digits, dot, dash, underscore');
export const password = z.string().min(10).max(200);

export const userSummary = z.object({
  id: uuid,
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  institution: namedRef,
  roles: z.array(namedRef),
  /** Jurisdictions granted beyond the institution's own. */
  grantedJurisdictions: z.array(namedRef),
  locale: localeSchema,
  active: z.boolean(),
  lastLoginAt: isoInstant().nullable(),
  version,
});
export type UserSummary = z.infer<typeof userSummary>;

export const userListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  institutionId: uuid.optional(),
  active: z.enum(['true', 'false']).optional(),
});
export const userList = pageOf(userSummary);

export const userCreateBody = z.object({
  username,
  fullName: z.string().trim().min(2).max(120),
  email: z.email().nullable().optional(),
  institutionId: uuid,
  roleIds: z.array(uuid).min(1),
  locale: localeSchema.default('sq'),
  password,
});

export const userUpdateBody = z.object({
  fullName: z.string().trim().min(2).max(120).optional(),
  email: z.email().nullable().optional(),
  institutionId: uuid.optional(),
  roleIds: z.array(uuid).min(1).optional(),
  locale: localeSchema.optional(),
  version,
});

export const passwordResetBody = z.object({ password });
export const versionBody = z.object({ version });

export const institutionSummary = z.object({
  id: uuid,
  code: z.string(),
  name: localizedText,
  type: namedRef.omit({ id: true }),
  jurisdiction: namedRef.extend({ level: z.enum(JURISDICTION_LEVELS) }),
  active: z.boolean(),
  userCount: z.number().int(),
  version,
});
export type InstitutionSummary = z.infer<typeof institutionSummary>;

export const institutionListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  typeCode: z.string().max(40).optional(),
  jurisdictionId: uuid.optional(),
});
export const institutionList = pageOf(institutionSummary);

export const institutionCreateBody = z.object({
  code,
  typeCode: code,
  name: localizedText,
  jurisdictionId: uuid,
});
export const institutionUpdateBody = z.object({
  name: localizedText.optional(),
  active: z.boolean().optional(),
  version,
});

export const roleSummary = z.object({
  id: uuid,
  code: z.string(),
  name: localizedText,
  scopes: z.array(z.enum(SCOPES)),
  countryCode: z.string(),
  builtin: z.boolean(),
  userCount: z.number().int(),
  version,
});
export type RoleSummary = z.infer<typeof roleSummary>;
export const roleList = z.object({ items: z.array(roleSummary) });

export const roleCreateBody = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: localizedText,
  scopes: z.array(z.enum(SCOPES)).min(1),
  countryCode: code,
});
export const roleUpdateBody = z.object({
  name: localizedText.optional(),
  scopes: z.array(z.enum(SCOPES)).min(1).optional(),
  version,
});

export const jurisdictionNode = z.object({
  id: uuid,
  code: z.string(),
  level: z.enum(JURISDICTION_LEVELS),
  name: localizedText,
  parentId: uuid.nullable(),
});
export const jurisdictionList = z.object({ items: z.array(jurisdictionNode) });

export const institutionTypeList = z.object({
  items: z.array(
    z.object({ code: z.string(), countryCode: z.string(), name: localizedText, abbreviation: localizedText }),
  ),
});

export const scopeList = z.object({ items: z.array(z.enum(SCOPES)) });
