import type { ComponentProps } from 'react';
import { Paper, Stack } from '@mantine/core';
import type { DialogForm } from './DialogForm';
import { FormActions } from './FormModal';
import { card } from './presets';
import { FormError } from './ui';

/**
 * A form opened in place, in a card above the list it adds to (not in a dialog). The app checks
 * its fields, each showing its own message, so the summary stands above them.
 */
export function CardForm(props: Omit<ComponentProps<typeof DialogForm>, 'checkedBy'>) {
  const { onSubmit, error, busy, onCancel, submitLabel, children } = props;
  return (
    <Paper {...card}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormError message={error} />
          {children}
          <FormActions busy={busy} onCancel={onCancel} submitLabel={submitLabel} />
        </Stack>
      </form>
    </Paper>
  );
}
