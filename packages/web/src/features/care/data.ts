import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CareCaseDetail, CareDirectory, CareDocumentList, CareServiceList } from '@vatra/core';
import { api } from '../../api/client';
import { useWrite } from '../../lib/write';
import { useTranslation } from 'react-i18next';

// The social-care screens' queries. The case file is one query; every write answers with the
// fresh case, which replaces it, so the tabs never show a stale step.

const REFERENCE_STALE = 5 * 60 * 1000;

export const careKeys = {
  all: ['care'] as const,
  list: ['care', 'list'] as const,
  detail: (id: string) => ['care', 'detail', id] as const,
  /** Under the case's key: a write on the case that does not answer with it reloads them too. */
  documents: (id: string) => ['care', 'detail', id, 'documents'] as const,
  directory: (year: number) => ['care', 'directory', year] as const,
  services: ['care', 'services'] as const,
};

export const careCaseUrl = (id: string) => `/api/care/cases/${encodeURIComponent(id)}`;

export function useCareCase(id: string) {
  return useQuery({ queryKey: careKeys.detail(id), queryFn: () => api.get<CareCaseDetail>(careCaseUrl(id)) });
}

const careDocuments = (id: string) => ({
  queryKey: careKeys.documents(id),
  queryFn: () => api.get<CareDocumentList>(`${careCaseUrl(id)}/documents`),
});

/** A care case's documents: the latest revision of each. */
export function useCareDocuments(id: string) {
  return useQuery({ ...careDocuments(id), select: (list: CareDocumentList) => list.items });
}

/** How many documents of each type the case holds (the same answer as the list, fetched once). */
export function useCareDocumentCounts(id: string) {
  return useQuery({ ...careDocuments(id), select: (list: CareDocumentList) => list.counts });
}

export function useCareDirectory(year: number) {
  return useQuery({
    queryKey: careKeys.directory(year),
    queryFn: () => api.get<CareDirectory>('/api/care/directory', { year }),
  });
}

/** The country's care-service catalogue (the service basket), for plans and referrals. */
export function useCareServices() {
  return useQuery({
    queryKey: careKeys.services,
    queryFn: async () => (await api.get<CareServiceList>('/api/care/services')).items,
    staleTime: REFERENCE_STALE,
  });
}

/** One step of a care case: the answer replaces the case; a 409 reloads it. */
export function useCareWrite(id: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const lists = () => queryClient.invalidateQueries({ queryKey: careKeys.list });
  return useWrite({
    saved: async (result) => {
      if (result && typeof result === 'object' && 'number' in result) {
        queryClient.setQueryData(careKeys.detail(id), result);
      } else {
        await queryClient.invalidateQueries({ queryKey: careKeys.detail(id) });
      }
      await lists();
    },
    conflict: async () => {
      await queryClient.invalidateQueries({ queryKey: careKeys.detail(id) });
      await lists();
    },
    reloaded: t('care.file.reloaded'),
  });
}
