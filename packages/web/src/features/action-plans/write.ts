import { useTranslation } from 'react-i18next';
import { useWrite } from '../../lib/write';
import { usePlanRefresh } from './data';

/**
 * One write on a plan (lib/write.ts): afterwards the plan's views are fetched again; a 409
 * (someone saved first) reloads the plan, so the next try starts from the saved version.
 */
export function usePlanWrite(planId: string) {
  const { t } = useTranslation();
  const refresh = usePlanRefresh(planId);
  return useWrite({
    saved: async () => {
      await refresh.everything();
    },
    conflict: async () => {
      await refresh.everything();
    },
    reloaded: t('actionPlans.reloaded'),
  });
}
