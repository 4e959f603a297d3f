import { useState, type FormEvent } from 'react';
import {
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CASE_DOCUMENT_TYPES,
  errorBody,
  translate,
  type CaseDetail,
  type DocumentSummary,
  type DocumentType,
} from '@vatra/core';
import { ApiError } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { IconPlus } from '../../components/icons';
import { badge, card, dialog, input, layout, text } from '../../components/presets';
import { FormError, PageLoader, QueryError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useSession } from '../auth/session';
import { useCaseDocuments } from './data';
import { Nothing } from './parts';
import { useCaseWrite } from './write';

const ACCEPT = 'application/pdf,image/jpeg,image/png';

/** Scans of the case (signed forms, decisions, documents): the latest revision of each. */
export function DocumentsTab({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const documents = useCaseDocuments(kase.id);
  const [uploading, setUploading] = useState(false);

  let body;
  if (documents.isPending) body = <PageLoader height={160} />;
  else if (documents.error)
    body = <QueryError error={documents.error} onRetry={() => void documents.refetch()} />;
  else if (documents.data.length === 0)
    body = (
      <Paper {...card}>
        <Nothing>{t('cases.documents.none')}</Nothing>
      </Paper>
    );
  else
    body = (
      <Paper {...card} p={0}>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.documents.name')}</Table.Th>
                <Table.Th w={200}>{t('cases.documents.type')}</Table.Th>
                <Table.Th w={220}>{t('cases.documents.uploadedBy')}</Table.Th>
                <Table.Th w={120} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.data.map((document) => (
                <Table.Tr key={document.id}>
                  <Table.Td>
                    <Text fw={500} {...text.oneLine} maw={420} title={document.fileName}>
                      {document.fileName}
                    </Text>
                    <Text {...text.caption}>
                      {t('cases.documents.size', {
                        size: format.number(Math.max(1, Math.round(document.sizeBytes / 1024))),
                      })}
                      {document.note ? ` · ${document.note}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group {...layout.chips}>
                      <Text size="sm">{t(`cases.documents.types.${document.docType}`)}</Text>
                      {document.revisionCount > 1 && (
                        <Badge {...badge.outline}>
                          {t('cases.documents.revisions', { count: document.revisionCount })}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{document.uploadedBy.name}</Text>
                    <Text {...text.caption}>{format.dateTime(document.uploadedAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      href={`/api/documents/${document.id}/content`}
                      target="_blank"
                      rel="noopener"
                      size="sm"
                    >
                      {t('cases.documents.download')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    );

  return (
    <Stack>
      <Group {...layout.header}>
        <Title order={3}>{t('cases.tabs.documents')}</Title>
        {kase.allowed.includes('upload') && (
          <Button leftSection={<IconPlus size={18} />} onClick={() => setUploading(true)}>
            {t('cases.documents.upload')}
          </Button>
        )}
      </Group>
      {body}
      <DialogModal
        opened={uploading}
        onClose={() => setUploading(false)}
        title={t('cases.documents.title')}
        size={dialog.confirm}
      >
        {uploading && <UploadForm kase={kase} onClose={() => setUploading(false)} />}
      </DialogModal>
    </Stack>
  );
}

function UploadForm({ kase, onClose }: { kase: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const write = useCaseWrite(kase.id);
  const form = useFormState<{ file: File | null; docType: DocumentType | null; note: string }>({
    file: null,
    docType: null,
    note: '',
  });
  const typeOptions = CASE_DOCUMENT_TYPES.map((value) => ({
    value,
    label: t(`cases.documents.types.${value}`),
  }));

  const send = async (): Promise<DocumentSummary> => {
    const body = new FormData();
    body.set('docType', form.values.docType ?? '');
    body.set('caseId', kase.id);
    if (form.values.note.trim()) body.set('note', form.values.note.trim());
    if (form.values.file) body.set('file', form.values.file);
    const response = await fetch('/api/documents', {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-CSRF-Token': me.csrfToken },
    });
    const payload: unknown = await response.json().catch(() => undefined);
    if (response.ok) return payload as DocumentSummary;
    const parsed = errorBody.safeParse(payload);
    throw parsed.success
      ? new ApiError(
          response.status,
          parsed.data.error.code,
          parsed.data.error.message,
          parsed.data.error.fields,
        )
      : new ApiError(
          response.status,
          'unexpected',
          t('errors.unexpected', { status: String(response.status) }),
        );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const required = translate(format.locale, 'server.fields.required');
    if (!form.values.file) errors.file = required;
    if (!form.values.docType) errors.docType = required;
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      form.setFormError(t('errors.fixFields'));
      return;
    }
    void write.run({ sink: form, send, notice: t('cases.documents.uploaded'), onDone: onClose });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <FileInput
          label={t('cases.documents.file')}
          description={t('cases.documents.fileHint')}
          required
          accept={ACCEPT}
          clearable
          {...form.fields.file}
        />
        <Select
          label={t('cases.documents.type')}
          required
          data={typeOptions}
          placeholder={t('cases.common.choose')}
          value={form.values.docType}
          onChange={(value) =>
            form.set('docType', CASE_DOCUMENT_TYPES.find((item) => item === value) ?? null)
          }
          error={form.fields.docType.error}
        />
        <TextInput {...input.plain} label={t('cases.documents.note')} {...form.fields.note} />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('cases.documents.upload')} />
      </Stack>
    </form>
  );
}
