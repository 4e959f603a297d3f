import { useState } from 'react';
import { Anchor, Button, Group, Menu, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { InstitutionSummary } from '@vatra/core';
import { api } from '../../api/client';
import { keys, useInstitutionTypes, useJurisdictions } from '../../api/queries';
import type { InstitutionPage } from '../../api/types';
import { ActiveToggleConfirm } from '../../components/ActiveToggleConfirm';
import { IconPencil, IconPlus } from '../../components/icons';
import { ActionsHeader, PagedTable } from '../../components/PagedTable';
import { layout, rowLink, text } from '../../components/presets';
import { ActiveToggleMenuItem, RowMenu, RowMenuItem } from '../../components/RowMenu';
import { ActiveBadge, PageHeader, useModalTarget } from '../../components/ui';
import { SearchField, useListFilters, usePagedQuery } from '../../components/useListFilters';
import { institutionTypeOptions } from '../../lib/jurisdictions';
import { useFormat } from '../../lib/locale';
import { InstitutionFormModal } from './InstitutionFormModal';

const PAGE_SIZE = 25;
const SEARCH = { style: { flex: '1 1 240px' } } as const;
const TYPE = { style: { flex: '2 1 320px' }, searchable: true, clearable: true } as const;
const NUMBER = { ta: 'right' } as const;

interface Filters {
  q: string;
  typeCode: string | null;
}

const INITIAL_FILTERS: Filters = { q: '', typeCode: null };

export function InstitutionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const filters = useListFilters(INITIAL_FILTERS);
  const { typeCode } = filters.values;
  const [search] = useDebouncedValue(filters.values.q.trim(), 300);
  const [creating, setCreating] = useState(false);
  const editing = useModalTarget<InstitutionSummary>();
  const toggling = useModalTarget<InstitutionSummary>();

  const types = useInstitutionTypes();
  const jurisdictions = useJurisdictions();
  const params = { q: search, typeCode: typeCode ?? undefined, page: filters.page, pageSize: PAGE_SIZE };
  const institutions = usePagedQuery<InstitutionPage>(keys.institutions, '/api/admin/institutions', params);

  const typeOptions = institutionTypeOptions(types.data ?? [], jurisdictions.data ?? [], format.name);
  const abbreviation = (code: string) => {
    const type = types.data?.find((item) => item.code === code);
    return type ? format.name(type.abbreviation) : code;
  };
  const filtered = search !== '' || typeCode !== null;

  const onSearch = (value: string) => filters.set('q', value);
  const onType = (value: string | null) => filters.set('typeCode', value);

  const toggleActive = async (item: InstitutionSummary) => {
    await api.patch(`/api/admin/institutions/${item.id}`, { active: !item.active, version: item.version });
    return t(item.active ? 'institutions.deactivated' : 'institutions.activated', {
      name: format.name(item.name),
    });
  };

  const body = (
    <PagedTable
      query={institutions}
      filtered={filtered}
      minWidth={820}
      page={filters.page}
      pageSize={PAGE_SIZE}
      onPageChange={filters.setPage}
      head={
        <>
          <Table.Th>{t('institutions.columns.name')}</Table.Th>
          <Table.Th w={110}>{t('institutions.columns.type')}</Table.Th>
          <Table.Th>{t('institutions.columns.jurisdiction')}</Table.Th>
          <Table.Th {...NUMBER} w={110}>
            {t('institutions.columns.users')}
          </Table.Th>
          <Table.Th w={110}>{t('institutions.columns.status')}</Table.Th>
          <ActionsHeader />
        </>
      }
      row={(item) => (
        <Table.Tr key={item.id}>
          <Table.Td>
            <Anchor {...rowLink} onClick={() => editing.open(item)}>
              {format.name(item.name)}
            </Anchor>
            <Text {...text.caption} className="vatra-mono">
              {item.code}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text title={format.name(item.type.name)}>{abbreviation(item.type.code)}</Text>
          </Table.Td>
          <Table.Td>
            <Text>{format.name(item.jurisdiction.name)}</Text>
            <Text {...text.caption}>{t(`levels.${item.jurisdiction.level}`)}</Text>
          </Table.Td>
          <Table.Td {...NUMBER}>
            <Text>{format.number(item.userCount)}</Text>
          </Table.Td>
          <Table.Td>
            <ActiveBadge active={item.active} />
          </Table.Td>
          <Table.Td>
            <RowMenu>
              <RowMenuItem icon={IconPencil} onClick={() => editing.open(item)}>
                {t('common.edit')}
              </RowMenuItem>
              <Menu.Divider />
              <ActiveToggleMenuItem
                active={item.active}
                activateLabel={t('institutions.activate')}
                deactivateLabel={t('institutions.deactivate')}
                onClick={() => toggling.open(item)}
              />
            </RowMenu>
          </Table.Td>
        </Table.Tr>
      )}
    />
  );

  return (
    <Stack {...layout.page}>
      <PageHeader
        title={t('institutions.title')}
        description={t('institutions.intro')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
            {t('institutions.create')}
          </Button>
        }
      />

      <Paper>
        <Group {...layout.toolbar}>
          <SearchField
            {...SEARCH}
            label={t('common.search')}
            placeholder={t('institutions.searchPlaceholder')}
            value={filters.values.q}
            onSearch={onSearch}
          />
          <Select
            {...TYPE}
            label={t('institutions.columns.type')}
            placeholder={t('institutions.anyType')}
            data={typeOptions}
            value={typeCode}
            onChange={onType}
            nothingFoundMessage={t('common.noResults')}
          />
        </Group>
        {body}
      </Paper>

      <InstitutionFormModal opened={creating} onClose={() => setCreating(false)} />
      <InstitutionFormModal opened={editing.opened} institution={editing.target} onClose={editing.close} />
      <ActiveToggleConfirm
        target={toggling.target}
        opened={toggling.opened}
        onClose={toggling.close}
        queryKey={keys.institutions}
        title={(off) => (off ? t('institutions.deactivateTitle') : t('institutions.activateTitle'))}
        text={(item) =>
          t(item.active ? 'institutions.deactivateText' : 'institutions.activateText', {
            name: format.name(item.name),
          })
        }
        confirmLabel={(off) => (off ? t('institutions.deactivate') : t('institutions.activate'))}
        toggle={toggleActive}
      />
    </Stack>
  );
}
