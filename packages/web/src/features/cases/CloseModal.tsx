import type { FormEvent } from 'react';
import { Select, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CASE_OUTCOMES,
  PLAN_ACHIEVED,
  closeBody,
  reopenBody,
  type CaseDetail,
  type CaseOutcome,
} from '@vatra/core';
import { api } from '../../api/client';
import { useDirectoryPlaces } from './data';
import { FormActions } from '../../components/FormModal';
import { dialog, grid, input } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useCaseWrite } from './write';
import { CaseDialog, type CaseDialogProps } from './CaseDialog';

interface CloseValues {
  outcome: CaseOutcome | null;
  movedToJurisdictionId: string | null;
  planAchieved: (typeof PLAN_ACHIEVED)[number];
  evaluation: string;
  coordinatorName: string;
  note: string;
}

const GRID = { ...grid.fields, cols: { base: 1, sm: 2 } } as const;

/** Closing after the final evaluation with the DRPR coordinator: outcome, plan achieved, evaluation. */
export function CloseModal(props: CaseDialogProps) {
  const { t } = useTranslation();
  return <CaseDialog {...props} title={t('cases.close.title')} Form={CloseForm} />;
}

function CloseForm({ kase, onClose }: { kase: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const places = useDirectoryPlaces();
  const write = useCaseWrite(kase.id);
  const form = useFormState<CloseValues>({
    outcome: null,
    movedToJurisdictionId: null,
    planAchieved: 'fully',
    evaluation: '',
    coordinatorName: '',
    note: '',
  });
  const { values } = form;
  const outcomeOptions = CASE_OUTCOMES.map((value) => ({ value, label: t(`cases.close.outcomes.${value}`) }));
  const achievedOptions = PLAN_ACHIEVED.map((value) => ({
    value,
    label: t(`cases.close.achieved.${value}`),
  }));
  const municipalities = (places.data ?? [])
    .filter((node) => node.level === 'municipality' && node.id !== kase.jurisdiction.id)
    .map((node) => ({ value: node.id, label: format.name(node.name) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: closeBody,
      body: {
        outcome: values.outcome,
        planAchieved: values.planAchieved,
        evaluation: values.evaluation,
        coordinatorName: values.coordinatorName.trim() || null,
        note: values.note.trim() || null,
        movedToJurisdictionId: values.outcome === 'moved' ? values.movedToJurisdictionId : null,
        version: kase.version,
      },
      send: (body) => api.post<CaseDetail>(`/api/cases/${kase.id}/close`, body),
      notice: t('cases.close.closed'),
      onDone: onClose,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <SimpleGrid {...GRID}>
          <Select
            label={t('cases.close.outcome')}
            required
            data={outcomeOptions}
            placeholder={t('cases.common.choose')}
            value={values.outcome}
            onChange={(value) => form.set('outcome', CASE_OUTCOMES.find((item) => item === value) ?? null)}
            error={form.fields.outcome.error}
          />
          {values.outcome === 'moved' && (
            <Select
              label={t('cases.close.movedTo')}
              required
              searchable
              data={municipalities}
              placeholder={t('cases.common.choose')}
              {...form.fields.movedToJurisdictionId}
            />
          )}
        </SimpleGrid>
        <Stack gap={4}>
          <Text fw={500} size="sm">
            {t('cases.close.planAchieved')}
          </Text>
          <SegmentedControl
            data={achievedOptions}
            value={values.planAchieved}
            onChange={(value) =>
              form.set('planAchieved', PLAN_ACHIEVED.find((item) => item === value) ?? 'fully')
            }
          />
        </Stack>
        <Textarea
          label={t('cases.close.evaluation')}
          required
          autosize
          minRows={3}
          {...form.fields.evaluation}
        />
        <TextInput
          {...input.plain}
          label={t('cases.close.coordinator')}
          description={t('cases.close.coordinatorHint')}
          required
          {...form.fields.coordinatorName}
        />
        <Textarea label={t('cases.close.note')} autosize minRows={2} {...form.fields.note} />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('cases.close.button')} />
      </Stack>
    </form>
  );
}

/** Reopening a closed case, with the reason; everything recorded is kept. */
export function ReopenModal(props: CaseDialogProps) {
  const { t } = useTranslation();
  return <CaseDialog {...props} title={t('cases.reopen.title')} size={dialog.confirm} Form={ReopenForm} />;
}

function ReopenForm({ kase, onClose }: { kase: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const write = useCaseWrite(kase.id);
  const form = useFormState({ reason: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: reopenBody,
      body: { reason: form.values.reason, version: kase.version },
      send: (body) => api.post<CaseDetail>(`/api/cases/${kase.id}/reopen`, body),
      notice: t('cases.reopen.reopened'),
      onDone: onClose,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Textarea label={t('cases.reopen.reason')} required autosize minRows={3} {...form.fields.reason} />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('cases.reopen.button')} />
      </Stack>
    </form>
  );
}
