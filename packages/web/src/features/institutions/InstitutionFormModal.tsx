import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  type ComboboxItem,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  institutionCreateBody,
  institutionUpdateBody,
  type InstitutionSummary,
  type LocalizedText,
} from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { keys, useInstitutionTypes, useJurisdictions } from '../../api/queries';
import type { InstitutionPage } from '../../api/types';
import { NameFields } from '../../components/NameFields';
import { useNotify } from '../../components/notifications';
import { button, dialog, grid, input, layout, text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { examples } from '../../lib/examples';
import { changedFields, useFormState, validate } from '../../lib/forms';
import { institutionTypeOptions, jurisdictionOptions } from '../../lib/jurisdictions';
import { useFormat } from '../../lib/locale';

interface Values {
  code: string;
  typeCode: string | null;
  jurisdictionId: string | null;
  name: LocalizedText;
  version: number;
}

const GRID = { ...grid.fields, cols: { base: 1, sm: 2 } } as const;
const PICKER = { searchable: true } as const;
const OPTION = { ...layout.spread, w: '100%' } as const;
const LEVEL = { ...text.caption, style: { flexShrink: 0 } } as const;

function valuesOf(item: InstitutionSummary | null): Values {
  return {
    code: item?.code ?? '',
    typeCode: item?.type.code ?? null,
    jurisdictionId: item?.jurisdiction.id ?? null,
    name: item ? { ...item.name } : { sq: '', sr: '', en: '' },
    version: item?.version ?? 1,
  };
}

export function InstitutionFormModal({
  opened,
  institution,
  onClose,
}: {
  opened: boolean;
  institution?: InstitutionSummary | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={institution ? t('institutions.editTitle') : t('institutions.createTitle')}
      size={dialog.form}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <InstitutionForm institution={institution ?? null} onDone={onClose} />
    </Modal>
  );
}

function InstitutionForm({
  institution,
  onDone,
}: {
  institution: InstitutionSummary | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const types = useInstitutionTypes();
  const jurisdictions = useJurisdictions();
  const form = useFormState<Values>(valuesOf(institution), { code: (value) => value.toUpperCase() });
  const [base, setBase] = useState(institution);
  const [busy, setBusy] = useState(false);
  const editing = institution !== null;
  const { values, fields, errors } = form;

  const collator = new Intl.Collator(format.locale);
  const typeOptions = institutionTypeOptions(types.data ?? [], jurisdictions.data ?? [], format.name);
  const places = jurisdictionOptions(jurisdictions.data ?? [], format.name, collator);
  const placeOptions = places.map(({ value, label }) => ({ value, label }));
  const levelOf = new Map(places.map((place) => [place.value, place.level]));

  const renderPlace = ({ option }: { option: ComboboxItem }) => {
    const level = levelOf.get(option.value);
    return (
      <Group {...OPTION}>
        <Text>{option.label}</Text>
        {level && <Text {...LEVEL}>{t(`levels.${level}`)}</Text>}
      </Group>
    );
  };
  const onName = (name: LocalizedText) => form.set('name', name);

  const reloadAfterConflict = async (message: string) => {
    await queryClient.refetchQueries({ queryKey: keys.institutions });
    const pages = queryClient.getQueriesData<InstitutionPage>({ queryKey: keys.institutions });
    const fresh = pages
      .flatMap(([, page]) => (page && 'items' in page ? page.items : []))
      .find((item) => item.id === institution?.id);
    if (fresh) {
      setBase(fresh);
      form.reset(valuesOf(fresh));
    }
    form.setFormError(`${message} ${t('errors.conflictReloaded')}`);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.setFormError(null);
    const changes = base ? changedFields({ name: base.name }, { name: values.name }) : {};
    if (base && Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    const checked = editing
      ? validate(institutionUpdateBody, { ...changes, version: values.version }, format.locale)
      : validate(
          institutionCreateBody,
          {
            code: values.code,
            typeCode: values.typeCode,
            jurisdictionId: values.jurisdictionId,
            name: values.name,
          },
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
        await api.patch(`/api/admin/institutions/${institution.id}`, checked.data);
        notify(t('common.saved'));
      } else {
        await api.post('/api/admin/institutions', checked.data);
        notify(t('institutions.created'));
      }
      await queryClient.invalidateQueries({ queryKey: keys.institutions });
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
            {...fields.code}
            label={t('institutions.fields.code')}
            description={
              editing ? undefined : t('institutions.fields.codeHint', { example: examples.institutionCode })
            }
            disabled={editing}
            required={!editing}
            data-autofocus={editing ? undefined : true}
          />
          <Select
            {...PICKER}
            {...fields.typeCode}
            label={t('institutions.fields.type')}
            data={typeOptions}
            nothingFoundMessage={t('common.noResults')}
            disabled={editing || types.isPending}
            required={!editing}
          />
        </SimpleGrid>
        <Select
          {...PICKER}
          {...fields.jurisdictionId}
          label={t('institutions.fields.jurisdiction')}
          data={placeOptions}
          nothingFoundMessage={t('common.noResults')}
          disabled={editing || jurisdictions.isPending}
          required={!editing}
          renderOption={renderPlace}
        />
        <NameFields value={values.name} onChange={onName} errors={errors} />
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
