import type { FormEvent } from 'react';
import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  CRITERION_KINDS,
  CURRENCIES,
  callCreateBody,
  callUpdateBody,
  type CallView,
  type CriterionKind,
} from '@vatra/core';
import { api } from '../../api/client';
import { FormActions } from '../../components/FormModal';
import { IconPlus } from '../../components/icons';
import { button, card, dateInput, grid, input, layout, text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { today } from '../../lib/dates';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useWrite } from '../../lib/write';
import { useSession } from '../auth/session';
import { useSchemes } from '../requests/data';
import { callKeys } from './data';

const GRID = { ...grid.fields, cols: { base: 1, sm: 2 } } as const;
const CRITERION_GRID = { ...grid.dense, cols: { base: 1, sm: 3 } } as const;

interface CriterionValues {
  code: string;
  sq: string;
  sr: string;
  en: string;
  points: number | string;
  kind: CriterionKind;
}

interface CallValues {
  schemeCode: string | null;
  title: string;
  description: string;
  opensOn: string;
  closesOn: string;
  budget: number | string;
  currency: string;
  criteria: CriterionValues[];
}

const LANGS = ['sq', 'sr', 'en'] as const;
const NAME_LABEL = { sq: 'calls.form.nameSq', sr: 'calls.form.nameSr', en: 'calls.form.nameEn' } as const;

const EMPTY_CRITERION: CriterionValues = { code: '', sq: '', sr: '', en: '', points: '', kind: 'manual' };

function initialValues(call: CallView | null): CallValues {
  const day = today();
  if (!call)
    return {
      schemeCode: null,
      title: '',
      description: '',
      opensOn: day,
      closesOn: day,
      budget: '',
      currency: 'EUR',
      criteria: [{ ...EMPTY_CRITERION }],
    };
  return {
    schemeCode: call.schemeCode,
    title: call.title,
    description: call.description,
    opensOn: call.opensOn,
    closesOn: call.closesOn,
    budget: call.budget,
    currency: call.currency,
    criteria: call.criteria.map((c) => ({
      code: c.code,
      sq: c.name.sq,
      sr: c.name.sr,
      en: c.name.en,
      points: c.points,
      kind: c.kind,
    })),
  };
}

function toCriteria(rows: CriterionValues[]) {
  return rows.map((row) => ({
    code: row.code.trim(),
    name: { sq: row.sq.trim(), sr: row.sr.trim(), en: row.en.trim() },
    points: row.points === '' ? undefined : Number(row.points),
    kind: row.kind,
  }));
}

/** Creating a draft call, or editing one: scheme, dates, budget and the criteria with points. */
export function CallForm({ call, onClose }: { call: CallView | null; onClose: (saved?: CallView) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const schemes = useSchemes();
  const queryClient = useQueryClient();
  const form = useFormState<CallValues>(initialValues(call));
  const { values } = form;
  const write = useWrite({
    saved: async (result) => {
      const saved = result as CallView;
      queryClient.setQueryData(callKeys.one(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: callKeys.all });
    },
    conflict: () => queryClient.invalidateQueries({ queryKey: callKeys.all }),
    reloaded: '',
  });
  // Schemes tied to calls that the user's institution decides.
  const options = (schemes.data ?? [])
    .filter((s) => s.tiedToCall && s.decidingInstitutionType === session.institution.type.code)
    .map((s) => ({ value: s.code, label: format.name(s.name) }));

  const setCriterion = (index: number, change: Partial<CriterionValues>) =>
    form.set(
      'criteria',
      values.criteria.map((row, i) => (i === index ? { ...row, ...change } : row)),
    );
  const criterionErrors = (index: number) => {
    const at = (field: string) => form.errors[`criteria.${index}.${field}`];
    return {
      code: at('code'),
      kind: at('kind'),
      points: at('points'),
      sq: at('name.sq'),
      sr: at('name.sr'),
      en: at('name.en'),
    };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const common = {
      title: values.title,
      description: values.description,
      opensOn: values.opensOn,
      closesOn: values.closesOn,
      budget: values.budget === '' ? undefined : Number(values.budget),
      currency: values.currency,
      criteria: toCriteria(values.criteria),
    };
    if (call)
      void write.run({
        sink: form,
        schema: callUpdateBody,
        body: { ...common, version: call.version },
        send: (body) => api.put<CallView>(`/api/calls/${encodeURIComponent(call.id)}`, body),
        notice: t('calls.saved.updated'),
        onDone: onClose,
      });
    else
      void write.run({
        sink: form,
        schema: callCreateBody,
        body: { ...common, schemeCode: values.schemeCode },
        send: (body) => api.post<CallView>('/api/calls', body),
        notice: (created) => t('calls.saved.created', { number: created.number }),
        onDone: onClose,
      });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Select
          {...input.hintBelow}
          label={t('calls.form.scheme')}
          description={t('calls.form.schemeHint')}
          required
          disabled={call !== null}
          allowDeselect={false}
          data={call ? [{ value: call.schemeCode, label: format.name(call.schemeName) }] : options}
          {...form.fields.schemeCode}
        />
        <TextInput label={t('calls.form.title')} required {...form.fields.title} />
        <Textarea label={t('calls.form.description')} autosize minRows={3} {...form.fields.description} />
        <SimpleGrid {...GRID}>
          <TextInput {...dateInput} label={t('calls.form.opensOn')} required {...form.fields.opensOn} />
          <TextInput {...dateInput} label={t('calls.form.closesOn')} required {...form.fields.closesOn} />
          <NumberInput
            label={t('calls.form.budget')}
            required
            min={0}
            decimalScale={2}
            thousandSeparator
            {...form.fields.budget}
          />
          <Select
            label={t('calls.form.currency')}
            allowDeselect={false}
            data={[...CURRENCIES]}
            {...form.fields.currency}
            onChange={(value) => form.set('currency', value ?? 'EUR')}
          />
        </SimpleGrid>
        <Stack {...layout.section}>
          <Text {...text.overline}>{t('calls.form.criteria')}</Text>
          <Text {...text.caption}>{t('calls.form.criteriaHint')}</Text>
          {values.criteria.map((row, index) => (
            <Paper key={index} {...card}>
              <Stack {...layout.section}>
                <SimpleGrid {...CRITERION_GRID}>
                  <TextInput
                    {...input.code}
                    label={t('calls.form.code')}
                    required
                    value={row.code}
                    error={criterionErrors(index).code}
                    onChange={(event) => setCriterion(index, { code: event.currentTarget.value })}
                  />
                  <Select
                    label={t('calls.form.kind')}
                    allowDeselect={false}
                    data={CRITERION_KINDS.map((kind) => ({ value: kind, label: t(`calls.kind.${kind}`) }))}
                    value={row.kind}
                    error={criterionErrors(index).kind}
                    onChange={(value) =>
                      setCriterion(index, {
                        kind: CRITERION_KINDS.find((kind) => kind === value) ?? 'manual',
                      })
                    }
                  />
                  <NumberInput
                    label={t('calls.form.points')}
                    required
                    min={1}
                    max={100}
                    allowDecimal={false}
                    value={row.points}
                    error={criterionErrors(index).points}
                    onChange={(value) => setCriterion(index, { points: value })}
                  />
                  {LANGS.map((lang) => (
                    <TextInput
                      key={lang}
                      label={t(NAME_LABEL[lang])}
                      required
                      value={row[lang]}
                      error={criterionErrors(index)[lang]}
                      onChange={(event) => setCriterion(index, { [lang]: event.currentTarget.value })}
                    />
                  ))}
                </SimpleGrid>
                {values.criteria.length > 1 && (
                  <Group {...layout.formActions}>
                    <Button
                      {...button.quiet}
                      size="xs"
                      onClick={() =>
                        form.set(
                          'criteria',
                          values.criteria.filter((_, i) => i !== index),
                        )
                      }
                    >
                      {t('calls.form.removeCriterion')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          ))}
          <Group>
            <Button
              {...button.secondary}
              leftSection={<IconPlus size={16} />}
              onClick={() => form.set('criteria', [...values.criteria, { ...EMPTY_CRITERION }])}
            >
              {t('calls.form.addCriterion')}
            </Button>
          </Group>
        </Stack>
        <FormActions
          busy={write.busy}
          onCancel={() => onClose()}
          submitLabel={call ? t('calls.form.submitEdit') : t('calls.form.submitNew')}
        />
      </Stack>
    </form>
  );
}
