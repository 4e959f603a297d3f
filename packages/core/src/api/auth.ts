import { z } from 'zod';
import { SCOPES } from '../access/scopes.js';
import { JURISDICTION_LEVELS, localizedText } from '../config/schema.js';
import { LOCALES } from '../i18n/locales.js';
import { isoInstant, namedRef, uuid } from './common.js';

export const localeSchema = z.enum(LOCALES);

export const loginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  /** A language chosen on the login page: remembered for the account from now on. */
  locale: z.enum(LOCALES).optional(),
});

export const jurisdictionRef = z.object({
  id: uuid,
  code: z.string(),
  level: z.enum(JURISDICTION_LEVELS),
  name: localizedText,
});
export type JurisdictionRef = z.infer<typeof jurisdictionRef>;

export const meBody = z.object({
  user: z.object({
    id: uuid,
    username: z.string(),
    fullName: z.string(),
    locale: localeSchema,
    mustChangePassword: z.boolean(),
  }),
  institution: namedRef.extend({ type: namedRef.omit({ id: true }) }),
  /** The institution's jurisdiction, from the country down (e.g. Kosovo › Peja region › Peja). */
  jurisdictionPath: z.array(jurisdictionRef),
  /** Extra jurisdictions granted to this user beyond the institution's. */
  grantedJurisdictions: z.array(jurisdictionRef),
  roles: z.array(namedRef),
  scopes: z.array(z.enum(SCOPES)),
  csrfToken: z.string(),
  sessionExpiresAt: isoInstant(),
});
export type Me = z.infer<typeof meBody>;

export const localeBody = z.object({ locale: localeSchema });

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10).max(200),
});
