import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssistedHouseholdList, EmploymentList, JobSeekerProfileList } from '@vatra/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useWrite } from '../../lib/write';

// Economic assistance and the Employment Office: the register, the monthly list, job seekers.
// Every write answers with the record; the three lists reload (they show each other's facts:
// a new profile or refusal changes the monthly list).

export const employmentKeys = {
  all: ['employment'] as const,
  households: (month: string | null) => ['employment', 'households', month] as const,
  list: (month: string) => ['employment', 'list', month] as const,
  jobSeekers: ['employment', 'job-seekers'] as const,
};

export const HOUSEHOLDS_URL = '/api/employment/households';
export const LIST_URL = '/api/employment/list';
export const SENDS_URL = '/api/employment/list/sends';
export const JOB_SEEKERS_URL = '/api/employment/job-seekers';

// This month and today in the offices' time zone, for the employment forms' defaults.
export { thisMonth as currentMonth, today } from '../../lib/dates';

export function useAssistedHouseholds(month: string | null) {
  return useQuery({
    queryKey: employmentKeys.households(month),
    queryFn: () => api.get<AssistedHouseholdList>(HOUSEHOLDS_URL, month ? { month } : {}),
  });
}

export function useEmploymentList(month: string) {
  return useQuery({
    queryKey: employmentKeys.list(month),
    queryFn: () => api.get<EmploymentList>(LIST_URL, { month }),
  });
}

export function useJobSeekers(enabled = true) {
  return useQuery({
    queryKey: employmentKeys.jobSeekers,
    queryFn: () => api.get<JobSeekerProfileList>(JOB_SEEKERS_URL),
    enabled,
  });
}

/** A write of this page: everything of the area reloads after it, and after a 409. */
export function useEmploymentWrite() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: employmentKeys.all });
  return useWrite({ saved: reload, conflict: reload, reloaded: t('employment.reloaded') });
}
