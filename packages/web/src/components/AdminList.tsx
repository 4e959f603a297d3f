import type { ReactNode } from 'react';
import { Anchor, Button, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from './icons';
import { layout, rowLink, text } from './presets';
import { ActiveToggleMenuItem, RowMenu } from './RowMenu';
import { PageHeader } from './ui';

/**
 * An administration list (users, institutions, roles): the header with its "create" button,
 * the card holding the filters and the table, then the page's dialogs.
 */
export function AdminListPage({
  title,
  intro,
  createLabel,
  onCreate,
  filters,
  children,
  dialogs,
}: {
  title: string;
  intro: string;
  createLabel: string;
  onCreate: () => void;
  /** The filter bar above the table, if the list has one. */
  filters?: ReactNode;
  children: ReactNode;
  dialogs: ReactNode;
}) {
  return (
    <Stack {...layout.page}>
      <PageHeader
        title={title}
        description={intro}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={onCreate}>
            {createLabel}
          </Button>
        }
      />
      <Paper>
        {filters && <Group {...layout.toolbar}>{filters}</Group>}
        {children}
      </Paper>
      {dialogs}
    </Stack>
  );
}

/** A record's name, opening it, over its code (username, institution or role code). */
export function RecordNameLink({ name, code, onOpen }: { name: string; code: string; onOpen: () => void }) {
  return (
    <>
      <Anchor {...rowLink} onClick={onOpen}>
        {name}
      </Anchor>
      <Text {...text.caption} className="vatra-mono">
        {code}
      </Text>
    </>
  );
}

/** A row's "⋯" menu: the record's own actions, then (set apart) activating or deactivating it. */
export function ActiveRecordMenu({
  active,
  activateLabel,
  deactivateLabel,
  onToggle,
  children,
}: {
  active: boolean;
  activateLabel: string;
  deactivateLabel: string;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <RowMenu>
      {children}
      <Menu.Divider />
      <ActiveToggleMenuItem
        active={active}
        activateLabel={activateLabel}
        deactivateLabel={deactivateLabel}
        onClick={onToggle}
      />
    </RowMenu>
  );
}
