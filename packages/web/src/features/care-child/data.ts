import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChildProtection, RepresentativeList } from '@vatra/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useWrite } from '../../lib/write';
import { careCaseUrl, careKeys } from '../care/data';

// Child protection's queries: the case's section is one query; every write answers with it.

export const careChildKeys = {
  detail: (id: string) => ['care', 'child', id] as const,
  representatives: (year: number) => ['care', 'child', 'representatives', year] as const,
};

export const childUrl = (id: string) => `${careCaseUrl(id)}/child`;
export const REPRESENTATIVES_URL = '/api/care/child/representatives';

export function useChildProtection(id: string) {
  return useQuery({
    queryKey: careChildKeys.detail(id),
    queryFn: () => api.get<ChildProtection>(childUrl(id)),
  });
}

export function useRepresentatives(year: number) {
  return useQuery({
    queryKey: careChildKeys.representatives(year),
    queryFn: () => api.get<RepresentativeList>(REPRESENTATIVES_URL, { year }),
  });
}

/** A child-protection step: the answer replaces the section; the case (version, timeline) reloads. */
export function useChildWrite(id: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: careKeys.detail(id) });
    await queryClient.invalidateQueries({ queryKey: careChildKeys.detail(id) });
  };
  return useWrite({
    saved: async (result) => {
      queryClient.setQueryData(careChildKeys.detail(id), result);
      await queryClient.invalidateQueries({ queryKey: careKeys.detail(id) });
    },
    conflict: reload,
    reloaded: t('careChild.reloaded'),
  });
}
