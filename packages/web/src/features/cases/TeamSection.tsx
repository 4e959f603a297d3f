import { useState, type FormEvent } from 'react';
import { Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { teamMemberBody, type CaseDetail } from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { badge, button, dialog, layout, text, tone } from '../../components/presets';
import { FormError, QueryError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { useCaseTeam, useManagerChoices, type CaseTeamMember } from './data';
import { Nothing, Section } from './parts';
import { useCaseWrite } from './write';

const ROLES = ['registrar', 'visit', 'case_manager', 'member'] as const;
type Role = (typeof ROLES)[number];
const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

const ROLE_COLOR: Record<Role, string> = {
  registrar: tone.neutral,
  visit: 'cyan',
  case_manager: tone.primary,
  member: 'teal',
};

/**
 * The people working the case (they see it whatever its sensitivity). A user who approves plans
 * may add a colleague: the case managers of the Centre for Social Work covering the case are the
 * people the app can list for them.
 */
export function TeamSection({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const team = useCaseTeam(kase.id);
  const [adding, setAdding] = useState(false);
  const canAdd = hasScope(me, 'case.plan.approve') && kase.status === 'open';
  const roleBadge = (role: string) =>
    isRole(role) ? (
      <Badge key={role} color={ROLE_COLOR[role]} variant="light">
        {t(`cases.team.roles.${role}`)}
      </Badge>
    ) : (
      <Badge key={role} {...badge.neutral}>
        {role}
      </Badge>
    );
  const people = byPerson(team.data ?? []);

  return (
    <Section
      title={t('cases.team.title')}
      actions={
        canAdd && (
          <Button {...button.small} onClick={() => setAdding(true)}>
            {t('cases.team.add')}
          </Button>
        )
      }
    >
      <Text {...text.caption}>{t('cases.team.intro')}</Text>
      {team.error ? (
        <QueryError error={team.error} onRetry={() => void team.refetch()} />
      ) : team.isPending ? null : people.length === 0 ? (
        <Nothing>{t('cases.team.none')}</Nothing>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.team.name')}</Table.Th>
                <Table.Th>{t('cases.team.institution')}</Table.Th>
                <Table.Th w={190}>{t('cases.team.role')}</Table.Th>
                <Table.Th w={200}>{t('cases.team.since')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((person) => (
                <Table.Tr key={person.user.id}>
                  <Table.Td>
                    <Text fw={500}>{person.user.fullName}</Text>
                  </Table.Td>
                  <Table.Td>{person.institution}</Table.Td>
                  <Table.Td>
                    <Group {...layout.chips}>{person.roles.map(roleBadge)}</Group>
                  </Table.Td>
                  <Table.Td>{format.dateTime(person.addedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canAdd && (
        <DialogModal
          opened={adding}
          onClose={() => setAdding(false)}
          title={t('cases.team.addTitle')}
          size={dialog.confirm}
        >
          {adding && <AddMemberForm kase={kase} team={team.data ?? []} onClose={() => setAdding(false)} />}
        </DialogModal>
      )}
    </Section>
  );
}

/** One row per person, with every role they hold on the case and when they first joined. */
function byPerson(team: CaseTeamMember[]) {
  const people = new Map<string, Omit<CaseTeamMember, 'role'> & { roles: string[] }>();
  for (const member of team) {
    const known = people.get(member.user.id);
    if (!known) people.set(member.user.id, { ...member, roles: [member.role] });
    else {
      if (!known.roles.includes(member.role)) known.roles.push(member.role);
      if (member.addedAt < known.addedAt) known.addedAt = member.addedAt;
    }
  }
  return [...people.values()];
}

function AddMemberForm({
  kase,
  team,
  onClose,
}: {
  kase: CaseDetail;
  team: CaseTeamMember[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const write = useCaseWrite(kase.id);
  const onTeam = new Set(team.map((member) => member.user.id));
  const choices = useManagerChoices(kase).filter((user) => !onTeam.has(user.id));
  const form = useFormState<{ userId: string | null }>({ userId: null });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: teamMemberBody,
      body: { userId: form.values.userId },
      send: (body) => api.post<CaseDetail>(`/api/cases/${kase.id}/team`, body),
      notice: t('cases.team.added'),
      onDone: onClose,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Select
          label={t('cases.team.colleague')}
          description={t('cases.team.colleagueHint')}
          required
          searchable
          data={choices.map((user) => ({ value: user.id, label: user.fullName }))}
          placeholder={t('cases.common.choose')}
          nothingFoundMessage={t('cases.team.nobody')}
          {...form.fields.userId}
        />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('cases.team.add')} />
      </Stack>
    </form>
  );
}
