import type { FormEvent, ReactNode } from 'react';
import { SimpleGrid, Stack } from '@mantine/core';
import { isApiError } from '../api/client';
import { DialogModal, FormActions } from './FormModal';
import { dialog, grid, layout } from './presets';
import { FormError } from './ui';

/**
 * The form of a dialog: its fields, the error, cancel and submit under them.
 *
 * Two ways of checking are in use. A form whose fields show their own messages (checked by the
 * app, `checkedBy="app"`) turns the browser's checks off and puts the summary above the fields;
 * a form the browser checks (required fields) shows the server's refusal, which names the
 * fields itself, above the buttons.
 */
export function DialogForm({
  onSubmit,
  error,
  checkedBy = 'browser',
  busy,
  onCancel,
  submitLabel,
  children,
}: {
  onSubmit: (event: FormEvent) => void;
  error: string | null;
  checkedBy?: 'app' | 'browser';
  busy: boolean;
  onCancel: () => void;
  submitLabel: string;
  children: ReactNode;
}) {
  const byApp = checkedBy === 'app';
  return (
    <form onSubmit={onSubmit} noValidate={byApp || undefined}>
      <Stack {...layout.section}>
        {byApp && <FormError message={error} />}
        {children}
        {!byApp && <FormError message={error} />}
        <FormActions busy={busy} onCancel={onCancel} submitLabel={submitLabel} />
      </Stack>
    </form>
  );
}

/** The server's words for a refusal: the message and each field's problem. */
export function problemText(error: unknown): string {
  if (isApiError(error)) return [error.message, ...Object.values(error.fields)].join(' ');
  return String(error);
}

/**
 * The props of a DialogForm that a mutation sends (the browser checks the fields first):
 * submitting sends the body the fields make; a refusal shows in the server's words.
 */
export function mutationForm<B>({
  write,
  body,
  onCancel,
  submitLabel,
}: {
  write: { mutate: (body: B) => void; error: unknown; isPending: boolean };
  body: () => B;
  onCancel: () => void;
  submitLabel: string;
}) {
  return {
    onSubmit: (event: FormEvent) => {
      event.preventDefault();
      write.mutate(body());
    },
    error: write.error ? problemText(write.error) : null,
    busy: write.isPending,
    onCancel,
    submitLabel,
  };
}

/** Inputs side by side in two columns, one above the other on a phone. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} {...grid.fields}>
      {children}
    </SimpleGrid>
  );
}

/**
 * A dialog holding a form, mounted only while the dialog is open: each opening starts from
 * blank (or from the record as it is now), not from what was typed and cancelled before.
 */
export function FormDialog({
  opened,
  onClose,
  title,
  size = dialog.form,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: number;
  children: ReactNode;
}) {
  return (
    <DialogModal opened={opened} onClose={onClose} title={title} size={size}>
      {opened && children}
    </DialogModal>
  );
}
