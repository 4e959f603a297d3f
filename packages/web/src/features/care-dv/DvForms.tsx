import { type FormEvent } from 'react';
import { Checkbox, Paper, SegmentedControl, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  PROTECTION_ORDER_KINDS,
  dvOrderBody,
  dvReportBody,
  type DvCaseBody,
  type ProtectionOrder,
  type ProtectionOrderKind,
} from '@vatra/core';
import { api } from '../../api/client';
import { FormActions } from '../../components/FormModal';
import { card, dateInput } from '../../components/presets';
import { FormError } from '../../components/ui';
import { today } from '../../lib/dates';
import { useFormState } from '../../lib/forms';
import { dvUrl, useDvWrite } from './data';

/** A protection order: immediate (UMM) or regular (UM), the court, its number and validity. */
export function OrderForm({ dv, onDone }: { dv: DvCaseBody; onDone: () => void }) {
  const { t } = useTranslation();
  const write = useDvWrite(dv.careCaseId);
  const form = useFormState({
    kind: 'regular' as ProtectionOrderKind,
    court: '',
    orderNumber: '',
    issuedOn: today(),
    validUntil: '',
    policeInformedOn: '',
  });
  const { values } = form;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: dvOrderBody,
      body: {
        kind: values.kind,
        court: values.court,
        orderNumber: values.orderNumber,
        issuedOn: values.issuedOn,
        validUntil: values.validUntil,
        ...(values.policeInformedOn ? { policeInformedOn: values.policeInformedOn } : {}),
        version: dv.version,
      },
      send: (body) => api.post<DvCaseBody>(`${dvUrl(dv.careCaseId)}/orders`, body),
      notice: t('careDv.orders.saved'),
      onDone,
    });
  };
  return (
    <Paper {...card}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <SegmentedControl
            value={values.kind}
            onChange={(value) => form.set('kind', value as ProtectionOrderKind)}
            data={PROTECTION_ORDER_KINDS.map((kind) => ({
              value: kind,
              label: t(`careDv.orders.kinds.${kind}`),
            }))}
          />
          <TextInput label={t('careDv.orders.court')} required {...form.fields.court} />
          <TextInput label={t('careDv.orders.number')} required {...form.fields.orderNumber} />
          <TextInput {...dateInput} label={t('careDv.orders.issuedOn')} required {...form.fields.issuedOn} />
          <TextInput
            {...dateInput}
            label={t('careDv.orders.validUntil')}
            required
            {...form.fields.validUntil}
          />
          <TextInput
            {...dateInput}
            label={t('careDv.orders.policeInformedOn')}
            {...form.fields.policeInformedOn}
          />
          <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('careDv.orders.add')} />
        </Stack>
      </form>
    </Paper>
  );
}

/** The next monitoring report of a valid order. */
export function ReportForm({
  dv,
  order,
  onDone,
}: {
  dv: DvCaseBody;
  order: ProtectionOrder;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const write = useDvWrite(dv.careCaseId);
  const form = useFormState({ summary: '', policeInformed: true });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: dvReportBody,
      body: { ...form.values, version: dv.version },
      send: (body) => api.post<DvCaseBody>(`${dvUrl(dv.careCaseId)}/orders/${order.id}/reports`, body),
      notice: t('careDv.reports.submitted'),
      onDone,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Textarea
          label={t('careDv.reports.submitTitle', { number: order.orderNumber })}
          description={t('careDv.reports.summary')}
          required
          autosize
          minRows={3}
          {...form.fields.summary}
        />
        <Checkbox
          label={t('careDv.reports.policeInformed')}
          checked={form.values.policeInformed}
          onChange={(event) => form.set('policeInformed', event.currentTarget.checked)}
        />
        <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('careDv.reports.submit')} />
      </Stack>
    </form>
  );
}
