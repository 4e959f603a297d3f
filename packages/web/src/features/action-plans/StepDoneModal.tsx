import type { FormEvent } from 'react';
import { Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { stepDoneBody, type PlanBudget } from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { dateInput, dialog, input } from '../../components/presets';
import { FormError } from '../../components/ui';
import { today } from '../../lib/dates';
import { useFormState } from '../../lib/forms';
import { planPath, usePlanRefresh } from './data';
import { usePlanWrite } from './write';

export type BudgetStep = PlanBudget['steps'][number];

interface Props {
  planId: string;
  step: BudgetStep | null;
  opened: boolean;
  onClose: () => void;
}

export function StepDoneModal({ planId, step, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <DialogModal
      opened={opened}
      onClose={onClose}
      title={t('actionPlans.stepDone.title')}
      size={dialog.confirm}
    >
      {opened && step && <StepForm planId={planId} step={step} onClose={onClose} />}
    </DialogModal>
  );
}

function StepForm({ planId, step, onClose }: { planId: string; step: BudgetStep; onClose: () => void }) {
  const { t } = useTranslation();
  const write = usePlanWrite(planId);
  const refresh = usePlanRefresh(planId);
  const form = useFormState({ doneOn: today(), note: '' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: stepDoneBody,
      body: {
        stepId: step.stepId,
        year: step.year,
        doneOn: form.values.doneOn,
        note: form.values.note.trim() || undefined,
      },
      send: (checked) => api.post<PlanBudget>(`${planPath(planId)}/steps`, checked),
      notice: t('actionPlans.stepDone.done'),
      onDone: (fresh) => {
        refresh.setBudget(fresh);
        onClose();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" fw={600}>
          {`${step.title.original} (${step.year})`}
        </Text>
        <FormError message={form.formError} />
        <TextInput {...dateInput} label={t('actionPlans.stepDone.doneOn')} required {...form.fields.doneOn} />
        <TextInput {...input.plain} label={t('actionPlans.stepDone.note')} {...form.fields.note} />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('actionPlans.stepDone.submit')} />
      </Stack>
    </form>
  );
}
