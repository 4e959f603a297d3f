import { useState, type FormEvent } from 'react';
import { NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SocialFundRequestView, SocialFundYear } from '@vatra/core';
import { FormActions } from '../../components/FormModal';
import { dateInput, grid, layout } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { problemText } from '../care-services/data';
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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate({
      ...(request ? { version: request.version } : { year: data.year }),
      serviceCode,
      providerId,
      municipalAmount: numberOrNull(municipalAmount),
      requestedAmount: numberOrNull(requestedAmount),
      note: orNull(note),
    });
  };
  return (
    <form onSubmit={submit}>
      <Stack {...layout.section}>
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
        <SimpleGrid cols={{ base: 1, sm: 2 }} {...grid.fields}>
          <NumberInput
            required
            min={0}
            decimalScale={2}
            thousandSeparator=" "
            label={t('socialFund.requestForm.municipalAmount')}
            rightSection={data.currency}
            value={municipalAmount}
            onChange={setMunicipalAmount}
          />
          <NumberInput
            required
            min={0}
            decimalScale={2}
            thousandSeparator=" "
            label={t('socialFund.requestForm.requestedAmount')}
            rightSection={data.currency}
            value={requestedAmount}
            onChange={setRequestedAmount}
          />
        </SimpleGrid>
        <Textarea
          autosize
          minRows={2}
          label={t('socialFund.requestForm.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <FormError message={write.error ? problemText(write.error) : null} />
        <FormActions
          busy={write.isPending}
          onCancel={onDone}
          submitLabel={t('socialFund.requestForm.submit')}
        />
      </Stack>
    </form>
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
  const today = new Date().toISOString().slice(0, 10);
  const [day, setDay] = useState(today);
  const [amount, setAmount] = useState<number | string>(request.requestedAmount);
  const [decisionNumber, setDecisionNumber] = useState('');
  const [reason, setReason] = useState('');
  const saved = ({ submit: 'submitted', approve: 'approved', reject: 'rejected' } as const)[step];
  const write = useSocialFundWrite<object>('post', url(request.id, `/${step}`), saved, onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const version = request.version;
    if (step === 'submit') write.mutate({ version, submittedOn: day });
    if (step === 'approve')
      write.mutate({ version, approvedAmount: numberOrNull(amount), decisionNumber, decisionDate: day });
    if (step === 'reject')
      write.mutate({
        version,
        reason,
        decisionNumber: orNull(decisionNumber),
        decisionDate: orNull(decisionNumber) ? day : null,
      });
  };
  const form = `socialFund.${step}Form` as const;
  return (
    <form onSubmit={submit}>
      <Stack {...layout.section}>
        {step === 'approve' && (
          <NumberInput
            required
            min={0}
            max={request.requestedAmount}
            decimalScale={2}
            thousandSeparator=" "
            label={t('socialFund.approveForm.approvedAmount')}
            rightSection={request.currency}
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
        <FormError message={write.error ? problemText(write.error) : null} />
        <FormActions busy={write.isPending} onCancel={onDone} submitLabel={t(`${form}.submit`)} />
      </Stack>
    </form>
  );
}
