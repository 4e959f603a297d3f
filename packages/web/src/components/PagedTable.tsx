import type { ReactNode } from 'react';
import { Stack, Table, type StackProps } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { layout } from './presets';
import { EmptyState, PageLoader, QueryError, TablePager } from './ui';

/** A list query's states: a loader, its error with a retry, the empty message, or the content. */
export function QueryContent<D>({
  query,
  isEmpty,
  emptyTitle,
  errorProps,
  children,
}: {
  query: UseQueryResult<D>;
  isEmpty: (data: D) => boolean;
  emptyTitle: string;
  /** Extra spacing around the error (it sits inside the card). */
  errorProps?: StackProps;
  children: (data: D) => ReactNode;
}) {
  if (query.isPending) return <PageLoader />;
  if (query.error)
    return (
      <Stack {...layout.inset} {...errorProps}>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  if (query.data === undefined) return null;
  if (isEmpty(query.data)) return <EmptyState title={emptyTitle} />;
  return <>{children(query.data)}</>;
}

/** The header cell over the row action buttons: named for screen readers only. */
export function ActionsHeader() {
  const { t } = useTranslation();
  return (
    <Table.Th w={52}>
      <span className="sr-only">{t('common.actions')}</span>
    </Table.Th>
  );
}

/**
 * A server-paged table: loading, error and empty states, the rows (dimmed while the next page
 * loads) and the pager under them.
 */
export function PagedTable<T>({
  query,
  filtered,
  minWidth,
  page,
  pageSize,
  onPageChange,
  head,
  row,
}: {
  query: UseQueryResult<{ items: T[]; total: number }>;
  /** Whether filters are applied: an empty result then reads "no results" rather than "empty". */
  filtered: boolean;
  minWidth: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  /** The header cells. */
  head: ReactNode;
  row: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <QueryContent
      query={query}
      isEmpty={(data) => data.items.length === 0}
      emptyTitle={filtered ? t('common.noResults') : t('common.empty')}
    >
      {(data) => (
        <>
          <Table.ScrollContainer minWidth={minWidth}>
            <Table style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
              <Table.Thead>
                <Table.Tr>{head}</Table.Tr>
              </Table.Thead>
              <Table.Tbody>{data.items.map(row)}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <TablePager page={page} pageSize={pageSize} total={data.total} onChange={onPageChange} />
        </>
      )}
    </QueryContent>
  );
}
