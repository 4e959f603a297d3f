import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '@vatra/core';
import { api } from '../../api/client';
import { keys, useAllInstitutions } from '../../api/queries';
import type { UserPage } from '../../api/types';
import { ActiveToggleConfirm } from '../../components/ActiveToggleConfirm';
import { IconBuilding, IconKey, IconPencil, IconPlus } from '../../components/icons';
import { ActionsHeader, PagedTable } from '../../components/PagedTable';
import { badge, layout, rowLink, text } from '../../components/presets';
import { ActiveToggleMenuItem, RowMenu, RowMenuItem } from '../../components/RowMenu';
import { ActiveBadge, PageHeader, useModalTarget } from '../../components/ui';
import { SearchField, useListFilters, usePagedQuery } from '../../components/useListFilters';
import { LANGUAGE_SHORT_NAMES } from '../../i18n';
import { useFormat } from '../../lib/locale';
import { GrantsModal } from './GrantsModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';

const PAGE_SIZE = 25;
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
  const filters = useListFilters(INITIAL_FILTERS);
  const { institutionId, active } = filters.values;
  const [search] = useDebouncedValue(filters.values.q.trim(), 300);
  const [creating, setCreating] = useState(false);
  const editing = useModalTarget<UserSummary>();
  const resetting = useModalTarget<UserSummary>();
  const granting = useModalTarget<UserSummary>();
  const toggling = useModalTarget<UserSummary>();

  const institutions = useAllInstitutions();
  const params = {
    q: search,
    institutionId: institutionId ?? undefined,
    active: active === 'all' ? undefined : active,
    page: filters.page,
    pageSize: PAGE_SIZE,
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
      page={filters.page}
      pageSize={PAGE_SIZE}
      onPageChange={filters.setPage}
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
            <Anchor {...rowLink} onClick={() => editing.open(user)}>
              {user.fullName}
            </Anchor>
            <Text {...text.caption} className="vatra-mono">
              {user.username}
            </Text>
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
            <RowMenu>
              <RowMenuItem icon={IconPencil} onClick={() => editing.open(user)}>
                {t('users.edit')}
              </RowMenuItem>
              <RowMenuItem icon={IconKey} onClick={() => resetting.open(user)}>
                {t('users.resetPassword')}
              </RowMenuItem>
              <RowMenuItem icon={IconBuilding} onClick={() => granting.open(user)}>
                {t('users.grants')}
              </RowMenuItem>
              <Menu.Divider />
              <ActiveToggleMenuItem
                active={user.active}
                activateLabel={t('users.activate')}
                deactivateLabel={t('users.deactivate')}
                onClick={() => toggling.open(user)}
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
        title={t('users.title')}
        description={t('users.intro')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        }
      />

      <Paper>
        <Group {...layout.toolbar}>
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
        </Group>
        {body}
      </Paper>

      <UserFormModal opened={creating} onClose={() => setCreating(false)} />
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
    </Stack>
  );
}
