import type { FormEvent } from 'react';
import { Alert, Button, Group, Paper, PasswordInput, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { changePasswordBody } from '@vatra/core';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import type { Ok } from '../../api/types';
import { IconKey } from '../../components/icons';
import { useNotify } from '../../components/notifications';
import { input, layout, paths, tone } from '../../components/presets';
import { FormError, PageHeader } from '../../components/ui';
import { useFormState, validate } from '../../lib/forms';
import { useLocale } from '../../lib/locale';
import { useSession } from './session';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };
const CARD = { p: 'lg', maw: 520 } as const;

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const me = useSession();
  const locale = useLocale();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormState(EMPTY);
  const forced = me.user.mustChangePassword;

  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api.post<Ok>('/api/auth/password', body),
    onSuccess: async () => {
      notify(t('password.changed'));
      form.reset(EMPTY);
      await queryClient.invalidateQueries({ queryKey: keys.me });
      if (forced) navigate(paths.home, { replace: true });
    },
    onError: (error) => form.showError(error),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.setFormError(null);
    const { confirm, ...body } = form.values;
    const checked = validate(changePasswordBody, body, locale);
    const errors = { ...(checked.errors ?? {}) };
    if (!errors.newPassword && confirm !== body.newPassword)
      errors.confirm = t('validation.passwordMismatch');
    if (!errors.newPassword && body.newPassword && body.newPassword === body.currentPassword)
      errors.newPassword = t('validation.passwordUnchanged');
    if (Object.keys(errors).length > 0 || !checked.data) {
      form.setErrors(errors);
      return;
    }
    change.mutate(checked.data);
  };

  return (
    <Stack {...layout.page}>
      <PageHeader title={t('password.title')} description={t('password.intro')} />
      <Paper {...CARD}>
        <form onSubmit={submit} noValidate>
          <Stack>
            {forced && (
              <Alert color={tone.warning} icon={<IconKey />}>
                {t('password.mustChange')}
              </Alert>
            )}
            <FormError message={form.formError} />
            <PasswordInput
              {...input.currentPassword}
              {...form.fields.currentPassword}
              label={t('password.current')}
              required
            />
            <PasswordInput
              {...input.newPassword}
              {...form.fields.newPassword}
              label={t('password.new')}
              description={t('password.hint')}
              required
            />
            <PasswordInput
              {...input.newPassword}
              {...form.fields.confirm}
              label={t('password.confirm')}
              required
            />
            <Group {...layout.formActions}>
              <Button type="submit" loading={change.isPending}>
                {t('password.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
