import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DV_GROUP_ROLES, dvMeetingBody, dvMemberBody, type DvCaseBody, type DvGroupRole } from '@vatra/core';
import { api } from '../../api/client';
import { FormActions } from '../../components/FormModal';
import { button, card, dateInput, layout, text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { today } from '../../lib/dates';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useInstitutionChoices } from '../cases/data';
import { Nothing } from '../care/parts';
import { dvUrl, useDvWrite } from './data';

/** The intersectoral technical group of a DV case: members by institution, and its meetings. */
export function DvGroupSection({ dv, open }: { dv: DvCaseBody; open: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [adding, setAdding] = useState<'member' | 'meeting' | null>(null);
  return (
    <Stack>
      <Group {...layout.header}>
        <Title order={3}>{t('careDv.group.title')}</Title>
        {open && adding === null && (
          <Group gap="xs">
            <Button {...button.secondary} onClick={() => setAdding('member')}>
              {t('careDv.group.add')}
            </Button>
            <Button {...button.secondary} onClick={() => setAdding('meeting')}>
              {t('careDv.meetings.add')}
            </Button>
          </Group>
        )}
      </Group>
      {adding === 'member' && <MemberForm dv={dv} onDone={() => setAdding(null)} />}
      {adding === 'meeting' && <MeetingForm dv={dv} onDone={() => setAdding(null)} />}
      <Paper {...card}>
        {dv.members.length === 0 ? (
          <Nothing>{t('careDv.group.none')}</Nothing>
        ) : (
          <Table>
            <Table.Tbody>
              {dv.members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>{t(`careDv.group.roles.${member.role}`)}</Table.Td>
                  <Table.Td>{member.institution?.name ?? member.institutionName ?? ''}</Table.Td>
                  <Table.Td>{member.user?.fullName ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Title order={4}>{t('careDv.meetings.title')}</Title>
      {dv.meetings.length === 0 ? (
        <Paper {...card}>
          <Nothing>{t('careDv.meetings.none')}</Nothing>
        </Paper>
      ) : (
        dv.meetings.map((meeting) => (
          <Paper key={meeting.id} {...card}>
            <Stack gap={4}>
              <Text fw={600}>{format.date(meeting.heldOn)}</Text>
              <Text size="sm">{meeting.notes}</Text>
              <Text {...text.caption}>{meeting.attendees.join(' · ')}</Text>
            </Stack>
          </Paper>
        ))
      )}
    </Stack>
  );
}

function MemberForm({ dv, onDone }: { dv: DvCaseBody; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const write = useDvWrite(dv.careCaseId);
  const institutions = useInstitutionChoices([]);
  const form = useFormState({
    role: 'police' as DvGroupRole,
    institutionId: null as string | null,
    institutionName: '',
  });
  const { values } = form;
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
      schema: dvMemberBody,
      body: {
        role: values.role,
        ...(values.institutionId ? { institutionId: values.institutionId } : {}),
        ...(!values.institutionId && values.institutionName
          ? { institutionName: values.institutionName }
          : {}),
        version: dv.version,
      },
      send: (body) => api.post<DvCaseBody>(`${dvUrl(dv.careCaseId)}/members`, body),
      notice: t('careDv.group.saved'),
      onDone,
    });
  };
  return (
    <Paper {...card}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <Select
            label={t('careDv.group.role')}
            required
            data={DV_GROUP_ROLES.map((role) => ({ value: role, label: t(`careDv.group.roles.${role}`) }))}
            value={values.role}
            onChange={(value) => form.set('role', (value ?? 'other') as DvGroupRole)}
          />
          <Select
            label={t('careDv.group.institution')}
            data={options}
            searchable
            clearable
            value={values.institutionId}
            onChange={(value) => form.set('institutionId', value)}
            error={form.fields.institutionId.error}
          />
          <TextInput label={t('careDv.group.institutionName')} {...form.fields.institutionName} />
          <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('careDv.group.add')} />
        </Stack>
      </form>
    </Paper>
  );
}

function MeetingForm({ dv, onDone }: { dv: DvCaseBody; onDone: () => void }) {
  const { t } = useTranslation();
  const write = useDvWrite(dv.careCaseId);
  const form = useFormState({ heldOn: today(), notes: '', attendees: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: dvMeetingBody,
      body: {
        heldOn: form.values.heldOn,
        notes: form.values.notes,
        attendees: form.values.attendees
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line.length > 0),
        version: dv.version,
      },
      send: (body) => api.post<DvCaseBody>(`${dvUrl(dv.careCaseId)}/meetings`, body),
      notice: t('careDv.meetings.saved'),
      onDone,
    });
  };
  return (
    <Paper {...card}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <TextInput {...dateInput} label={t('careDv.meetings.heldOn')} required {...form.fields.heldOn} />
          <Textarea label={t('careDv.meetings.notes')} required autosize minRows={3} {...form.fields.notes} />
          <Textarea label={t('careDv.meetings.attendees')} autosize minRows={2} {...form.fields.attendees} />
          <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('careDv.meetings.add')} />
        </Stack>
      </form>
    </Paper>
  );
}
