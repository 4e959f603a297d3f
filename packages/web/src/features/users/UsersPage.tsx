import { useState, type ChangeEvent } from 'react';
import {
  ActionIcon,
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
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { keys, useAllInstitutions } from '../../api/queries';
import type { UserPage } from '../../api/types';
import {
  IconBan,
  IconCheck,
  IconDots,
  IconKey,
  IconPencil,
  IconPlus,
  IconSearch,
} from '../../components/icons';
import { useNotify } from '../../components/notifications';
import { badge, layout, rowLink, text, tone } from '../../components/presets';
import {
  ActiveBadge,
  ConfirmModal,
  EmptyState,
  PageHeader,
  PageLoader,
  QueryError,
  TablePager,
  useModalTarget,
} from '../../components/ui';
import { LANGUAGE_SHORT_NAMES } from '../../i18n';
import { useFormat } from '../../lib/locale';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';

const PAGE_SIZE = 25;
const ACTIVE_FILTERS = ['all', 'true', 'false'] as const;
type ActiveFilter = (typeof ACTIVE_FILTERS)[number];

const SEARCH = { style: { flex: '2 1 240px' } } as const;
const INSTITUTION = { style: { flex: '2 1 240px' }, searchable: true, clearable: true } as const;

export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [search] = useDebouncedValue(q.trim(), 300);
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const [active, setActive] = useState<ActiveFilter>('true');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const editing = useModalTarget<UserSummary>();
  const resetting = useModalTarget<UserSummary>();
  const toggling = useModalTarget<UserSummary>();

  const institutions = useAllInstitutions();
  const params = {
    q: search,
    institutionId: institutionId ?? undefined,
    active: active === 'all' ? undefined : active,
    page,
    pageSize: PAGE_SIZE,
  };
  const users = useQuery({
    queryKey: [...keys.users, params],
    queryFn: () => api.get<UserPage>('/api/admin/users', params),
    placeholderData: keepPreviousData,
  });

  const institutionOptions = (institutions.data ?? [])
    .map((item) => ({ value: item.id, label: format.name(item.name) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  const statusOptions = [
    { value: ACTIVE_FILTERS[0], label: t('common.all') },
    { value: ACTIVE_FILTERS[1], label: t('common.active') },
    { value: ACTIVE_FILTERS[2], label: t('common.inactive') },
  ];
  const filtered = search !== '' || institutionId !== null || active !== 'all';

  const onSearch = (event: ChangeEvent<HTMLInputElement>) => {
    setQ(event.currentTarget.value);
    setPage(1);
  };
  const onInstitution = (value: string | null) => {
    setInstitutionId(value);
    setPage(1);
  };
  const onActive = (value: string) => {
    setActive(ACTIVE_FILTERS.find((option) => option === value) ?? 'all');
    setPage(1);
  };

  const toggleActive = async (user: UserSummary) => {
    const action = user.active ? 'deactivate' : 'activate';
    try {
      await api.post(`/api/admin/users/${user.id}/${action}`, { version: user.version });
      notify(t(user.active ? 'users.deactivated' : 'users.activated', { name: user.fullName }));
    } catch (error) {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: keys.users });
      throw error;
    }
    await queryClient.invalidateQueries({ queryKey: keys.users });
  };

  const target = toggling.target;
  const deactivating = target?.active ?? false;

  let body;
  if (users.isPending) body = <PageLoader />;
  else if (users.error)
    body = (
      <Stack {...layout.inset}>
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      </Stack>
    );
  else if (users.data.items.length === 0)
    body = <EmptyState title={filtered ? t('common.noResults') : t('common.empty')} />;
  else
    body = (
      <>
        <Table.ScrollContainer minWidth={900}>
          <Table style={{ opacity: users.isPlaceholderData ? 0.6 : 1 }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.columns.name')}</Table.Th>
                <Table.Th>{t('users.columns.institution')}</Table.Th>
                <Table.Th>{t('users.columns.roles')}</Table.Th>
                <Table.Th w={96}>{t('users.columns.language')}</Table.Th>
                <Table.Th w={150}>{t('users.columns.lastLogin')}</Table.Th>
                <Table.Th w={110}>{t('users.columns.status')}</Table.Th>
                <Table.Th w={52}>
                  <span className="sr-only">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.items.map((user) => (
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
                          places: user.grantedJurisdictions
                            .map((place) => format.name(place.name))
                            .join(', '),
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
                    <Menu>
                      <Menu.Target>
                        <ActionIcon aria-label={t('common.moreActions')} title={t('common.moreActions')}>
                          <IconDots />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => editing.open(user)}>
                          {t('users.edit')}
                        </Menu.Item>
                        <Menu.Item leftSection={<IconKey size={16} />} onClick={() => resetting.open(user)}>
                          {t('users.resetPassword')}
                        </Menu.Item>
                        <Menu.Divider />
                        {user.active ? (
                          <Menu.Item
                            color={tone.danger}
                            leftSection={<IconBan size={16} />}
                            onClick={() => toggling.open(user)}
                          >
                            {t('users.deactivate')}
                          </Menu.Item>
                        ) : (
                          <Menu.Item
                            leftSection={<IconCheck size={16} />}
                            onClick={() => toggling.open(user)}
                          >
                            {t('users.activate')}
                          </Menu.Item>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <TablePager page={page} pageSize={PAGE_SIZE} total={users.data.total} onChange={setPage} />
      </>
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
          <TextInput
            {...SEARCH}
            label={t('users.searchLabel')}
            placeholder={t('users.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={q}
            onChange={onSearch}
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
      <ConfirmModal
        opened={toggling.opened}
        title={deactivating ? t('users.deactivateTitle') : t('users.activateTitle')}
        text={
          target
            ? t(deactivating ? 'users.deactivateText' : 'users.activateText', { name: target.fullName })
            : ''
        }
        confirmLabel={deactivating ? t('users.deactivate') : t('users.activate')}
        color={deactivating ? tone.danger : tone.success}
        onConfirm={() => (target ? toggleActive(target) : Promise.resolve())}
        onClose={toggling.close}
      />
    </Stack>
  );
}
