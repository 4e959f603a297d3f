import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MeetingList, MeetingView, WaitingList } from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { useNotify } from '../../components/notifications';

export const commissionKeys = {
  all: ['commissions'] as const,
  list: ['commissions', 'meetings'] as const,
  meeting: (id: string) => ['commissions', 'meetings', id] as const,
  waiting: (id: string) => ['commissions', 'meetings', id, 'waiting'] as const,
};

export function useMeetings() {
  return useQuery({
    queryKey: commissionKeys.list,
    queryFn: () => api.get<MeetingList>('/api/commissions/meetings'),
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: commissionKeys.meeting(id),
    queryFn: () => api.get<MeetingView>(`/api/commissions/meetings/${encodeURIComponent(id)}`),
  });
}

export function useWaiting(id: string, enabled: boolean) {
  return useQuery({
    queryKey: commissionKeys.waiting(id),
    queryFn: () => api.get<WaitingList>(`/api/commissions/meetings/${encodeURIComponent(id)}/waiting`),
    enabled,
  });
}

/**
 * A step on a meeting (agenda, attendance, votes, decision, close): posts, refreshes the meeting
 * and its waiting list, and says what went wrong in the server's words.
 */
type Saved = 'attendance' | 'agenda' | 'votes' | 'decided' | 'closed';

export function useMeetingStep<B>(meetingId: string, path: string, saved: Saved) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) =>
      api.post<MeetingView>(`/api/commissions/meetings/${encodeURIComponent(meetingId)}${path}`, body),
    onSuccess: (meeting) => {
      queryClient.setQueryData(commissionKeys.meeting(meetingId), meeting);
      void queryClient.invalidateQueries({ queryKey: commissionKeys.all });
      notify(t(`commissions.saved.${saved}`));
    },
    onError: (error) => {
      const fields = isApiError(error) ? Object.values(error.fields) : [];
      notify([error.message, ...fields].join(' '), 'error');
    },
  });
}

export const pdfLink = {
  minutes: (meetingId: string, lang: string) =>
    `/api/commissions/meetings/${encodeURIComponent(meetingId)}/minutes.pdf?lang=${lang}`,
  decision: (decisionId: string, lang?: string) =>
    `/api/request-decisions/${encodeURIComponent(decisionId)}/pdf${lang ? `?lang=${lang}` : ''}`,
  notification: (decisionId: string) =>
    `/api/request-decisions/${encodeURIComponent(decisionId)}/notification.pdf`,
};
