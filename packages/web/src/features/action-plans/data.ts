import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  errorBody,
  type ActionPlanDetail,
  type ActionPlanSummary,
  type DocumentSummary,
  type IndicatorDefinitionSummary,
  type PlanBudget,
  type PlanComparison,
  type PlanDashboard,
  type PlanIndicatorState,
  type actionPlanVersions,
  type analysisList,
} from '@vatra/core';
import { ApiError, api } from '../../api/client';
import type { Infer } from '../../api/types';
import { i18n } from '../../i18n';

// The action-plan screens' queries. Every write answers with the fresh plan, indicator or budget;
// those answers are put in place and the lists that depend on them are refetched.

export type PlanVersion = Infer<typeof actionPlanVersions>['items'][number];
export type PlanAnalysis = Infer<typeof analysisList>['items'][number];
export type PlanIndicatorList = { year: number; items: PlanIndicatorState[] };

const REFERENCE_STALE = 5 * 60 * 1000;

export const planKeys = {
  all: ['action-plans'] as const,
  list: ['action-plans', 'list'] as const,
  detail: (id: string) => ['action-plans', 'detail', id] as const,
  versions: (id: string) => ['action-plans', 'detail', id, 'versions'] as const,
  indicators: (id: string, year: number) => ['action-plans', 'detail', id, 'indicators', year] as const,
  budget: (id: string) => ['action-plans', 'detail', id, 'budget'] as const,
  analyses: (id: string) => ['action-plans', 'detail', id, 'analyses'] as const,
  definitions: ['action-plans', 'definitions'] as const,
  compare: (definition: string, year: number) => ['action-plans', 'compare', definition, year] as const,
  dashboard: ['action-plans', 'dashboard'] as const,
};

export const planPath = (id: string) => `/api/action-plans/${encodeURIComponent(id)}`;

export function useActionPlans() {
  return useQuery({
    queryKey: planKeys.list,
    queryFn: async () => (await api.get<{ items: ActionPlanSummary[] }>('/api/action-plans')).items,
  });
}

export function useActionPlan(id: string) {
  return useQuery({ queryKey: planKeys.detail(id), queryFn: () => api.get<ActionPlanDetail>(planPath(id)) });
}

export function usePlanVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.versions(id),
    queryFn: async () => (await api.get<{ items: PlanVersion[] }>(`${planPath(id)}/versions`)).items,
    enabled,
  });
}

export function useIndicatorDefinitions() {
  return useQuery({
    queryKey: planKeys.definitions,
    queryFn: async () =>
      (await api.get<{ items: IndicatorDefinitionSummary[] }>('/api/indicator-definitions')).items,
    staleTime: REFERENCE_STALE,
  });
}

export function usePlanIndicators(id: string, year: number) {
  return useQuery({
    queryKey: planKeys.indicators(id, year),
    queryFn: () => api.get<PlanIndicatorList>(`${planPath(id)}/indicators`, { year }),
  });
}

export function usePlanBudget(id: string) {
  return useQuery({
    queryKey: planKeys.budget(id),
    queryFn: () => api.get<PlanBudget>(`${planPath(id)}/budget`),
  });
}

export function usePlanAnalyses(id: string) {
  return useQuery({
    queryKey: planKeys.analyses(id),
    queryFn: async () => (await api.get<{ items: PlanAnalysis[] }>(`${planPath(id)}/analyses`)).items,
  });
}

export function usePlanComparison(definition: string | null, year: number) {
  return useQuery({
    queryKey: planKeys.compare(definition ?? '', year),
    queryFn: () => api.get<PlanComparison>('/api/action-plans/compare', { definition, year }),
    enabled: !!definition,
  });
}

export function usePlanDashboard(enabled: boolean) {
  return useQuery({
    queryKey: planKeys.dashboard,
    queryFn: () => api.get<PlanDashboard>('/api/plan-dashboard'),
    enabled,
  });
}

/** After a write: the fresh plan in place, everything derived from it fetched again. */
export function usePlanRefresh(id: string) {
  const queryClient = useQueryClient();
  return {
    setPlan: (fresh: ActionPlanDetail) => queryClient.setQueryData(planKeys.detail(id), fresh),
    setBudget: (fresh: PlanBudget) => queryClient.setQueryData(planKeys.budget(id), fresh),
    /** The plan, its derived views, the list and the home dashboard. */
    everything: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: planKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: planKeys.list }),
        queryClient.invalidateQueries({ queryKey: planKeys.dashboard }),
        queryClient.invalidateQueries({ queryKey: ['action-plans', 'compare'] }),
      ]),
  };
}

/**
 * A multipart upload (plan import from XLSX, evidence files): the JSON client sends JSON only,
 * so this is its sibling for FormData, with the same CSRF header and localised errors.
 */
export async function postMultipart<T>(path: string, body: FormData, csrfToken: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Accept-Language': i18n.language, 'X-CSRF-Token': csrfToken },
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const parsed = errorBody.safeParse(payload);
  throw parsed.success
    ? new ApiError(
        response.status,
        parsed.data.error.code,
        parsed.data.error.message,
        parsed.data.error.fields,
      )
    : new ApiError(
        response.status,
        'unexpected',
        i18n.t('errors.unexpected', { status: String(response.status) }),
      );
}

/** Uploads one evidence file for an indicator value; its id then goes with the value. */
export function uploadEvidence(planId: string, file: File, note: string, csrfToken: string) {
  const body = new FormData();
  if (note.trim()) body.set('note', note.trim());
  body.set('file', file);
  return postMultipart<DocumentSummary>(`${planPath(planId)}/evidence`, body, csrfToken);
}
