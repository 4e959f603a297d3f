import { type FormEvent } from 'react';
import { Paper, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { childPlanBody, childReportBody, type ChildProtection } from '@vatra/core';
import { api } from '../../api/client';
import { FormActions } from '../../components/FormModal';
import { card, dateInput } from '../../components/presets';
import { FormError } from '../../components/ui';
import { today } from '../../lib/dates';
import { useFormState } from '../../lib/forms';
import { useSession } from '../auth/session';
import { childUrl, useChildWrite } from './data';

const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/**
 * A new protection plan, supervised by the worker drafting it: goals one a line, measures one a
 * line as "measure; who carries it out; due date (optional)".
 */
export function PlanForm({ cp, onDone }: { cp: ChildProtection; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const write = useChildWrite(cp.careCaseId);
  const form = useFormState({ goals: '', measures: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: childPlanBody,
      body: {
        goals: lines(form.values.goals),
        measures: lines(form.values.measures).map((line) => {
          const [measure = '', responsible = '', dueOn = ''] = line.split(';').map((part) => part.trim());
          return { measure, responsible, dueOn: dueOn || null };
        }),
        supervisedBy: me.user.id,
        version: cp.caseVersion,
      },
      send: (body) => api.post<ChildProtection>(`${childUrl(cp.careCaseId)}/plans`, body),
      notice: t('careChild.plan.saved'),
      onDone,
    });
  };
  return (
    <Paper {...card}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <Textarea
            label={t('careChild.plan.goals')}
            description={t('careChild.plan.goalsHint')}
            required
            autosize
            minRows={2}
            {...form.fields.goals}
          />
          <Textarea
            label={t('careChild.plan.measures')}
            description={t('careChild.plan.measuresHint')}
            required
            autosize
            minRows={3}
            {...form.fields.measures}
          />
          <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('careChild.plan.save')} />
        </Stack>
      </form>
    </Paper>
  );
}

/** The report to the State Agency for one period. */
export function ReportForm({
  cp,
  period,
  onDone,
}: {
  cp: ChildProtection;
  period: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const write = useChildWrite(cp.careCaseId);
  const form = useFormState({ submittedOn: today(), summary: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: childReportBody,
      body: { period, ...form.values, version: cp.caseVersion },
      send: (body) => api.post<ChildProtection>(`${childUrl(cp.careCaseId)}/reports`, body),
      notice: t('careChild.reports.saved'),
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
            label={t('careChild.reports.submittedOn')}
            required
            {...form.fields.submittedOn}
          />
          <Textarea
            label={t('careChild.reports.summary', { period })}
            required
            autosize
            minRows={3}
            {...form.fields.summary}
            error={form.fields.summary.error}
          />
          <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('careChild.reports.submit')} />
        </Stack>
      </form>
    </Paper>
  );
}
