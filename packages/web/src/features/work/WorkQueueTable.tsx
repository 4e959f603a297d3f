import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { WorkItem } from '@vatra/core';
import { badge, paths, recordPath, text, tone } from '../../components/presets';
import { useFormat } from '../../lib/locale';
import { careCasePath } from '../care/paths';
import { employmentPaths } from '../employment/paths';

const TITLE_LINK = { fw: 500, c: 'inherit' } as const;

/** The page of each kind of record a work item can be about (a returnee case's items carry caseId). */
const RECORD_PAGES: Record<string, (item: WorkItem) => string> = {
  care_case: (item) => careCasePath(item.recordId),
  employment_list: () => employmentPaths.page,
  job_seeker_profile: () => employmentPaths.page,
};

/**
 * Where an item is done: the referral inbox for referrals to answer, the page of its record
 * (a care case, the Employment Office links), else the returnee case; on the tab the server
 * names for the item.
 */
export function workItemLink(item: WorkItem): string | null {
  if (item.kind === 'referral_awaiting') return paths.referralInbox;
  const pageOf = RECORD_PAGES[item.recordType];
  const page = pageOf ? pageOf(item) : item.caseId ? recordPath.case(item.caseId) : null;
  if (!page) return null;
  return item.tab ? `${page}?tab=${item.tab}` : page;
}

/** The queue's titles are keys of the web catalog ("cases.queue…", or "web.cases.queue…"). */
export function useWorkTitle() {
  const { t } = useTranslation();
  return (item: WorkItem) => {
    const key = item.titleKey.startsWith('web.') ? item.titleKey.slice(4) : item.titleKey;
    return t(key as never, { ...item.titleValues, defaultValue: item.titleKey });
  };
}

/** Work items with their deadline; each opens the place where it is done. */
export function WorkQueueTable({ items }: { items: WorkItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleOf = useWorkTitle();
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.work.task')}</Table.Th>
            <Table.Th w={190}>{t('cases.work.due')}</Table.Th>
            <Table.Th w={150}>{t('cases.work.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const to = workItemLink(item);
            return (
              <Table.Tr key={`${item.kind}:${item.recordType}:${item.recordId}`}>
                <Table.Td>
                  {to ? (
                    <Anchor {...TITLE_LINK} component={Link} to={to}>
                      {titleOf(item)}
                    </Anchor>
                  ) : (
                    <Text fw={500}>{titleOf(item)}</Text>
                  )}
                  <Text {...text.caption}>
                    {t(`cases.queueKinds.${item.kind}` as never, { defaultValue: item.kind })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text c={item.overdue ? tone.overdue : undefined} fw={item.overdue ? 600 : undefined}>
                    {item.dueOn
                      ? format.date(item.dueOn)
                      : item.dueAt
                        ? format.dateTime(item.dueAt)
                        : t('cases.work.noDeadline')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {item.overdue ? (
                    <Badge {...badge.strong} color={tone.danger}>
                      {t('cases.overdue')}
                    </Badge>
                  ) : item.dueAt ? (
                    <Badge color={tone.success}>{t('cases.work.onTime')}</Badge>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
