import { useQuery } from '@tanstack/react-query';
import type { CasePage } from '../cases/data';
import type { PlanRegisterKind, PlanRegisterList, RiskLevel } from '@vatra/core';
import { api } from '../../api/client';

// The registers of one action plan, through /api/action-plans/:id/registers/:kind.

export const registerKeys = {
  all: (planId: string) => ['action-plans', planId, 'registers'] as const,
  list: (planId: string, kind: PlanRegisterKind, archived: boolean) =>
    ['action-plans', planId, 'registers', kind, archived] as const,
  caseSearch: (q: string) => ['plan-registers', 'case-search', q] as const,
};

export const registerPath = (planId: string, kind: PlanRegisterKind) =>
  `/api/action-plans/${encodeURIComponent(planId)}/registers/${kind}`;

export function useRegister(planId: string, kind: PlanRegisterKind, archived: boolean) {
  return useQuery({
    queryKey: registerKeys.list(planId, kind, archived),
    queryFn: () =>
      api.get<PlanRegisterList>(registerPath(planId, kind), { archived: archived ? 'true' : undefined }),
  });
}

/** Cases the user may see, by number or name: the first page is enough to pick from. */
export function useCaseSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: registerKeys.caseSearch(q),
    queryFn: () => api.get<CasePage>('/api/cases', { q: q || undefined, pageSize: 20 }),
    enabled,
    staleTime: 30_000,
  });
}

/** Colours of the risk levels, in the matrix and on the badges. */
export const RISK_LEVEL_COLOR: Record<RiskLevel, string> = {
  low: 'teal',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};
