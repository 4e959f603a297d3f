import type { FormEvent } from 'react';
import { FileInput, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { manualValueBody, type PlanIndicatorState } from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { dateInput, dialog, grid, input } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormState, validate } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useSession } from '../auth/session';
import { planPath, uploadEvidence } from './data';
import { usePlanWrite } from './write';

interface Props {
  planId: string;
  year: number;
  indicator: PlanIndicatorState | null;
  opened: boolean;
  onClose: () => void;
}

export function RecordValueModal({ planId, year, indicator, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <DialogModal opened={opened} onClose={onClose} title={t('actionPlans.record.title')} size={dialog.form}>
      {opened && indicator && (
        <RecordForm planId={planId} year={year} indicator={indicator} onClose={onClose} />
      )}
    </DialogModal>
  );
}

/**
 * A value typed in by the coordinator for a period, with the file that proves it. The file is
 * uploaded first; the value then refers to it, so a failed value leaves at most an unused file.
 */
function RecordForm({
  planId,
  year,
  indicator,
  onClose,
}: {
  planId: string;
  year: number;
  indicator: PlanIndicatorState;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const write = usePlanWrite(planId);
  const form = useFormState<{
    periodStart: string;
    periodEnd: string;
    value: number | string;
    note: string;
    file: File | null;
  }>({ periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, value: '', note: '', file: null });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { periodStart, periodEnd, value, note, file } = form.values;
    const body = {
      periodStart,
      periodEnd,
      value: typeof value === 'number' ? value : undefined,
      note: note.trim() || undefined,
    };
    // Checked before the upload, so a wrong date does not leave a file behind.
    const checked = validate(manualValueBody, body, format.locale);
    if (checked.errors) {
      form.setErrors(checked.errors);
      form.setFormError(t('errors.fixFields'));
      return;
    }
    void write.run({
      sink: form,
      send: async () => {
        const evidence = file ? await uploadEvidence(planId, file, note, me.csrfToken) : null;
        return api.post<PlanIndicatorState>(
          `${planPath(planId)}/indicators/${encodeURIComponent(indicator.indicatorId)}/values`,
          { ...checked.data, evidenceDocumentId: evidence?.id },
        );
      },
      notice: t('actionPlans.record.done'),
      onDone: onClose,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" fw={600}>
          {indicator.text.original}
        </Text>
        <FormError message={form.formError} />
        <SimpleGrid cols={3} {...grid.fields}>
          <TextInput
            {...dateInput}
            label={t('actionPlans.record.periodStart')}
            required
            {...form.fields.periodStart}
          />
          <TextInput
            {...dateInput}
            label={t('actionPlans.record.periodEnd')}
            required
            {...form.fields.periodEnd}
          />
          <NumberInput
            label={t('actionPlans.record.value')}
            description={t(`actionPlans.units.${indicator.unit}`)}
            {...input.hintBelow}
            required
            decimalSeparator={format.locale === 'en' ? '.' : ','}
            {...form.fields.value}
          />
        </SimpleGrid>
        <TextInput {...input.plain} label={t('actionPlans.record.note')} {...form.fields.note} />
        <FileInput
          label={t('actionPlans.record.evidence')}
          description={t('actionPlans.record.evidenceHint')}
          clearable
          {...form.fields.file}
          error={form.fields.file.error ?? form.errors.evidenceDocumentId}
        />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('actionPlans.record.submit')} />
      </Stack>
    </form>
  );
}
