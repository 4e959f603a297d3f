import { Stack, Text } from '@mantine/core';
import { formatDate, formatNumber, isIsoDate, type FormField, type Locale } from '@vatra/core';
import { look } from './look';
import { isEmptyAnswer } from './state';
import { useFormText } from './useFormText';

type Translate = ReturnType<typeof useFormText>['t'];
type TextOf = ReturnType<typeof useFormText>['text'];

/** The answer of a field as words, in the form's language. */
function answerText(field: FormField, value: unknown, locale: Locale, t: Translate, text: TextOf): string {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return String(value);
    case 'number': {
      const number = typeof value === 'number' ? formatNumber(locale, value) : String(value);
      return field.unit ? `${number} ${text(field.unit)}` : number;
    }
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? formatDate(locale, value) : String(value);
    case 'boolean':
      return value === true ? t('formRenderer.yes') : t('formRenderer.no');
    case 'single_choice': {
      const option = field.options.find((item) => item.key === value);
      return option ? text(option.label) : String(value);
    }
    case 'multiple_choice': {
      const chosen = Array.isArray(value) ? value : [];
      return field.options
        .filter((option) => chosen.includes(option.key))
        .map((option) => text(option.label))
        .join(', ');
    }
    case 'need': {
      const need = (value ?? {}) as { needed?: boolean; domain?: string; priority?: string; note?: string };
      const head = need.needed
        ? t('formRenderer.need.summary', {
            domain: t(`formRenderer.domains.${(need.domain ?? field.domain ?? 'other') as 'other'}`),
            priority: t(`formRenderer.priorities.${(need.priority ?? 'medium') as 'medium'}`),
          })
        : t('formRenderer.need.none');
      return need.note ? `${head}\n${need.note}` : head;
    }
  }
}

/** A question and its answer, for a submitted form. */
export function FieldView({ field, value, locale }: { field: FormField; value: unknown; locale: Locale }) {
  const { t, text } = useFormText(locale);
  const empty = isEmptyAnswer(value);
  return (
    <Stack gap={2}>
      <Text {...look.viewLabel}>{text(field.label)}</Text>
      {empty ? (
        <Text {...look.viewEmpty}>{t('formRenderer.notAnswered')}</Text>
      ) : (
        <Text {...look.viewValue}>{answerText(field, value, locale, t, text)}</Text>
      )}
    </Stack>
  );
}
