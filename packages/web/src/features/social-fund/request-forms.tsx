import { useState } from 'react';
import { Select, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SocialFundRequestView, SocialFundYear } from '@vatra/core';
import { DialogForm, FieldGrid, mutationForm } from '../../components/DialogForm';
import { MoneyInput } from '../../components/MoneyInput';
import { dateInput } from '../../components/presets';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/locale';
import { numberOrNull, orNull, useSocialFundWrite } from './data';

const url = (id: string, step = '') => `/api/social-fund/requests/${encodeURIComponent(id)}${step}`;

/** A new request of a service line for the year, or the edit of a draft. */
export function RequestForm({
  data,
  request,
  onDone,
}: {
  data: SocialFundYear;
  request: SocialFundRequestView | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [serviceCode, setServiceCode] = useState<string | null>(request?.serviceCode ?? null);
  const [providerId, setProviderId] = useState<string | null>(request?.provider?.id ?? null);
  const [municipalAmount, setMunicipalAmount] = useState<number | string>(request?.municipalAmount ?? '');
  const [requestedAmount, setRequestedAmount] = useState<number | string>(request?.requestedAmount ?? '');
  const [note, setNote] = useState(request?.note ?? '');
  const write = useSocialFundWrite<object>(
    request ? 'patch' : 'post',
    request ? url(request.id) : '/api/social-fund/requests',
    'request',
    onDone,
  );
  const dialog = mutationForm({
    write,
    body: () => ({
      ...(request ? { version: request.version } : { year: data.year }),
      serviceCode,
      providerId,
      municipalAmount: numberOrNull(municipalAmount),
      requestedAmount: numberOrNull(requestedAmount),
      note: orNull(note),
    }),
    onCancel: onDone,
    submitLabel: t('socialFund.requestForm.submit'),
  });
  return (
    <DialogForm {...dialog}>
      <Select
        required
        searchable
        label={t('socialFund.requestForm.service')}
        data={data.services.map((s) => ({ value: s.code, label: format.name(s.name) }))}
        value={serviceCode}
        onChange={setServiceCode}
      />
      <Select
        clearable
        searchable
        label={t('socialFund.requestForm.provider')}
        data={data.providers.map((p) => ({ value: p.id, label: p.name }))}
        value={providerId}
        onChange={setProviderId}
      />
      <FieldGrid>
        <MoneyInput
          required
          label={t('socialFund.requestForm.municipalAmount')}
          currency={data.currency}
          value={municipalAmount}
          onChange={setMunicipalAmount}
        />
        <MoneyInput
          required
          label={t('socialFund.requestForm.requestedAmount')}
          currency={data.currency}
          value={requestedAmount}
          onChange={setRequestedAmount}
        />
      </FieldGrid>
      <Textarea
        autosize
        minRows={2}
        label={t('socialFund.requestForm.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
    </DialogForm>
  );
}

export type RequestStep = 'submit' | 'approve' | 'reject';

/** One step of a request: sent to the ministry, approved with an amount and decision, or refused. */
export function StepForm({
  request,
  step,
  onDone,
}: {
  request: SocialFundRequestView;
  step: RequestStep;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [day, setDay] = useState(today);
  const [amount, setAmount] = useState<number | string>(request.requestedAmount);
  const [decisionNumber, setDecisionNumber] = useState('');
  const [reason, setReason] = useState('');
  const saved = ({ submit: 'submitted', approve: 'approved', reject: 'rejected' } as const)[step];
  const write = useSocialFundWrite<object>('post', url(request.id, `/${step}`), saved, onDone);
  const version = request.version;
  const dialog = mutationForm({
    write,
    body: () =>
      step === 'submit'
        ? { version, submittedOn: day }
        : step === 'approve'
          ? { version, approvedAmount: numberOrNull(amount), decisionNumber, decisionDate: day }
          : {
              version,
              reason,
              decisionNumber: orNull(decisionNumber),
              decisionDate: orNull(decisionNumber) ? day : null,
            },
    onCancel: onDone,
    submitLabel: t(`socialFund.${step}Form.submit`),
  });
  return (
    <DialogForm {...dialog}>
      {step === 'approve' && (
        <MoneyInput
          required
          max={request.requestedAmount}
          label={t('socialFund.approveForm.approvedAmount')}
          currency={request.currency}
          value={amount}
          onChange={setAmount}
        />
      )}
      {step === 'reject' && (
        <Textarea
          required
          autosize
          minRows={2}
          label={t('socialFund.rejectForm.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      )}
      {step !== 'submit' && (
        <TextInput
          required={step === 'approve'}
          label={
            step === 'approve'
              ? t('socialFund.approveForm.decisionNumber')
              : t('socialFund.rejectForm.decisionNumber')
          }
          value={decisionNumber}
          onChange={(e) => setDecisionNumber(e.currentTarget.value)}
        />
      )}
      <TextInput
        {...dateInput}
        required={step !== 'reject'}
        label={
          step === 'submit'
            ? t('socialFund.submitForm.submittedOn')
            : step === 'approve'
              ? t('socialFund.approveForm.decisionDate')
              : t('socialFund.rejectForm.decisionDate')
        }
        value={day}
        onChange={(e) => setDay(e.currentTarget.value)}
      />
    </DialogForm>
  );
}
