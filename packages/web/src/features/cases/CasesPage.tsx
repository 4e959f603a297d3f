import { useState } from 'react';
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CASE_STAGES, CASE_STATUSES, type CaseStage } from '@vatra/core';
import { IconPlus } from '../../components/icons';
import { PagedTable } from '../../components/PagedTable';
import { layout, recordPath, text } from '../../components/presets';
import { PageHeader } from '../../components/ui';
import { SearchField, useListFilters, usePagedQuery } from '../../components/useListFilters';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { caseKeys, type CasePage } from './data';
import { OpenCaseModal } from './OpenCaseModal';
import { DueDate, OverdueBadge, ReceivedNothingBadge, StageBadge, personName } from './parts';

const PAGE_SIZE = 25;
const STATUS_FILTERS = ['all', ...CASE_STATUSES] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];

const SEARCH = { style: { flex: '2 1 240px' } } as const;
const STAGE = { style: { flex: '1 1 180px' }, clearable: true } as const;
const MINE = { mb: 8 } as const;
const CASE_LINK = { fw: 600, className: 'vatra-mono' } as const;

interface Filters {
  q: string;
  status: StatusFilter;
  stage: CaseStage | null;
  mine: boolean;
}

const INITIAL: Filters = { q: '', status: 'open', stage: null, mine: false };

/** Cases › the list: filters, the cases of the user's jurisdiction, and opening a new one. */
export function CasesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const filters = useListFilters(INITIAL);
  const [search] = useDebouncedValue(filters.values.q.trim(), 300);
  const [opening, setOpening] = useState(false);
  const { status, stage, mine } = filters.values;

  const params = {
    q: search,
    status: status === 'all' ? undefined : status,
    stage: stage ?? undefined,
    mine: mine ? 'true' : undefined,
    page: filters.page,
    pageSize: PAGE_SIZE,
  };
  const cases = usePagedQuery<CasePage>(caseKeys.list, '/api/cases', params);
  const filtered = search !== '' || status !== 'all' || stage !== null || mine;

  const statusOptions = STATUS_FILTERS.map((value) => ({
    value,
    label: value === 'all' ? t('cases.filters.any') : t(`cases.statuses.${value}`),
  }));
  const stageOptions = CASE_STAGES.map((value) => ({ value, label: t(`cases.stages.${value}`) }));

  return (
    <Stack {...layout.page}>
      <PageHeader
        title={t('cases.title')}
        description={t('cases.intro')}
        actions={
          hasScope(me, 'person.register') && (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setOpening(true)}>
              {t('cases.open.button')}
            </Button>
          )
        }
      />
      <Paper>
        <Group {...layout.toolbar}>
          <SearchField
            {...SEARCH}
            label={t('cases.filters.search')}
            placeholder={t('cases.filters.searchPlaceholder')}
            value={filters.values.q}
            onSearch={(value) => filters.set('q', value)}
          />
          <Stack gap={4}>
            <Text fw={500}>{t('cases.filters.status')}</Text>
            <SegmentedControl
              value={status}
              onChange={(value) =>
                filters.set('status', STATUS_FILTERS.find((option) => option === value) ?? 'all')
              }
              data={statusOptions}
            />
          </Stack>
          <Select
            {...STAGE}
            label={t('cases.filters.stage')}
            placeholder={t('cases.filters.any')}
            data={stageOptions}
            value={stage}
            onChange={(value) => filters.set('stage', CASE_STAGES.find((option) => option === value) ?? null)}
          />
          <Checkbox
            {...MINE}
            label={t('cases.filters.mine')}
            checked={mine}
            onChange={(event) => filters.set('mine', event.currentTarget.checked)}
          />
        </Group>
        <PagedTable
          query={cases}
          filtered={filtered}
          minWidth={1000}
          page={filters.page}
          pageSize={PAGE_SIZE}
          onPageChange={filters.setPage}
          head={
            <>
              <Table.Th w={150}>{t('cases.columns.number')}</Table.Th>
              <Table.Th>{t('cases.columns.name')}</Table.Th>
              <Table.Th>{t('cases.columns.place')}</Table.Th>
              <Table.Th w={130}>{t('cases.columns.stage')}</Table.Th>
              <Table.Th w={170}>{t('cases.columns.visitDue')}</Table.Th>
              <Table.Th>{t('cases.columns.manager')}</Table.Th>
            </>
          }
          row={(kase) => (
            <Table.Tr key={kase.id}>
              <Table.Td>
                <Anchor {...CASE_LINK} component={Link} to={recordPath.case(kase.id)}>
                  {kase.number}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Group {...layout.chips}>
                  <Text fw={500}>{personName(kase.person)}</Text>
                  {kase.receivedNothing && <ReceivedNothingBadge />}
                </Group>
                <Text {...text.caption}>{t(`cases.kinds.${kase.kind}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Text>{format.name(kase.jurisdiction.name)}</Text>
                <Text {...text.caption}>{kase.settlement}</Text>
              </Table.Td>
              <Table.Td>
                <StageBadge stage={kase.stage} />
              </Table.Td>
              <Table.Td>
                {kase.stage === 'registered' ? (
                  <Stack gap={2} align="flex-start">
                    <DueDate value={kase.visitDueAt} overdue={kase.visitOverdue} withTime />
                    {kase.visitOverdue && <OverdueBadge />}
                  </Stack>
                ) : (
                  <Text {...text.muted}>{t('cases.visitDone')}</Text>
                )}
              </Table.Td>
              <Table.Td>
                {kase.caseManager ? (
                  <Text>{kase.caseManager.fullName}</Text>
                ) : (
                  <Text {...text.muted}>{t('cases.noManager')}</Text>
                )}
              </Table.Td>
            </Table.Tr>
          )}
        />
      </Paper>
      <OpenCaseModal opened={opening} onClose={() => setOpening(false)} />
    </Stack>
  );
}
