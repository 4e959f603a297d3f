import type { Scope } from '@vatra/core';

type Underscored<S extends string> = S extends `${infer Head}.${infer Tail}`
  ? `${Head}_${Underscored<Tail>}`
  : S;
/** The catalog key of a scope's label: dots become underscores ("case.plan.approve" → "case_plan_approve"). */
export type ScopeKey = Underscored<Scope>;

export function scopeKey(scope: Scope): ScopeKey {
  return scope.replaceAll('.', '_') as ScopeKey;
}

export const SCOPE_GROUPS = [
  { key: 'admin', prefixes: ['user', 'institution', 'role', 'config', 'audit'] },
  { key: 'personCase', prefixes: ['person', 'case'] },
  { key: 'referral', prefixes: ['referral'] },
  { key: 'requestAppeal', prefixes: ['request', 'appeal'] },
  { key: 'care', prefixes: ['care', 'employment'] },
  { key: 'planReport', prefixes: ['plan', 'report'] },
  { key: 'sensitive', prefixes: ['sensitive'] },
] as const;

export type ScopeGroupKey = (typeof SCOPE_GROUPS)[number]['key'];

/** The scopes in their groups, in vocabulary order; a scope with a new prefix goes to "admin" last. */
export function groupScopes(scopes: readonly Scope[]): { key: ScopeGroupKey; scopes: Scope[] }[] {
  const groups = SCOPE_GROUPS.map((group) => ({ key: group.key as ScopeGroupKey, scopes: [] as Scope[] }));
  for (const scope of scopes) {
    const prefix = scope.split('.')[0] ?? '';
    const index = SCOPE_GROUPS.findIndex((group) => (group.prefixes as readonly string[]).includes(prefix));
    groups[index === -1 ? 0 : index]?.scopes.push(scope);
  }
  return groups.filter((group) => group.scopes.length > 0);
}
