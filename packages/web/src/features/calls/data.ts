import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CallList, CallMatchList, CallRanking, CallView } from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { useNotify } from '../../components/notifications';

export const callKeys = {
  all: ['calls'] as const,
  list: ['calls', 'list'] as const,
  open: (schemeCode: string) => ['calls', 'open', schemeCode] as const,
  one: (id: string) => ['calls', 'one', id] as const,
  matches: (id: string) => ['calls', 'one', id, 'matches'] as const,
  ranking: (id: string) => ['calls', 'one', id, 'ranking'] as const,
};

export function useCalls() {
  return useQuery({
    queryKey: callKeys.list,
    queryFn: async () => (await api.get<CallList>('/api/calls')).items,
  });
}

/** The calls of a scheme open for applications now (for the filing form). */
export function useOpenCalls(schemeCode: string | null, enabled: boolean) {
  return useQuery({
    queryKey: callKeys.open(schemeCode ?? ''),
    queryFn: async () =>
      (await api.get<CallList>('/api/calls', { status: 'open', schemeCode: schemeCode ?? '' })).items.filter(
        (call) => call.acceptsApplications,
      ),
    enabled: enabled && schemeCode !== null,
  });
}

export function useCall(id: string) {
  return useQuery({
    queryKey: callKeys.one(id),
    queryFn: () => api.get<CallView>(`/api/calls/${encodeURIComponent(id)}`),
  });
}

export function useCallMatches(id: string, enabled: boolean) {
  return useQuery({
    queryKey: callKeys.matches(id),
    queryFn: () => api.get<CallMatchList>(`/api/calls/${encodeURIComponent(id)}/matches`),
    enabled,
  });
}

export function useCallRanking(id: string) {
  return useQuery({
    queryKey: callKeys.ranking(id),
    queryFn: () => api.get<CallRanking>(`/api/calls/${encodeURIComponent(id)}/ranking`),
  });
}

/** The server's message with its field messages, for a dialog that shows one line. */
export function errorText(error: unknown): string {
  if (isApiError(error)) return [error.message, ...Object.values(error.fields)].join(' ');
  return error instanceof Error ? error.message : String(error);
}

/** Opens, closes or makes the ranking final; refreshes the call and the lists. */
export function useCallStep(callId: string) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ step, version }: { step: 'open' | 'close' | 'rank'; version: number }) =>
      api.post<CallView>(`/api/calls/${encodeURIComponent(callId)}/${step}`, { version }),
    onSuccess: (call, { step }) => {
      queryClient.setQueryData(callKeys.one(callId), call);
      void queryClient.invalidateQueries({ queryKey: callKeys.all });
      notify(t(`calls.saved.${step}`));
    },
    onError: () => {
      // A stale page (someone else moved the call on): show the call as it is now.
      void queryClient.invalidateQueries({ queryKey: callKeys.one(callId) });
    },
  });
}
