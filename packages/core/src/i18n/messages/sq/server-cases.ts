import type { Catalog } from '../../catalog.js';

// Server messages of the case path: refused transitions and case rules.
export const cases: Catalog['server']['cases'] = {
  caseClosed: 'Ky rast është i mbyllur. Së pari rihapeni.',
};
