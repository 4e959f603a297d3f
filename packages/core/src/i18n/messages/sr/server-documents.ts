import type { Catalog } from '../../catalog.js';

// Server messages about uploaded documents.
export const documents: Catalog['server']['documents'] = {
  tooLarge: 'Datoteka je veća od {{max}} MB.',
};
