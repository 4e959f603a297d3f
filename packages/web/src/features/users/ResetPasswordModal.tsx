import { useState, type FormEvent } from 'react';
import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { passwordResetBody, type UserSummary } from '@vatra/core';
import { api } from '../../api/client';
import type { Ok } from '../../api/types';
import { DialogModal, FormActions } from '../../components/FormModal';
import { useNotify } from '../../components/notifications';
import { button, dialog, input, layout, text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { generatePassword, useFormState, validate } from '../../lib/forms';
import { useLocale } from '../../lib/locale';

const PASSWORD = { ...input.newPassword, style: { flex: 1 } } as const;

/** An administrator sets a temporary password; the user must replace it at the next login. */
export function ResetPasswordModal({
  opened,
  user,
  onClose,
}: {
  opened: boolean;
  user: UserSummary | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <DialogModal
      opened={opened}
      onClose={onClose}
      title={user ? t('users.resetTitle', { name: user.fullName }) : ''}
      size={dialog.confirm}
    >
      {user && <ResetPasswordForm user={user} onDone={onClose} />}
    </DialogModal>
  );
}

function ResetPasswordForm({ user, onDone }: { user: UserSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const form = useFormState({ password: '' });
  const [visible, setVisible] = useState(false);
  const [busy, setBusy] = useState(false);

  const onGenerate = () => {
    form.set('password', generatePassword());
    setVisible(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(passwordResetBody, form.values, locale);
    if (checked.errors) {
      form.setErrors(checked.errors);
      return;
    }
    setBusy(true);
    try {
      await api.post<Ok>(`/api/admin/users/${user.id}/reset-password`, checked.data);
      notify(t('users.resetDone', { name: user.fullName }));
      onDone();
    } catch (error) {
      form.showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Text>{t('users.resetIntro')}</Text>
        <FormError message={form.formError} />
        <Group {...layout.inputWithButton}>
          <PasswordInput
            {...PASSWORD}
            {...form.fields.password}
            label={t('users.newPassword')}
            visible={visible}
            onVisibilityChange={setVisible}
            data-autofocus
            required
          />
          <Button {...button.secondary} onClick={onGenerate} mb={form.fields.password.error ? 22 : 0}>
            {t('common.generate')}
          </Button>
        </Group>
        <Text {...text.caption}>{t('password.hint')}</Text>
        <FormActions busy={busy} onCancel={onDone} submitLabel={t('users.resetPassword')} />
      </Stack>
    </form>
  );
}
