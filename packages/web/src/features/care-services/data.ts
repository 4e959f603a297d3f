import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type {
  ApprovalListView,
  ApprovalLists,
  CareCasePage,
  CareDocumentList,
  CareServiceList,
  DocumentList,
  ProviderList,
  ProviderView,
} from '@vatra/core';
import { api } from '../../api/client';
import type { PersonSearchPage } from '../../api/types';
import { useNotify } from '../../components/notifications';
import { careKeys } from '../care/data';

export const careServiceKeys = {
  all: ['care-services'] as const,
  basket: ['care-services', 'basket'] as const,
  providers: ['care-services', 'providers'] as const,
  provider: (id: string) => ['care-services', 'providers', id] as const,
  lists: ['care-services', 'council-lists'] as const,
  list: (id: string) => ['care-services', 'council-lists', id] as const,
};

export function useBasket() {
  return useQuery({
    queryKey: careServiceKeys.basket,
    queryFn: () => api.get<CareServiceList>('/api/care/services'),
    staleTime: 10 * 60_000,
  });
}

export function useProviders() {
  return useQuery({
    queryKey: careServiceKeys.providers,
    queryFn: () => api.get<ProviderList>('/api/care/providers'),
  });
}

export function useProvider(id: string) {
  return useQuery({
    queryKey: careServiceKeys.provider(id),
    queryFn: () => api.get<ProviderView>(`/api/care/providers/${encodeURIComponent(id)}`),
  });
}

export function useApprovalLists() {
  return useQuery({
    queryKey: careServiceKeys.lists,
    queryFn: () => api.get<ApprovalLists>('/api/care/council-lists'),
  });
}

export function useApprovalList(id: string) {
  return useQuery({
    queryKey: careServiceKeys.list(id),
    queryFn: () => api.get<ApprovalListView>(`/api/care/council-lists/${encodeURIComponent(id)}`),
  });
}

/** Persons found by name (registry search), for enrolment and proposals. */
export function usePersonSearch(q: string) {
  return useQuery({
    queryKey: ['registry', 'search', 'care-services', q],
    queryFn: () => api.get<PersonSearchPage>('/api/persons/search', { q, page: 1, pageSize: 10 }),
    enabled: q.length >= 2,
  });
}

export function usePersonDocuments(personId: string | null) {
  return useQuery({
    queryKey: ['documents', 'person', personId],
    queryFn: () => api.get<DocumentList>(`/api/persons/${encodeURIComponent(personId ?? '')}/documents`),
    enabled: Boolean(personId),
  });
}

/** The person's open care cases the user may see, newest first: an enrolment or proposal names one. */
export function usePersonCareCases(personId: string | null) {
  return useQuery({
    queryKey: ['care', 'list', 'person', personId],
    queryFn: () =>
      api.get<CareCasePage>('/api/care/cases', { personId: personId ?? '', page: 1, pageSize: 20 }),
    enabled: Boolean(personId),
    select: (page: CareCasePage) => page.items.filter((c) => c.status !== 'closed'),
  });
}

/** The documents uploaded on a care case (the care area's query key: one fetch for both screens). */
export function useCaseDocuments(careCaseId: string | null) {
  return useQuery({
    queryKey: careKeys.documents(careCaseId ?? ''),
    queryFn: () =>
      api.get<CareDocumentList>(`/api/care/cases/${encodeURIComponent(careCaseId ?? '')}/documents`),
    enabled: Boolean(careCaseId),
  });
}

type Saved = 'provider' | 'service' | 'enrolled' | 'activated' | 'ended' | 'list' | 'submitted' | 'decided';

/**
 * A write of the area (POST or PATCH): sends, refreshes every care-service query, says it was
 * saved; a refusal is returned to the form, which shows it next to the fields.
 */
export function useCareWrite<B, R>(
  method: 'post' | 'patch',
  path: string,
  saved: Saved,
  onDone?: (r: R) => void,
) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => (method === 'post' ? api.post<R>(path, body) : api.patch<R>(path, body)),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: careServiceKeys.all });
      notify(t(`careServices.saved.${saved}`));
      onDone?.(result);
    },
  });
}
