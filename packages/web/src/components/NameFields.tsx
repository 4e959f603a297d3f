import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TEXT_LANGUAGES, type LocalizedText, type TextLanguage } from '@vatra/core';
import { HTML_LANG } from '../i18n';
import { fieldError, type FieldErrors } from '../lib/forms';
import { grid, text } from './presets';

const LABEL_KEY = { sq: 'common.nameSq', sr: 'common.nameSr', en: 'common.nameEn' } as const;

/** A configured name in the three stored languages; Cyrillic Serbian is derived from the Latin. */
export function NameFields({
  value,
  onChange,
  errors,
  path = 'name',
  columns = 1,
}: {
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  errors: FieldErrors;
  path?: string;
  columns?: 1 | 3;
}) {
  const { t } = useTranslation();
  const change = (language: TextLanguage) => (event: { currentTarget: { value: string } }) =>
    onChange({ ...value, [language]: event.currentTarget.value });
  return (
    <Stack gap={6}>
      <SimpleGrid cols={{ base: 1, md: columns }} {...grid.dense}>
        {TEXT_LANGUAGES.map((language) => (
          <TextInput
            key={language}
            label={t(LABEL_KEY[language])}
            lang={HTML_LANG[language]}
            value={value[language]}
            onChange={change(language)}
            error={
              fieldError(errors, `${path}.${language}`) ??
              (language === TEXT_LANGUAGES[0] ? errors[path] : undefined)
            }
            required
          />
        ))}
      </SimpleGrid>
      <Text {...text.caption}>{t('common.namesHint')}</Text>
    </Stack>
  );
}
