import type { Catalog } from '../../catalog.js';

// Strings of the case screens (case file, visit, plan, referrals, monitoring, closure, queues).
export const cases: Catalog['web']['cases'] = {
  title: 'Rastet',
};
