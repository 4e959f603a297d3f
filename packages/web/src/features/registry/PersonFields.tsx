import { Checkbox, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isForeignerCategory, isResidentCategory } from '@vatra/core';
import { dateInput, grid, input, yearInput } from '../../components/presets';
import { today } from '../../lib/dates';
import { fieldError, type FieldErrors } from '../../lib/forms';
import type { PersonValues } from './personForm';
import { useRegistryOptions } from './vocab';

const GRID = { ...grid.fields, cols: { base: 1, sm: 2, lg: 3 } } as const;
const WIDE_GRID = { ...grid.fields, cols: { base: 1, md: 2 } } as const;
const PICKER = { searchable: true, clearable: true } as const;

/** The fields whose server errors show under an input of this component. */
const ERROR_FIELDS = [
  'gender',
  'dateOfBirth',
  'relationToHead',
  'category',
  'statusGrantDate',
  'arrivalDate',
  'countryReturnedFrom',
  'community',
  'identityDocuments',
  'languages',
  'vulnerability',
  'sensitivity',
] as const;

type Set = <K extends keyof PersonValues>(field: K, value: PersonValues[K]) => void;

/**
 * The inputs of one person (a household member being registered, or a person being edited).
 * `prefix` is where the server puts this person's field errors ("members.2.").
 */
export function PersonFields({
  values,
  set,
  errors,
  prefix = '',
}: {
  values: PersonValues;
  set: Set;
  errors: FieldErrors;
  prefix?: string;
}) {
  const { t } = useTranslation();
  const options = useRegistryOptions();
  const error = (name: string) => fieldError(errors, `${prefix}${name}`);
  const err = Object.fromEntries(ERROR_FIELDS.map((name) => [name, error(name)])) as Record<
    (typeof ERROR_FIELDS)[number],
    string | undefined
  >;
  const text = (field: 'firstName' | 'lastName' | 'fatherName' | 'personalNumber' | 'phone') => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
    error: error(field),
  });
  const bound = {
    firstName: text('firstName'),
    lastName: text('lastName'),
    fatherName: text('fatherName'),
    personalNumber: text('personalNumber'),
    phone: text('phone'),
  };
  const foreigner = values.category ? isForeignerCategory(values.category) : false;
  // A resident (social care) neither returned nor was granted a status: no date, no country.
  const resident = values.category ? isResidentCategory(values.category) : false;
  const latest = today();
  const documentOptions = (exclude: string[]) =>
    options.documents.filter((option) => !exclude.includes(option.value));

  return (
    <Stack gap="md">
      <SimpleGrid {...GRID}>
        <TextInput
          {...input.plain}
          {...bound.firstName}
          label={t('registry.fields.firstName')}
          withAsterisk
        />
        <TextInput {...input.plain} {...bound.lastName} label={t('registry.fields.lastName')} withAsterisk />
        <TextInput {...input.plain} {...bound.fatherName} label={t('registry.fields.fatherName')} />
        <Select
          label={t('registry.fields.gender')}
          data={options.genders}
          value={values.gender}
          onChange={(value) => set('gender', options.genders.find((o) => o.value === value)?.value ?? null)}
          error={err.gender}
          placeholder={t('registry.fields.choose')}
          withAsterisk
        />
        <Stack gap={6}>
          {values.birthYearOnly ? (
            <TextInput
              {...yearInput}
              label={t('registry.fields.birthYear')}
              value={values.birthYear}
              onChange={(event) => set('birthYear', event.currentTarget.value.replace(/\D/g, ''))}
              error={err.dateOfBirth}
            />
          ) : (
            <TextInput
              {...dateInput}
              max={latest}
              label={t('registry.fields.dateOfBirth')}
              value={values.dateOfBirth}
              onChange={(event) => set('dateOfBirth', event.currentTarget.value)}
              error={err.dateOfBirth}
            />
          )}
          <Checkbox
            size="xs"
            label={t('registry.fields.birthYearOnly')}
            checked={values.birthYearOnly}
            onChange={(event) => set('birthYearOnly', event.currentTarget.checked)}
          />
        </Stack>
        <TextInput
          {...input.code}
          {...input.hintBelow}
          {...bound.personalNumber}
          label={t('registry.fields.personalNumber')}
          description={t('registry.fields.personalNumberHint')}
        />
        <Select
          label={t('registry.fields.relationToHead')}
          data={options.relations}
          value={values.relationToHead}
          onChange={(value) =>
            set('relationToHead', options.relations.find((o) => o.value === value)?.value ?? null)
          }
          error={err.relationToHead}
          placeholder={t('registry.fields.choose')}
          withAsterisk
        />
        <Select
          label={t('registry.fields.category')}
          data={options.categories}
          value={values.category}
          onChange={(value) =>
            set('category', options.categories.find((o) => o.value === value)?.value ?? null)
          }
          error={err.category}
          placeholder={t('registry.fields.choose')}
          withAsterisk
        />
        {resident ? null : foreigner ? (
          <TextInput
            {...dateInput}
            max={latest}
            label={t('registry.fields.statusGrantDate')}
            value={values.statusGrantDate}
            onChange={(event) => set('statusGrantDate', event.currentTarget.value)}
            error={err.statusGrantDate}
          />
        ) : (
          <TextInput
            {...dateInput}
            max={latest}
            label={t('registry.fields.arrivalDate')}
            value={values.arrivalDate}
            onChange={(event) => set('arrivalDate', event.currentTarget.value)}
            error={err.arrivalDate}
          />
        )}
        {resident ? null : (
          <Select
            {...PICKER}
            label={t('registry.fields.countryReturnedFrom')}
            data={options.countries}
            value={values.countryReturnedFrom}
            onChange={(value) => set('countryReturnedFrom', value)}
            error={err.countryReturnedFrom}
            placeholder={t('registry.fields.choose')}
            nothingFoundMessage={t('common.noResults')}
          />
        )}
        <Select
          {...PICKER}
          label={t('registry.fields.community')}
          data={options.communities}
          value={values.community}
          onChange={(value) =>
            set('community', options.communities.find((o) => o.value === value)?.value ?? null)
          }
          error={err.community}
          placeholder={t('registry.fields.choose')}
        />
        <TextInput {...input.plain} {...bound.phone} type="tel" label={t('registry.fields.phone')} />
      </SimpleGrid>
      <SimpleGrid {...WIDE_GRID}>
        <MultiSelect
          label={t('registry.fields.documentsHeld')}
          data={documentOptions(values.documentsMissing)}
          value={values.documentsHeld}
          onChange={(value) =>
            set(
              'documentsHeld',
              options.documents.filter((o) => value.includes(o.value)).map((o) => o.value),
            )
          }
          error={err.identityDocuments}
        />
        <MultiSelect
          label={t('registry.fields.documentsMissing')}
          data={documentOptions(values.documentsHeld)}
          value={values.documentsMissing}
          onChange={(value) =>
            set(
              'documentsMissing',
              options.documents.filter((o) => value.includes(o.value)).map((o) => o.value),
            )
          }
        />
        <MultiSelect
          searchable
          label={t('registry.fields.languages')}
          data={options.languages}
          value={values.languages}
          onChange={(value) => set('languages', value)}
          error={err.languages}
          nothingFoundMessage={t('common.noResults')}
        />
        <MultiSelect
          label={t('registry.fields.vulnerability')}
          data={options.vulnerabilities}
          value={values.vulnerability}
          onChange={(value) =>
            set(
              'vulnerability',
              options.vulnerabilities.filter((o) => value.includes(o.value)).map((o) => o.value),
            )
          }
          error={err.vulnerability}
        />
        <Select
          {...input.hintBelow}
          label={t('registry.fields.sensitivity')}
          description={t('registry.fields.sensitivityHint')}
          data={options.sensitivities}
          value={values.sensitivity}
          onChange={(value) =>
            set('sensitivity', options.sensitivities.find((o) => o.value === value)?.value ?? 'normal')
          }
          error={err.sensitivity}
          allowDeselect={false}
        />
      </SimpleGrid>
    </Stack>
  );
}
