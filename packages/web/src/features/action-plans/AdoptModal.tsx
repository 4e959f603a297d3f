import type { FormEvent } from 'react';
import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { actionPlanStatusChange, type ActionPlanDetail } from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { dateInput, dialog, grid, input } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { planPath, usePlanRefresh } from './data';
import { usePlanWrite } from './write';

interface Props {
  plan: ActionPlanDetail;
  opened: boolean;
  onClose: () => void;
}

export function AdoptModal({ plan, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <DialogModal opened={opened} onClose={onClose} title={t('actionPlans.adopt.title')} size={dialog.form}>
      {opened && <AdoptForm plan={plan} onClose={onClose} />}
    </DialogModal>
  );
}

/** Adoption by the Municipal Assembly (or the body named): who, the decision's number and date. */
function AdoptForm({ plan, onClose }: { plan: ActionPlanDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const write = usePlanWrite(plan.id);
  const refresh = usePlanRefresh(plan.id);
  const form = useFormState({ by: '', decisionNumber: '', date: '' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      version: plan.version,
      status: 'adopted',
      adoption: { by: form.values.by, decisionNumber: form.values.decisionNumber, date: form.values.date },
    };
    void write.run({
      sink: {
        setFormError: form.setFormError,
        // The server names the fields inside "adoption"; the inputs are named without it.
        setErrors: (errors) =>
          form.setErrors(
            Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^adoption\./, ''), v])),
          ),
      },
      schema: actionPlanStatusChange,
      body,
      send: (checked) => api.post<ActionPlanDetail>(`${planPath(plan.id)}/status`, checked),
      notice: t('actionPlans.adopt.done'),
      onDone: (fresh) => {
        refresh.setPlan(fresh);
        onClose();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('actionPlans.adopt.intro')}</Text>
        <FormError message={form.formError} />
        <TextInput
          {...input.plain}
          label={t('actionPlans.adopt.by')}
          placeholder={t('actionPlans.adopt.byPlaceholder')}
          required
          {...form.fields.by}
        />
        <SimpleGrid cols={2} {...grid.fields}>
          <TextInput
            {...input.code}
            label={t('actionPlans.adopt.decisionNumber')}
            required
            {...form.fields.decisionNumber}
          />
          <TextInput {...dateInput} label={t('actionPlans.adopt.date')} required {...form.fields.date} />
        </SimpleGrid>
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('actionPlans.adopt.submit')} />
      </Stack>
    </form>
  );
}
