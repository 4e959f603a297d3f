import { Group, Select, SimpleGrid, Text, type ComboboxItem } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  institutionCreateBody,
  institutionUpdateBody,
  type InstitutionSummary,
  type LocalizedText,
} from '@vatra/core';
import { keys, useInstitutionTypes, useJurisdictions } from '../../api/queries';
import { useRecordForm } from '../../components/FormModal';
import { RecordCodeInput, RecordFormDialog, RecordFormFields } from '../../components/RecordForm';
import { NameFields } from '../../components/NameFields';
import { dialog, grid, layout, text } from '../../components/presets';
import { examples } from '../../lib/examples';
import { changedFields, useFormState } from '../../lib/forms';
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
    <RecordFormDialog
      opened={opened}
      onClose={onClose}
      editing={Boolean(institution)}
      createTitle={t('institutions.createTitle')}
      editTitle={t('institutions.editTitle')}
      size={dialog.form}
    >
      <InstitutionForm institution={institution ?? null} onDone={onClose} />
    </RecordFormDialog>
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
  const types = useInstitutionTypes();
  const jurisdictions = useJurisdictions();
  const form = useFormState<Values>(valuesOf(institution), { code: (value) => value.toUpperCase() });
  const { values, fields, errors } = form;
  const { editing, bodyProps } = useRecordForm({
    record: institution,
    form,
    valuesOf,
    queryKey: keys.institutions,
    path: '/api/admin/institutions',
    changes: (base) => changedFields({ name: base.name }, { name: values.name }),
    updateSchema: institutionUpdateBody,
    createSchema: institutionCreateBody,
    createBody: () => ({
      code: values.code,
      typeCode: values.typeCode,
      jurisdictionId: values.jurisdictionId,
      name: values.name,
    }),
    createdNotice: () => t('institutions.created'),
    onDone,
  });

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

  return (
    <RecordFormFields {...bodyProps}>
      <SimpleGrid {...GRID}>
        <RecordCodeInput
          field={fields.code}
          label={t('institutions.fields.code')}
          hint={t('institutions.fields.codeHint', { example: examples.institutionCode })}
          editing={editing}
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
    </RecordFormFields>
  );
}
