import type { ReactNode } from 'react';
import { Anchor, Group, Stack, Tabs, Text, Title, type TabsProps } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { IconShield } from '../../components/icons';
import { layout } from '../../components/presets';
import { EmptyState, PageLoader, QueryError } from '../../components/ui';

const TITLE_ROW = { gap: 'sm', align: 'center', wrap: 'wrap' } as const;
const NUMBER = { className: 'vatra-mono', fw: 700 } as const;
const TABS_LOOK = { keepMounted: false, variant: 'outline' } as const;

/**
 * The case file's tab named in the address (`?tab=`), so a reload or a shared link opens the
 * same tab; the first tab is the default and leaves the address bare. A tab not shown to this
 * user opens the first instead.
 */
export function useTabParam<T extends string>(tabs: readonly [T, ...T[]], shown: (tab: T) => boolean) {
  const [params, setParams] = useSearchParams();
  const first = tabs[0];
  const tab = tabs.find((value) => value === params.get('tab') && shown(value)) ?? first;
  // replace: switching tabs is not a step the browser's back button should undo
  const choose = (value: string | null) =>
    setParams(value && value !== first ? { tab: value } : {}, { replace: true });
  return { tab, choose };
}

/**
 * One case file (a case or a social-care case): the way back to the list, the case's header and
 * its tabs. A case the user may not see, or that does not exist, reads as such, not as an error.
 */
export function CaseFile<D, T extends string>({
  query,
  notFoundTitle,
  back,
  header,
  tabs,
  tab,
  onTab,
  tabLabel,
  tabsStyles,
  children,
}: {
  query: UseQueryResult<D>;
  notFoundTitle: (error: Error) => string;
  back: { to: string; label: string };
  header: (data: D) => ReactNode;
  /** The tabs this user sees, in order. */
  tabs: readonly T[];
  tab: T;
  onTab: (value: string | null) => void;
  tabLabel: (tab: T) => string;
  tabsStyles?: TabsProps['styles'];
  /** The open tab's content. */
  children: (data: D) => ReactNode;
}) {
  if (query.isPending) return <PageLoader />;
  if (query.error) {
    if (isApiError(query.error, 404) || isApiError(query.error, 403))
      return <EmptyState icon={<IconShield size={26} />} title={notFoundTitle(query.error)} />;
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.data === undefined) return null;
  return (
    <Stack {...layout.page}>
      <Anchor component={Link} to={back.to} size="sm">
        {back.label}
      </Anchor>
      {header(query.data)}
      <Tabs {...TABS_LOOK} styles={tabsStyles} value={tab} onChange={onTab}>
        <Tabs.List>
          {tabs.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {tabLabel(value)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Stack pt="md">{children(query.data)}</Stack>
      </Tabs>
    </Stack>
  );
}

/** The header's first line: the case number, then the person's name (a link, or plain text). */
export function CaseTitle({ number, children }: { number: string; children: ReactNode }) {
  return (
    <Group {...TITLE_ROW}>
      <Title order={2}>
        <Text span {...NUMBER} inherit>
          {number}
        </Text>
      </Title>
      <Title order={2} fw={500}>
        {children}
      </Title>
    </Group>
  );
}
