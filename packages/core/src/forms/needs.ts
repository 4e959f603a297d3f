// The need vocabulary, shared by form definitions and the service catalogue (config/schema.ts);
// it imports nothing so both can use it without an import cycle.

/** Domains a structured need belongs to; the individual plan groups services by them. */
export const NEED_DOMAINS = [
  'documents',
  'housing',
  'income_employment',
  'education',
  'health',
  'social_assistance',
  'psychosocial',
  'legal',
  'other',
] as const;
export type NeedDomain = (typeof NEED_DOMAINS)[number];

export const NEED_PRIORITIES = ['high', 'medium', 'low'] as const;
export type NeedPriority = (typeof NEED_PRIORITIES)[number];
