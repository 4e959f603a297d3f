import type { Scope } from '@vatra/core';

// The Employment Office links page's address (the router and the navigation use it), and who
// may open it: social services (care.read) and the Employment Office (employment.record).
export const employmentPaths = { page: '/care/employment' } as const;
export const EMPLOYMENT_SCOPES: readonly Scope[] = ['care.read', 'employment.record'];
