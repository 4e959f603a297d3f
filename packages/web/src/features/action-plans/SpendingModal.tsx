import type { FormEvent } from 'react';
import { NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { spendingBody, type ActionPlanDetail, type PlanBudget } from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { dateInput, dialog, grid, input } from '../../components/presets';
import { FormError } from '../../components/ui';
import { today } from '../../lib/dates';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { planPath, usePlanRefresh } from './data';
import { defaultYear, periodYears } from './display';
import { listRows } from './rows';
import { usePlanWrite } from './write';

interface Props {
  plan: ActionPlanDetail;
  budget: PlanBudget;
  opened: boolean;
  onClose: () => void;
}

export function SpendingModal({ plan, budget, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <DialogModal opened={opened} onClose={onClose} title={t('actionPlans.spending.title')} size={dialog.form}>
      {opened && <SpendingForm plan={plan} budget={budget} onClose={onClose} />}
    </DialogModal>
  );
}

/** Money paid for a row of the plan in a year, from a source of funding. */
function SpendingForm({
  plan,
  budget,
  onClose,
}: {
  plan: ActionPlanDetail;
  budget: PlanBudget;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const write = usePlanWrite(plan.id);
  const refresh = usePlanRefresh(plan.id);
  const form = useFormState<{
    rowId: string | null;
    year: string;
    fundingSource: string;
    amount: number | string;
    currency: string;
    spentOn: string;
    note: string;
  }>({
    rowId: null,
    year: String(defaultYear(plan.period)),
    fundingSource: '',
    amount: '',
    currency: plan.content.currency,
    spentOn: today(),
    note: '',
  });
  // Rows with planned money first would hide the others; the plan's reading order is what people know.
  const rowOptions = listRows(plan.content).map((row) => ({
    value: row.id,
    label: `${row.number ?? ''} ${row.title.original}`.trim(),
  }));
  const sources = [...new Set(budget.bySource.map((item) => item.fundingSource).filter(Boolean))];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    void write.run({
      sink: form,
      schema: spendingBody,
      body: {
        rowId: v.rowId ?? undefined,
        year: v.year,
        fundingSource: v.fundingSource,
        amount: typeof v.amount === 'number' ? v.amount : undefined,
        currency: v.currency,
        spentOn: v.spentOn,
        note: v.note.trim() || undefined,
      },
      send: (checked) => api.post<PlanBudget>(`${planPath(plan.id)}/spending`, checked),
      notice: t('actionPlans.spending.done'),
      onDone: (fresh) => {
        refresh.setBudget(fresh);
        onClose();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Select
          label={t('actionPlans.spending.row')}
          data={rowOptions}
          searchable
          required
          value={form.values.rowId}
          onChange={(value) => form.set('rowId', value)}
          error={form.fields.rowId.error}
          comboboxProps={{ withinPortal: true }}
        />
        <SimpleGrid cols={3} {...grid.fields}>
          <Select
            label={t('actionPlans.spending.year')}
            data={periodYears(plan.period).map(String)}
            required
            allowDeselect={false}
            value={form.values.year}
            onChange={(value) => value && form.set('year', value)}
            error={form.fields.year.error}
          />
          <NumberInput
            label={t('actionPlans.spending.amount')}
            required
            thousandSeparator={format.locale === 'en' ? ',' : '.'}
            decimalSeparator={format.locale === 'en' ? '.' : ','}
            {...form.fields.amount}
          />
          <Select
            label={t('actionPlans.spending.currency')}
            data={['EUR', 'ALL']}
            required
            allowDeselect={false}
            value={form.values.currency}
            onChange={(value) => value && form.set('currency', value)}
            error={form.fields.currency.error}
          />
        </SimpleGrid>
        <SimpleGrid cols={2} {...grid.fields}>
          <TextInput
            {...input.plain}
            label={t('actionPlans.spending.source')}
            placeholder={sources[0] ?? t('actionPlans.spending.sourcePlaceholder')}
            required
            list="vatra-funding-sources"
            {...form.fields.fundingSource}
          />
          <TextInput
            {...dateInput}
            label={t('actionPlans.spending.spentOn')}
            required
            {...form.fields.spentOn}
          />
        </SimpleGrid>
        <datalist id="vatra-funding-sources">
          {sources.map((source) => (
            <option key={source} value={source} />
          ))}
        </datalist>
        <TextInput {...input.plain} label={t('actionPlans.spending.note')} {...form.fields.note} />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('actionPlans.spending.submit')} />
      </Stack>
    </form>
  );
}
