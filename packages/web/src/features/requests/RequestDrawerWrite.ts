import type { RequestView } from '@vatra/core';
import { useWrite } from '../../lib/write';
import { useRequestRefresh } from './data';

/**
 * A write from the request drawer: the answer (the request as it is now) goes in place and the
 * case's lists refresh; after a 409 they reload, so the next try starts from the saved version.
 */
export function useRequestWrite(caseId: string) {
  const refresh = useRequestRefresh(caseId);
  return useWrite({
    saved: async (result) => refresh(result as RequestView),
    conflict: () => refresh(),
    reloaded: '',
  });
}
