import type { FormEvent, ReactNode } from 'react';
import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoundField } from '../lib/forms';
import { DialogModal, FormActions } from './FormModal';
import { input } from './presets';
import { FormError } from './ui';

/**
 * The dialog of an administration record (user, institution, role): one form creates the
 * record, or edits it when one is given; the title says which.
 */
export function RecordFormDialog({
  opened,
  onClose,
  editing,
  createTitle,
  editTitle,
  size,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  editing: boolean;
  createTitle: string;
  editTitle: string;
  size: number;
  children: ReactNode;
}) {
  return (
    <DialogModal opened={opened} onClose={onClose} title={editing ? editTitle : createTitle} size={size}>
      {children}
    </DialogModal>
  );
}

/**
 * The body of a record form sent by useRecordForm: the app checks the fields (each shows its own
 * message), so the summary stands above them; "Create" or "Save" under them.
 */
export function RecordFormFields({
  submit,
  formError,
  busy,
  editing,
  onCancel,
  children,
}: {
  submit: (event: FormEvent) => void;
  formError: string | null;
  busy: boolean;
  editing: boolean;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        {children}
        <FormActions
          busy={busy}
          onCancel={onCancel}
          submitLabel={editing ? t('common.save') : t('common.create')}
        />
      </Stack>
    </form>
  );
}

/**
 * A record's code (username, institution or role code): chosen once when the record is created
 * (with an example under it, and the first field to type in), shown but fixed afterwards.
 */
export function RecordCodeInput({
  field,
  label,
  hint,
  editing,
}: {
  field: BoundField<string>;
  label: string;
  hint: string;
  editing: boolean;
}) {
  return (
    <TextInput
      {...input.code}
      {...input.hintBelow}
      {...field}
      label={label}
      description={editing ? undefined : hint}
      disabled={editing}
      required={!editing}
      data-autofocus={editing ? undefined : true}
    />
  );
}
