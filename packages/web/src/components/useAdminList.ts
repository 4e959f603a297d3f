import { useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { useListFilters } from './useListFilters';
import { useModalTarget } from './ui';

const PAGE_SIZE = 25;

/**
 * The state of a paged administration list (users, institutions): its filters and page, the
 * search once the user pauses typing (one request, not one a key), whether a record is being
 * created, and which record the edit and the (de)activation dialogs are about.
 */
export function useAdminList<T, F extends { q: string }>(initial: F) {
  const filters = useListFilters(initial);
  const [search] = useDebouncedValue(filters.values.q.trim(), 300);
  const [creating, setCreating] = useState(false);
  const editing = useModalTarget<T>();
  const toggling = useModalTarget<T>();
  // the paging of the PagedTable, and of the request for its page
  const paging = { page: filters.page, pageSize: PAGE_SIZE, onPageChange: filters.setPage };
  return { filters, search, creating, setCreating, editing, toggling, paging };
}
