import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '@vatra/core';
import { api } from '../../api/client';
import { button, card, layout, text, tone } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useCaseDocuments } from '../cases/data';
import { useRequestWrite } from './RequestDrawerWrite';

/** The documents the scheme requires: attached, waived with a reason, or missing. */
export function RequestDocuments({ caseId, request }: { caseId: string; request: RequestView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const editable = request.actions.includes('documents');
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Text {...text.cardTitle}>{t('requests.documents.title')}</Text>
        {request.documents.length === 0 && <Text {...text.muted}>{t('requests.noDocuments')}</Text>}
        {request.documents.map((document) => (
          <Stack key={document.requirement} gap={4}>
            <Group {...layout.spread}>
              <Text size="sm" fw={500}>
                {format.name(document.name)}
              </Text>
              {document.state === 'missing' && (
                <Badge color={tone.warning}>{t('requests.documents.missing')}</Badge>
              )}
            </Group>
            {document.state === 'attached' && (
              <Text {...text.caption}>
                {t('requests.documents.attached', { name: document.documentTitle ?? '' })}
              </Text>
            )}
            {document.state === 'waived' && (
              <Text {...text.caption}>
                {t('requests.documents.waived', { reason: document.waivedReason ?? '' })}
              </Text>
            )}
            {editable && (
              <RequirementForm caseId={caseId} request={request} requirement={document.requirement} />
            )}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

/** One required document, while the request is a draft: attach a document of the case, or waive it. */
function RequirementForm({
  caseId,
  request,
  requirement,
}: {
  caseId: string;
  request: RequestView;
  requirement: string;
}) {
  const { t } = useTranslation();
  const documents = useCaseDocuments(caseId);
  const write = useRequestWrite(caseId);
  const form = useFormState<{ documentId: string | null; waivedReason: string }>({
    documentId: null,
    waivedReason: '',
  });
  const send = (body: Record<string, unknown>) =>
    write.run({
      sink: form,
      send: () =>
        api.post<RequestView>(`/api/requests/${request.id}/documents`, {
          requirement,
          version: request.version,
          ...body,
        }),
      notice: t('requests.saved'),
    });
  return (
    <Stack gap={4}>
      <FormError message={form.formError} />
      <Group {...layout.inputWithButton}>
        <Select
          flex={1}
          size="xs"
          placeholder={t('requests.documents.document')}
          data={(documents.data ?? []).map((document) => ({ value: document.id, label: document.fileName }))}
          {...form.fields.documentId}
        />
        <Button
          {...button.small}
          disabled={!form.values.documentId}
          loading={write.busy}
          onClick={() => void send({ documentId: form.values.documentId })}
        >
          {t('requests.documents.attach')}
        </Button>
      </Group>
      <Group {...layout.inputWithButton}>
        <TextInput
          flex={1}
          size="xs"
          placeholder={t('requests.documents.reason')}
          {...form.fields.waivedReason}
        />
        <Button
          {...button.small}
          disabled={form.values.waivedReason.trim() === ''}
          loading={write.busy}
          onClick={() => void send({ waivedReason: form.values.waivedReason })}
        >
          {t('requests.documents.waive')}
        </Button>
      </Group>
    </Stack>
  );
}
