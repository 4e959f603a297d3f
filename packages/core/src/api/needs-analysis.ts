import { z } from 'zod';
import { localizedText } from '../config/schema.js';
import { NEEDS_GENDERS, NEEDS_IMPORT_KINDS, TARGET_GROUPS } from '../needs/measures.js';
import { STAFFING_BASES } from '../needs/config.js';
import { uuid } from './common.js';

// Needs analysis (issue 6, item 9): population and administrative figures per administrative
// unit, imported from CSV or XLSX, with coverage and gaps per target group and the staffing
// norms against the staff a municipality has. Every route names the municipality by its code.

export const needsImportKind = z.enum(NEEDS_IMPORT_KINDS);
export const needsFileFormat = z.enum(['csv', 'xlsx']);

/** The municipality (by code: AL-PUK) and, optionally, the year (default: the latest with population). */
export const needsAnalysisQuery = z.object({
  municipality: z.string().min(1).max(40),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});
export type NeedsAnalysisQuery = z.infer<typeof needsAnalysisQuery>;

export const needsTemplateQuery = z.object({
  municipality: z.string().min(1).max(40),
  kind: needsImportKind,
  format: needsFileFormat,
});

/** A file to import: CSV as text, XLSX as base64. */
export const needsImportBody = z.object({
  municipality: z.string().min(1).max(40),
  kind: needsImportKind,
  format: needsFileFormat,
  fileName: z.string().min(1).max(200),
  content: z.string().min(1),
});
export type NeedsImportBody = z.infer<typeof needsImportBody>;

export const needsImportSummary = z.object({
  id: uuid,
  kind: needsImportKind,
  format: needsFileFormat,
  fileName: z.string(),
  sha256: z.string(),
  rows: z.number().int(),
  years: z.array(z.number().int()),
  status: z.enum(['current', 'superseded']),
  importedBy: z.string(),
  importedAt: z.string(),
  /** Earlier imports of the same kind and years this one superseded. */
  replaced: z.number().int(),
});
export type NeedsImportSummary = z.infer<typeof needsImportSummary>;
export const needsImportList = z.object({ items: z.array(needsImportSummary) });

/** A figure computed from the rows next to the total the source states, when it states one. */
export const checkedFigure = z.object({
  computed: z.number().nullable(),
  stated: z.number().nullable(),
  /** Both are known and differ. */
  mismatch: z.boolean(),
});
export type CheckedFigure = z.infer<typeof checkedFigure>;

export const populationCell = z.object({
  female: z.number().nullable(),
  male: z.number().nullable(),
  /** The figure used: the row for all genders, else female + male. */
  total: z.number().nullable(),
});
export type PopulationCell = z.infer<typeof populationCell>;

export const populationUnit = z.object({
  /** Unit codes joined by "+" when the source reports units together; null: the municipality's stated totals. */
  unit: z.string(),
  names: z.array(localizedText),
  bands: z.record(z.string(), populationCell),
  total: checkedFigure,
});
export type PopulationUnit = z.infer<typeof populationUnit>;

export const populationSummary = z.object({
  bands: z.array(z.object({ code: z.string(), child: z.boolean(), elderly: z.boolean() })),
  units: z.array(populationUnit),
  /** Per band: the sum of the units against the municipality's stated figure. */
  municipality: z.record(z.string(), checkedFigure),
  total: checkedFigure,
  inhabitants: z.number(),
  children: z.number(),
  workingAge: z.number(),
  elderly: z.number(),
});
export type PopulationSummary = z.infer<typeof populationSummary>;

export const measureFigure = z.object({
  measure: z.string(),
  role: z.enum(['in_need', 'served', 'other']),
  /** Per unit code (as imported). */
  units: z.record(z.string(), z.number()),
  value: checkedFigure,
  sources: z.array(z.string()),
});
export type MeasureFigure = z.infer<typeof measureFigure>;

export const coverageFigure = z.object({
  inNeed: z.number(),
  served: z.number(),
  /** served / in need, 0–1 (can exceed 1); null when nobody is in need. */
  coverage: z.number().nullable(),
  gap: z.number(),
});
export type CoverageFigure = z.infer<typeof coverageFigure>;

export const targetGroupFigures = z.object({
  group: z.enum(TARGET_GROUPS),
  measures: z.array(measureFigure),
  /** Only where the year's data gives both who is in need and who is served. */
  coverage: coverageFigure.nullable(),
  unitCoverage: z.record(z.string(), coverageFigure),
});
export type TargetGroupFigures = z.infer<typeof targetGroupFigures>;

export const staffRange = z.object({ min: z.number().int(), max: z.number().int() });

export const staffingLine = z.object({
  norm: z.string(),
  name: localizedText,
  role: z.string(),
  roleName: localizedText,
  basis: z.enum(STAFFING_BASES),
  basisValue: z.number(),
  perFrom: z.number().int(),
  perTo: z.number().int(),
  legalBasis: localizedText,
  required: staffRange,
  actual: z.number(),
  /** required − actual: positive means posts missing, negative more staff than the norm. */
  gap: staffRange,
  status: z.enum(['short', 'within', 'over']),
  /** Norms per administrative unit: each unit's requirement and staff. */
  units: z.array(
    z.object({
      unit: z.string(),
      name: localizedText,
      required: staffRange,
      actual: z.number(),
      gap: staffRange,
      status: z.enum(['short', 'within', 'over']),
    }),
  ),
});
export type StaffingLine = z.infer<typeof staffingLine>;

export const needsAnalysis = z.object({
  municipality: z.object({ id: uuid, code: z.string(), name: localizedText }),
  /** The municipality's administrative units, to name the unit codes of the figures. */
  units: z.array(z.object({ code: z.string(), name: localizedText })),
  year: z.number().int().nullable(),
  years: z.array(z.number().int()),
  population: populationSummary.nullable(),
  groups: z.array(targetGroupFigures),
  staffing: z.array(staffingLine),
  /** Staff counted per role (including roles without a norm). */
  staff: z.array(z.object({ role: z.string(), name: localizedText, count: z.number() })),
  /** The country has no staffing norms configured. */
  normsConfigured: z.boolean(),
});
export type NeedsAnalysis = z.infer<typeof needsAnalysis>;

/** The vocabulary the import accepts, for the UI's help next to the template. */
export const needsVocabulary = z.object({
  units: z.array(z.object({ code: z.string(), name: localizedText })),
  ageBands: z.array(z.string()),
  genders: z.array(z.enum(NEEDS_GENDERS)),
  measures: z.array(z.object({ code: z.string(), group: z.enum(TARGET_GROUPS) })),
  roles: z.array(z.object({ code: z.string(), name: localizedText })),
  /** Kinds with a shipped sample file for this municipality (Pukë: all three). */
  samples: z.array(needsImportKind),
});
export type NeedsVocabulary = z.infer<typeof needsVocabulary>;
