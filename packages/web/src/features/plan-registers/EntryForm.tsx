import { useState, type FormEvent } from 'react';
import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { planRegisterData, type PlanRegisterEntry, type PlanRegisterKind } from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { useNotify } from '../../components/notifications';
import { dateInput, dialog, grid, input } from '../../components/presets';
import { FormError } from '../../components/ui';
import { fieldError, validate, type FieldErrors } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { CasePicker } from './CasePicker';
import { registerKeys, registerPath } from './data';
import { NUMERIC_SELECTS, useFieldSpecs, type FieldSpec } from './fields';

type Value = string | string[];
type Values = Record<string, Value>;

const GRID = { ...grid.fields, cols: { base: 1, sm: 2 } } as const;
const WIDE = { style: { gridColumn: '1 / -1' } } as const;
const DEFAULTS: Partial<Record<PlanRegisterKind, Values>> = {
  risk: { status: 'open' },
  project: { currency: 'EUR' },
};

/** The entry's data as the form holds it: text for text and numbers, lists for lists. */
function toValues(kind: PlanRegisterKind, specs: FieldSpec[], entry: PlanRegisterEntry | null): Values {
  const data = (entry?.data ?? {}) as Record<string, unknown>;
  const values: Values = { ...DEFAULTS[kind] };
  for (const spec of specs) {
    const value = data[spec.name];
    if (spec.type === 'lines') values[spec.name] = Array.isArray(value) ? value.join('\n') : '';
    else if (spec.type === 'multiselect' || spec.type === 'cases')
      values[spec.name] = Array.isArray(value) ? value.map(String) : [];
    else if (value !== undefined && value !== null) values[spec.name] = String(value);
    else values[spec.name] ??= '';
  }
  return values;
}

/** What the API takes: empty inputs left out, numbers as numbers, one list item per line. */
function toData(kind: PlanRegisterKind, specs: FieldSpec[], values: Values): Record<string, unknown> {
  const data: Record<string, unknown> = { kind };
  for (const spec of specs) {
    const value = values[spec.name] ?? '';
    if (Array.isArray(value)) {
      data[spec.name] = value;
      continue;
    }
    if (spec.type === 'lines') {
      data[spec.name] = value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      continue;
    }
    const text = value.trim();
    if (text === '') continue;
    if (spec.type === 'number' || NUMERIC_SELECTS.has(spec.name)) {
      const number = Number(text.replace(',', '.'));
      data[spec.name] = Number.isNaN(number) ? text : number;
    } else data[spec.name] = text;
  }
  return data;
}

/** The server names fields inside the body's `data`; the form names them without it. */
function formErrors(fields: Record<string, string>): FieldErrors {
  return Object.fromEntries(
    Object.entries(fields).map(([path, message]) => [path.replace(/^data\./, ''), message]),
  );
}

/** Adding or editing one entry of a register; errors shown on their fields. */
export function EntryModal({
  planId,
  kind,
  entry,
  opened,
  onClose,
}: {
  planId: string;
  kind: PlanRegisterKind;
  entry: PlanRegisterEntry | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const register = t(`planRegisters.kinds.${kind}`);
  return (
    <DialogModal
      opened={opened}
      onClose={onClose}
      size={dialog.form}
      title={entry ? t('planRegisters.editTitle', { register }) : t('planRegisters.addTitle', { register })}
    >
      {opened && (
        <EntryForm key={entry?.id ?? 'new'} planId={planId} kind={kind} entry={entry} onClose={onClose} />
      )}
    </DialogModal>
  );
}

function EntryForm({
  planId,
  kind,
  entry,
  onClose,
}: {
  planId: string;
  kind: PlanRegisterKind;
  entry: PlanRegisterEntry | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const specs = useFieldSpecs(kind);
  const [values, setValues] = useState<Values>(() => toValues(kind, specs, entry));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (name: string, value: Value) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([path]) => path.split('.')[0] !== name)),
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const checked = validate(planRegisterData, toData(kind, specs, values), format.locale);
    if (checked.errors) {
      setErrors(checked.errors);
      setFormError(t('errors.fixFields'));
      return;
    }
    setBusy(true);
    try {
      const path = registerPath(planId, kind);
      if (entry) {
        await api.put<PlanRegisterEntry>(`${path}/${entry.id}`, {
          data: checked.data,
          version: entry.version,
        });
        notify(t('common.saved'));
      } else {
        await api.post<PlanRegisterEntry>(path, { data: checked.data });
        notify(t('planRegisters.created'));
      }
      await queryClient.invalidateQueries({ queryKey: registerKeys.all(planId) });
      onClose();
    } catch (error) {
      if (isApiError(error, 409)) {
        await queryClient.invalidateQueries({ queryKey: registerKeys.all(planId) });
        setFormError(`${error.message} ${t('planRegisters.conflict')}`);
      } else if (isApiError(error)) {
        setErrors(formErrors(error.fields));
        setFormError(error.message);
      } else setFormError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <FormError message={formError} />
        <SimpleGrid {...GRID}>
          {specs.map((spec) => (
            <div key={spec.name} {...(spec.wide ? WIDE : {})}>
              <Field
                spec={spec}
                value={values[spec.name] ?? ''}
                error={fieldError(errors, spec.name)}
                known={entry?.cases ?? []}
                onChange={(value) => set(spec.name, value)}
              />
            </div>
          ))}
        </SimpleGrid>
        <FormActions
          busy={busy}
          onCancel={onClose}
          submitLabel={entry ? t('common.save') : t('common.create')}
        />
      </Stack>
    </form>
  );
}

function Field({
  spec,
  value,
  error,
  known,
  onChange,
}: {
  spec: FieldSpec;
  value: Value;
  error: string | undefined;
  known: { id: string; number: string }[];
  onChange: (value: Value) => void;
}) {
  const common = { label: spec.label, required: spec.required, description: spec.description, error };
  const text = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? value : [];
  switch (spec.type) {
    case 'textarea':
    case 'lines':
      return (
        <Textarea
          {...common}
          autosize
          minRows={spec.type === 'lines' ? 3 : 2}
          maxRows={10}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'date':
      return (
        <TextInput
          {...common}
          {...dateInput}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          min={0}
          value={text}
          onChange={(next) => onChange(String(next))}
          allowNegative={false}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          data={spec.options ?? []}
          value={text || null}
          onChange={(next) => onChange(next ?? '')}
          allowDeselect={!spec.required}
        />
      );
    case 'multiselect':
      return (
        <MultiSelect {...common} data={spec.options ?? []} value={list} onChange={onChange} searchable />
      );
    case 'cases':
      return <CasePicker label={spec.label} value={list} onChange={onChange} known={known} error={error} />;
    default:
      return (
        <TextInput
          {...common}
          {...input.plain}
          type={spec.type === 'email' ? 'email' : 'text'}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}
