import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Query } from '../api/client';
import { IconSearch } from './icons';

/** A list's filters and its page; changing a filter goes back to the first page. */
export function useListFilters<F extends object>(initial: F) {
  const [values, setValues] = useState<F>(initial);
  const [page, setPage] = useState(1);
  const set = <K extends keyof F>(key: K, value: F[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setPage(1);
  };
  const replace = (next: F) => {
    setValues(next);
    setPage(1);
  };
  return { values, set, replace, page, setPage };
}

/** One page of a server-paged list; the previous page stays on screen while the next loads. */
export function usePagedQuery<T>(key: readonly unknown[], path: string, params: Query) {
  return useQuery({
    queryKey: [...key, params],
    queryFn: () => api.get<T>(path, params),
    placeholderData: keepPreviousData,
  });
}

/** The free-text search in a list's filter bar. */
export function SearchField({
  value,
  onSearch,
  ...rest
}: Omit<TextInputProps, 'value' | 'onChange' | 'leftSection'> & {
  value: string;
  onSearch: (value: string) => void;
}) {
  return (
    <TextInput
      {...rest}
      leftSection={<IconSearch size={16} />}
      value={value}
      onChange={(event) => onSearch(event.currentTarget.value)}
    />
  );
}
