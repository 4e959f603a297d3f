import type { FormEvent } from 'react';
import { Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SENSITIVITIES, sensitivityBody, type CaseDetail } from '@vatra/core';
import { api } from '../../api/client';
import { FormActions } from '../../components/FormModal';
import { text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useCaseWrite } from './write';
import { CaseDialog, type CaseDialogProps } from './CaseDialog';

type Sensitivity = CaseDetail['sensitivity'];
const isSensitivity = (value: string): value is Sensitivity =>
  (SENSITIVITIES as readonly string[]).includes(value);

/** Raises or lowers who may see the case: normal, sensitive, or only its team. */
export function SensitivityModal(props: CaseDialogProps) {
  const { t } = useTranslation();
  return <CaseDialog {...props} title={t('cases.sensitivity.title')} Form={SensitivityForm} />;
}

function SensitivityForm({ kase, onClose }: { kase: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const write = useCaseWrite(kase.id);
  const form = useFormState<{ sensitivity: Sensitivity }>({ sensitivity: kase.sensitivity });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.values.sensitivity === kase.sensitivity) {
      form.setFormError(t('cases.sensitivity.unchanged'));
      return;
    }
    void write.run({
      sink: form,
      schema: sensitivityBody,
      body: { sensitivity: form.values.sensitivity, version: kase.version },
      send: (body) => api.put<CaseDetail>(`/api/cases/${kase.id}/sensitivity`, body),
      notice: t('cases.sensitivity.changed'),
      onDone: onClose,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Text size="sm">{t('cases.sensitivity.intro')}</Text>
        <Radio.Group
          label={t('cases.file.sensitivity')}
          required
          value={form.values.sensitivity}
          onChange={(value) => {
            if (isSensitivity(value)) form.set('sensitivity', value);
          }}
          error={form.fields.sensitivity.error}
        >
          <Stack gap="sm" mt="xs">
            {SENSITIVITIES.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`registry.sensitivities.${value}`)}
                description={t(`cases.sensitivity.hints.${value}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Text {...text.caption}>{t('registry.fields.sensitivityHint')}</Text>
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('cases.sensitivity.save')} />
      </Stack>
    </form>
  );
}
