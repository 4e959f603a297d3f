import type { FormEvent } from 'react';
import { Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DV_GROUP_ROLES, dvMeetingBody, dvMemberBody, type DvCaseBody, type DvGroupRole } from '@vatra/core';
import { api } from '../../api/client';
import { CardForm } from '../../components/CardForm';
import { card, dateInput, text } from '../../components/presets';
import { today } from '../../lib/dates';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { CaseGroup, useInstitutionOptions } from '../care/CaseGroup';
import { Nothing } from '../care/parts';
import { dvUrl, useDvWrite } from './data';

/** The intersectoral technical group of a DV case: members by institution, and its meetings. */
export function DvGroupSection({ dv, open }: { dv: DvCaseBody; open: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <CaseGroup
      title={t('careDv.group.title')}
      canEdit={open}
      addMemberLabel={t('careDv.group.add')}
      addMeetingLabel={t('careDv.meetings.add')}
      memberForm={(onDone) => <MemberForm dv={dv} onDone={onDone} />}
      meetingForm={(onDone) => <MeetingForm dv={dv} onDone={onDone} />}
      members={dv.members.map((member) => ({
        id: member.id,
        role: t(`careDv.group.roles.${member.role}`),
        institution: member.institution?.name ?? member.institutionName ?? '',
        user: member.user?.fullName ?? '',
      }))}
      noMembers={t('careDv.group.none')}
    >
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
    </CaseGroup>
  );
}

function MemberForm({ dv, onDone }: { dv: DvCaseBody; onDone: () => void }) {
  const { t } = useTranslation();
  const write = useDvWrite(dv.careCaseId);
  const options = useInstitutionOptions();
  const form = useFormState({
    role: 'police' as DvGroupRole,
    institutionId: null as string | null,
    institutionName: '',
  });
  const { values } = form;
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
    <CardForm
      onSubmit={submit}
      error={form.formError}
      busy={write.busy}
      onCancel={onDone}
      submitLabel={t('careDv.group.add')}
    >
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
    </CardForm>
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
    <CardForm
      onSubmit={submit}
      error={form.formError}
      busy={write.busy}
      onCancel={onDone}
      submitLabel={t('careDv.meetings.add')}
    >
      <TextInput {...dateInput} label={t('careDv.meetings.heldOn')} required {...form.fields.heldOn} />
      <Textarea label={t('careDv.meetings.notes')} required autosize minRows={3} {...form.fields.notes} />
      <Textarea label={t('careDv.meetings.attendees')} autosize minRows={2} {...form.fields.attendees} />
    </CardForm>
  );
}
