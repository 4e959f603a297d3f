import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CaseDetail,
  CaseEventView,
  DocumentList,
  DirectoryInstitution,
  ReferralView,
  ServiceView,
  casePage,
  caseTeam,
  directoryInstitutions,
  directoryPlaces,
  managerCandidates,
  referralPage,
  workQueuePage,
} from '@vatra/core';
import { api } from '../../api/client';
import type { Infer } from '../../api/types';
import { useSession } from '../auth/session';

// The case screens' queries. The case file is one query; every write answers with the fresh
// case (or is followed by a reload of it), so the tabs never show a stale step.

export type CasePage = Infer<typeof casePage>;
export type WorkQueuePage = Infer<typeof workQueuePage>;
export type ReferralPage = Infer<typeof referralPage>;
type DirectoryInstitutions = Infer<typeof directoryInstitutions>;
type DirectoryPlaces = Infer<typeof directoryPlaces>;
type ManagerCandidates = Infer<typeof managerCandidates>;
export type CaseTeamMember = Infer<typeof caseTeam>['items'][number];

const REFERENCE_STALE = 5 * 60 * 1000;

export const caseKeys = {
  all: ['cases'] as const,
  list: ['cases', 'list'] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  timeline: (id: string) => ['cases', 'detail', id, 'timeline'] as const,
  referrals: (id: string) => ['cases', 'detail', id, 'referrals'] as const,
  documents: (id: string) => ['cases', 'detail', id, 'documents'] as const,
  team: (id: string) => ['cases', 'detail', id, 'team'] as const,
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

/** The people working the case (registrar, visitors, case managers, added colleagues). */
export function useCaseTeam(id: string) {
  return useQuery({
    queryKey: caseKeys.team(id),
    queryFn: async () => (await api.get<Infer<typeof caseTeam>>(`${casePath(id)}/team`)).items,
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
  const directory = useQuery({
    queryKey: [...caseKeys.all, 'directory', 'institutions'],
    queryFn: async () => (await api.get<DirectoryInstitutions>('/api/directory/institutions')).items,
    staleTime: REFERENCE_STALE,
  });
  const byId = new Map<string, InstitutionRefLike>();
  byId.set(me.institution.id, {
    id: me.institution.id,
    code: me.institution.code,
    name: me.institution.name,
  });
  for (const item of known) byId.set(item.id, item);
  for (const item of directory.data ?? []) byId.set(item.id, item);
  return [...byId.values()];
}

export interface InstitutionRefLike {
  id: string;
  code: string;
  name: DirectoryInstitution['name'] | string;
}

/** Municipalities and units of the user's country (where a family may move). */
export function useDirectoryPlaces() {
  return useQuery({
    queryKey: [...caseKeys.all, 'directory', 'places'],
    queryFn: async () => (await api.get<DirectoryPlaces>('/api/directory/places')).items,
    staleTime: REFERENCE_STALE,
  });
}

/** The case managers of the Centres for Social Work covering the case, the one in office marked. */
export function useManagerChoices(kase: CaseDetail): { id: string; fullName: string }[] {
  const candidates = useQuery({
    queryKey: [...caseKeys.detail(kase.id), 'manager-candidates'],
    queryFn: async () => (await api.get<ManagerCandidates>(`/api/cases/${kase.id}/manager-candidates`)).items,
  });
  return (candidates.data ?? []).map((item) => ({
    id: item.id,
    fullName: `${item.fullName} (${item.institution})`,
  }));
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
        queryClient.invalidateQueries({ queryKey: caseKeys.team(id) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.inbox }),
      ]),
  };
}
