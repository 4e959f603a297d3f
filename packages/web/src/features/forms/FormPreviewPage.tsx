import { useState } from 'react';
import { Alert, Anchor, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { LOCALES, isLocale, type Locale } from '@vatra/core';
import { useFormDefinition } from '../../api/queries';
import { FormRenderer, checkForm, type FormDraft, type RepeatMembers } from '../../components/form-renderer';
import { IconCheck, IconInfo } from '../../components/icons';
import { button, layout, paths, text, tone } from '../../components/presets';
import { PageHeader, PageLoader, QueryError } from '../../components/ui';
import { LANGUAGE_SHORT_NAMES } from '../../i18n';
import { useFormat } from '../../lib/locale';
import type { FieldErrors } from '../../lib/forms';

const MODES = ['edit', 'view'] as const;
type Mode = (typeof MODES)[number];

/** Ids of the invented members repeated sections are previewed for. */
const SAMPLE = { adults: ['sample-adult-1', 'sample-adult-2'], children: ['sample-child-1'] } as const;

function useSampleMembers(locale: Locale): RepeatMembers {
  const { t } = useTranslation('web', { lng: locale });
  const adults = SAMPLE.adults.map((id, index) => ({
    id,
    label: t('formRenderer.admin.sampleAdult', { number: index + 1 }),
  }));
  const children = SAMPLE.children.map((id, index) => ({
    id,
    label: t('formRenderer.admin.sampleChild', { number: index + 1 }),
  }));
  return { household_members: [...adults, ...children], adults, children };
}

/** Administration › Forms › one form: filled in for trying, in any language; nothing is saved. */
export function FormPreviewPage() {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const definition = useFormDefinition(key);
  const [formLocale, setFormLocale] = useState<Locale>(format.locale);
  const [mode, setMode] = useState<Mode>('edit');
  const [draft, setDraft] = useState<FormDraft>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  /** After the first check the answers are checked again at every change. */
  const [checking, setChecking] = useState(false);
  const [valid, setValid] = useState(false);
  const members = useSampleMembers(formLocale);

  if (definition.isPending) return <PageLoader />;
  if (definition.error || !definition.data)
    return (
      <Stack {...layout.page}>
        <PageHeader title={t('formRenderer.admin.preview')} />
        <QueryError error={definition.error} onRetry={() => void definition.refetch()} />
        <Anchor component={Link} to={paths.forms}>
          {t('formRenderer.admin.back')}
        </Anchor>
      </Stack>
    );
  const form = definition.data;

  const recheck = (next: FormDraft, locale: Locale) => {
    const result = checkForm(form, next, locale, members);
    setErrors(result.ok ? {} : result.errors);
    setValid(result.ok);
  };
  const onChange = (next: FormDraft) => {
    setDraft(next);
    setValid(false);
    if (checking) recheck(next, formLocale);
  };
  const onLocale = (value: string) => {
    if (!isLocale(value)) return;
    setFormLocale(value);
    // the messages follow the form's language
    if (checking) recheck(draft, value);
  };
  const onMode = (value: string) => setMode(MODES.find((item) => item === value) ?? 'edit');
  const reset = () => {
    setDraft({});
    setErrors({});
    setChecking(false);
    setValid(false);
  };

  const languageOptions = LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_SHORT_NAMES[locale] }));
  const modeOptions = [
    { value: MODES[0], label: t('formRenderer.admin.modeEdit') },
    { value: MODES[1], label: t('formRenderer.admin.modeView') },
  ];

  return (
    <Stack {...layout.page}>
      <Anchor component={Link} to={paths.forms} size="sm">
        {t('formRenderer.admin.back')}
      </Anchor>
      <PageHeader
        title={format.name(form.title)}
        description={form.description ? format.name(form.description) : t('formRenderer.admin.previewIntro')}
      />
      <Group {...layout.toolbar} p={0}>
        <Stack gap={4}>
          <Text fw={500}>{t('formRenderer.admin.language')}</Text>
          <SegmentedControl value={formLocale} onChange={onLocale} data={languageOptions} />
        </Stack>
        <Stack gap={4}>
          <Text fw={500}>{t('formRenderer.admin.mode')}</Text>
          <SegmentedControl value={mode} onChange={onMode} data={modeOptions} />
        </Stack>
        <Text {...text.caption}>{t('formRenderer.admin.versionLabel', { version: form.version })}</Text>
      </Group>
      <Alert color={tone.neutral} icon={<IconInfo />}>
        {t('formRenderer.admin.sampleMembers')}
      </Alert>
      {valid && (
        <Alert color={tone.success} icon={<IconCheck />}>
          {t('formRenderer.admin.valid')}
        </Alert>
      )}
      <FormRenderer
        definition={form}
        locale={formLocale}
        value={draft}
        onChange={onChange}
        errors={errors}
        readOnly={mode === 'view'}
        members={members}
        submitLabel={t('formRenderer.admin.check')}
        onInvalid={(found) => {
          setChecking(true);
          setValid(false);
          setErrors(found);
        }}
        onSubmit={() => {
          setChecking(true);
          setErrors({});
          setValid(true);
        }}
        actions={
          <Button {...button.secondary} onClick={reset}>
            {t('formRenderer.admin.reset')}
          </Button>
        }
      />
    </Stack>
  );
}
