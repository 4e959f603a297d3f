import { useQuery } from '@tanstack/react-query';
import type { FormDefinition, InstitutionSummary, PersonDetail } from '@vatra/core';
import { api } from './client';
import type {
  Household,
  InstitutionPage,
  InstitutionType,
  JurisdictionNode,
  RoleList,
  ScopeList,
} from './types';

// Reference data for selects and filters: changes rarely, so it is kept for a few minutes.
const REFERENCE_STALE = 5 * 60 * 1000;

export const keys = {
  me: ['me'] as const,
  home: ['home'] as const,
  users: ['admin', 'users'] as const,
  institutions: ['admin', 'institutions'] as const,
  allInstitutions: ['admin', 'institutions', 'all'] as const,
  roles: ['admin', 'roles'] as const,
  jurisdictions: ['admin', 'jurisdictions'] as const,
  institutionTypes: ['admin', 'institution-types'] as const,
  scopes: ['admin', 'scopes'] as const,
  audit: ['audit'] as const,
  persons: ['registry', 'persons'] as const,
  person: (id: string) => ['registry', 'persons', id] as const,
  household: (id: string) => ['registry', 'households', id] as const,
  personSearch: ['registry', 'search'] as const,
  form: (key: string) => ['forms', key] as const,
};

export function useRoles(enabled = true) {
  return useQuery({
    queryKey: keys.roles,
    queryFn: () => api.get<RoleList>('/api/admin/roles'),
    staleTime: REFERENCE_STALE,
    enabled,
  });
}

export function useJurisdictions() {
  return useQuery({
    queryKey: keys.jurisdictions,
    queryFn: async () => (await api.get<{ items: JurisdictionNode[] }>('/api/admin/jurisdictions')).items,
    staleTime: REFERENCE_STALE,
  });
}

export function useInstitutionTypes() {
  return useQuery({
    queryKey: keys.institutionTypes,
    queryFn: async () => (await api.get<{ items: InstitutionType[] }>('/api/admin/institution-types')).items,
    staleTime: REFERENCE_STALE,
  });
}

export function useScopes() {
  return useQuery({
    queryKey: keys.scopes,
    queryFn: async () => (await api.get<ScopeList>('/api/admin/scopes')).items,
    staleTime: REFERENCE_STALE,
  });
}

/** Every institution the user may see, for selects: fetched page by page (a country has a few hundred). */
export function useAllInstitutions() {
  return useQuery({
    queryKey: keys.allInstitutions,
    queryFn: async () => {
      const all: InstitutionSummary[] = [];
      for (let page = 1; page <= 50; page++) {
        const result = await api.get<InstitutionPage>('/api/admin/institutions', { page, pageSize: 100 });
        all.push(...result.items);
        if (all.length >= result.total || result.items.length === 0) break;
      }
      return all;
    },
    staleTime: REFERENCE_STALE,
  });
}

/** One person of the registry (a merged record says which one it was merged into). */
export function usePerson(id: string) {
  return useQuery({
    queryKey: keys.person(id),
    queryFn: () => api.get<PersonDetail>(`/api/persons/${encodeURIComponent(id)}`),
  });
}

/** A household with the members the user may see. */
export function useHousehold(id: string) {
  return useQuery({
    queryKey: keys.household(id),
    queryFn: () => api.get<Household>(`/api/households/${encodeURIComponent(id)}`),
  });
}

/** The newest definition of a form of the user's country (definitions change only with a release). */
export function useFormDefinition(key: string) {
  return useQuery({
    queryKey: keys.form(key),
    queryFn: () => api.get<FormDefinition>(`/api/forms/${encodeURIComponent(key)}`),
    staleTime: REFERENCE_STALE,
    retry: false,
  });
}
