import { useState, type ReactNode } from 'react';
import { Button, Group, Paper, Stack, Table } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { FormDialog } from './DialogForm';
import { IconPlus } from './icons';
import { card, layout } from './presets';
import { EmptyState, PageLoader, QueryError } from './ui';

/** A column head; `false` leaves the column out (a column only some users see). */
export type ColumnHead = string | false;

/**
 * A table of records: the column heads and the rows the caller draws. With a minimum width it
 * scrolls sideways on narrow screens instead of squeezing its columns.
 */
export function RecordTable({
  columns,
  minWidth,
  children,
}: {
  /** The heads in order; an empty string is a column without a head (row buttons). */
  columns: readonly ColumnHead[];
  minWidth?: number;
  children: ReactNode;
}) {
  const table = (
    <Table>
      <Table.Thead>
        <Table.Tr>
          {columns.map((head, index) =>
            head === false ? null : <Table.Th key={index}>{head || null}</Table.Th>,
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  return minWidth === undefined ? (
    table
  ) : (
    <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>
  );
}

/** The records of a list in a card, or the card's empty state when there are none. */
export function RecordsCard({
  isEmpty,
  emptyTitle,
  emptyText,
  columns,
  minWidth,
  children,
}: {
  isEmpty: boolean;
  emptyTitle: string;
  emptyText?: string;
  columns: readonly ColumnHead[];
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <Paper>
      {isEmpty ? (
        <EmptyState title={emptyTitle} text={emptyText} />
      ) : (
        <RecordTable columns={columns} minWidth={minWidth}>
          {children}
        </RecordTable>
      )}
    </Paper>
  );
}

/**
 * The records of a page's one list in a padded card; with none, the empty state stands on the
 * page by itself (RecordsCard keeps it inside the card, among other cards).
 */
export function RecordsPanel({
  isEmpty,
  emptyTitle,
  columns,
  children,
}: {
  isEmpty: boolean;
  emptyTitle: string;
  columns: readonly ColumnHead[];
  children: ReactNode;
}) {
  if (isEmpty) return <EmptyState title={emptyTitle} />;
  return (
    <Paper {...card}>
      <RecordTable columns={columns}>{children}</RecordTable>
    </Paper>
  );
}

/** The button above a list that opens the form of a new record. */
export function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Group>
      <Button leftSection={<IconPlus />} onClick={onClick}>
        {label}
      </Button>
    </Group>
  );
}

/** A query's loader, its error with a retry, or what the caller draws of its data. */
export function QueryView<D>({
  query,
  children,
}: {
  query: UseQueryResult<D>;
  children: (data: D) => ReactNode;
}) {
  if (query.isPending) return <PageLoader />;
  if (query.error) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined) return null;
  return <>{children(query.data)}</>;
}

/**
 * A tab listing records: what leads the tab (a filter, an introduction) with the button adding a
 * record for those who may, the records in a card, and the dialog of the new record's form.
 */
export function RecordsTab<I>({
  lead,
  add,
  query,
  emptyTitle,
  columns,
  minWidth,
  row,
  children,
}: {
  lead: ReactNode;
  /** The "add" button and its dialog; null for a user who may not add. */
  add: { label: string; title: string; form: (onDone: () => void) => ReactNode } | null;
  query: UseQueryResult<{ items: I[] }>;
  emptyTitle: string;
  columns: readonly ColumnHead[];
  minWidth: number;
  row: (item: I) => ReactNode;
  /** The dialogs the rows open. */
  children?: ReactNode;
}) {
  const [adding, setAdding] = useState(false);
  return (
    <Stack {...layout.section}>
      <Group {...layout.header}>
        {lead}
        {add && <Button onClick={() => setAdding(true)}>{add.label}</Button>}
      </Group>
      <QueryView query={query}>
        {(data) => (
          <RecordsCard
            isEmpty={data.items.length === 0}
            emptyTitle={emptyTitle}
            minWidth={minWidth}
            columns={columns}
          >
            {data.items.map(row)}
          </RecordsCard>
        )}
      </QueryView>
      <FormDialog opened={adding} onClose={() => setAdding(false)} title={add?.title ?? ''}>
        {add?.form(() => setAdding(false))}
      </FormDialog>
      {children}
    </Stack>
  );
}
