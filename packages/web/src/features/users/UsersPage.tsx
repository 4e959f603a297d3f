import { Badge, Group, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '@vatra/core';
import { api } from '../../api/client';
import { keys, useAllInstitutions } from '../../api/queries';
import type { UserPage } from '../../api/types';
import { ActiveToggleConfirm } from '../../components/ActiveToggleConfirm';
import { ActiveRecordMenu, AdminListPage, RecordNameLink } from '../../components/AdminList';
import { IconBuilding, IconKey, IconPencil } from '../../components/icons';
import { ActionsHeader, PagedTable } from '../../components/PagedTable';
import { badge, layout, text } from '../../components/presets';
import { RowMenuItem } from '../../components/RowMenu';
import { ActiveBadge, useModalTarget } from '../../components/ui';
import { useAdminList } from '../../components/useAdminList';
import { SearchField, usePagedQuery } from '../../components/useListFilters';
import { LANGUAGE_SHORT_NAMES } from '../../i18n';
import { useFormat } from '../../lib/locale';
import { GrantsModal } from './GrantsModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';

const ACTIVE_FILTERS = ['all', 'true', 'false'] as const;
type ActiveFilter = (typeof ACTIVE_FILTERS)[number];

const SEARCH = { style: { flex: '2 1 240px' } } as const;
const INSTITUTION = { style: { flex: '2 1 240px' }, searchable: true, clearable: true } as const;

interface Filters {
  q: string;
  institutionId: string | null;
  active: ActiveFilter;
}

const INITIAL_FILTERS: Filters = { q: '', institutionId: null, active: 'true' };

export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useAdminList<UserSummary, Filters>(INITIAL_FILTERS);
  const { filters, search, editing, toggling, paging } = list;
  const { institutionId, active } = filters.values;
  const resetting = useModalTarget<UserSummary>();
  const granting = useModalTarget<UserSummary>();

  const institutions = useAllInstitutions();
  const params = {
    q: search,
    institutionId: institutionId ?? undefined,
    active: active === 'all' ? undefined : active,
    page: paging.page,
    pageSize: paging.pageSize,
  };
  const users = usePagedQuery<UserPage>(keys.users, '/api/admin/users', params);

  const institutionOptions = (institutions.data ?? [])
    .map((item) => ({ value: item.id, label: format.name(item.name) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  const statusOptions = [
    { value: ACTIVE_FILTERS[0], label: t('common.all') },
    { value: ACTIVE_FILTERS[1], label: t('common.active') },
    { value: ACTIVE_FILTERS[2], label: t('common.inactive') },
  ];
  const filtered = search !== '' || institutionId !== null || active !== 'all';

  const onSearch = (value: string) => filters.set('q', value);
  const onInstitution = (value: string | null) => filters.set('institutionId', value);
  const onActive = (value: string) =>
    filters.set('active', ACTIVE_FILTERS.find((option) => option === value) ?? 'all');

  const toggleActive = async (user: UserSummary) => {
    const action = user.active ? 'deactivate' : 'activate';
    await api.post(`/api/admin/users/${user.id}/${action}`, { version: user.version });
    return t(user.active ? 'users.deactivated' : 'users.activated', { name: user.fullName });
  };

  const body = (
    <PagedTable
      query={users}
      filtered={filtered}
      minWidth={900}
      {...paging}
      head={
        <>
          <Table.Th>{t('users.columns.name')}</Table.Th>
          <Table.Th>{t('users.columns.institution')}</Table.Th>
          <Table.Th>{t('users.columns.roles')}</Table.Th>
          <Table.Th w={96}>{t('users.columns.language')}</Table.Th>
          <Table.Th w={150}>{t('users.columns.lastLogin')}</Table.Th>
          <Table.Th w={110}>{t('users.columns.status')}</Table.Th>
          <ActionsHeader />
        </>
      }
      row={(user) => (
        <Table.Tr key={user.id}>
          <Table.Td>
            <RecordNameLink name={user.fullName} code={user.username} onOpen={() => editing.open(user)} />
          </Table.Td>
          <Table.Td>
            <Text>{format.name(user.institution.name)}</Text>
            {user.grantedJurisdictions.length > 0 && (
              <Text {...text.caption}>
                {t('users.alsoCovers', {
                  places: user.grantedJurisdictions.map((place) => format.name(place.name)).join(', '),
                })}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Group {...layout.chips}>
              {user.roles.map((role) => (
                <Badge key={role.id} {...badge.neutral}>
                  {format.name(role.name)}
                </Badge>
              ))}
            </Group>
          </Table.Td>
          <Table.Td>
            <Text>{LANGUAGE_SHORT_NAMES[user.locale]}</Text>
          </Table.Td>
          <Table.Td>
            {user.lastLoginAt ? (
              <Text>{format.dateTime(user.lastLoginAt)}</Text>
            ) : (
              <Text {...text.muted}>{t('users.never')}</Text>
            )}
          </Table.Td>
          <Table.Td>
            <ActiveBadge active={user.active} />
          </Table.Td>
          <Table.Td>
            <ActiveRecordMenu
              active={user.active}
              activateLabel={t('users.activate')}
              deactivateLabel={t('users.deactivate')}
              onToggle={() => toggling.open(user)}
            >
              <RowMenuItem icon={IconPencil} onClick={() => editing.open(user)}>
                {t('users.edit')}
              </RowMenuItem>
              <RowMenuItem icon={IconKey} onClick={() => resetting.open(user)}>
                {t('users.resetPassword')}
              </RowMenuItem>
              <RowMenuItem icon={IconBuilding} onClick={() => granting.open(user)}>
                {t('users.grants')}
              </RowMenuItem>
            </ActiveRecordMenu>
          </Table.Td>
        </Table.Tr>
      )}
    />
  );

  return (
    <AdminListPage
      title={t('users.title')}
      intro={t('users.intro')}
      createLabel={t('users.create')}
      onCreate={() => list.setCreating(true)}
      filters={
        <>
          <SearchField
            {...SEARCH}
            label={t('users.searchLabel')}
            placeholder={t('users.searchPlaceholder')}
            value={filters.values.q}
            onSearch={onSearch}
          />
          <Select
            {...INSTITUTION}
            label={t('users.columns.institution')}
            placeholder={t('users.anyInstitution')}
            data={institutionOptions}
            value={institutionId}
            onChange={onInstitution}
            nothingFoundMessage={t('common.noResults')}
          />
          <Stack gap={4}>
            <Text fw={500}>{t('common.status')}</Text>
            <SegmentedControl value={active} onChange={onActive} data={statusOptions} />
          </Stack>
        </>
      }
      dialogs={
        <>
          <UserFormModal opened={list.creating} onClose={() => list.setCreating(false)} />
          <UserFormModal opened={editing.opened} user={editing.target} onClose={editing.close} />
          <ResetPasswordModal opened={resetting.opened} user={resetting.target} onClose={resetting.close} />
          <GrantsModal user={granting.opened ? granting.target : null} onClose={granting.close} />
          <ActiveToggleConfirm
            target={toggling.target}
            opened={toggling.opened}
            onClose={toggling.close}
            queryKey={keys.users}
            title={(off) => (off ? t('users.deactivateTitle') : t('users.activateTitle'))}
            text={(user) =>
              t(user.active ? 'users.deactivateText' : 'users.activateText', { name: user.fullName })
            }
            confirmLabel={(off) => (off ? t('users.deactivate') : t('users.activate'))}
            toggle={toggleActive}
          />
        </>
      }
    >
      {body}
    </AdminListPage>
  );
}
