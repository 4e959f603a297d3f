import { NumberInput, Text, TextInput, Textarea } from '@mantine/core';
import type { Locale } from '@vatra/core';
import { dateInput } from '../presets';
import { fieldError, type FieldErrors } from '../../lib/forms';
import { MultipleChoice, SingleChoice, YesNo, optionsOf } from './ChoiceInputs';
import { look } from './look';
import { NeedInput } from './NeedInput';
import type { FieldState } from './state';
import { useFormText } from './useFormText';

/** The input of one field of a definition, by its type. */
export function FieldInput({
  state,
  errors,
  locale,
  onChange,
}: {
  state: FieldState;
  errors: FieldErrors;
  locale: Locale;
  onChange: (value: unknown) => void;
}) {
  const { t, text } = useFormText(locale);
  const { field, path, required, value } = state;
  const common = {
    label: text(field.label),
    description: field.help ? text(field.help) : undefined,
    error: fieldError(errors, path),
  };
  switch (field.type) {
    case 'text':
      return (
        <TextInput
          {...common}
          withAsterisk={required}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
          maxLength={field.maxLength}
          autoComplete="off"
        />
      );
    case 'textarea':
      return (
        <Textarea
          {...common}
          {...look.textareaRows}
          withAsterisk={required}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
          maxLength={field.maxLength}
        />
      );
    case 'number': {
      const unit = field.unit ? text(field.unit) : undefined;
      return (
        <NumberInput
          {...common}
          withAsterisk={required}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          onChange={(next) => onChange(next === '' ? undefined : next)}
          min={field.min}
          max={field.max}
          allowDecimal={!field.integer}
          decimalSeparator={locale === 'en' ? '.' : ','}
          rightSection={unit ? <Text {...look.viewEmpty}>{unit}</Text> : undefined}
          rightSectionWidth={unit ? unit.length * 8 + 24 : undefined}
          maw={look.short.maw}
        />
      );
    }
    case 'date':
      return (
        <TextInput
          {...common}
          {...dateInput}
          withAsterisk={required}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
          maw={look.short.maw}
        />
      );
    case 'boolean':
      return (
        <YesNo
          {...common}
          required={required}
          value={typeof value === 'boolean' ? value : undefined}
          onChange={onChange}
          yes={t('formRenderer.yes')}
          no={t('formRenderer.no')}
        />
      );
    case 'single_choice':
      return (
        <SingleChoice
          {...common}
          required={required}
          options={optionsOf(field.options, text)}
          value={typeof value === 'string' ? value : null}
          onChange={(next) => onChange(next ?? undefined)}
          placeholder={t('formRenderer.choose')}
        />
      );
    case 'multiple_choice':
      return (
        <MultipleChoice
          {...common}
          required={required}
          options={optionsOf(field.options, text)}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={onChange}
        />
      );
    case 'need':
      return (
        <NeedInput
          label={common.label}
          description={common.description}
          required={required}
          path={path}
          errors={errors}
          fixedDomain={field.domain}
          value={value}
          onChange={onChange}
          locale={locale}
        />
      );
  }
}
