import { useState, type FormEvent } from 'react';
import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanIndicatorState } from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { dialog, text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { planPath, useIndicatorDefinitions } from './data';
import { usePlanWrite } from './write';

const NONE = '';

interface Props {
  planId: string;
  year: number;
  indicator: PlanIndicatorState | null;
  opened: boolean;
  onClose: () => void;
}

export function LinkModal({ planId, indicator, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <DialogModal opened={opened} onClose={onClose} title={t('actionPlans.link.title')} size={dialog.form}>
      {opened && indicator && <LinkForm planId={planId} indicator={indicator} onClose={onClose} />}
    </DialogModal>
  );
}

/** Maps a plan's indicator to one of the definitions Vatra computes from the case records. */
function LinkForm({
  planId,
  indicator,
  onClose,
}: {
  planId: string;
  indicator: PlanIndicatorState;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const definitions = useIndicatorDefinitions();
  const write = usePlanWrite(planId);
  const [value, setValue] = useState(indicator.link?.definitionKey ?? NONE);
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const chosen = definitions.data?.find((item) => item.key === value);
  const options = [
    { value: NONE, label: t('actionPlans.link.none') },
    ...(definitions.data ?? []).map((item) => ({ value: item.key, label: format.name(item.title) })),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: { setFormError, setErrors: (errors) => setFieldError(errors.definitionKey) },
      body: { definitionKey: value === NONE ? null : value },
      send: (body) =>
        api.put<PlanIndicatorState>(
          `${planPath(planId)}/indicators/${encodeURIComponent(indicator.indicatorId)}/link`,
          body,
        ),
      notice: t('actionPlans.link.done'),
      onDone: onClose,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" fw={600}>
          {indicator.text.original}
        </Text>
        <Text size="sm">{t('actionPlans.link.intro')}</Text>
        <FormError message={formError} />
        <Select
          label={t('actionPlans.link.definition')}
          data={options}
          value={value}
          onChange={(next) => setValue(next ?? NONE)}
          allowDeselect={false}
          searchable
          error={fieldError}
          comboboxProps={{ withinPortal: true }}
        />
        {chosen && (
          <Text {...text.muted} size="sm">
            {format.name(chosen.definition)}
          </Text>
        )}
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('actionPlans.link.submit')} />
      </Stack>
    </form>
  );
}
