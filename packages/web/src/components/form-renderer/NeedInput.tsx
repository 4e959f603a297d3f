import { Select, Stack, Text, Textarea } from '@mantine/core';
import { NEED_DOMAINS, NEED_PRIORITIES, type Locale, type NeedDomain } from '@vatra/core';
import { fieldError, type FieldErrors } from '../../lib/forms';
import { SingleChoice, YesNo } from './ChoiceInputs';
import { look } from './look';
import { useFormText } from './useFormText';

type NeedDraft = { needed?: boolean; domain?: string; priority?: string; note?: string };

function asNeed(value: unknown): NeedDraft {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as NeedDraft) : {};
}

/** A structured need: whether there is one and, if so, its area, priority and a note. */
export function NeedInput({
  label,
  description,
  required,
  path,
  errors,
  fixedDomain,
  value,
  onChange,
  locale,
}: {
  label: string;
  description?: string;
  required: boolean;
  path: string;
  errors: FieldErrors;
  fixedDomain?: NeedDomain;
  value: unknown;
  onChange: (value: NeedDraft | undefined) => void;
  locale: Locale;
}) {
  const { t } = useFormText(locale);
  const need = asNeed(value);
  const set = (patch: Partial<NeedDraft>) => {
    const next: NeedDraft = { ...need, ...patch };
    if (next.needed === false) {
      delete next.domain;
      delete next.priority;
    }
    if (!next.note?.trim()) delete next.note;
    onChange(next.needed === undefined && !next.note ? undefined : next);
  };
  const domainOptions = NEED_DOMAINS.map((domain) => ({
    value: domain,
    label: t(`formRenderer.domains.${domain}`),
  }));
  const priorityOptions = NEED_PRIORITIES.map((priority) => ({
    value: priority,
    label: t(`formRenderer.priorities.${priority}`),
  }));
  return (
    <Stack gap={0}>
      <YesNo
        label={label}
        description={description}
        required={required}
        error={errors[path] ?? errors[`${path}.needed`]}
        value={need.needed}
        onChange={(needed) => set({ needed })}
        yes={t('formRenderer.yes')}
        no={t('formRenderer.no')}
      />
      {need.needed !== undefined && (
        <Stack {...look.needParts}>
          {need.needed && (
            <>
              {fixedDomain ? (
                <Text {...look.viewValue}>
                  {t('formRenderer.need.fixedDomain', { domain: t(`formRenderer.domains.${fixedDomain}`) })}
                </Text>
              ) : (
                <Select
                  label={t('formRenderer.need.domain')}
                  data={domainOptions}
                  value={need.domain ?? null}
                  onChange={(domain) => set({ domain: domain ?? undefined })}
                  placeholder={t('formRenderer.choose')}
                  error={fieldError(errors, `${path}.domain`)}
                  withAsterisk
                  maw={look.short.maw + 120}
                />
              )}
              <SingleChoice
                label={t('formRenderer.need.priority')}
                required
                error={fieldError(errors, `${path}.priority`)}
                options={priorityOptions}
                value={need.priority ?? null}
                onChange={(priority) => set({ priority: priority ?? undefined })}
                placeholder={t('formRenderer.choose')}
              />
            </>
          )}
          <Textarea
            {...look.textareaRows}
            label={t('formRenderer.need.note')}
            value={need.note ?? ''}
            onChange={(event) => set({ note: event.currentTarget.value })}
            error={fieldError(errors, `${path}.note`)}
          />
        </Stack>
      )}
    </Stack>
  );
}
