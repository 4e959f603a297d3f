import { useState, type ReactNode } from 'react';
import { Button, Group, Paper, Stack, Table, Title } from '@mantine/core';
import { button, card, layout } from '../../components/presets';
import { useFormat } from '../../lib/locale';
import { useInstitutionChoices } from '../cases/data';
import { Nothing } from './parts';

/** One member of a case's intersectoral group, as its table shows it. */
export interface GroupMemberRow {
  id: string;
  role: string;
  institution: string;
  user: string;
}

/**
 * The intersectoral group of a care case (child protection, domestic violence): its title with
 * the buttons adding a member or a meeting, the form being filled, the members, then the meetings.
 */
export function CaseGroup({
  title,
  canEdit,
  addMemberLabel,
  addMeetingLabel,
  memberForm,
  meetingForm,
  members,
  noMembers,
  children,
}: {
  title: string;
  canEdit: boolean;
  addMemberLabel: string;
  addMeetingLabel: string;
  memberForm: (onDone: () => void) => ReactNode;
  meetingForm: (onDone: () => void) => ReactNode;
  members: GroupMemberRow[];
  noMembers: string;
  /** The meetings, under the members. */
  children: ReactNode;
}) {
  const [adding, setAdding] = useState<'member' | 'meeting' | null>(null);
  const done = () => setAdding(null);
  return (
    <Stack>
      <Group {...layout.header}>
        <Title order={3}>{title}</Title>
        {canEdit && adding === null && (
          <Group gap="xs">
            <Button {...button.secondary} onClick={() => setAdding('member')}>
              {addMemberLabel}
            </Button>
            <Button {...button.secondary} onClick={() => setAdding('meeting')}>
              {addMeetingLabel}
            </Button>
          </Group>
        )}
      </Group>
      {adding === 'member' && memberForm(done)}
      {adding === 'meeting' && meetingForm(done)}
      <Paper {...card}>
        {members.length === 0 ? (
          <Nothing>{noMembers}</Nothing>
        ) : (
          <Table>
            <Table.Tbody>
              {members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>{member.role}</Table.Td>
                  <Table.Td>{member.institution}</Table.Td>
                  <Table.Td>{member.user}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {children}
    </Stack>
  );
}

/** The institutions a group member may come from, by name in the user's language. */
export function useInstitutionOptions() {
  const format = useFormat();
  return useInstitutionChoices([])
    .map((item) => ({
      value: item.id,
      label: typeof item.name === 'string' ? item.name : format.name(item.name),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
}
