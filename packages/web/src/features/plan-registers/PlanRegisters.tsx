import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Switch, Table, Tabs, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PLAN_REGISTER_KINDS, type PlanRegisterEntry, type PlanRegisterKind } from '@vatra/core';
import { api } from '../../api/client';
import { IconBan, IconPencil, IconPlus } from '../../components/icons';
import { useNotify } from '../../components/notifications';
import { card, layout, text, tone } from '../../components/presets';
import { RowMenu, RowMenuItem } from '../../components/RowMenu';
import { ConfirmModal, EmptyState, PageLoader, QueryError, useModalTarget } from '../../components/ui';
import { useColumns } from './columns';
import { registerKeys, registerPath, useRegister } from './data';
import { EntryModal } from './EntryForm';
import { RiskMatrix } from './RiskMatrix';

/**
 * The registers an action plan requires, one tab each: monitoring team, meetings, trainings,
 * contacts, projects and donors, risks, outreach. `canEdit`: the user may add, edit and archive
 * (plan.edit); the server checks it again.
 */
export function PlanRegisters({ planId, canEdit }: { planId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PlanRegisterKind>('team');
  return (
    <Tabs
      value={kind}
      onChange={(value) => setKind(PLAN_REGISTER_KINDS.find((item) => item === value) ?? 'team')}
      keepMounted={false}
    >
      <Tabs.List>
        {PLAN_REGISTER_KINDS.map((item) => (
          <Tabs.Tab key={item} value={item}>
            {t(`planRegisters.kinds.${item}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {PLAN_REGISTER_KINDS.map((item) => (
        <Tabs.Panel key={item} value={item} pt="md">
          <Register planId={planId} kind={item} canEdit={canEdit} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

function Register({ planId, kind, canEdit }: { planId: string; kind: PlanRegisterKind; canEdit: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [archived, setArchived] = useState(false);
  const list = useRegister(planId, kind, archived);
  const columns = useColumns(kind);
  const editor = useModalTarget<PlanRegisterEntry | null>();
  const archiving = useModalTarget<PlanRegisterEntry>();
  const entries = list.data?.items ?? [];

  const archive = async (entry: PlanRegisterEntry) => {
    await api.post(`${registerPath(planId, kind)}/${entry.id}/archive`, { version: entry.version });
    await queryClient.invalidateQueries({ queryKey: registerKeys.all(planId) });
    notify(t('planRegisters.archivedNotice'));
  };

  return (
    <Stack {...layout.page}>
      <Group {...layout.header}>
        <Text {...text.muted} maw={720}>
          {t(`planRegisters.intro.${kind}`)}
        </Text>
        <Group {...layout.inline}>
          <Switch
            label={t('planRegisters.showArchived')}
            checked={archived}
            onChange={(event) => setArchived(event.currentTarget.checked)}
          />
          {canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => editor.open(null)}>
              {t('planRegisters.add')}
            </Button>
          )}
        </Group>
      </Group>
      {kind === 'risk' && list.data && <RiskMatrix entries={entries} />}
      <Paper {...card} p={0}>
        {list.isPending ? (
          <PageLoader />
        ) : list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : entries.length === 0 ? (
          <EmptyState title={t('planRegisters.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column) => (
                    <Table.Th key={column.label}>{column.label}</Table.Th>
                  ))}
                  {canEdit && <Table.Th aria-label={t('common.actions')} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <Table.Tr key={entry.id} opacity={entry.archivedAt ? 0.6 : 1}>
                    {columns.map((column, index) => (
                      <Table.Td key={column.label}>
                        {column.render(entry)}
                        {index === 0 && entry.archivedAt && (
                          <Badge color={tone.neutral} size="xs" mt={4}>
                            {t('planRegisters.archivedBadge')}
                          </Badge>
                        )}
                      </Table.Td>
                    ))}
                    {canEdit && (
                      <Table.Td>
                        {!entry.archivedAt && (
                          <RowMenu>
                            <RowMenuItem icon={IconPencil} onClick={() => editor.open(entry)}>
                              {t('common.edit')}
                            </RowMenuItem>
                            <RowMenuItem
                              icon={IconBan}
                              color={tone.danger}
                              onClick={() => archiving.open(entry)}
                            >
                              {t('planRegisters.archive')}
                            </RowMenuItem>
                          </RowMenu>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <EntryModal
        planId={planId}
        kind={kind}
        entry={editor.target}
        opened={editor.opened}
        onClose={editor.close}
      />
      <ConfirmModal
        opened={archiving.opened}
        title={t('planRegisters.archiveTitle')}
        text={t('planRegisters.archiveText')}
        confirmLabel={t('planRegisters.archive')}
        onConfirm={() => (archiving.target ? archive(archiving.target) : Promise.resolve())}
        onClose={archiving.close}
      />
    </Stack>
  );
}
