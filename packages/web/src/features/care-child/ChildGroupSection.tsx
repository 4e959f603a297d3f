import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHILD_GROUP_ROLES, childGroupMemberBody, childMeetingBody, type ChildProtection } from '@vatra/core';
import { api } from '../../api/client';
import { FormActions } from '../../components/FormModal';
import { card, dateInput, grid, layout, text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { today } from '../../lib/dates';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { useInstitutionChoices } from '../cases/data';
import { Nothing } from '../care/parts';
import { childUrl, useChildWrite } from './data';

/** The intersectoral group of the case and its meetings. */
export function GroupSection({ cp, open }: { cp: ChildProtection; open: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const [adding, setAdding] = useState<'member' | 'meeting' | null>(null);
  const canEdit = open && hasScope(me, 'care.assess');
  return (
    <Stack>
      <Group {...layout.header}>
        <Title order={3}>{t('careChild.group.title')}</Title>
        {canEdit && adding === null && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setAdding('member')}>
              {t('careChild.group.add')}
            </Button>
            <Button variant="default" onClick={() => setAdding('meeting')}>
              {t('careChild.group.addMeeting')}
            </Button>
          </Group>
        )}
      </Group>
      {adding === 'member' && <MemberForm cp={cp} onDone={() => setAdding(null)} />}
      {adding === 'meeting' && <MeetingForm cp={cp} onDone={() => setAdding(null)} />}
      <Paper {...card}>
        {cp.group.length === 0 ? (
          <Nothing>{t('careChild.group.none')}</Nothing>
        ) : (
          <Table>
            <Table.Tbody>
              {cp.group.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>{t(`careChild.group.roles.${member.role}`)}</Table.Td>
                  <Table.Td>{member.institution.name}</Table.Td>
                  <Table.Td>{member.user?.fullName ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {cp.meetings.map((meeting) => (
        <Paper key={meeting.id} {...card}>
          <Text {...text.overline}>{`${t('careChild.group.meeting')} · ${format.date(meeting.heldOn)}`}</Text>
          <Text>{meeting.decisions}</Text>
          <Text {...text.caption}>{meeting.recordedBy}</Text>
        </Paper>
      ))}
    </Stack>
  );
}

function MemberForm({ cp, onDone }: { cp: ChildProtection; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const write = useChildWrite(cp.careCaseId);
  const institutions = useInstitutionChoices([]);
  const form = useFormState<{ institutionId: string | null; role: string | null }>({
    institutionId: null,
    role: null,
  });
  const options = institutions
    .map((item) => ({
      value: item.id,
      label: typeof item.name === 'string' ? item.name : format.name(item.name),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: childGroupMemberBody,
      body: { institutionId: form.values.institutionId, role: form.values.role, version: cp.caseVersion },
      send: (body) => api.post<ChildProtection>(`${childUrl(cp.careCaseId)}/group`, body),
      notice: t('careChild.group.added'),
      onDone,
    });
  };
  return (
    <Paper {...card}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <SimpleGrid {...grid.dense} cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('careChild.group.institution')}
              required
              searchable
              data={options}
              value={form.values.institutionId}
              onChange={(value) => form.set('institutionId', value)}
              error={form.fields.institutionId.error}
            />
            <Select
              label={t('careChild.group.role')}
              required
              data={CHILD_GROUP_ROLES.map((value) => ({ value, label: t(`careChild.group.roles.${value}`) }))}
              value={form.values.role}
              onChange={(value) => form.set('role', value)}
              error={form.fields.role.error}
            />
          </SimpleGrid>
          <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('careChild.group.add')} />
        </Stack>
      </form>
    </Paper>
  );
}

function MeetingForm({ cp, onDone }: { cp: ChildProtection; onDone: () => void }) {
  const { t } = useTranslation();
  const write = useChildWrite(cp.careCaseId);
  const form = useFormState({ heldOn: today(), decisions: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: childMeetingBody,
      body: { ...form.values, version: cp.caseVersion },
      send: (body) => api.post<ChildProtection>(`${childUrl(cp.careCaseId)}/meetings`, body),
      notice: t('careChild.group.meetingSaved'),
      onDone,
    });
  };
  return (
    <Paper {...card}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <TextInput {...dateInput} label={t('careChild.group.heldOn')} required {...form.fields.heldOn} />
          <Textarea
            label={t('careChild.group.decisions')}
            required
            autosize
            minRows={3}
            {...form.fields.decisions}
          />
          <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('careChild.group.addMeeting')} />
        </Stack>
      </form>
    </Paper>
  );
}
