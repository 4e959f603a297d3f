import { useState, type FormEvent } from 'react';
import { FileInput, List, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ActionPlanDetail } from '@vatra/core';
import { ApiError, api, isApiError } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { useNotify } from '../../components/notifications';
import { dialog, recordPath } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useSession } from '../auth/session';
import { planKeys, postMultipart } from './data';

const ACCEPT =
  '.json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <DialogModal
      opened={opened}
      onClose={onClose}
      title={t('actionPlans.importDialog.title')}
      size={dialog.form}
    >
      {opened && <ImportForm onClose={onClose} />}
    </DialogModal>
  );
}

/** "indicators!D7" → sheet and cell; a JSON path stays as it is. */
function splitPlace(key: string): { sheet: string; cell: string } | null {
  const at = key.lastIndexOf('!');
  return at <= 0 ? null : { sheet: key.slice(0, at), cell: key.slice(at + 1) };
}

function ImportForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [problems, setProblems] = useState<[string, string][]>([]);
  const place = (key: string) => {
    const split = splitPlace(key);
    return split ? t('actionPlans.importDialog.cell', split) : key;
  };

  const send = async (chosen: File): Promise<ActionPlanDetail> => {
    if (chosen.name.toLowerCase().endsWith('.xlsx')) {
      const body = new FormData();
      body.set('file', chosen);
      return postMultipart<ActionPlanDetail>('/api/action-plans/import', body, me.csrfToken);
    }
    let content: unknown;
    try {
      content = JSON.parse(await chosen.text());
    } catch {
      throw new ApiError(400, 'bad_json', t('actionPlans.importDialog.notJson'));
    }
    return api.post<ActionPlanDetail>('/api/action-plans/import', { content });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setProblems([]);
    const name = file?.name.toLowerCase() ?? '';
    if (!file || !(name.endsWith('.json') || name.endsWith('.xlsx'))) {
      setFileError(t('actionPlans.importDialog.wrongType'));
      return;
    }
    setBusy(true);
    try {
      const plan = await send(file);
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      notify(t('actionPlans.importDialog.done'));
      onClose();
      navigate(recordPath.actionPlan(plan.id));
    } catch (cause) {
      if (isApiError(cause)) {
        setError(cause.message);
        setProblems(Object.entries(cause.fields));
      } else setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Text size="sm">{t('actionPlans.importDialog.intro')}</Text>
        <FormError message={error} />
        {problems.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('actionPlans.importDialog.problems')}
            </Text>
            <List size="sm" spacing={2} withPadding>
              {problems.map(([key, message]) => (
                <List.Item key={key}>
                  <Text span size="sm" fw={600}>
                    {place(key)}
                  </Text>
                  {`: ${message}`}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <FileInput
          label={t('actionPlans.importDialog.file')}
          description={t('actionPlans.importDialog.fileHint')}
          required
          clearable
          accept={ACCEPT}
          value={file}
          error={fileError}
          onChange={(value) => {
            setFile(value);
            setFileError(undefined);
          }}
        />
        <FormActions busy={busy} onCancel={onClose} submitLabel={t('actionPlans.importDialog.submit')} />
      </Stack>
    </form>
  );
}
