import { useState, type FormEvent } from 'react';
import { Button, Table, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dvSteeringBody, type DvSteeringMeeting } from '@vatra/core';
import { api } from '../../api/client';
import { CardForm } from '../../components/CardForm';
import { dateInput } from '../../components/presets';
import { usePageTitle } from '../../components/ui';
import { QueryView, RecordsPanel } from '../../components/RecordList';
import { today } from '../../lib/dates';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useWrite } from '../../lib/write';
import { CareSubPage } from '../care/CareSubPage';
import { careDvKeys, STEERING_URL, useSteeringMeetings } from './data';

/** Social care › the municipality's DV steering committee (chaired by the Mayor): its meetings. */
export function SteeringPage() {
  const { t } = useTranslation();
  const format = useFormat();
  usePageTitle(t('careDv.steering.title'));
  const [adding, setAdding] = useState(false);
  const list = useSteeringMeetings();
  return (
    <CareSubPage
      title={t('careDv.steering.title')}
      description={t('careDv.steering.intro')}
      actions={!adding && <Button onClick={() => setAdding(true)}>{t('careDv.steering.add')}</Button>}
    >
      {adding && <MeetingForm onDone={() => setAdding(false)} />}
      <QueryView query={list}>
        {(data) => (
          <RecordsPanel
            isEmpty={data.length === 0}
            emptyTitle={t('careDv.steering.none')}
            columns={[
              t('careDv.steering.heldOn'),
              t('careDv.steering.place'),
              t('careDv.steering.chairedBy'),
              t('careDv.steering.agenda'),
              t('careDv.steering.minutes'),
            ]}
          >
            {data.map((meeting: DvSteeringMeeting) => (
              <Table.Tr key={meeting.id}>
                <Table.Td>{format.date(meeting.heldOn)}</Table.Td>
                <Table.Td>{meeting.jurisdiction}</Table.Td>
                <Table.Td>{meeting.chairedBy}</Table.Td>
                <Table.Td>{meeting.agenda}</Table.Td>
                <Table.Td>{meeting.minutes ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </RecordsPanel>
        )}
      </QueryView>
    </CareSubPage>
  );
}

function MeetingForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const write = useWrite({
    saved: () => queryClient.invalidateQueries({ queryKey: careDvKeys.steering }),
    conflict: () => queryClient.invalidateQueries({ queryKey: careDvKeys.steering }),
    reloaded: t('careDv.reloaded'),
  });
  const form = useFormState({ heldOn: today(), chairedBy: '', agenda: '', minutes: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { minutes, ...rest } = form.values;
    void write.run({
      sink: form,
      schema: dvSteeringBody,
      body: { ...rest, ...(minutes.trim() ? { minutes } : {}) },
      send: (body) => api.post<DvSteeringMeeting>(STEERING_URL, body),
      notice: t('careDv.steering.saved'),
      onDone,
    });
  };
  return (
    <CardForm
      onSubmit={submit}
      error={form.formError}
      busy={write.busy}
      onCancel={onDone}
      submitLabel={t('careDv.steering.add')}
    >
      <TextInput {...dateInput} label={t('careDv.steering.heldOn')} required {...form.fields.heldOn} />
      <TextInput label={t('careDv.steering.chairedBy')} required {...form.fields.chairedBy} />
      <Textarea label={t('careDv.steering.agenda')} required autosize minRows={2} {...form.fields.agenda} />
      <Textarea label={t('careDv.steering.minutes')} autosize minRows={3} {...form.fields.minutes} />
    </CardForm>
  );
}
