import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CaseDetail,
  CaseEventView,
  DocumentList,
  InstitutionSummary,
  ReferralView,
  ServiceView,
  casePage,
  referralPage,
  workQueuePage,
} from '@vatra/core';
import { api } from '../../api/client';
import type { Infer, InstitutionPage } from '../../api/types';
import { hasScope, useSession } from '../auth/session';

// The case screens' queries. The case file is one query; every write answers with the fresh
// case (or is followed by a reload of it), so the tabs never show a stale step.

export type CasePage = Infer<typeof casePage>;
export type WorkQueuePage = Infer<typeof workQueuePage>;
export type ReferralPage = Infer<typeof referralPage>;

const REFERENCE_STALE = 5 * 60 * 1000;

export const caseKeys = {
  all: ['cases'] as const,
  list: ['cases', 'list'] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  timeline: (id: string) => ['cases', 'detail', id, 'timeline'] as const,
  referrals: (id: string) => ['cases', 'detail', id, 'referrals'] as const,
  documents: (id: string) => ['cases', 'detail', id, 'documents'] as const,
  services: ['cases', 'services'] as const,
  work: ['work'] as const,
  inbox: ['referrals', 'inbox'] as const,
};

const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: () => api.get<CaseDetail>(casePath(id)) });
}

export function useCaseTimeline(id: string) {
  return useQuery({
    queryKey: caseKeys.timeline(id),
    queryFn: async () => (await api.get<{ items: CaseEventView[] }>(`${casePath(id)}/timeline`)).items,
  });
}

export function useCaseReferrals(id: string) {
  return useQuery({
    queryKey: caseKeys.referrals(id),
    queryFn: async () => (await api.get<{ items: ReferralView[] }>(`${casePath(id)}/referrals`)).items,
  });
}

export function useCaseDocuments(id: string) {
  return useQuery({
    queryKey: caseKeys.documents(id),
    queryFn: async () => (await api.get<DocumentList>(`${casePath(id)}/documents`)).items,
  });
}

/** The service catalogue plans and referrals are built from. */
export function useServices() {
  return useQuery({
    queryKey: caseKeys.services,
    queryFn: async () => (await api.get<{ items: ServiceView[] }>('/api/services')).items,
    staleTime: REFERENCE_STALE,
  });
}

/**
 * Institutions to choose from (responsible institution, referral target). The list of all
 * institutions is an administrator's endpoint; other users choose among the institutions the
 * case already names (their own, the plan's, the referrals' and the timeline's).
 */
export function useInstitutionChoices(known: InstitutionRefLike[]) {
  const me = useSession();
  const all = useAllInstitutionsIfAllowed(hasScope(me, 'institution.manage'));
  const byId = new Map<string, InstitutionRefLike>();
  byId.set(me.institution.id, {
    id: me.institution.id,
    code: me.institution.code,
    name: me.institution.name,
  });
  for (const item of known) byId.set(item.id, item);
  for (const item of all ?? []) if (item.active) byId.set(item.id, item);
  return [...byId.values()];
}

export interface InstitutionRefLike {
  id: string;
  code: string;
  name: InstitutionSummary['name'] | string;
}

/** Every active institution, for administrators only (others would get a 403). */
function useAllInstitutionsIfAllowed(allowed: boolean): InstitutionSummary[] | undefined {
  const query = useQuery({
    queryKey: [...caseKeys.all, 'institutions'],
    queryFn: async () => {
      const all: InstitutionSummary[] = [];
      for (let page = 1; page <= 50; page++) {
        const result = await api.get<InstitutionPage>('/api/admin/institutions', { page, pageSize: 100 });
        all.push(...result.items);
        if (all.length >= result.total || result.items.length === 0) break;
      }
      return all;
    },
    enabled: allowed,
    staleTime: REFERENCE_STALE,
  });
  return allowed ? query.data : undefined;
}

/**
 * Users who may be appointed case manager. No endpoint lists the case managers of a Centre for
 * Social Work to non-administrators yet, so the choice is among the user (when a case manager)
 * and the managers the case had before.
 */
export function useManagerChoices(kase: CaseDetail): { id: string; fullName: string }[] {
  const me = useSession();
  const byId = new Map<string, { id: string; fullName: string }>();
  if (hasScope(me, 'case.manage')) byId.set(me.user.id, { id: me.user.id, fullName: me.user.fullName });
  for (const assignment of kase.assignments) byId.set(assignment.user.id, assignment.user);
  return [...byId.values()];
}

/** Forget the case's derived lists after a write (the case itself is set from the answer). */
export function useCaseRefresh(id: string) {
  const queryClient = useQueryClient();
  return {
    set: (fresh: CaseDetail) => queryClient.setQueryData(caseKeys.detail(id), fresh),
    reload: () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) }),
    lists: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.list }),
        queryClient.invalidateQueries({ queryKey: caseKeys.work }),
        queryClient.invalidateQueries({ queryKey: ['home'] }),
        queryClient.invalidateQueries({ queryKey: caseKeys.timeline(id) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.referrals(id) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.documents(id) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.inbox }),
      ]),
  };
}
