import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Group, Modal, type ModalProps } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../api/client';
import { validate, type useFormState } from '../lib/forms';
import { useFormat } from '../lib/locale';
import { useNotify } from './notifications';
import { button, layout } from './presets';

/** A modal whose close button is named in the user's language. */
export function DialogModal({
  opened,
  onClose,
  title,
  size,
  children,
}: Pick<ModalProps, 'opened' | 'onClose' | 'title' | 'size' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size={size}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {children}
    </Modal>
  );
}

/** Cancel and submit under a form; both wait while it is being sent. */
export function FormActions({
  busy,
  onCancel,
  submitLabel,
}: {
  busy: boolean;
  onCancel: () => void;
  submitLabel: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Group {...layout.formActions}>
      <Button {...button.secondary} onClick={onCancel} disabled={busy}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={busy}>
        {submitLabel}
      </Button>
    </Group>
  );
}

type Schema = Parameters<typeof validate>[0];
type FormState<V extends object> = ReturnType<typeof useFormState<V>>;

/**
 * Sending a create-or-edit form of an admin record: client-side validation, POST or PATCH of
 * only what changed, the notice, the list refreshed; on a 409 (someone else saved first) the
 * record is reloaded into the form with the server's message.
 */
export function useRecordForm<E extends { id: string }, V extends { version: number }>({
  record,
  form,
  valuesOf,
  queryKey,
  path,
  changes,
  updateSchema,
  createSchema,
  createBody,
  createdNotice,
  onDone,
}: {
  /** The record being edited, or null to create one. */
  record: E | null;
  form: FormState<V>;
  /** The form's values for a record reloaded after a conflict. */
  valuesOf: (fresh: E) => V;
  /** The list queries holding the record; refreshed after a save. */
  queryKey: readonly unknown[];
  /** The collection's endpoint; a record is edited at `${path}/${id}`. */
  path: string;
  /** The edited fields that differ from the record. */
  changes: (base: E) => object;
  updateSchema: Schema;
  createSchema: Schema;
  createBody: () => unknown;
  createdNotice: () => string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(record);
  const [busy, setBusy] = useState(false);
  const editing = record !== null;

  /** After a 409: the list again from the server, and this record's latest version into the form. */
  const reloadAfterConflict = async (message: string) => {
    await queryClient.refetchQueries({ queryKey });
    const fresh = queryClient
      .getQueriesData<unknown>({ queryKey })
      .flatMap(([, data]) => (data && typeof data === 'object' && 'items' in data ? (data.items as E[]) : []))
      .find((item) => item.id === record?.id);
    if (fresh) {
      setBase(fresh);
      form.reset(valuesOf(fresh));
    }
    form.setFormError(`${message} ${t('errors.conflictReloaded')}`);
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    form.setFormError(null);
    const changed = base ? changes(base) : {};
    if (base && Object.keys(changed).length === 0) {
      onDone();
      return;
    }
    const checked = editing
      ? validate(updateSchema, { ...changed, version: form.values.version }, format.locale)
      : validate(createSchema, createBody(), format.locale);
    if (checked.errors) {
      form.setErrors(checked.errors);
      form.setFormError(t('errors.fixFields'));
      return;
    }
    setBusy(true);
    try {
      if (editing) {
        await api.patch(`${path}/${record.id}`, checked.data);
        notify(t('common.saved'));
      } else {
        await api.post(path, checked.data);
        notify(createdNotice());
      }
      await queryClient.invalidateQueries({ queryKey });
      onDone();
    } catch (error) {
      if (editing && isApiError(error, 409)) await reloadAfterConflict(error.message);
      else form.showError(error);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => void send(event);
  // what the form's body (RecordFormFields) shows and does: the same for every admin record
  const bodyProps = { submit, formError: form.formError, busy, editing, onCancel: onDone };
  return { busy, editing, submit, bodyProps };
}
