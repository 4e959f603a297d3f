import type { ChangeEvent } from 'react';
import { Alert, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  SCOPES,
  roleCreateBody,
  roleUpdateBody,
  type LocalizedText,
  type RoleSummary,
  type Scope,
} from '@vatra/core';
import { keys, useJurisdictions, useScopes } from '../../api/queries';
import { useRecordForm } from '../../components/FormModal';
import { RecordCodeInput, RecordFormDialog, RecordFormFields } from '../../components/RecordForm';
import { NameFields } from '../../components/NameFields';
import { dialog, grid, layout, text, tone } from '../../components/presets';
import { examples } from '../../lib/examples';
import { changedFields, fieldError, useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { groupScopes, scopeKey } from '../../lib/scopes';

interface Values {
  code: string;
  countryCode: string | null;
  name: LocalizedText;
  scopes: Scope[];
  version: number;
}

const GRID = { ...grid.fields, cols: { base: 1, sm: 2 } } as const;
const GROUP_CARD = { radius: 'sm', p: 'sm' } as const;
const GROUP_TITLE = { fw: 650 } as const;
const SCOPE = {
  size: 'xs',
  styles: { description: { fontFamily: 'var(--mantine-font-family-monospace)' } },
} as const;
const SCOPE_LIST = { gap: 6, pl: 28 } as const;
const SCOPES_ERROR = { color: tone.danger, py: 6 } as const;

function valuesOf(role: RoleSummary | null, defaultCountry: string | null): Values {
  return {
    code: role?.code ?? '',
    countryCode: role?.countryCode ?? defaultCountry,
    name: role ? { ...role.name } : { sq: '', sr: '', en: '' },
    scopes: role ? [...role.scopes] : [],
    version: role?.version ?? 1,
  };
}

export function RoleFormModal({
  opened,
  role,
  onClose,
}: {
  opened: boolean;
  role?: RoleSummary | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <RecordFormDialog
      opened={opened}
      onClose={onClose}
      editing={Boolean(role)}
      createTitle={t('roles.createTitle')}
      editTitle={t('roles.editTitle')}
      size={dialog.wide}
    >
      <RoleForm role={role ?? null} onDone={onClose} />
    </RecordFormDialog>
  );
}

function RoleForm({ role, onDone }: { role: RoleSummary | null; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const jurisdictions = useJurisdictions();
  const vocabulary = useScopes();
  const countries = (jurisdictions.data ?? []).filter((node) => node.level === 'country');
  const onlyCountry = countries.length === 1 ? (countries[0]?.code ?? null) : null;
  const form = useFormState<Values>(valuesOf(role, onlyCountry), { code: (value) => value.toLowerCase() });
  const { values, fields, errors } = form;
  const countryCode = values.countryCode ?? onlyCountry;
  const { editing, bodyProps } = useRecordForm({
    record: role,
    form,
    valuesOf: (fresh: RoleSummary) => valuesOf(fresh, onlyCountry),
    queryKey: keys.roles,
    path: '/api/admin/roles',
    changes: (base) =>
      changedFields({ name: base.name, scopes: base.scopes }, { name: values.name, scopes: values.scopes }),
    updateSchema: roleUpdateBody,
    createSchema: roleCreateBody,
    createBody: () => ({ code: values.code, name: values.name, scopes: values.scopes, countryCode }),
    createdNotice: () => t('roles.created'),
    onDone,
  });

  const allScopes: readonly Scope[] = vocabulary.data ?? SCOPES;
  const groups = groupScopes(allScopes);
  const selected = new Set(values.scopes);
  const countryOptions = countries.map((node) => ({ value: node.code, label: format.name(node.name) }));

  const setScopes = (next: Set<Scope>) =>
    form.set(
      'scopes',
      allScopes.filter((scope) => next.has(scope)),
    );
  const toggleScopes = (scopes: Scope[]) => (event: ChangeEvent<HTMLInputElement>) => {
    const next = new Set(selected);
    for (const scope of scopes) {
      if (event.currentTarget.checked) next.add(scope);
      else next.delete(scope);
    }
    setScopes(next);
  };
  const onCountry = (value: string | null) => form.set('countryCode', value);
  const onName = (name: LocalizedText) => form.set('name', name);

  const scopesError = fieldError(errors, 'scopes');

  return (
    <RecordFormFields {...bodyProps}>
      <SimpleGrid {...GRID}>
        <RecordCodeInput
          field={fields.code}
          label={t('roles.fields.code')}
          hint={t('roles.fields.codeHint', { example: examples.roleCode })}
          editing={editing}
        />
        <Select
          label={t('roles.fields.country')}
          data={countryOptions}
          value={countryCode}
          onChange={onCountry}
          error={fields.countryCode.error}
          disabled={editing || jurisdictions.isPending}
          allowDeselect={false}
          required={!editing}
        />
      </SimpleGrid>
      <NameFields value={values.name} onChange={onName} errors={errors} columns={3} />

      <Stack gap={6}>
        <Group {...layout.spread}>
          <Text fw={500}>{t('roles.fields.scopes')}</Text>
          <Text {...text.muted}>
            {t('roles.selectedScopes', {
              count: format.number(values.scopes.length),
              total: format.number(allScopes.length),
            })}
          </Text>
        </Group>
        {scopesError && (
          <Alert {...SCOPES_ERROR}>{values.scopes.length === 0 ? t('roles.noScopes') : scopesError}</Alert>
        )}
        <div className="vatra-scope-groups">
          {groups.map((group) => {
            const chosen = group.scopes.filter((scope) => selected.has(scope)).length;
            return (
              <Paper key={group.key} {...GROUP_CARD}>
                <Stack gap={8}>
                  <Checkbox
                    label={<Text {...GROUP_TITLE}>{t(`scopeGroups.${group.key}`)}</Text>}
                    title={t('roles.selectGroup')}
                    checked={chosen === group.scopes.length}
                    indeterminate={chosen > 0 && chosen < group.scopes.length}
                    onChange={toggleScopes(group.scopes)}
                  />
                  <Stack {...SCOPE_LIST}>
                    {group.scopes.map((scope) => (
                      <Checkbox
                        key={scope}
                        {...SCOPE}
                        label={t(`scopes.${scopeKey(scope)}`)}
                        description={scope}
                        checked={selected.has(scope)}
                        onChange={toggleScopes([scope])}
                      />
                    ))}
                  </Stack>
                </Stack>
              </Paper>
            );
          })}
        </div>
      </Stack>
    </RecordFormFields>
  );
}
