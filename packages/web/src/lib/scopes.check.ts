import type { Catalog } from '@vatra/core';
import type { ScopeGroupKey, ScopeKey } from './scopes';

// Compile-time only: every scope and every scope group has a label in the web catalog, and no extras.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const everyScopeHasALabel: Exact<keyof Catalog['web']['scopes'], ScopeKey> = true;
export const everyGroupHasALabel: Exact<keyof Catalog['web']['scopeGroups'], ScopeGroupKey> = true;
