import { z } from 'zod';

// The needs-analysis part of a country's configuration (config/<country>/staffing-norms.json):
// the staff roles, the age bands population data may use, which of them count as children, and
// the legal staffing norms computed from population. Loaded and validated with the country.

const localized = z.object({ sq: z.string().min(1), sr: z.string().min(1), en: z.string().min(1) });
const snake = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and underscores');

export const STAFFING_BASES = ['inhabitants', 'children', 'units'] as const;
export type StaffingBasis = (typeof STAFFING_BASES)[number];

export const STAFF_ROUNDING = ['up', 'nearest', 'down'] as const;
export type StaffRounding = (typeof STAFF_ROUNDING)[number];

/** An age band: "0-6" (both ends included) or "65+" (to = null). */
export const ageBandSchema = z
  .object({
    code: z.string().regex(/^\d{1,3}(-\d{1,3}|\+)$/, 'like 0-6 or 65+'),
    from: z.number().int().min(0),
    to: z.number().int().min(0).nullable(),
  })
  .refine((band) => band.to === null || band.to >= band.from, { message: 'to is below from', path: ['to'] })
  .refine((band) => band.code === (band.to === null ? `${band.from}+` : `${band.from}-${band.to}`), {
    message: 'code does not match from and to',
    path: ['code'],
  });
export type AgeBand = z.infer<typeof ageBandSchema>;

/**
 * One norm: one member of staff of `role` for every `perFrom`–`perTo` of the basis (inhabitants,
 * children, administrative units). A range (1 social worker per 6,000–10,000 inhabitants) gives
 * a range of required staff; a single ratio has perFrom = perTo.
 */
export const staffingNormSchema = z
  .object({
    code: snake,
    name: localized,
    role: snake,
    basis: z.enum(STAFFING_BASES),
    perFrom: z.number().int().positive(),
    perTo: z.number().int().positive(),
    /** How a fraction of a post is counted: a started block needs a whole post ("up"). */
    rounding: z.enum(STAFF_ROUNDING).default('up'),
    legalBasis: localized,
  })
  .refine((norm) => norm.perTo >= norm.perFrom, { message: 'perTo is below perFrom', path: ['perTo'] });
export type StaffingNorm = z.infer<typeof staffingNormSchema>;

export const staffRoleSchema = z.object({ code: snake, name: localized });

export const needsConfigSchema = z
  .object({
    /** Children are the bands whose upper end is at most this age. */
    childrenUpToAge: z.number().int().min(0),
    ageBands: z.array(ageBandSchema).min(1),
    roles: z.array(staffRoleSchema).min(1),
    norms: z.array(staffingNormSchema),
  })
  .superRefine((config, ctx) => {
    const unique = (codes: string[], path: string) => {
      const seen = new Set<string>();
      codes.forEach((code, index) => {
        if (seen.has(code))
          ctx.addIssue({ code: 'custom', message: `${code} is used twice`, path: [path, index, 'code'] });
        seen.add(code);
      });
    };
    unique(
      config.ageBands.map((band) => band.code),
      'ageBands',
    );
    unique(
      config.roles.map((role) => role.code),
      'roles',
    );
    unique(
      config.norms.map((norm) => norm.code),
      'norms',
    );
    const roles = new Set(config.roles.map((role) => role.code));
    config.norms.forEach((norm, index) => {
      if (!roles.has(norm.role))
        ctx.addIssue({
          code: 'custom',
          message: `unknown role ${norm.role}`,
          path: ['norms', index, 'role'],
        });
    });
  });
export type NeedsConfig = z.infer<typeof needsConfigSchema>;

/** Whether a band counts as children (its upper end is at most childrenUpToAge). */
export function isChildBand(band: AgeBand, childrenUpToAge: number): boolean {
  return band.to !== null && band.to <= childrenUpToAge;
}
