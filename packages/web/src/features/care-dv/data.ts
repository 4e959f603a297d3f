import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DvCaseBody, DvSteeringMeeting } from '@vatra/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useWrite } from '../../lib/write';
import { careCaseUrl, careKeys } from '../care/data';

// Domestic violence's queries: a case's DV section is one query; every write answers with it.

export const careDvKeys = {
  detail: (id: string) => ['care', 'dv', id] as const,
  steering: ['care', 'dv', 'steering'] as const,
};

export const dvUrl = (id: string) => `${careCaseUrl(id)}/dv`;
export const STEERING_URL = '/api/care/dv/steering';

export function useDvCase(id: string, enabled: boolean) {
  return useQuery({
    queryKey: careDvKeys.detail(id),
    queryFn: () => api.get<DvCaseBody>(dvUrl(id)),
    enabled,
  });
}

export function useSteeringMeetings() {
  return useQuery({
    queryKey: careDvKeys.steering,
    queryFn: async () => (await api.get<{ items: DvSteeringMeeting[] }>(STEERING_URL)).items,
  });
}

/** A DV step: the answer replaces the section; the case (version, sensitivity, timeline) reloads. */
export function useDvWrite(id: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: careKeys.detail(id) });
    await queryClient.invalidateQueries({ queryKey: careDvKeys.detail(id) });
  };
  return useWrite({
    saved: async (result) => {
      queryClient.setQueryData(careDvKeys.detail(id), result);
      await queryClient.invalidateQueries({ queryKey: careKeys.detail(id) });
    },
    conflict: reload,
    reloaded: t('careDv.reloaded'),
  });
}
