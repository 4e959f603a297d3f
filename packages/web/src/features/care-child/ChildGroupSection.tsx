import type { FormEvent } from 'react';
import { Paper, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHILD_GROUP_ROLES, childGroupMemberBody, childMeetingBody, type ChildProtection } from '@vatra/core';
import { api } from '../../api/client';
import { CardForm } from '../../components/CardForm';
import { card, dateInput, grid, text } from '../../components/presets';
import { today } from '../../lib/dates';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { CaseGroup, useInstitutionOptions } from '../care/CaseGroup';
import { childUrl, useChildWrite } from './data';

/** The intersectoral group of the case and its meetings. */
export function GroupSection({ cp, open }: { cp: ChildProtection; open: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  return (
    <CaseGroup
      title={t('careChild.group.title')}
      canEdit={open && hasScope(me, 'care.assess')}
      addMemberLabel={t('careChild.group.add')}
      addMeetingLabel={t('careChild.group.addMeeting')}
      memberForm={(onDone) => <MemberForm cp={cp} onDone={onDone} />}
      meetingForm={(onDone) => <MeetingForm cp={cp} onDone={onDone} />}
      members={cp.group.map((member) => ({
        id: member.id,
        role: t(`careChild.group.roles.${member.role}`),
        institution: member.institution.name,
        user: member.user?.fullName ?? '',
      }))}
      noMembers={t('careChild.group.none')}
    >
      {cp.meetings.map((meeting) => (
        <Paper key={meeting.id} {...card}>
          <Text {...text.overline}>{`${t('careChild.group.meeting')} · ${format.date(meeting.heldOn)}`}</Text>
          <Text>{meeting.decisions}</Text>
          <Text {...text.caption}>{meeting.recordedBy}</Text>
        </Paper>
      ))}
    </CaseGroup>
  );
}

function MemberForm({ cp, onDone }: { cp: ChildProtection; onDone: () => void }) {
  const { t } = useTranslation();
  const write = useChildWrite(cp.careCaseId);
  const options = useInstitutionOptions();
  const form = useFormState<{ institutionId: string | null; role: string | null }>({
    institutionId: null,
    role: null,
  });
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
    <CardForm
      onSubmit={submit}
      error={form.formError}
      busy={write.busy}
      onCancel={onDone}
      submitLabel={t('careChild.group.add')}
    >
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
    </CardForm>
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
    <CardForm
      onSubmit={submit}
      error={form.formError}
      busy={write.busy}
      onCancel={onDone}
      submitLabel={t('careChild.group.addMeeting')}
    >
      <TextInput {...dateInput} label={t('careChild.group.heldOn')} required {...form.fields.heldOn} />
      <Textarea
        label={t('careChild.group.decisions')}
        required
        autosize
        minRows={3}
        {...form.fields.decisions}
      />
    </CardForm>
  );
}
