import { useState, type FormEvent } from 'react';
import { SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { actionPlanEdit, type ActionPlanDetail, type PlanFile } from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { dialog, grid, input, text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { planPath, usePlanRefresh } from './data';
import { periodYears } from './display';
import { findRow, hasDetails, targetText, targetValue } from './rows';
import { usePlanWrite } from './write';

/** Editing one row: its title, deadline, responsible institutions and indicator targets. */
export function RowEditModal({
  plan,
  rowId,
  onClose,
}: {
  plan: ActionPlanDetail;
  rowId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const found = rowId ? findRow(plan.content, rowId) : null;
  const title = found?.row.number
    ? t('actionPlans.editRow.title', { number: found.row.number })
    : t('actionPlans.editRow.titleNoNumber');
  return (
    <DialogModal opened={!!found} onClose={onClose} title={title} size={dialog.wide}>
      {found && rowId && <RowEditForm key={rowId} plan={plan} rowId={rowId} onClose={onClose} />}
    </DialogModal>
  );
}

type Targets = Record<string, string>;
const targetKey = (indicatorId: string, year: number) => `${indicatorId}|${year}`;

function RowEditForm({
  plan,
  rowId,
  onClose,
}: {
  plan: ActionPlanDetail;
  rowId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const write = usePlanWrite(plan.id);
  const refresh = usePlanRefresh(plan.id);
  const { row } = findRow(plan.content, rowId) ?? { row: null };
  const years = periodYears(plan.period);
  const details = row && hasDetails(row) ? row : null;
  const form = useFormState({
    titleOriginal: row?.title.original ?? '',
    titleEn: row?.title.en ?? '',
    deadline: details?.deadline?.text ?? '',
    responsible: details?.responsible.join(', ') ?? '',
    change: '',
  });
  const [targets, setTargets] = useState<Targets>(() =>
    Object.fromEntries(
      (row?.indicators ?? []).flatMap((indicator) =>
        years.map((year) => [targetKey(indicator.id, year), targetText(indicator, year)]),
      ),
    ),
  );
  if (!row) return null;

  /** The whole plan with this row changed: the API replaces the content as one versioned document. */
  const edited = (): PlanFile => {
    const content = structuredClone(plan.content);
    const target = findRow(content, rowId)?.row;
    if (!target) return content;
    target.title = { original: form.values.titleOriginal.trim(), en: form.values.titleEn.trim() };
    if (hasDetails(target)) {
      target.responsible = form.values.responsible
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      const deadlineText = form.values.deadline.trim();
      if (deadlineText !== (target.deadline?.text ?? '')) {
        target.deadline = deadlineText
          ? { ...(target.deadline ?? { kind: 'unknown' }), text: deadlineText }
          : target.deadline && { ...target.deadline, text: undefined };
      }
    }
    for (const indicator of target.indicators) {
      const kept = indicator.targets.filter((item) => !years.includes(item.year));
      const typed = years.flatMap((year) => {
        const value = (targets[targetKey(indicator.id, year)] ?? '').trim();
        if (!value) return [];
        const before = indicator.targets.find((item) => item.year === year);
        return [{ ...before, year, value: targetValue(value) }];
      });
      indicator.targets = [...kept, ...typed].sort((a, b) => a.year - b.year);
    }
    return content;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: {
        setFormError: form.setFormError,
        setErrors: (errors) => {
          form.setErrors(errors);
          // Errors deep inside the content have no input of their own: list them above the form.
          const deep = Object.entries(errors).filter(([path]) => path.startsWith('content.'));
          if (deep.length) form.setFormError(deep.map(([path, message]) => `${path}: ${message}`).join('; '));
        },
      },
      schema: actionPlanEdit,
      body: { version: plan.version, content: edited(), change: form.values.change },
      send: (checked) => api.put<ActionPlanDetail>(planPath(plan.id), checked),
      notice: t('actionPlans.editRow.done'),
      onDone: (fresh) => {
        refresh.setPlan(fresh);
        onClose();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <SimpleGrid cols={2} {...grid.fields}>
          <Textarea
            label={t('actionPlans.editRow.rowTitle')}
            autosize
            minRows={2}
            required
            {...form.fields.titleOriginal}
          />
          <Textarea
            label={t('actionPlans.editRow.rowTitleEn')}
            autosize
            minRows={2}
            required
            {...form.fields.titleEn}
          />
        </SimpleGrid>
        {details && (
          <SimpleGrid cols={2} {...grid.fields}>
            <TextInput
              {...input.plain}
              label={t('actionPlans.editRow.deadlineText')}
              {...form.fields.deadline}
            />
            <TextInput
              {...input.plain}
              label={t('actionPlans.editRow.responsible')}
              description={t('actionPlans.editRow.responsibleHint')}
              {...input.hintBelow}
              {...form.fields.responsible}
            />
          </SimpleGrid>
        )}
        {row.indicators.length > 0 && (
          <Stack gap="xs">
            <Text {...text.overline}>{t('actionPlans.editRow.targets')}</Text>
            {row.indicators.map((indicator) => (
              <Stack key={indicator.id} gap={4}>
                <Text size="sm">{indicator.text.original}</Text>
                <SimpleGrid cols={Math.min(years.length, 4)} {...grid.dense}>
                  {years.map((year) => {
                    const key = targetKey(indicator.id, year);
                    return (
                      <TextInput
                        key={key}
                        {...input.plain}
                        size="xs"
                        label={t('actionPlans.editRow.target', { year: String(year) })}
                        value={targets[key] ?? ''}
                        onChange={(event) => {
                          const value = event.currentTarget.value;
                          setTargets((current) => ({ ...current, [key]: value }));
                        }}
                      />
                    );
                  })}
                </SimpleGrid>
              </Stack>
            ))}
          </Stack>
        )}
        <TextInput
          {...input.plain}
          label={t('actionPlans.editRow.change')}
          description={t('actionPlans.editRow.changeHint')}
          required
          {...form.fields.change}
        />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('actionPlans.editRow.submit')} />
      </Stack>
    </form>
  );
}
