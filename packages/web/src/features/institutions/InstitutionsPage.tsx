import { useState, type ChangeEvent } from 'react';
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Menu,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { InstitutionSummary } from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { keys, useInstitutionTypes, useJurisdictions } from '../../api/queries';
import type { InstitutionPage } from '../../api/types';
import { IconBan, IconCheck, IconDots, IconPencil, IconPlus, IconSearch } from '../../components/icons';
import { useNotify } from '../../components/notifications';
import { layout, rowLink, text, tone } from '../../components/presets';
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
import { institutionTypeOptions } from '../../lib/jurisdictions';
import { useFormat } from '../../lib/locale';
import { InstitutionFormModal } from './InstitutionFormModal';

const PAGE_SIZE = 25;
const SEARCH = { style: { flex: '1 1 240px' } } as const;
const TYPE = { style: { flex: '2 1 320px' }, searchable: true, clearable: true } as const;
const NUMBER = { ta: 'right' } as const;

export function InstitutionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [search] = useDebouncedValue(q.trim(), 300);
  const [typeCode, setTypeCode] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const editing = useModalTarget<InstitutionSummary>();
  const toggling = useModalTarget<InstitutionSummary>();

  const types = useInstitutionTypes();
  const jurisdictions = useJurisdictions();
  const params = { q: search, typeCode: typeCode ?? undefined, page, pageSize: PAGE_SIZE };
  const institutions = useQuery({
    queryKey: [...keys.institutions, params],
    queryFn: () => api.get<InstitutionPage>('/api/admin/institutions', params),
    placeholderData: keepPreviousData,
  });

  const typeOptions = institutionTypeOptions(types.data ?? [], jurisdictions.data ?? [], format.name);
  const abbreviation = (code: string) => {
    const type = types.data?.find((item) => item.code === code);
    return type ? format.name(type.abbreviation) : code;
  };
  const filtered = search !== '' || typeCode !== null;

  const onSearch = (event: ChangeEvent<HTMLInputElement>) => {
    setQ(event.currentTarget.value);
    setPage(1);
  };
  const onType = (value: string | null) => {
    setTypeCode(value);
    setPage(1);
  };

  const toggleActive = async (item: InstitutionSummary) => {
    const name = format.name(item.name);
    try {
      await api.patch(`/api/admin/institutions/${item.id}`, { active: !item.active, version: item.version });
      notify(t(item.active ? 'institutions.deactivated' : 'institutions.activated', { name }));
    } catch (error) {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: keys.institutions });
      throw error;
    }
    await queryClient.invalidateQueries({ queryKey: keys.institutions });
  };

  const target = toggling.target;
  const deactivating = target?.active ?? false;

  let body;
  if (institutions.isPending) body = <PageLoader />;
  else if (institutions.error)
    body = (
      <Stack {...layout.inset}>
        <QueryError error={institutions.error} onRetry={() => void institutions.refetch()} />
      </Stack>
    );
  else if (institutions.data.items.length === 0)
    body = <EmptyState title={filtered ? t('common.noResults') : t('common.empty')} />;
  else
    body = (
      <>
        <Table.ScrollContainer minWidth={820}>
          <Table style={{ opacity: institutions.isPlaceholderData ? 0.6 : 1 }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('institutions.columns.name')}</Table.Th>
                <Table.Th w={110}>{t('institutions.columns.type')}</Table.Th>
                <Table.Th>{t('institutions.columns.jurisdiction')}</Table.Th>
                <Table.Th {...NUMBER} w={110}>
                  {t('institutions.columns.users')}
                </Table.Th>
                <Table.Th w={110}>{t('institutions.columns.status')}</Table.Th>
                <Table.Th w={52}>
                  <span className="sr-only">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {institutions.data.items.map((item) => (
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
                    <Menu>
                      <Menu.Target>
                        <ActionIcon aria-label={t('common.moreActions')} title={t('common.moreActions')}>
                          <IconDots />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => editing.open(item)}>
                          {t('common.edit')}
                        </Menu.Item>
                        <Menu.Divider />
                        {item.active ? (
                          <Menu.Item
                            color={tone.danger}
                            leftSection={<IconBan size={16} />}
                            onClick={() => toggling.open(item)}
                          >
                            {t('institutions.deactivate')}
                          </Menu.Item>
                        ) : (
                          <Menu.Item
                            leftSection={<IconCheck size={16} />}
                            onClick={() => toggling.open(item)}
                          >
                            {t('institutions.activate')}
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
        <TablePager page={page} pageSize={PAGE_SIZE} total={institutions.data.total} onChange={setPage} />
      </>
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
          <TextInput
            {...SEARCH}
            label={t('common.search')}
            placeholder={t('institutions.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={q}
            onChange={onSearch}
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
      <ConfirmModal
        opened={toggling.opened}
        title={deactivating ? t('institutions.deactivateTitle') : t('institutions.activateTitle')}
        text={
          target
            ? t(deactivating ? 'institutions.deactivateText' : 'institutions.activateText', {
                name: format.name(target.name),
              })
            : ''
        }
        confirmLabel={deactivating ? t('institutions.deactivate') : t('institutions.activate')}
        color={deactivating ? tone.danger : tone.success}
        onConfirm={() => (target ? toggleActive(target) : Promise.resolve())}
        onClose={toggling.close}
      />
    </Stack>
  );
}
