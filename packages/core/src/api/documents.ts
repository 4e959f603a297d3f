import { z } from 'zod';
import { calendarDay, isoInstant, uuid } from './common.js';

// Uploaded scans of cases and persons. A document is a series of revisions: a correction is a
// new revision, earlier ones are kept and still downloadable.

export const DOCUMENT_TYPES = [
  'fvn',
  'anamnesis',
  'plan',
  'decision',
  'id',
  'certificate',
  'evidence',
  'other',
  // Social care (migration 0019): documents of a care case.
  'assessment',
  'care_plan',
  'consent',
  'report',
  'protection_order',
  'court_decision',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
/** What a returnee case's or person's scan can be; evidence belongs to action plans (/api/action-plans/:id/evidence). */
export const CASE_DOCUMENT_TYPES = [
  'fvn',
  'anamnesis',
  'plan',
  'decision',
  'id',
  'certificate',
  'other',
] as const satisfies readonly DocumentType[];
/** What a social-care case's document can be (POST /api/care/cases/:id/documents). */
export const CARE_DOCUMENT_TYPES = [
  'assessment',
  'care_plan',
  'consent',
  'report',
  'protection_order',
  'court_decision',
  'decision',
  'id',
  'certificate',
  'other',
] as const satisfies readonly DocumentType[];

/** What the server accepts, recognised by the file's first bytes, not by its name. */
export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

/** A form field left empty arrives as ''; it means "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );

/**
 * The text fields of the multipart upload (POST /api/documents); the file itself is the part
 * named `file`. Either caseId or personId (or both: a person of the case's household).
 * seriesId: upload a corrected version of that document; it keeps its case, person and type.
 */
export const documentUploadFields = z
  .strictObject({
    docType: z.enum(CASE_DOCUMENT_TYPES),
    caseId: optional(uuid),
    personId: optional(uuid),
    note: optional(z.string().trim().max(1000)),
    seriesId: optional(uuid),
    /** The form submission this is the signed paper copy of (same case). */
    submissionId: optional(uuid),
  })
  .refine((fields) => fields.caseId !== undefined || fields.personId !== undefined, {
    path: ['caseId'],
    message: 'caseId or personId',
  });
export type DocumentUploadFields = z.infer<typeof documentUploadFields>;

/**
 * The text fields of a care case's upload (POST /api/care/cases/:id/documents, the case in the
 * path); seriesId: a corrected version of that document of the same case and type.
 */
export const careDocumentUploadFields = z.strictObject({
  docType: z.enum(CARE_DOCUMENT_TYPES),
  note: optional(z.string().trim().max(1000)),
  seriesId: optional(uuid),
});
export type CareDocumentUploadFields = z.infer<typeof careDocumentUploadFields>;

export const documentSummary = z.object({
  id: uuid,
  seriesId: uuid,
  revision: z.number().int().min(1),
  /** Revisions in the series (in lists: the latest is shown, this many exist). */
  revisionCount: z.number().int().min(1),
  docType: z.enum(DOCUMENT_TYPES),
  caseId: uuid.nullable(),
  personId: uuid.nullable(),
  /** The social-care case the document belongs to (then caseId and personId are null). */
  careCaseId: uuid.nullable(),
  submissionId: uuid.nullable(),
  jurisdictionId: uuid,
  fileName: z.string(),
  contentType: z.enum(DOCUMENT_CONTENT_TYPES),
  sizeBytes: z.number().int().min(1),
  /** SHA-256 of the stored bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  note: z.string().nullable(),
  uploadedBy: z.object({ id: uuid, name: z.string() }),
  uploadedAt: isoInstant(),
});
export type DocumentSummary = z.infer<typeof documentSummary>;

export const documentList = z.object({ items: z.array(documentSummary) });
export type DocumentList = z.infer<typeof documentList>;

/** A care case's documents, with how many of each type it holds (latest revisions, and all). */
export const careDocumentList = documentList.extend({
  counts: z.array(
    z.object({
      docType: z.enum(DOCUMENT_TYPES),
      documents: z.number().int().min(1),
      revisions: z.number().int().min(1),
    }),
  ),
});
export type CareDocumentList = z.infer<typeof careDocumentList>;
export const careDocumentParams = z.object({ id: uuid, documentId: uuid });

/** One document with every revision of its series, oldest first. */
export const documentDetail = documentSummary.extend({ revisions: z.array(documentSummary) });
export type DocumentDetail = z.infer<typeof documentDetail>;

/** Counts for the plan indicators, by upload date (inclusive). */
export const documentStatsQuery = z.object({
  /** A jurisdiction inside yours; without it, all of yours. */
  jurisdictionId: uuid.optional(),
  /** Default: 1 January of this year. */
  from: calendarDay.optional(),
  /** Default: today. */
  to: calendarDay.optional(),
});
export type DocumentStatsQuery = z.infer<typeof documentStatsQuery>;

const documentCounts = z.object({
  /** New documents: first revisions uploaded in the period. */
  documents: z.number().int().min(0),
  /** Corrections: later revisions (revision > 1) uploaded in the period. */
  corrections: z.number().int().min(0),
});

export const documentStats = z.object({
  jurisdictionId: uuid.nullable(),
  from: calendarDay,
  to: calendarDay,
  byType: z.record(z.enum(DOCUMENT_TYPES), documentCounts),
  total: documentCounts,
});
export type DocumentStats = z.infer<typeof documentStats>;
