import { useState } from 'react';
import { Anchor, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  CARE_CHANNELS,
  CARE_STATUSES,
  type CareCasePage,
  type CareChannel,
  type CareStatus,
} from '@vatra/core';
import { IconPlus } from '../../components/icons';
import { PagedTable } from '../../components/PagedTable';
import { button, layout, text } from '../../components/presets';
import { PageHeader } from '../../components/ui';
import { useListFilters, usePagedQuery } from '../../components/useListFilters';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { careKeys } from './data';
import { OpenCareCaseModal } from './OpenCareCaseModal';
import { ChannelText, ReturneeBadge, RiskBadge, SensitivityBadge, StatusBadge } from './parts';
import { careCasePath, carePaths } from './paths';

const PAGE_SIZE = 25;
const FILTER = { style: { flex: '1 1 200px' }, clearable: true } as const;
const CASE_LINK = { fw: 600, className: 'vatra-mono' } as const;
const RETURNEE_FILTERS = ['true', 'false'] as const;

interface Filters {
  status: CareStatus | null;
  channel: CareChannel | null;
  returnee: (typeof RETURNEE_FILTERS)[number] | null;
}

const INITIAL: Filters = { status: null, channel: null, returnee: null };

/** Social care › the list: the cases of the user's jurisdiction, filters, opening a new one. */
export function CareCasesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const filters = useListFilters(INITIAL);
  const [opening, setOpening] = useState(false);
  const { status, channel, returnee } = filters.values;
  const params = {
    status: status ?? undefined,
    channel: channel ?? undefined,
    returnee: returnee ?? undefined,
    page: filters.page,
    pageSize: PAGE_SIZE,
  };
  const cases = usePagedQuery<CareCasePage>(careKeys.list, '/api/care/cases', params);

  return (
    <Stack {...layout.page}>
      <PageHeader
        title={t('care.title')}
        description={t('care.intro')}
        actions={
          <Group {...layout.inline}>
            <Button {...button.secondary} component={Link} to={carePaths.directory}>
              {t('care.directoryNav')}
            </Button>
            {hasScope(me, 'care.assess') && (
              <Button leftSection={<IconPlus size={18} />} onClick={() => setOpening(true)}>
                {t('care.open.button')}
              </Button>
            )}
          </Group>
        }
      />
      <Paper>
        <Group {...layout.toolbar}>
          <Select
            {...FILTER}
            label={t('care.filters.status')}
            placeholder={t('care.filters.any')}
            data={CARE_STATUSES.map((value) => ({ value, label: t(`care.statuses.${value}`) }))}
            value={status}
            onChange={(value) => filters.set('status', CARE_STATUSES.find((item) => item === value) ?? null)}
          />
          <Select
            {...FILTER}
            label={t('care.filters.channel')}
            placeholder={t('care.filters.any')}
            data={CARE_CHANNELS.map((value) => ({ value, label: t(`care.channels.${value}`) }))}
            value={channel}
            onChange={(value) => filters.set('channel', CARE_CHANNELS.find((item) => item === value) ?? null)}
          />
          <Select
            {...FILTER}
            label={t('care.filters.returnee')}
            placeholder={t('care.filters.any')}
            data={[
              { value: 'true', label: t('care.filters.onlyReturnees') },
              { value: 'false', label: t('care.filters.notReturnees') },
            ]}
            value={returnee}
            onChange={(value) =>
              filters.set('returnee', RETURNEE_FILTERS.find((item) => item === value) ?? null)
            }
          />
        </Group>
        <PagedTable
          query={cases}
          filtered={status !== null || channel !== null || returnee !== null}
          minWidth={960}
          page={filters.page}
          pageSize={PAGE_SIZE}
          onPageChange={filters.setPage}
          head={
            <>
              <Table.Th w={170}>{t('care.columns.number')}</Table.Th>
              <Table.Th>{t('care.columns.person')}</Table.Th>
              <Table.Th>{t('care.columns.channel')}</Table.Th>
              <Table.Th w={130}>{t('care.columns.risk')}</Table.Th>
              <Table.Th w={150}>{t('care.columns.status')}</Table.Th>
              <Table.Th>{t('care.columns.worker')}</Table.Th>
              <Table.Th w={120}>{t('care.columns.opened')}</Table.Th>
            </>
          }
          row={(kase) => (
            <Table.Tr key={kase.id}>
              <Table.Td>
                <Anchor {...CASE_LINK} component={Link} to={careCasePath(kase.id)}>
                  {kase.number}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Group {...layout.chips}>
                  <Text fw={500}>{kase.person.fullName}</Text>
                  {kase.returnee && <ReturneeBadge />}
                  <SensitivityBadge sensitivity={kase.sensitivity} />
                </Group>
                <Text {...text.caption}>{format.name(kase.jurisdiction.name)}</Text>
              </Table.Td>
              <Table.Td>
                <ChannelText channel={kase.channel} receivedBy={kase.receivedBy} />
              </Table.Td>
              <Table.Td>
                <RiskBadge level={kase.riskLevel} />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={kase.status} />
              </Table.Td>
              <Table.Td>{kase.worker?.fullName ?? ''}</Table.Td>
              <Table.Td>{format.date(kase.openedAt)}</Table.Td>
            </Table.Tr>
          )}
        />
      </Paper>
      <OpenCareCaseModal opened={opening} onClose={() => setOpening(false)} />
    </Stack>
  );
}
