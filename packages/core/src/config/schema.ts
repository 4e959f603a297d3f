import { z } from 'zod';
import { SCOPES } from '../access/scopes.js';
import { NEED_DOMAINS } from '../forms/needs.js';
import { needsConfigSchema } from '../needs/config.js';

// Country configuration is data (config/<country>/*.json). These schemas validate it at
// start-up so a wrong file stops the server with the file and field named.

/** A text in each stored language; Serbian Cyrillic is derived from sr. */
export const localizedText = z.object({
  sq: z.string().min(1),
  sr: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** Codes become path segments of the jurisdiction tree: letters, digits and hyphens only. */
export const code = z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/, 'upper-case letters, digits and hyphens');

export const adminUnitSchema = z.object({ code, name: localizedText });

export const municipalitySchema = z.object({
  code,
  name: localizedText,
  adminUnits: z.array(adminUnitSchema).default([]),
});

export const regionSchema = z.object({
  code,
  name: localizedText,
  municipalities: z.array(municipalitySchema).min(1),
});

export const JURISDICTION_LEVELS = ['country', 'region', 'municipality', 'unit'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

export const DEADLINE_UNITS = ['hours', 'days', 'months'] as const;
export const deadlineSchema = z.object({
  value: z.number().int().positive(),
  unit: z.enum(DEADLINE_UNITS),
  /** Where the default comes from: the law, a plan, or a Vatra decision (shown to users). */
  basis: z.enum(['law', 'plan', 'vatra-default']),
  description: localizedText,
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** Every deadline Vatra computes. Each country file must give all of them. */
export const DEADLINE_KEYS = [
  'homeVisit',
  'monitoringInterval',
  'schemeEvaluation',
  'rentReview',
  'caseClosure',
  'appealWindow',
  'appealDecision',
  'protectionOrderReport',
  'childProtectionReport',
  'jobSeekerReview',
] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

export const countrySchema = z.object({
  code,
  name: localizedText,
  currency: z.enum(['EUR', 'ALL']),
  defaultLocale: z.enum(['sq', 'sr', 'en']),
  regionLabel: localizedText,
  deadlines: z.object(
    Object.fromEntries(DEADLINE_KEYS.map((key) => [key, deadlineSchema])) as Record<
      DeadlineKey,
      typeof deadlineSchema
    >,
  ),
  /**
   * Working age in whole years on the first of a month, both ends included: whom the monthly list
   * of assisted households' members sent to the Employment Office covers.
   */
  workingAge: z
    .object({ from: z.number().int().min(0).max(120), to: z.number().int().min(0).max(120) })
    .refine((age) => age.from <= age.to, { message: 'from must not exceed to', path: ['to'] }),
});

export const INSTITUTION_LEVELS = ['country', 'region', 'municipality', 'unit'] as const;

export const institutionTypeSchema = z.object({
  code,
  abbreviation: localizedText,
  name: localizedText,
  /** The jurisdiction level an institution of this type serves. */
  level: z.enum(INSTITUTION_LEVELS),
  /** Create one institution of this type for every jurisdiction of that level at start-up. */
  perJurisdiction: z.boolean(),
  /**
   * A body outside Vatra (no users: the Tax Administration). Requests it decides are answered by
   * letter and the case side records its decision (services/requests/external.ts).
   */
  external: z.boolean().default(false),
});

export const roleSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and underscores'),
  name: localizedText,
  scopes: z.array(z.enum(SCOPES)).min(1),
  /** Institution types whose staff usually hold this role (a hint for the admin screen). */
  institutionTypes: z.array(code).default([]),
});

/**
 * A service of the catalogue individual plans are built from (the "standard packages"): the
 * need domain it answers and the institution type that usually provides it.
 */
export const serviceSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and underscores'),
  domain: z.enum(NEED_DOMAINS),
  responsibleInstitutionType: code,
  name: localizedText,
});
export type ServiceConfig = z.infer<typeof serviceSchema>;

/** A document a scheme requires with the request (attached from the case's documents or waived). */
export const schemeDocumentSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and underscores'),
  name: localizedText,
});

/**
 * A support scheme or service a person must request (issue 4): who decides it and how (directly
 * or at a commission meeting), who carries out a positive decision, the documents it needs and
 * its legal deadlines in days.
 */
export const schemeSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and underscores'),
  name: localizedText,
  decidingInstitutionType: code,
  /** Decided only at a meeting of the deciding commission (KKR), never by one officer. */
  decidedByCommission: z.boolean(),
  /** Carries out a positive decision; null when the decision takes effect by itself. */
  executingInstitutionType: code.nullable(),
  requiredDocuments: z.array(schemeDocumentSchema).default([]),
  decisionDays: z.number().int().positive(),
  appealWindowDays: z.number().int().positive().default(15),
  appealDecisionDays: z.number().int().positive().default(30),
  /** Requests are filed in answer to a call for applications. */
  tiedToCall: z.boolean().default(false),
  /** The service of services.json this scheme delivers, when there is one. */
  serviceCode: z.string().nullable().default(null),
});
export type SchemeConfig = z.infer<typeof schemeSchema>;

/**
 * A municipality's own terms for a scheme of the country's catalogue: whether it offers the
 * scheme at all, and its own days to decide and to appeal. What is left out keeps the country's.
 */
export const schemeOverrideSchema = z.object({
  municipality: code,
  scheme: z.string(),
  offered: z.boolean().default(true),
  decisionDays: z.number().int().positive().optional(),
  appealWindowDays: z.number().int().positive().optional(),
  appealDecisionDays: z.number().int().positive().optional(),
});
export type SchemeOverrideConfig = z.infer<typeof schemeOverrideSchema>;

/** Categories of care services: Albania's VKM 518/2018 (pre-social, community, residential) and
 * the kinds of Kosovo's Law on Social and Family Services (family placement, counselling, material). */
export const CARE_SERVICE_CATEGORIES = [
  'pre_social',
  'community',
  'residential',
  'family',
  'counselling',
  'material',
] as const;
export type CareServiceCategory = (typeof CARE_SERVICE_CATEGORIES)[number];

export const CARE_SERVICE_TARGET_GROUPS = [
  'children',
  'children_disability',
  'elderly',
  'disability',
  'dv_victims',
  'trafficking_victims',
  'poor_families',
  'homeless',
  'youth',
  'women',
  'substance_users',
  'mental_health',
  'families_after_divorce',
  'job_seekers',
] as const;
export type CareServiceTargetGroup = (typeof CARE_SERVICE_TARGET_GROUPS)[number];

/** A service of the social-care basket (issue 6): category, target groups, the national standard. */
export const careServiceSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and underscores'),
  category: z.enum(CARE_SERVICE_CATEGORIES),
  name: localizedText,
  targetGroups: z.array(z.enum(CARE_SERVICE_TARGET_GROUPS)).min(1),
  /** The national standard the service follows (a VKM, an instruction, a law). */
  standard: localizedText,
});
export type CareServiceConfig = z.infer<typeof careServiceSchema>;

export const careServicesFileSchema = z.object({
  /** Categories whose beneficiaries the Municipal Council approves before a place is taken. */
  councilApproval: z.array(z.enum(CARE_SERVICE_CATEGORIES)).default([]),
  services: z.array(careServiceSchema).default([]),
});
export type CareServicesConfig = z.infer<typeof careServicesFileSchema>;

export const countryConfigSchema = z.object({
  country: countrySchema,
  regions: z.array(regionSchema).min(1),
  institutionTypes: z.array(institutionTypeSchema).min(1),
  roles: z.array(roleSchema).min(1),
  services: z.array(serviceSchema).default([]),
  schemes: z.array(schemeSchema).default([]),
  schemeOverrides: z.array(schemeOverrideSchema).default([]),
  careServices: careServicesFileSchema.default({ councilApproval: [], services: [] }),
  /** Staffing norms and age bands of the needs analysis; absent when the country gives no norms. */
  staffingNorms: needsConfigSchema.optional(),
});

export type CountryConfig = z.infer<typeof countryConfigSchema>;
export type RegionConfig = z.infer<typeof regionSchema>;
export type MunicipalityConfig = z.infer<typeof municipalitySchema>;
export type InstitutionTypeConfig = z.infer<typeof institutionTypeSchema>;
export type RoleConfig = z.infer<typeof roleSchema>;

/** Files each country folder holds, and the part of the config each one fills. */
export const COUNTRY_FILES = {
  'country.json': 'country',
  'jurisdictions.json': 'regions',
  'institution-types.json': 'institutionTypes',
  'roles.json': 'roles',
  'services.json': 'services',
  'schemes.json': 'schemes',
  'scheme-overrides.json': 'schemeOverrides',
  'care-services.json': 'careServices',
  'staffing-norms.json': 'staffingNorms',
} as const;

/** Files a country may leave out (a country without a case path has no service catalogue yet). */
export const OPTIONAL_COUNTRY_FILES: ReadonlySet<string> = new Set([
  'services.json',
  'schemes.json',
  'scheme-overrides.json',
  'care-services.json',
  'staffing-norms.json',
]);
