import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NamedRef, SchemeRecommendationBody, SchemeRecommendation, SchemeReportData } from '@vatra/core';
import { api, buildUrl, isApiError } from '../../api/client';
import { useNotify } from '../../components/notifications';

export interface ReportChoice {
  jurisdiction: string;
  year: number;
  quarter: number;
}

function query(choice: ReportChoice | null) {
  return choice ? { jurisdiction: choice.jurisdiction, year: choice.year, quarter: choice.quarter } : {};
}

export const schemeReportKeys = {
  places: ['scheme-reports', 'places'] as const,
  all: ['scheme-reports', 'data'] as const,
  report: (choice: ReportChoice) => ['scheme-reports', 'data', choice] as const,
};

/** The municipalities whose report the user may get. */
export function useReportPlaces() {
  return useQuery({
    queryKey: schemeReportKeys.places,
    queryFn: async () => (await api.get<{ items: NamedRef[] }>('/api/scheme-reports/places')).items,
    staleTime: 10 * 60_000,
  });
}

export function useSchemeReport(choice: ReportChoice | null) {
  return useQuery({
    queryKey: choice ? schemeReportKeys.report(choice) : schemeReportKeys.all,
    queryFn: () => api.get<SchemeReportData>('/api/scheme-reports', query(choice)),
    enabled: choice !== null,
  });
}

/** The link a download button points at: the file in the language chosen. */
export function reportFileUrl(choice: ReportChoice, format: 'pdf' | 'xlsx', lang: string): string {
  return buildUrl(`/api/scheme-reports/${format}`, { ...query(choice), lang });
}

export function useEnterRecommendation(choice: ReportChoice) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<SchemeRecommendationBody, 'jurisdiction' | 'year' | 'quarter'>) =>
      api.post<{ items: SchemeRecommendation[] }>('/api/scheme-reports/recommendations', {
        ...choice,
        ...body,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: schemeReportKeys.all });
      notify(t('schemeReports.recommendations.saved'));
    },
    onError: (error) => {
      const fields = isApiError(error) ? Object.values(error.fields) : [];
      notify([error.message, ...fields].join(' '), 'error');
    },
  });
}
