import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SocialFundYear } from '@vatra/core';
import { api } from '../../api/client';
import { useNotify } from '../../components/notifications';

export const SOCIAL_FUND_URL = '/api/social-fund';
export const socialFundKeys = {
  all: ['social-fund'] as const,
  year: (year: number) => ['social-fund', year] as const,
};

export function useSocialFundYear(year: number) {
  return useQuery({
    queryKey: socialFundKeys.year(year),
    queryFn: () => api.get<SocialFundYear>(SOCIAL_FUND_URL, { year }),
  });
}

type Saved = 'request' | 'submitted' | 'approved' | 'rejected' | 'subsidy' | 'report';

/** A write of the area: sends, refreshes the year, says it was saved; a refusal goes back to the form. */
export function useSocialFundWrite<B>(
  method: 'post' | 'patch',
  path: string,
  saved: Saved,
  onDone: () => void,
) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) =>
      method === 'post' ? api.post<unknown>(path, body) : api.patch<unknown>(path, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: socialFundKeys.all });
      notify(t(`socialFund.saved.${saved}`));
      onDone();
    },
  });
}

/** Empty text is "not given". */
export const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** A number input's value as a number, or null when empty. */
export const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));
