import type {
  duplicateCheckResult,
  householdDetail,
  personSearchResult,
  auditList,
  auditVerifyResult,
  homeBody,
  institutionList,
  institutionTypeList,
  jurisdictionList,
  roleList,
  scopeList,
  userList,
} from '@vatra/core';

/** The parsed (output) type of a core zod schema, without importing zod here. */
export type Infer<S extends { parse: (value: unknown) => unknown }> = ReturnType<S['parse']>;

export type HomeData = Infer<typeof homeBody>;
export type UserPage = Infer<typeof userList>;
export type InstitutionPage = Infer<typeof institutionList>;
export type RoleList = Infer<typeof roleList>;
export type JurisdictionNode = Infer<typeof jurisdictionList>['items'][number];
export type InstitutionType = Infer<typeof institutionTypeList>['items'][number];
export type ScopeList = Infer<typeof scopeList>;
export type AuditPage = Infer<typeof auditList>;
export type AuditVerify = Infer<typeof auditVerifyResult>;
export type Ok = { ok: true };
export type PersonSearchPage = Infer<typeof personSearchResult>;
export type PersonSearchHit = PersonSearchPage['items'][number];
export type DuplicateCheck = Infer<typeof duplicateCheckResult>;
export type Household = Infer<typeof householdDetail>;
