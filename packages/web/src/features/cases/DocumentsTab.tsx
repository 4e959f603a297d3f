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
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  CASE_DOCUMENT_TYPES,
  errorBody,
  type CaseDetail,
  type DocumentSummary,
  type DocumentType,
} from '@vatra/core';
import { ApiError } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { IconPlus } from '../../components/icons';
import { badge, button, card, dialog, input, layout, text } from '../../components/presets';
import { FormError, PageLoader, QueryError } from '../../components/ui';
import { catalogText } from '../../i18n';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import type { useWrite } from '../../lib/write';
import { useSession } from '../auth/session';
import { useCaseDocuments } from './data';
import { Nothing } from './parts';
import { useCaseWrite } from './write';

const ACCEPT = 'application/pdf,image/jpeg,image/png';

/** Scans of the returnee case (signed forms, decisions, documents): the latest revision of each. */
export function DocumentsTab({ kase }: { kase: CaseDetail }) {
  const documents = useCaseDocuments(kase.id);
  const write = useCaseWrite(kase.id);
  return (
    <DocumentsPanel
      documents={documents}
      types={CASE_DOCUMENT_TYPES}
      canUpload={kase.allowed.includes('upload')}
      upload={{ url: '/api/documents', fields: { caseId: kase.id } }}
      contentUrl={(document) => `/api/documents/${document.id}/content`}
      write={write}
    />
  );
}

export interface DocumentsPanelProps {
  /** The latest revision of each document. */
  documents: UseQueryResult<DocumentSummary[]>;
  /** How many documents of each type, shown above the list when given. */
  counts?: { docType: DocumentType; documents: number }[] | undefined;
  /** The types an upload may have. */
  types: readonly DocumentType[];
  canUpload: boolean;
  /** Where the form goes and the fields naming the owner (the returnee case's caseId). */
  upload: { url: string; fields: Record<string, string> };
  contentUrl: (document: DocumentSummary) => string;
  /** The owner's write, which refreshes its page and the list. */
  write: ReturnType<typeof useWrite>;
}

/**
 * The documents of a record (a returnee case, a social-care case): the list with downloads, the
 * upload of a new document and of a corrected version of one (the earlier stays).
 */
export function DocumentsPanel(props: DocumentsPanelProps) {
  const { documents, counts, canUpload, contentUrl } = props;
  const { t } = useTranslation();
  const format = useFormat();
  // null: closed; 'new': a new document; a document: a corrected version of it.
  const [uploading, setUploading] = useState<'new' | DocumentSummary | null>(null);

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
                <Table.Th w={180} />
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
                    <Group {...layout.chips}>
                      <Anchor href={contentUrl(document)} target="_blank" rel="noopener" size="sm">
                        {t('cases.documents.download')}
                      </Anchor>
                      {canUpload && (
                        <Button {...button.quiet} size="compact-sm" onClick={() => setUploading(document)}>
                          {t('cases.documents.newRevision')}
                        </Button>
                      )}
                    </Group>
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
        {canUpload && (
          <Button leftSection={<IconPlus size={18} />} onClick={() => setUploading('new')}>
            {t('cases.documents.upload')}
          </Button>
        )}
      </Group>
      {counts && counts.length > 0 && (
        <Group {...layout.chips}>
          {counts.map((count) => (
            <Badge key={count.docType} {...badge.neutral}>
              {t('cases.documents.countOfType', {
                type: t(`cases.documents.types.${count.docType}`),
                count: count.documents,
              })}
            </Badge>
          ))}
        </Group>
      )}
      {body}
      <DialogModal
        opened={uploading !== null}
        onClose={() => setUploading(null)}
        title={
          uploading !== null && uploading !== 'new'
            ? t('cases.documents.revisionTitle', { name: uploading.fileName })
            : t('cases.documents.title')
        }
        size={dialog.confirm}
      >
        {uploading !== null && (
          <UploadForm
            {...props}
            correcting={uploading === 'new' ? null : uploading}
            onClose={() => setUploading(null)}
          />
        )}
      </DialogModal>
    </Stack>
  );
}

function UploadForm({
  types,
  upload,
  write,
  correcting,
  onClose,
}: DocumentsPanelProps & { correcting: DocumentSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const form = useFormState<{ file: File | null; docType: DocumentType | null; note: string }>({
    file: null,
    docType: correcting?.docType ?? null,
    note: '',
  });
  const typeOptions = types.map((value) => ({ value, label: t(`cases.documents.types.${value}`) }));

  const send = async (): Promise<DocumentSummary> => {
    const body = new FormData();
    body.set('docType', form.values.docType ?? '');
    for (const [name, value] of Object.entries(upload.fields)) body.set(name, value);
    // A correction keeps its series, type and the person it is about.
    if (correcting) {
      body.set('seriesId', correcting.seriesId);
      if (correcting.personId) body.set('personId', correcting.personId);
    }
    if (form.values.note.trim()) body.set('note', form.values.note.trim());
    if (form.values.file) body.set('file', form.values.file);
    const response = await fetch(upload.url, {
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
    const required = catalogText(format.locale, 'server.fields.required');
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
          disabled={correcting !== null}
          data={typeOptions}
          placeholder={t('cases.common.choose')}
          value={form.values.docType}
          onChange={(value) => form.set('docType', types.find((item) => item === value) ?? null)}
          error={form.fields.docType.error}
        />
        <TextInput {...input.plain} label={t('cases.documents.note')} {...form.fields.note} />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('cases.documents.upload')} />
      </Stack>
    </form>
  );
}
