import { z } from 'zod';
import { localizedText } from '../config/schema.js';
import { uuid } from './common.js';

// Reference lists every logged-in user needs to fill in a case (where to refer, who is
// responsible, where a family moved, who may manage a case) — without the administration
// scopes the admin lists require.

export const directoryInstitution = z.object({
  id: uuid,
  code: z.string(),
  typeCode: z.string(),
  name: localizedText,
  jurisdiction: z.object({ id: uuid, code: z.string(), name: localizedText }),
});
export type DirectoryInstitution = z.infer<typeof directoryInstitution>;
export const directoryInstitutions = z.object({ items: z.array(directoryInstitution) });

export const directoryPlace = z.object({
  id: uuid,
  code: z.string(),
  level: z.enum(['municipality', 'unit']),
  name: localizedText,
  parentId: uuid.nullable(),
});
export const directoryPlaces = z.object({ items: z.array(directoryPlace) });

export const managerCandidates = z.object({
  items: z.array(z.object({ id: uuid, fullName: z.string(), institution: z.string(), current: z.boolean() })),
});
