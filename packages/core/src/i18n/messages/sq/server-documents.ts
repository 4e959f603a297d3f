import type { Catalog } from '../../catalog.js';

// Server messages about uploaded documents.
export const documents: Catalog['server']['documents'] = {
  tooLarge: 'Skedari është më i madh se {{max}} MB.',
};
