import { type FormEvent } from 'react';
import { Paper, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dvExtendBody, type DvCaseBody, type ProtectionOrder } from '@vatra/core';
import { api } from '../../api/client';
import { FormActions } from '../../components/FormModal';
import { card, dateInput, input } from '../../components/presets';
import { FormError } from '../../components/ui';
import { today } from '../../lib/dates';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { dvUrl, useDvWrite } from './data';

/** A court's extension of an order: the new last day, the decision's number and date. */
export function ExtendForm({
  dv,
  order,
  onDone,
}: {
  dv: DvCaseBody;
  order: ProtectionOrder;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const write = useDvWrite(dv.careCaseId);
  const form = useFormState({ validUntil: '', decisionNumber: '', decidedOn: today(), court: '' });
  const { values } = form;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: dvExtendBody,
      body: {
        validUntil: values.validUntil,
        decisionNumber: values.decisionNumber,
        decidedOn: values.decidedOn,
        ...(values.court.trim() ? { court: values.court } : {}),
        version: dv.version,
      },
      send: (body) => api.post<DvCaseBody>(`${dvUrl(dv.careCaseId)}/orders/${order.id}/extend`, body),
      notice: t('careDv.extend.saved'),
      onDone,
    });
  };
  return (
    <Paper {...card}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <TextInput
            {...dateInput}
            label={t('careDv.extend.validUntil')}
            description={t('careDv.extend.currentEnd', { date: format.date(order.validUntil) })}
            required
            min={order.validUntil}
            {...form.fields.validUntil}
          />
          <TextInput
            {...input.plain}
            label={t('careDv.extend.decisionNumber')}
            required
            {...form.fields.decisionNumber}
          />
          <TextInput
            {...dateInput}
            label={t('careDv.extend.decidedOn')}
            required
            {...form.fields.decidedOn}
          />
          <TextInput
            {...input.plain}
            label={t('careDv.extend.court')}
            description={t('careDv.extend.courtHint', { court: order.court })}
            {...form.fields.court}
          />
          <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('careDv.extend.submit')} />
        </Stack>
      </form>
    </Paper>
  );
}
