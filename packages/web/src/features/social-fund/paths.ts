import type { Scope } from '@vatra/core';

// The Social Fund page's address, and who may open it: the social services office (care.read)
// and the plan coordinator (plan.read) both keep it (the API's read scopes).
export const socialFundPaths = { page: '/care/social-fund' } as const;
export const SOCIAL_FUND_SCOPES: readonly Scope[] = ['care.read', 'plan.read'];
