import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@vatra/core';
import { useChangeLocale } from '../features/auth/session';
import { HTML_LANG, LANGUAGE_NAMES } from '../i18n';
import { useLocale } from '../lib/locale';
import { IconCheck, IconChevronDown, IconLanguage } from './icons';
import { button } from './presets';

/** The language switch in the header: each language named in itself. */
export function LanguageMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const changeLocale = useChangeLocale();
  const choose = (option: Locale) => () => changeLocale(option);
  return (
    <Menu width={220}>
      <Menu.Target>
        <Button
          {...button.quiet}
          px={compact ? 8 : undefined}
          leftSection={<IconLanguage size={18} />}
          rightSection={compact ? null : <IconChevronDown size={14} />}
          aria-label={t('language.choose')}
          title={t('language.choose')}
        >
          {compact ? null : LANGUAGE_NAMES[locale]}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LOCALES.map((option) => (
          <Menu.Item
            key={option}
            onClick={choose(option)}
            rightSection={option === locale ? <IconCheck size={16} /> : null}
            fw={option === locale ? 600 : 400}
            lang={HTML_LANG[option]}
          >
            {LANGUAGE_NAMES[option]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
