import { useState } from 'react';
import { Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoleSummary } from '@vatra/core';
import { useJurisdictions, useRoles } from '../../api/queries';
import { AdminListPage, RecordNameLink } from '../../components/AdminList';
import { IconPencil } from '../../components/icons';
import { ActionsHeader, QueryContent } from '../../components/PagedTable';
import { badge, layout } from '../../components/presets';
import { IconButton } from '../../components/RowMenu';
import { useModalTarget } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { groupScopes, scopeKey } from '../../lib/scopes';
import { RoleFormModal } from './RoleFormModal';

const NUMBER = { ta: 'right' } as const;
const NAME_CELL = { ...layout.inline, gap: 8, align: 'flex-start' } as const;
const BUILTIN = { ...badge.outline, mt: 3, style: { flexShrink: 0 } } as const;
const ERROR = { pt: 16 } as const;

export function RolesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const roles = useRoles();
  const jurisdictions = useJurisdictions();
  const [creating, setCreating] = useState(false);
  const editing = useModalTarget<RoleSummary>();

  const countryName = (code: string) => {
    const country = jurisdictions.data?.find((node) => node.level === 'country' && node.code === code);
    return country ? format.name(country.name) : code;
  };
  const sorted = [...(roles.data?.items ?? [])].sort((a, b) =>
    format.name(a.name).localeCompare(format.name(b.name), format.locale),
  );

  const body = (
    <QueryContent
      query={roles}
      isEmpty={() => sorted.length === 0}
      emptyTitle={t('common.empty')}
      errorProps={ERROR}
    >
      {() => (
        <Table.ScrollContainer minWidth={760}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('roles.columns.name')}</Table.Th>
                <Table.Th w={130}>{t('roles.columns.country')}</Table.Th>
                <Table.Th>{t('roles.columns.scopes')}</Table.Th>
                <Table.Th {...NUMBER} w={110}>
                  {t('roles.columns.users')}
                </Table.Th>
                <ActionsHeader />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((role) => (
                <Table.Tr key={role.id}>
                  <Table.Td>
                    <Group {...NAME_CELL}>
                      <div style={{ minWidth: 0 }}>
                        <RecordNameLink
                          name={format.name(role.name)}
                          code={role.code}
                          onOpen={() => editing.open(role)}
                        />
                      </div>
                      {role.builtin && <Badge {...BUILTIN}>{t('roles.builtin')}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text>{countryName(role.countryCode)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group {...layout.chips}>
                      {groupScopes(role.scopes).map((group) => (
                        <Tooltip
                          key={group.key}
                          label={group.scopes.map((scope) => t(`scopes.${scopeKey(scope)}`)).join(' · ')}
                        >
                          <Badge {...badge.neutral}>
                            {`${t(`scopeGroups.${group.key}`)}: ${format.number(group.scopes.length)}`}
                          </Badge>
                        </Tooltip>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td {...NUMBER}>
                    <Text>{format.number(role.userCount)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <IconButton onClick={() => editing.open(role)} label={t('common.edit')}>
                      <IconPencil />
                    </IconButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </QueryContent>
  );

  return (
    <AdminListPage
      title={t('roles.title')}
      intro={t('roles.intro')}
      createLabel={t('roles.create')}
      onCreate={() => setCreating(true)}
      dialogs={
        <>
          <RoleFormModal opened={creating} onClose={() => setCreating(false)} />
          <RoleFormModal opened={editing.opened} role={editing.target} onClose={editing.close} />
        </>
      }
    >
      {body}
    </AdminListPage>
  );
}
