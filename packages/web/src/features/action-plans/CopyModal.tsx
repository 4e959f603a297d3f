import type { FormEvent } from 'react';
import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { actionPlanCopy, type ActionPlanDetail } from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { dialog, grid, input, recordPath, yearInput } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { planPath } from './data';
import { usePlanWrite } from './write';

interface Props {
  plan: ActionPlanDetail;
  opened: boolean;
  onClose: () => void;
}

export function CopyModal({ plan, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <DialogModal opened={opened} onClose={onClose} title={t('actionPlans.copy.title')} size={dialog.form}>
      {opened && <CopyForm plan={plan} onClose={onClose} />}
    </DialogModal>
  );
}

/** The next period's plan proposed from this one: same length, key with the new years. */
function proposal(plan: ActionPlanDetail) {
  const length = plan.period.to - plan.period.from;
  const from = plan.period.to + 1;
  const to = from + length;
  const stem = plan.key.replace(/-?\d{4}-\d{4}$/, '');
  return { key: `${stem}-${from}-${to}`, from: String(from), to: String(to) };
}

function CopyForm({ plan, onClose }: { plan: ActionPlanDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const write = usePlanWrite(plan.id);
  const form = useFormState({ ...proposal(plan), titleOriginal: '', titleEn: '' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { key, from, to, titleOriginal, titleEn } = form.values;
    const title =
      titleOriginal.trim() || titleEn.trim()
        ? { original: titleOriginal.trim() || titleEn.trim(), en: titleEn.trim() || titleOriginal.trim() }
        : undefined;
    void write.run({
      sink: {
        setFormError: form.setFormError,
        setErrors: (errors) =>
          form.setErrors(
            Object.fromEntries(
              Object.entries(errors).map(([k, v]) => [
                k
                  .replace(/^period\./, '')
                  .replace(/^title\.original/, 'titleOriginal')
                  .replace(/^title\.en/, 'titleEn'),
                v,
              ]),
            ),
          ),
      },
      schema: actionPlanCopy,
      body: { key: key.trim(), period: { from, to }, title },
      send: (checked) => api.post<ActionPlanDetail>(`${planPath(plan.id)}/copy`, checked),
      notice: t('actionPlans.copy.done'),
      onDone: (fresh) => {
        onClose();
        navigate(recordPath.actionPlan(fresh.id));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('actionPlans.copy.intro')}</Text>
        <FormError message={form.formError} />
        <TextInput
          {...input.code}
          label={t('actionPlans.copy.key')}
          description={t('actionPlans.copy.keyHint')}
          required
          {...form.fields.key}
        />
        <SimpleGrid cols={2} {...grid.fields}>
          <TextInput {...yearInput} label={t('actionPlans.copy.from')} required {...form.fields.from} />
          <TextInput {...yearInput} label={t('actionPlans.copy.to')} required {...form.fields.to} />
        </SimpleGrid>
        <TextInput
          {...input.plain}
          label={t('actionPlans.copy.titleOriginal')}
          description={t('actionPlans.copy.titleHint')}
          placeholder={plan.title.original}
          {...form.fields.titleOriginal}
        />
        <TextInput
          {...input.plain}
          label={t('actionPlans.copy.titleEn')}
          placeholder={plan.title.en}
          {...form.fields.titleEn}
        />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('actionPlans.copy.submit')} />
      </Stack>
    </form>
  );
}
