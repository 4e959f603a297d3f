import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { BenefitView, RequestList, RequestView, SchemeView } from '@vatra/core';
import { api } from '../../api/client';
import { useInstitutionTypes } from '../../api/queries';
import { useFormat } from '../../lib/locale';

export const requestKeys = {
  schemes: ['schemes'] as const,
  ofCase: (caseId: string) => ['cases', caseId, 'requests'] as const,
  one: (id: string) => ['requests', id] as const,
  benefits: (householdId: string) => ['households', householdId, 'benefits'] as const,
};

/** The scheme catalogue of the user's country. */
export function useSchemes() {
  return useQuery({
    queryKey: requestKeys.schemes,
    queryFn: async () => (await api.get<{ items: SchemeView[] }>('/api/schemes')).items,
    staleTime: 10 * 60_000,
  });
}

export function useCaseRequests(caseId: string) {
  return useQuery({
    queryKey: requestKeys.ofCase(caseId),
    queryFn: async () => (await api.get<RequestList>(`/api/cases/${caseId}/requests`)).items,
  });
}

export function useRequest(id: string | null) {
  return useQuery({
    queryKey: requestKeys.one(id ?? ''),
    queryFn: () => api.get<RequestView>(`/api/requests/${id ?? ''}`),
    enabled: id !== null,
  });
}

export function useHouseholdBenefits(householdId: string) {
  return useQuery({
    queryKey: requestKeys.benefits(householdId),
    queryFn: async () =>
      (await api.get<{ items: BenefitView[] }>(`/api/households/${householdId}/benefits`)).items,
  });
}

/** After a step: the request in place, the case's list, the queues and the timeline refreshed. */
export function useRequestRefresh(caseId: string) {
  const queryClient = useQueryClient();
  return async (fresh?: RequestView) => {
    if (fresh) queryClient.setQueryData(requestKeys.one(fresh.id), fresh);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: requestKeys.ofCase(caseId) }),
      queryClient.invalidateQueries({ queryKey: ['requests'] }),
      queryClient.invalidateQueries({ queryKey: ['home'] }),
      queryClient.invalidateQueries({ queryKey: ['work'] }),
      queryClient.invalidateQueries({ queryKey: ['cases', 'detail', caseId] }),
      queryClient.invalidateQueries({ queryKey: ['households'] }),
    ]);
  };
}

/** The name of an institution type in the user's language ("KKR" → the commission's name). */
export function useInstitutionTypeName(): (code: string) => string {
  const types = useInstitutionTypes();
  const format = useFormat();
  return (code) => {
    const type = types.data?.find((entry) => entry.code === code);
    return type ? format.name(type.name) : code;
  };
}
