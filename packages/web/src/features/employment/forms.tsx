import { useState, type FormEvent } from 'react';
import { Anchor, Group, Select, Text, TextInput, Textarea, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ASSISTANCE_AREAS,
  ASSISTANCE_SCHEMES,
  assistedHouseholdBody,
  assistedHouseholdEndBody,
  employmentSendBody,
  jobOfferRefusalBody,
  jobSeekerProfileBody,
  jobSeekerReviewBody,
  type AssistedHousehold,
  type JobSeekerProfile,
} from '@vatra/core';
import { api } from '../../api/client';
import type { PersonSearchHit } from '../../api/types';
import { DialogForm, FieldGrid } from '../../components/DialogForm';
import { dateInput, layout, text } from '../../components/presets';
import { useFormState, type validate } from '../../lib/forms';
import { PersonPicker } from '../care/PersonPicker';
import { HOUSEHOLDS_URL, JOB_SEEKERS_URL, SENDS_URL, currentMonth, today, useEmploymentWrite } from './data';

// The forms of the Employment Office links page, each shown in a dialog by its tab.

/** A month (YYYY-MM); browsers without a month picker show a text field. */
const MONTH_INPUT = { type: 'month', autoComplete: 'off' } as const;
const SELECT = { allowDeselect: false } as const;

/** What a form of this page sends: the body, checked by the core schema first, and where. */
interface Sending {
  schema: Parameters<typeof validate>[0];
  body: unknown;
  send: (body: unknown) => Promise<unknown>;
  notice: string;
}

/**
 * A form of this page: its values, and its dialog's props. Submitting checks the body the values
 * make against the core schema (messages under the fields), sends it, reloads the page and says so.
 */
function useEmploymentForm<V extends object>(
  initial: V,
  submitLabel: string,
  onDone: () => void,
  sending: (values: V) => Sending,
) {
  const write = useEmploymentWrite();
  const form = useFormState(initial);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({ sink: form, onDone, ...sending(form.values) });
  };
  const dialog = {
    checkedBy: 'app',
    onSubmit,
    error: form.formError,
    busy: write.busy,
    onCancel: onDone,
    submitLabel,
  } as const;
  return { form, dialog };
}

/** A month input, with the YYYY-MM hint where the browser shows a text field instead of a picker. */
export function MonthInput(props: TextInputProps) {
  const { t } = useTranslation();
  return <TextInput {...MONTH_INPUT} placeholder={t('employment.forms.monthPlaceholder')} {...props} />;
}

/** The person picked from the registry, with a way back to the search. */
function Picked({ hit, onChange }: { hit: PersonSearchHit; onChange: () => void }) {
  const { t } = useTranslation();
  return (
    <Group {...layout.inline}>
      <Text fw={600}>{`${hit.firstName} ${hit.lastName}`}</Text>
      <Anchor component="button" type="button" size="sm" onClick={onChange}>
        {t('employment.forms.change')}
      </Anchor>
    </Group>
  );
}

export function AddHouseholdForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [hit, setHit] = useState<PersonSearchHit | null>(null);
  const initial = {
    scheme: 'ne' as string | null,
    area: 'rural' as string | null,
    nationalReference: '',
    fromMonth: currentMonth(),
    toMonth: '',
  };
  const { form, dialog } = useEmploymentForm(initial, t('employment.households.add'), onDone, (values) => {
    const { toMonth, ...rest } = values;
    return {
      schema: assistedHouseholdBody,
      body: { ...rest, householdId: hit?.householdId, toMonth: toMonth.trim() ? toMonth : null },
      send: (body) => api.post<AssistedHousehold>(HOUSEHOLDS_URL, body),
      notice: t('employment.households.added'),
    };
  });
  if (!hit) return <PersonPicker onPick={setHit} />;
  return (
    <DialogForm {...dialog}>
      <Picked hit={hit} onChange={() => setHit(null)} />
      <FieldGrid>
        <Select
          {...SELECT}
          label={t('employment.households.scheme')}
          data={ASSISTANCE_SCHEMES.map((value) => ({ value, label: t(`employment.scheme.${value}`) }))}
          {...form.fields.scheme}
        />
        <Select
          {...SELECT}
          label={t('employment.households.area')}
          data={ASSISTANCE_AREAS.map((value) => ({ value, label: t(`employment.area.${value}`) }))}
          {...form.fields.area}
        />
        <TextInput label={t('employment.households.reference')} required {...form.fields.nationalReference} />
        <div />
        <MonthInput label={t('employment.households.fromMonth')} required {...form.fields.fromMonth} />
        <MonthInput
          label={t('employment.households.toMonth')}
          description={t('employment.households.toMonthHint')}
          {...form.fields.toMonth}
        />
      </FieldGrid>
    </DialogForm>
  );
}

export function EndPeriodForm({ period, onDone }: { period: AssistedHousehold; onDone: () => void }) {
  const { t } = useTranslation();
  const initial = { toMonth: period.toMonth ?? currentMonth() };
  const { form, dialog } = useEmploymentForm(initial, t('employment.households.end'), onDone, (values) => ({
    schema: assistedHouseholdEndBody,
    body: { toMonth: values.toMonth, version: period.version },
    send: (body) => api.patch<AssistedHousehold>(`${HOUSEHOLDS_URL}/${period.id}`, body),
    notice: t('employment.households.ended'),
  }));
  return (
    <DialogForm {...dialog}>
      <Text {...text.muted}>{t('employment.households.endHint', { name: period.headName })}</Text>
      <MonthInput label={t('employment.households.toMonth')} required {...form.fields.toMonth} />
    </DialogForm>
  );
}

export function SendForm({ month, onDone }: { month: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { form, dialog } = useEmploymentForm(
    { sentOn: today() },
    t('employment.list.markSent'),
    onDone,
    (values) => ({
      schema: employmentSendBody,
      body: { month, sentOn: values.sentOn },
      send: (body) => api.post(SENDS_URL, body),
      notice: t('employment.list.sentNotice', { month }),
    }),
  );
  return (
    <DialogForm {...dialog}>
      <Text {...text.muted}>{t('employment.list.sendHint', { month })}</Text>
      <TextInput {...dateInput} label={t('employment.list.sentOn')} required {...form.fields.sentOn} />
    </DialogForm>
  );
}

export function ProfileForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [hit, setHit] = useState<PersonSearchHit | null>(null);
  const initial = { registeredOn: today(), qualification: '', experience: '', lastReviewedOn: '' };
  const { form, dialog } = useEmploymentForm(initial, t('employment.jobSeekers.add'), onDone, (values) => {
    const { experience, lastReviewedOn, ...rest } = values;
    return {
      schema: jobSeekerProfileBody,
      body: {
        ...rest,
        personId: hit?.id,
        experience: experience.trim() ? experience : null,
        lastReviewedOn: lastReviewedOn ? lastReviewedOn : null,
      },
      send: (body) => api.post<JobSeekerProfile>(JOB_SEEKERS_URL, body),
      notice: t('employment.jobSeekers.added'),
    };
  });
  if (!hit) return <PersonPicker onPick={setHit} />;
  return (
    <DialogForm {...dialog}>
      <Picked hit={hit} onChange={() => setHit(null)} />
      <FieldGrid>
        <TextInput
          {...dateInput}
          label={t('employment.jobSeekers.registeredOn')}
          required
          {...form.fields.registeredOn}
        />
        <TextInput
          {...dateInput}
          label={t('employment.jobSeekers.lastReviewedOn')}
          {...form.fields.lastReviewedOn}
        />
      </FieldGrid>
      <TextInput label={t('employment.jobSeekers.qualification')} required {...form.fields.qualification} />
      <Textarea
        label={t('employment.jobSeekers.experience')}
        autosize
        minRows={3}
        {...form.fields.experience}
      />
    </DialogForm>
  );
}

export function ReviewForm({ profile, onDone }: { profile: JobSeekerProfile; onDone: () => void }) {
  const { t } = useTranslation();
  const initial = { reviewedOn: today(), note: '' };
  const { form, dialog } = useEmploymentForm(
    initial,
    t('employment.jobSeekers.review'),
    onDone,
    (values) => ({
      schema: jobSeekerReviewBody,
      body: { ...values, version: profile.version },
      send: (body) => api.post<JobSeekerProfile>(`${JOB_SEEKERS_URL}/${profile.id}/reviews`, body),
      notice: t('employment.jobSeekers.reviewed'),
    }),
  );
  return (
    <DialogForm {...dialog}>
      <TextInput
        {...dateInput}
        label={t('employment.jobSeekers.reviewedOn')}
        required
        {...form.fields.reviewedOn}
      />
      <Textarea label={t('employment.jobSeekers.note')} required autosize minRows={3} {...form.fields.note} />
    </DialogForm>
  );
}

export function RefusalForm({ profile, onDone }: { profile: JobSeekerProfile; onDone: () => void }) {
  const { t } = useTranslation();
  const initial = { offeredOn: today(), employer: '', position: '', reason: '' };
  const label = t('employment.jobSeekers.recordRefusal');
  const { form, dialog } = useEmploymentForm(initial, label, onDone, (values) => ({
    schema: jobOfferRefusalBody,
    body: values,
    send: (body) => api.post<JobSeekerProfile>(`${JOB_SEEKERS_URL}/${profile.id}/refusals`, body),
    notice: t('employment.jobSeekers.refusalRecorded'),
  }));
  return (
    <DialogForm {...dialog}>
      <Text {...text.muted}>{t('employment.jobSeekers.refusalHint')}</Text>
      <FieldGrid>
        <TextInput
          {...dateInput}
          label={t('employment.jobSeekers.offeredOn')}
          required
          {...form.fields.offeredOn}
        />
        <TextInput label={t('employment.jobSeekers.employer')} required {...form.fields.employer} />
        <TextInput label={t('employment.jobSeekers.position')} required {...form.fields.position} />
      </FieldGrid>
      <Textarea
        label={t('employment.jobSeekers.reason')}
        required
        autosize
        minRows={2}
        {...form.fields.reason}
      />
    </DialogForm>
  );
}
