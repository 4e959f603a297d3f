import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@vatra/core';
import type { FieldErrors } from '../../lib/forms';
import { useWrite } from '../../lib/write';
import { useCaseRefresh } from './data';

/**
 * Sends one step of the case path (lib/write.ts): puts the fresh case (when the answer is one)
 * in place and refreshes the lists and queues; a 409 (someone else changed the case first)
 * reloads the case.
 */
export function useCaseWrite(caseId: string) {
  const { t } = useTranslation();
  const refresh = useCaseRefresh(caseId);
  return useWrite({
    saved: async (result) => {
      if (isCase(result)) refresh.set(result);
      else await refresh.reload();
      await refresh.lists();
    },
    conflict: async () => {
      await refresh.reload();
      await refresh.lists();
    },
    reloaded: t('cases.file.reloaded'),
  });
}

function isCase(value: unknown): value is CaseDetail {
  return !!value && typeof value === 'object' && 'allowed' in value && 'stage' in value;
}

/** Errors on a form's answers, by the answers' own paths (the server may prefix them with data.). */
export function answerErrors(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [
      path.startsWith('data.') ? path.slice(5) : path,
      message,
    ]),
  );
}
