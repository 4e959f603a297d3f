import { useState, type FormEvent } from 'react';
import { Anchor, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
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
import { FormActions } from '../../components/FormModal';
import { dateInput, grid, layout, text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { PersonPicker } from '../care/PersonPicker';
import { HOUSEHOLDS_URL, JOB_SEEKERS_URL, SENDS_URL, currentMonth, today, useEmploymentWrite } from './data';

// The forms of the Employment Office links page, each shown in a dialog by its tab.

/** A month (YYYY-MM); browsers without a month picker show a text field. */
export const MONTH_INPUT = { type: 'month', autoComplete: 'off' } as const;
const SELECT = { allowDeselect: false } as const;

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
  const write = useEmploymentWrite();
  const [hit, setHit] = useState<PersonSearchHit | null>(null);
  const form = useFormState({
    scheme: 'ne' as string | null,
    area: 'rural' as string | null,
    nationalReference: '',
    fromMonth: currentMonth(),
    toMonth: '',
  });
  if (!hit) return <PersonPicker onPick={setHit} />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { toMonth, ...rest } = form.values;
    void write.run({
      sink: form,
      schema: assistedHouseholdBody,
      body: { ...rest, householdId: hit.householdId, toMonth: toMonth.trim() ? toMonth : null },
      send: (body) => api.post<AssistedHousehold>(HOUSEHOLDS_URL, body),
      notice: t('employment.households.added'),
      onDone,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack {...layout.section}>
        <FormError message={form.formError} />
        <Picked hit={hit} onChange={() => setHit(null)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} {...grid.fields}>
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
          <TextInput
            label={t('employment.households.reference')}
            required
            {...form.fields.nationalReference}
          />
          <div />
          <TextInput
            {...MONTH_INPUT}
            placeholder={t('employment.forms.monthPlaceholder')}
            label={t('employment.households.fromMonth')}
            required
            {...form.fields.fromMonth}
          />
          <TextInput
            {...MONTH_INPUT}
            placeholder={t('employment.forms.monthPlaceholder')}
            label={t('employment.households.toMonth')}
            description={t('employment.households.toMonthHint')}
            {...form.fields.toMonth}
          />
        </SimpleGrid>
        <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('employment.households.add')} />
      </Stack>
    </form>
  );
}

export function EndPeriodForm({ period, onDone }: { period: AssistedHousehold; onDone: () => void }) {
  const { t } = useTranslation();
  const write = useEmploymentWrite();
  const form = useFormState({ toMonth: period.toMonth ?? currentMonth() });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: assistedHouseholdEndBody,
      body: { toMonth: form.values.toMonth, version: period.version },
      send: (body) => api.patch<AssistedHousehold>(`${HOUSEHOLDS_URL}/${period.id}`, body),
      notice: t('employment.households.ended'),
      onDone,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack {...layout.section}>
        <FormError message={form.formError} />
        <Text {...text.muted}>{t('employment.households.endHint', { name: period.headName })}</Text>
        <TextInput
          {...MONTH_INPUT}
          placeholder={t('employment.forms.monthPlaceholder')}
          label={t('employment.households.toMonth')}
          required
          {...form.fields.toMonth}
        />
        <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('employment.households.end')} />
      </Stack>
    </form>
  );
}

export function SendForm({ month, onDone }: { month: string; onDone: () => void }) {
  const { t } = useTranslation();
  const write = useEmploymentWrite();
  const form = useFormState({ sentOn: today() });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: employmentSendBody,
      body: { month, sentOn: form.values.sentOn },
      send: (body) => api.post(SENDS_URL, body),
      notice: t('employment.list.sentNotice', { month }),
      onDone,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack {...layout.section}>
        <FormError message={form.formError} />
        <Text {...text.muted}>{t('employment.list.sendHint', { month })}</Text>
        <TextInput {...dateInput} label={t('employment.list.sentOn')} required {...form.fields.sentOn} />
        <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('employment.list.markSent')} />
      </Stack>
    </form>
  );
}

export function ProfileForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const write = useEmploymentWrite();
  const [hit, setHit] = useState<PersonSearchHit | null>(null);
  const form = useFormState({ registeredOn: today(), qualification: '', experience: '', lastReviewedOn: '' });
  if (!hit) return <PersonPicker onPick={setHit} />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { experience, lastReviewedOn, ...rest } = form.values;
    void write.run({
      sink: form,
      schema: jobSeekerProfileBody,
      body: {
        ...rest,
        personId: hit.id,
        experience: experience.trim() ? experience : null,
        lastReviewedOn: lastReviewedOn ? lastReviewedOn : null,
      },
      send: (body) => api.post<JobSeekerProfile>(JOB_SEEKERS_URL, body),
      notice: t('employment.jobSeekers.added'),
      onDone,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack {...layout.section}>
        <FormError message={form.formError} />
        <Picked hit={hit} onChange={() => setHit(null)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} {...grid.fields}>
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
        </SimpleGrid>
        <TextInput label={t('employment.jobSeekers.qualification')} required {...form.fields.qualification} />
        <Textarea
          label={t('employment.jobSeekers.experience')}
          autosize
          minRows={3}
          {...form.fields.experience}
        />
        <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('employment.jobSeekers.add')} />
      </Stack>
    </form>
  );
}

export function ReviewForm({ profile, onDone }: { profile: JobSeekerProfile; onDone: () => void }) {
  const { t } = useTranslation();
  const write = useEmploymentWrite();
  const form = useFormState({ reviewedOn: today(), note: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: jobSeekerReviewBody,
      body: { ...form.values, version: profile.version },
      send: (body) => api.post<JobSeekerProfile>(`${JOB_SEEKERS_URL}/${profile.id}/reviews`, body),
      notice: t('employment.jobSeekers.reviewed'),
      onDone,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack {...layout.section}>
        <FormError message={form.formError} />
        <TextInput
          {...dateInput}
          label={t('employment.jobSeekers.reviewedOn')}
          required
          {...form.fields.reviewedOn}
        />
        <Textarea
          label={t('employment.jobSeekers.note')}
          required
          autosize
          minRows={3}
          {...form.fields.note}
        />
        <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('employment.jobSeekers.review')} />
      </Stack>
    </form>
  );
}

export function RefusalForm({ profile, onDone }: { profile: JobSeekerProfile; onDone: () => void }) {
  const { t } = useTranslation();
  const write = useEmploymentWrite();
  const form = useFormState({ offeredOn: today(), employer: '', position: '', reason: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: jobOfferRefusalBody,
      body: form.values,
      send: (body) => api.post<JobSeekerProfile>(`${JOB_SEEKERS_URL}/${profile.id}/refusals`, body),
      notice: t('employment.jobSeekers.refusalRecorded'),
      onDone,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack {...layout.section}>
        <FormError message={form.formError} />
        <Text {...text.muted}>{t('employment.jobSeekers.refusalHint')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} {...grid.fields}>
          <TextInput
            {...dateInput}
            label={t('employment.jobSeekers.offeredOn')}
            required
            {...form.fields.offeredOn}
          />
          <TextInput label={t('employment.jobSeekers.employer')} required {...form.fields.employer} />
          <TextInput label={t('employment.jobSeekers.position')} required {...form.fields.position} />
        </SimpleGrid>
        <Textarea
          label={t('employment.jobSeekers.reason')}
          required
          autosize
          minRows={2}
          {...form.fields.reason}
        />
        <FormActions
          busy={write.busy}
          onCancel={onDone}
          submitLabel={t('employment.jobSeekers.recordRefusal')}
        />
      </Stack>
    </form>
  );
}
