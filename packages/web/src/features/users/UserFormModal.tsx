import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  LOCALES,
  isLocale,
  userCreateBody,
  userUpdateBody,
  type Locale,
  type UserSummary,
} from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { keys, useAllInstitutions, useRoles } from '../../api/queries';
import type { UserPage } from '../../api/types';
import { useNotify } from '../../components/notifications';
import { button, dialog, grid, input, layout } from '../../components/presets';
import { FormError } from '../../components/ui';
import { LANGUAGE_NAMES } from '../../i18n';
import { examples } from '../../lib/examples';
import { changedFields, generatePassword, useFormState, validate } from '../../lib/forms';
import { useFormat } from '../../lib/locale';

interface Values {
  username: string;
  fullName: string;
  email: string;
  institutionId: string | null;
  roleIds: string[];
  locale: Locale;
  password: string;
  version: number;
}

const GRID = { ...grid.fields, cols: { base: 1, sm: 2 } } as const;
const PICKER = { searchable: true } as const;
const PASSWORD = { ...input.newPassword, style: { flex: 1 } } as const;

function valuesOf(user: UserSummary | null | undefined, fallbackLocale: Locale): Values {
  return {
    username: user?.username ?? '',
    fullName: user?.fullName ?? '',
    email: user?.email ?? '',
    institutionId: user?.institution.id ?? null,
    roleIds: user?.roles.map((role) => role.id) ?? [],
    locale: user?.locale ?? fallbackLocale,
    password: '',
    version: user?.version ?? 1,
  };
}

/** The editable fields of a loaded user, as the update body names them. */
function originalOf(user: UserSummary) {
  return {
    fullName: user.fullName,
    email: user.email,
    institutionId: user.institution.id as string | null,
    roleIds: user.roles.map((role) => role.id),
    locale: user.locale,
  };
}

/** Create (no user) or edit a user account. */
export function UserFormModal({
  opened,
  user,
  onClose,
}: {
  opened: boolean;
  user?: UserSummary | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={user ? t('users.editTitle') : t('users.createTitle')}
      size={dialog.form}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <UserForm user={user ?? null} onDone={onClose} />
    </Modal>
  );
}

function UserForm({ user, onDone }: { user: UserSummary | null; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const institutions = useAllInstitutions();
  const roles = useRoles();
  const form = useFormState<Values>(valuesOf(user, format.locale), {
    username: (value) => value.toLowerCase(),
  });
  const [base, setBase] = useState(user);
  const [busy, setBusy] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const editing = user !== null;
  const { values, fields } = form;

  const institutionOptions = (institutions.data ?? [])
    .filter((item) => item.active || item.id === values.institutionId)
    .map((item) => ({ value: item.id, label: format.name(item.name) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  const roleOptions = (roles.data?.items ?? [])
    .map((role) => ({ value: role.id, label: format.name(role.name) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  const localeOptions = LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_NAMES[locale] }));

  const onLocale = (value: string | null) => {
    if (isLocale(value)) form.set('locale', value);
  };
  const onGenerate = () => {
    form.set('password', generatePassword());
    setShowPassword(true);
  };

  /** After a 409: the list again from the server, and this user's latest version into the form. */
  const reloadAfterConflict = async (message: string) => {
    await queryClient.refetchQueries({ queryKey: keys.users });
    const pages = queryClient.getQueriesData<UserPage>({ queryKey: keys.users });
    const fresh = pages.flatMap(([, page]) => page?.items ?? []).find((item) => item.id === user?.id);
    if (fresh) {
      setBase(fresh);
      form.reset(valuesOf(fresh, fresh.locale));
    }
    form.setFormError(`${message} ${t('errors.conflictReloaded')}`);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.setFormError(null);
    const email = values.email.trim() === '' ? null : values.email.trim();
    const common = {
      fullName: values.fullName,
      email,
      institutionId: values.institutionId,
      roleIds: values.roleIds,
      locale: values.locale,
    };
    // An update sends only what changed, so the audit entry names exactly that.
    const changes = base ? changedFields(originalOf(base), common) : {};
    if (base && Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    const checked = editing
      ? validate(userUpdateBody, { ...changes, version: values.version }, format.locale)
      : validate(
          userCreateBody,
          { ...common, username: values.username, password: values.password },
          format.locale,
        );
    if (checked.errors) {
      form.setErrors(checked.errors);
      form.setFormError(t('errors.fixFields'));
      return;
    }
    setBusy(true);
    try {
      if (editing) {
        await api.patch(`/api/admin/users/${user.id}`, checked.data);
        notify(t('common.saved'));
      } else {
        await api.post('/api/admin/users', checked.data);
        notify(t('users.created', { username: values.username.trim() }));
      }
      await queryClient.invalidateQueries({ queryKey: keys.users });
      onDone();
    } catch (error) {
      if (editing && isApiError(error, 409)) await reloadAfterConflict(error.message);
      else form.showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <SimpleGrid {...GRID}>
          <TextInput
            {...input.code}
            {...input.hintBelow}
            {...fields.username}
            label={t('users.fields.username')}
            description={
              editing
                ? undefined
                : t('users.fields.usernameHint', { example: examples.username(format.locale) })
            }
            disabled={editing}
            required={!editing}
            data-autofocus={editing ? undefined : true}
          />
          <TextInput
            {...input.plain}
            {...fields.fullName}
            label={t('users.fields.fullName')}
            required
            data-autofocus={editing ? true : undefined}
          />
          <TextInput {...input.plain} {...fields.email} type="email" label={t('users.fields.email')} />
          <Select
            label={t('users.fields.locale')}
            data={localeOptions}
            value={values.locale}
            onChange={onLocale}
            error={fields.locale.error}
            allowDeselect={false}
            required
          />
        </SimpleGrid>
        <Select
          {...PICKER}
          {...fields.institutionId}
          label={t('users.fields.institution')}
          data={institutionOptions}
          nothingFoundMessage={t('common.noResults')}
          disabled={institutions.isPending}
          required
        />
        <MultiSelect
          {...PICKER}
          {...fields.roleIds}
          label={t('users.fields.roles')}
          data={roleOptions}
          nothingFoundMessage={t('common.noResults')}
          disabled={roles.isPending}
          required
        />
        {!editing && (
          <Group {...layout.inputWithButton}>
            <PasswordInput
              {...PASSWORD}
              {...fields.password}
              label={t('users.fields.password')}
              description={t('users.fields.passwordHint')}
              visible={showPassword}
              onVisibilityChange={setShowPassword}
              required
            />
            <Button {...button.secondary} onClick={onGenerate} mb={fields.password.error ? 22 : 0}>
              {t('common.generate')}
            </Button>
          </Group>
        )}
        <Group {...layout.formActions}>
          <Button {...button.secondary} onClick={onDone} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {editing ? t('common.save') : t('common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
