import { Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InstitutionSummary } from '@vatra/core';
import { api } from '../../api/client';
import { keys, useInstitutionTypes, useJurisdictions } from '../../api/queries';
import type { InstitutionPage } from '../../api/types';
import { ActiveToggleConfirm } from '../../components/ActiveToggleConfirm';
import { ActiveRecordMenu, AdminListPage, RecordNameLink } from '../../components/AdminList';
import { IconPencil } from '../../components/icons';
import { ActionsHeader, PagedTable } from '../../components/PagedTable';
import { text } from '../../components/presets';
import { RowMenuItem } from '../../components/RowMenu';
import { ActiveBadge } from '../../components/ui';
import { useAdminList } from '../../components/useAdminList';
import { SearchField, usePagedQuery } from '../../components/useListFilters';
import { institutionTypeOptions } from '../../lib/jurisdictions';
import { useFormat } from '../../lib/locale';
import { InstitutionFormModal } from './InstitutionFormModal';

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
  const list = useAdminList<InstitutionSummary, Filters>(INITIAL_FILTERS);
  const { filters, search, editing, toggling, paging } = list;
  const { typeCode } = filters.values;

  const types = useInstitutionTypes();
  const jurisdictions = useJurisdictions();
  const params = { q: search, typeCode: typeCode ?? undefined, page: paging.page, pageSize: paging.pageSize };
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
      {...paging}
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
            <RecordNameLink
              name={format.name(item.name)}
              code={item.code}
              onOpen={() => editing.open(item)}
            />
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
            <ActiveRecordMenu
              active={item.active}
              activateLabel={t('institutions.activate')}
              deactivateLabel={t('institutions.deactivate')}
              onToggle={() => toggling.open(item)}
            >
              <RowMenuItem icon={IconPencil} onClick={() => editing.open(item)}>
                {t('common.edit')}
              </RowMenuItem>
            </ActiveRecordMenu>
          </Table.Td>
        </Table.Tr>
      )}
    />
  );

  return (
    <AdminListPage
      title={t('institutions.title')}
      intro={t('institutions.intro')}
      createLabel={t('institutions.create')}
      onCreate={() => list.setCreating(true)}
      filters={
        <>
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
        </>
      }
      dialogs={
        <>
          <InstitutionFormModal opened={list.creating} onClose={() => list.setCreating(false)} />
          <InstitutionFormModal
            opened={editing.opened}
            institution={editing.target}
            onClose={editing.close}
          />
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
        </>
      }
    >
      {body}
    </AdminListPage>
  );
}
