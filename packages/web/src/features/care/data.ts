import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CareCaseDetail, CareDirectory, CareServiceList } from '@vatra/core';
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
  directory: (year: number) => ['care', 'directory', year] as const,
  services: ['care', 'services'] as const,
};

export const careCaseUrl = (id: string) => `/api/care/cases/${encodeURIComponent(id)}`;

export function useCareCase(id: string) {
  return useQuery({ queryKey: careKeys.detail(id), queryFn: () => api.get<CareCaseDetail>(careCaseUrl(id)) });
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
