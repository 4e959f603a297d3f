import { useState } from 'react';
import { Button, Group, MultiSelect, PasswordInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  LOCALES,
  isLocale,
  userCreateBody,
  userUpdateBody,
  type Locale,
  type UserSummary,
} from '@vatra/core';
import { keys, useAllInstitutions, useRoles } from '../../api/queries';
import { useRecordForm } from '../../components/FormModal';
import { RecordCodeInput, RecordFormDialog, RecordFormFields } from '../../components/RecordForm';
import { button, dialog, grid, input, layout } from '../../components/presets';
import { LANGUAGE_NAMES } from '../../i18n';
import { examples } from '../../lib/examples';
import { changedFields, generatePassword, useFormState } from '../../lib/forms';
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
    <RecordFormDialog
      opened={opened}
      onClose={onClose}
      editing={Boolean(user)}
      createTitle={t('users.createTitle')}
      editTitle={t('users.editTitle')}
      size={dialog.form}
    >
      <UserForm user={user ?? null} onDone={onClose} />
    </RecordFormDialog>
  );
}

function UserForm({ user, onDone }: { user: UserSummary | null; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const institutions = useAllInstitutions();
  const roles = useRoles();
  const form = useFormState<Values>(valuesOf(user, format.locale), {
    username: (value) => value.toLowerCase(),
  });
  const [showPassword, setShowPassword] = useState(false);
  const { values, fields } = form;

  const email = values.email.trim() === '' ? null : values.email.trim();
  const common = {
    fullName: values.fullName,
    email,
    institutionId: values.institutionId,
    roleIds: values.roleIds,
    locale: values.locale,
  };
  const { editing, bodyProps } = useRecordForm({
    record: user,
    form,
    valuesOf: (fresh: UserSummary) => valuesOf(fresh, fresh.locale),
    queryKey: keys.users,
    path: '/api/admin/users',
    // An update sends only what changed, so the audit entry names exactly that.
    changes: (base) => changedFields(originalOf(base), common),
    updateSchema: userUpdateBody,
    createSchema: userCreateBody,
    createBody: () => ({ ...common, username: values.username, password: values.password }),
    createdNotice: () => t('users.created', { username: values.username.trim() }),
    onDone,
  });

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

  return (
    <RecordFormFields {...bodyProps}>
      <SimpleGrid {...GRID}>
        <RecordCodeInput
          field={fields.username}
          label={t('users.fields.username')}
          hint={t('users.fields.usernameHint', { example: examples.username(format.locale) })}
          editing={editing}
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
    </RecordFormFields>
  );
}
