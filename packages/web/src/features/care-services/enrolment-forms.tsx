import { useState } from 'react';
import { Checkbox, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { END_REASONS, type EnrolmentView } from '@vatra/core';
import { DialogForm, FieldGrid, mutationForm } from '../../components/DialogForm';
import { dateInput } from '../../components/presets';
import { today } from '../../lib/dates';
import { CareCaseSelect, useCareCaseChoice } from './care-case-picker';
import { useCareWrite } from './data';
import { PersonPicker } from './forms';

/**
 * Enrols a person: a place when one is free and nobody waits, otherwise the waiting list. Named
 * with the person's care case, the place (or the waiting) shows on the case's timeline.
 */
export function EnrolForm({
  providerServiceId,
  full,
  onDone,
}: {
  providerServiceId: string;
  /** The service is full or has a queue: the waiting list is preselected. */
  full: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState<string | null>(null);
  const [requestedOn, setRequestedOn] = useState(today());
  const [startedOn, setStartedOn] = useState(today());
  const [waitingList, setWaitingList] = useState(full);
  const careCase = useCareCaseChoice(personId);
  const write = useCareWrite<object, EnrolmentView>('post', '/api/care/enrolments', 'enrolled', onDone);
  const dialog = mutationForm({
    write,
    body: () => ({
      providerServiceId,
      personId,
      careCaseId: careCase.careCaseId,
      requestedOn,
      waitingList,
      ...(waitingList ? {} : { startedOn }),
    }),
    onCancel: onDone,
    submitLabel: t('careServices.enrolForm.submit'),
  });
  return (
    <DialogForm {...dialog}>
      <PersonPicker value={personId} onChange={setPersonId} />
      <CareCaseSelect cases={careCase.cases} value={careCase.careCaseId} onChange={careCase.choose} />
      <FieldGrid>
        <TextInput
          {...dateInput}
          label={t('careServices.enrolForm.requestedOn')}
          value={requestedOn}
          onChange={(e) => setRequestedOn(e.currentTarget.value)}
        />
        {!waitingList && (
          <TextInput
            {...dateInput}
            label={t('careServices.enrolForm.startedOn')}
            value={startedOn}
            onChange={(e) => setStartedOn(e.currentTarget.value)}
          />
        )}
      </FieldGrid>
      <Checkbox
        label={t('careServices.enrolForm.waitingList')}
        description={t('careServices.enrolForm.waitingListHint')}
        checked={waitingList}
        onChange={(e) => setWaitingList(e.currentTarget.checked)}
      />
    </DialogForm>
  );
}

/** Ends a place, or takes the person off the waiting list, with the reason. */
export function EndForm({ enrolment, onDone }: { enrolment: EnrolmentView; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<string>(enrolment.status === 'waiting' ? 'withdrawn' : 'completed');
  const [endedOn, setEndedOn] = useState(today());
  const [note, setNote] = useState('');
  const write = useCareWrite<object, EnrolmentView>(
    'post',
    `/api/care/enrolments/${enrolment.id}/end`,
    'ended',
    onDone,
  );
  const dialog = mutationForm({
    write,
    body: () => ({
      version: enrolment.version,
      reason,
      endedOn,
      ...(note.trim() ? { note: note.trim() } : {}),
    }),
    onCancel: onDone,
    submitLabel: t('careServices.endForm.submit'),
  });
  return (
    <DialogForm {...dialog}>
      <FieldGrid>
        <Select
          label={t('careServices.endForm.reason')}
          data={END_REASONS.map((value) => ({ value, label: t(`careServices.endReason.${value}`) }))}
          value={reason}
          allowDeselect={false}
          onChange={(value) => setReason(value ?? reason)}
        />
        <TextInput
          {...dateInput}
          label={t('careServices.endForm.endedOn')}
          value={endedOn}
          onChange={(e) => setEndedOn(e.currentTarget.value)}
        />
      </FieldGrid>
      <TextInput
        label={t('careServices.endForm.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
    </DialogForm>
  );
}
