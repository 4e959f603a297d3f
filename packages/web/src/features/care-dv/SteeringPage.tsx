import { useState, type FormEvent } from 'react';
import { Anchor, Button, Paper, Stack, Table, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { dvSteeringBody, type DvSteeringMeeting } from '@vatra/core';
import { api } from '../../api/client';
import { FormActions } from '../../components/FormModal';
import { card, dateInput, layout } from '../../components/presets';
import { EmptyState, FormError, PageHeader, PageLoader, QueryError, usePageTitle } from '../../components/ui';
import { today } from '../../lib/dates';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useWrite } from '../../lib/write';
import { carePaths } from '../care/paths';
import { careDvKeys, STEERING_URL, useSteeringMeetings } from './data';

/** Social care › the municipality's DV steering committee (chaired by the Mayor): its meetings. */
export function SteeringPage() {
  const { t } = useTranslation();
  const format = useFormat();
  usePageTitle(t('careDv.steering.title'));
  const [adding, setAdding] = useState(false);
  const list = useSteeringMeetings();
  return (
    <Stack {...layout.page}>
      <Anchor component={Link} to={carePaths.list} size="sm">
        {t('care.title')}
      </Anchor>
      <PageHeader
        title={t('careDv.steering.title')}
        description={t('careDv.steering.intro')}
        actions={!adding && <Button onClick={() => setAdding(true)}>{t('careDv.steering.add')}</Button>}
      />
      {adding && <MeetingForm onDone={() => setAdding(false)} />}
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyState title={t('careDv.steering.none')} />
      ) : (
        <Paper {...card}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('careDv.steering.heldOn')}</Table.Th>
                <Table.Th>{t('careDv.steering.place')}</Table.Th>
                <Table.Th>{t('careDv.steering.chairedBy')}</Table.Th>
                <Table.Th>{t('careDv.steering.agenda')}</Table.Th>
                <Table.Th>{t('careDv.steering.minutes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((meeting: DvSteeringMeeting) => (
                <Table.Tr key={meeting.id}>
                  <Table.Td>{format.date(meeting.heldOn)}</Table.Td>
                  <Table.Td>{meeting.jurisdiction}</Table.Td>
                  <Table.Td>{meeting.chairedBy}</Table.Td>
                  <Table.Td>{meeting.agenda}</Table.Td>
                  <Table.Td>{meeting.minutes ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
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
    <Paper {...card}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <TextInput {...dateInput} label={t('careDv.steering.heldOn')} required {...form.fields.heldOn} />
          <TextInput label={t('careDv.steering.chairedBy')} required {...form.fields.chairedBy} />
          <Textarea
            label={t('careDv.steering.agenda')}
            required
            autosize
            minRows={2}
            {...form.fields.agenda}
          />
          <Textarea label={t('careDv.steering.minutes')} autosize minRows={3} {...form.fields.minutes} />
          <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('careDv.steering.add')} />
        </Stack>
      </form>
    </Paper>
  );
}
