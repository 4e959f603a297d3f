import { memo, useCallback, useLayoutEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { FormDefinition, FormSection, FormValues, Locale } from '@vatra/core';
import { HTML_LANG } from '../../i18n';
import type { FieldErrors } from '../../lib/forms';
import { IconAlert } from '../icons';
import { layout, text as textLook, tone } from '../presets';
import { FieldInput } from './FieldInput';
import { FieldView } from './FieldView';
import { look } from './look';
import {
  checkForm,
  resolveForm,
  withAnswer,
  type FormDraft,
  type RepeatMembers,
  type SectionState,
} from './state';
import { useFormText } from './useFormText';

export interface FormRendererProps {
  definition: FormDefinition;
  /** The language of the form's texts (sr-Cyrl is transliterated from the definition's Serbian). */
  locale: Locale;
  value: FormDraft;
  onChange?: (value: FormDraft) => void;
  /** Dotted paths as the validator and the server name them: 'housing.rooms', 'documents.1.need'. */
  errors?: FieldErrors;
  readOnly?: boolean;
  /** The household members repeated sections are filled in for, by what they repeat over. */
  members?: RepeatMembers;
  /**
   * Makes the renderer a form: on submit the answers are checked with the core validator; the
   * problems go to onInvalid, or the cleaned answers (hidden ones dropped) to onSubmit.
   */
  onSubmit?: (data: FormValues) => void;
  onInvalid?: (errors: FieldErrors) => void;
  submitLabel?: string;
  /** Buttons next to the submit button. */
  actions?: ReactNode;
  busy?: boolean;
}

const NO_ERRORS: FieldErrors = {};
const NO_MEMBERS: RepeatMembers = {};

/** A form defined as data: its sections and fields, conditions applied, in the chosen language. */
export function FormRenderer({
  definition,
  locale,
  value,
  onChange,
  errors = NO_ERRORS,
  readOnly = false,
  members = NO_MEMBERS,
  onSubmit,
  onInvalid,
  submitLabel,
  actions,
  busy = false,
}: FormRendererProps) {
  const { t } = useFormText(locale);
  const { sections } = resolveForm(definition, value, members);
  const problemCount = Object.keys(errors).length;

  // One stable callback for every input, reading the latest answers when it is called: the
  // sections can then skip rendering when nothing of theirs changed (a long form with every
  // section rendered again on each click or keystroke is slow on an ordinary laptop).
  const latest = useRef({ value, onChange });
  useLayoutEffect(() => {
    latest.current = { value, onChange };
  });
  const onAnswer = useCallback(
    (section: FormSection, memberId: string | undefined, field: string, answer: unknown) => {
      const { value: current, onChange: change } = latest.current;
      change?.(withAnswer(current, section, memberId, field, answer));
    },
    [],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = checkForm(definition, value, locale, members);
    if (result.ok) onSubmit?.(result.data);
    else onInvalid?.(result.errors);
  };

  const body = (
    <Stack {...layout.page} lang={HTML_LANG[locale]}>
      {!readOnly && problemCount > 0 && (
        <Alert color={tone.danger} icon={<IconAlert />}>
          {t('formRenderer.fixErrors', { count: problemCount })}
        </Alert>
      )}
      {sections.map((state) => (
        <SectionBlock
          key={state.section.key}
          state={state}
          locale={locale}
          errors={errors}
          readOnly={readOnly}
          onAnswer={onAnswer}
        />
      ))}
      {onSubmit && !readOnly && (
        <Group {...layout.formActions}>
          {actions}
          <Button type="submit" loading={busy}>
            {submitLabel ?? t('formRenderer.submit')}
          </Button>
        </Group>
      )}
    </Stack>
  );

  return onSubmit && !readOnly ? (
    <form onSubmit={submit} noValidate>
      {body}
    </form>
  ) : (
    body
  );
}

interface SectionProps {
  state: SectionState;
  locale: Locale;
  errors: FieldErrors;
  readOnly: boolean;
  onAnswer: (section: FormSection, memberId: string | undefined, field: string, value: unknown) => void;
}

/** Whether a section shows the same as before: its members and, per field, the same answer and state. */
function sameSection(before: SectionProps, after: SectionProps): boolean {
  if (
    before.locale !== after.locale ||
    before.errors !== after.errors ||
    before.readOnly !== after.readOnly ||
    before.onAnswer !== after.onAnswer ||
    before.state.section !== after.state.section
  )
    return false;
  const a = before.state.items;
  const b = after.state.items;
  return (
    a.length === b.length &&
    a.every((item, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        item.path === other.path &&
        item.member?.id === other.member?.id &&
        item.member?.label === other.member?.label &&
        item.fields.length === other.fields.length &&
        item.fields.every((field, j) => {
          const next = other.fields[j];
          return (
            next !== undefined &&
            field.field === next.field &&
            field.value === next.value &&
            field.visible === next.visible &&
            field.required === next.required
          );
        })
      );
    })
  );
}

const SectionBlock = memo(function SectionBlock({ state, locale, errors, readOnly, onAnswer }: SectionProps) {
  const { t, text } = useFormText(locale);
  const { section, items } = state;
  const sectionError = errors[section.key];
  return (
    <Paper {...look.section} component="section" aria-labelledby={`form-section-${section.key}`}>
      <Stack {...look.sectionBody}>
        <Stack gap={4}>
          <Title order={3} id={`form-section-${section.key}`}>
            {text(section.title)}
          </Title>
          {section.description && <Text {...textLook.muted}>{text(section.description)}</Text>}
          {section.repeat && (
            <Text {...textLook.caption}>
              {t('formRenderer.repeatedFor', { over: t(`formRenderer.over.${section.repeat.over}`) })}
            </Text>
          )}
          {sectionError && (
            <Text c={tone.danger} size="sm">
              {sectionError}
            </Text>
          )}
        </Stack>
        {section.repeat && items.length === 0 && (
          <Text {...textLook.muted}>{t('formRenderer.noMembers')}</Text>
        )}
        {items.map((item, index) => (
          <Stack key={item.path} {...look.fields}>
            {item.member && (
              <>
                {index > 0 && <Divider />}
                <Title {...look.memberTitle}>{item.member.label}</Title>
              </>
            )}
            {item.fields
              .filter((field) => field.visible)
              .map((field) =>
                readOnly ? (
                  <FieldView key={field.path} field={field.field} value={field.value} locale={locale} />
                ) : (
                  <FieldInput
                    key={field.path}
                    state={field}
                    errors={errors}
                    locale={locale}
                    onChange={(answer) => onAnswer(section, item.member?.id, field.field.key, answer)}
                  />
                ),
              )}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}, sameSection);
