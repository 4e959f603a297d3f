import type { Catalog } from '../../catalog.js';

// Server messages of the case path: refused transitions and case rules.
export const cases: Catalog['server']['cases'] = {
  caseClosed: 'Ovaj slučaj je zatvoren. Prvo ga ponovo otvorite.',
};
