import { useState, type FormEvent } from 'react';
import { Button, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { careSensitivityBody, SENSITIVITIES, type CareCaseDetail, type Sensitivity } from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { button, dialog, text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { hasScope, useSession } from '../auth/session';
import { careCaseUrl, useCareWrite } from './data';

/**
 * "Change confidentiality" in the care case's header: for the social services sector (care.manage)
 * and the DV coordinator (care.dv, on her cases — the server checks the team and the group).
 */
export function SensitivityButton({ kase }: { kase: CareCaseDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const [open, setOpen] = useState(false);
  const may = hasScope(me, 'care.manage') || hasScope(me, 'care.dv');
  if (!may || kase.status === 'closed') return null;
  return (
    <>
      <Button {...button.secondary} onClick={() => setOpen(true)}>
        {t('care.sensitivityChange.open')}
      </Button>
      <DialogModal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('care.sensitivityChange.title')}
        size={dialog.confirm}
      >
        {open && <SensitivityForm kase={kase} onClose={() => setOpen(false)} />}
      </DialogModal>
    </>
  );
}

function SensitivityForm({ kase, onClose }: { kase: CareCaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const write = useCareWrite(kase.id);
  const form = useFormState<{ sensitivity: Sensitivity; reason: string }>({
    sensitivity: kase.sensitivity,
    reason: '',
  });
  // A DV case stays restricted: the lower levels are shown, not offered.
  const options = SENSITIVITIES.map((value) => ({
    value,
    label: t(`care.sensitivities.${value}`),
    disabled: value === kase.sensitivity || (kase.dv && value !== 'restricted'),
  }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: careSensitivityBody,
      body: { sensitivity: form.values.sensitivity, reason: form.values.reason, version: kase.version },
      send: (body) => api.post<CareCaseDetail>(`${careCaseUrl(kase.id)}/sensitivity`, body),
      notice: t('care.sensitivityChange.saved'),
      onDone: onClose,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        {kase.dv && <Text {...text.muted}>{t('care.sensitivityChange.dvHint')}</Text>}
        <Select
          label={t('care.file.sensitivity')}
          required
          data={options}
          value={form.values.sensitivity}
          onChange={(value) =>
            form.set('sensitivity', SENSITIVITIES.find((item) => item === value) ?? kase.sensitivity)
          }
          error={form.fields.sensitivity.error}
        />
        <Textarea
          label={t('care.sensitivityChange.reason')}
          required
          autosize
          minRows={3}
          {...form.fields.reason}
        />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('care.sensitivityChange.submit')} />
      </Stack>
    </form>
  );
}
