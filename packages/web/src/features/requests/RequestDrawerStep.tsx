import type { FormEvent } from 'react';
import { NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestAction, RequestView } from '@vatra/core';
import { api } from '../../api/client';
import { FormActions } from '../../components/FormModal';
import { dateInput, text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { today } from '../../lib/dates';
import { useFormState } from '../../lib/forms';
import { useCaseDocuments } from '../cases/data';
import { useRequestWrite } from './RequestDrawerWrite';

/** A step of the request's path that has its own dialog, in the order the drawer shows them. */
export type Step = Exclude<RequestAction, 'edit' | 'documents' | 'decideAppeal'>;
export const STEPS: readonly Step[] = [
  'submit',
  'review',
  'decide',
  'recordExternal',
  'notify',
  'appeal',
  'execute',
  'complete',
  'withdraw',
];
const URL_OF: Record<Step, string> = {
  submit: 'submit',
  review: 'review',
  decide: 'decide',
  recordExternal: 'external-decision',
  notify: 'notify',
  appeal: 'appeals',
  execute: 'execution',
  complete: 'execution/complete',
  withdraw: 'withdraw',
};

interface StepValues {
  outcome: string | null;
  amount: number | string;
  reasons: string;
  day: string;
  note: string;
  /** The external body's reference number and the scanned letter (recordExternal). */
  reference: string;
  letter: string | null;
}

/** The form of one step: only the fields that step needs. */
export function RequestStepForm({
  caseId,
  request,
  step,
  onClose,
}: {
  caseId: string;
  request: RequestView;
  step: Step;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const write = useRequestWrite(caseId);
  const form = useFormState<StepValues>({
    outcome: 'approved',
    amount: request.amountRequested ?? '',
    reasons: '',
    day: today(),
    note: '',
    reference: '',
    letter: null,
  });
  const { values } = form;
  const amount = values.amount === '' ? null : Number(values.amount);
  const bodies: Record<Step, Record<string, unknown>> = {
    submit: {},
    review: {},
    withdraw: {},
    decide: { outcome: values.outcome, amount, reasons: values.reasons, decidedOn: values.day },
    recordExternal: {
      outcome: values.outcome,
      amount,
      reasons: values.reasons,
      decidedOn: values.day,
      reference: values.reference,
      letterDocumentId: values.letter ?? undefined,
    },
    notify: { notifiedOn: values.day },
    appeal: { filedOn: values.day, grounds: values.reasons },
    execute: { startedOn: values.day, ...(values.note ? { progressNote: values.note } : {}) },
    complete: { completedOn: values.day, actualCost: amount ?? 0 },
  };
  // Errors of the server name the body's fields; show them on the inputs that hold them.
  const rename: Record<string, keyof StepValues> = {
    decidedOn: 'day',
    notifiedOn: 'day',
    filedOn: 'day',
    startedOn: 'day',
    completedOn: 'day',
    grounds: 'reasons',
    actualCost: 'amount',
    progressNote: 'note',
    letterDocumentId: 'letter',
  };
  const sink = {
    setErrors: (errors: Record<string, string>) =>
      form.setErrors(
        Object.fromEntries(Object.entries(errors).map(([key, value]) => [rename[key] ?? key, value])),
      ),
    setFormError: form.setFormError,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink,
      send: () =>
        api.post<RequestView>(`/api/requests/${request.id}/${URL_OF[step]}`, {
          ...bodies[step],
          version: request.version,
        }),
      notice: t('requests.saved'),
      onDone: onClose,
    });
  };

  const dateLabel: Partial<Record<Step, string>> = {
    decide: t('requests.fields.decidedOn'),
    recordExternal: t('requests.fields.decidedOn'),
    notify: t('requests.fields.notifiedOn'),
    appeal: t('requests.fields.filedOn'),
    execute: t('requests.fields.startedOn'),
    complete: t('requests.fields.completedOn'),
  };
  const label = dateLabel[step];
  const deciding = step === 'decide' || step === 'recordExternal';

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        {step === 'withdraw' && <Text>{t('requests.withdrawText')}</Text>}
        {step === 'recordExternal' && (
          <ExternalLetterFields
            caseId={caseId}
            body={request.decidingInstitution?.name ?? request.decidingType}
            form={form}
          />
        )}
        {deciding && (
          <Select
            label={t('requests.fields.outcome')}
            required
            allowDeselect={false}
            data={(['approved', 'partly_approved', 'rejected'] as const).map((value) => ({
              value,
              label: t(`requests.outcomes.${value}`),
            }))}
            {...form.fields.outcome}
          />
        )}
        {deciding && values.outcome !== 'rejected' && (
          <NumberInput
            label={t('requests.fields.decisionAmount')}
            min={0}
            decimalScale={2}
            {...form.fields.amount}
          />
        )}
        {step === 'complete' && (
          <NumberInput
            label={t('requests.fields.actualCost')}
            required
            min={0}
            decimalScale={2}
            {...form.fields.amount}
          />
        )}
        {label && <TextInput {...dateInput} label={label} required {...form.fields.day} />}
        {(deciding || step === 'appeal') && (
          <Textarea
            label={deciding ? t('requests.fields.reasons') : t('requests.fields.grounds')}
            required
            autosize
            minRows={3}
            {...form.fields.reasons}
          />
        )}
        {step === 'execute' && (
          <Textarea label={t('requests.fields.progressNote')} autosize {...form.fields.note} />
        )}
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t(`requests.actions.${step}`)} />
      </Stack>
    </form>
  );
}

/** The letter of a body outside Vatra: its reference number and the scan, a document of the case. */
function ExternalLetterFields({
  caseId,
  body,
  form,
}: {
  caseId: string;
  body: string;
  form: ReturnType<typeof useFormState<StepValues>>;
}) {
  const { t } = useTranslation();
  const documents = useCaseDocuments(caseId);
  return (
    <>
      <Text {...text.muted}>{t('requests.externalHint', { body })}</Text>
      <TextInput label={t('requests.fields.reference')} required {...form.fields.reference} />
      <Select
        label={t('requests.fields.letter')}
        required
        data={(documents.data ?? []).map((document) => ({ value: document.id, label: document.fileName }))}
        {...form.fields.letter}
      />
    </>
  );
}
