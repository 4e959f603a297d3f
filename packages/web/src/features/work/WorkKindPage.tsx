import { Anchor, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { workQueuePage } from '@vatra/core';
import type { Infer } from '../../api/types';
import { QueryContent } from '../../components/PagedTable';
import { layout, paths } from '../../components/presets';
import { PageHeader, TablePager } from '../../components/ui';
import { useListFilters, usePagedQuery } from '../../components/useListFilters';
import { WorkQueueTable } from './WorkQueueTable';

const PAGE_SIZE = 25;

/** One kind of the user's work queue, page by page (/work/visit_due). */
export function WorkKindPage() {
  const { kind = '' } = useParams();
  const { t } = useTranslation();
  const filters = useListFilters({});
  const query = usePagedQuery<Infer<typeof workQueuePage>>(['work', kind], '/api/work-queue', {
    kind,
    page: filters.page,
    pageSize: PAGE_SIZE,
  });
  const title = t(`cases.queueKinds.${kind}` as never, { defaultValue: t('cases.work.title') });
  return (
    <Stack {...layout.page}>
      <Anchor component={Link} to={paths.home} size="sm">
        {t('cases.work.back')}
      </Anchor>
      <PageHeader title={String(title)} />
      <Paper>
        <QueryContent
          query={query}
          isEmpty={(data) => data.items.length === 0}
          emptyTitle={t('cases.work.empty')}
        >
          {(data) => (
            <>
              <WorkQueueTable items={data.items} />
              <TablePager
                page={filters.page}
                pageSize={PAGE_SIZE}
                total={data.total}
                onChange={filters.setPage}
              />
            </>
          )}
        </QueryContent>
      </Paper>
    </Stack>
  );
}
