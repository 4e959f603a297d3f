import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { LOCALES, isLocale, loginBody, type Locale, type Me } from '@vatra/core';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import { IconInfo, Logo } from '../../components/icons';
import { input, layout, paths, text, tone } from '../../components/presets';
import { FormError, PageLoader, usePageTitle } from '../../components/ui';
import { HTML_LANG, LANGUAGE_NAMES, LANGUAGE_SHORT_NAMES } from '../../i18n';
import { useFormState, validate } from '../../lib/forms';
import { useLocale } from '../../lib/locale';
import { adoptSession, clearSessionEnded, sessionEnded, useChangeLocale, useMe } from './session';

interface LoginState {
  from?: string;
  loggedOut?: boolean;
}

// Look of the login page (kept out of JSX, see presets.ts).
const BACKDROP = { mih: '100vh', className: 'vatra-login' } as const;
const COLUMN = { w: '100%', maw: 440, gap: 'lg', p: 'md' } as const;
const BRAND = { ...layout.inline, justify: 'center' } as const;
const BRAND_NAME = { fw: 700, fz: 26, lh: 1.1, c: tone.primary } as const;
const CARD = { shadow: 'sm', p: { base: 'lg', sm: 32 } } as const;
const LANGUAGES = { size: 'xs', fullWidth: true } as const;
const SUBMIT = { type: 'submit', fullWidth: true, size: 'md' } as const;
const FOOTNOTE = { ...text.caption, ta: 'center', px: 'md' } as const;

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const locale = useLocale();
  const changeLocale = useChangeLocale();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginState;
  const queryClient = useQueryClient();
  const { data: me, isPending } = useMe();
  const form = useFormState({ username: '', password: '' });
  const [expired] = useState(() => sessionEnded() && !state.loggedOut);
  // A language picked here is the user's choice: it is sent with the login and remembered for
  // the account. Without a pick, the account keeps the language it had.
  const [picked, setPicked] = useState(false);

  const login = useMutation({
    mutationFn: (body: { username: string; password: string; locale?: Locale }) =>
      api.post<Me>('/api/auth/login', body, { expect401: true }),
    onSuccess: (session) => {
      clearSessionEnded();
      adoptSession(session);
      // the <Navigate> below takes the user on once the session is in the cache
      queryClient.setQueryData(keys.me, session);
    },
    onError: (error) => form.showError(error),
  });

  if (isPending) return <PageLoader height="100vh" />;
  if (me) return <Navigate to={state.from && state.from !== paths.login ? state.from : paths.home} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.setFormError(null);
    const checked = validate(loginBody, form.values, locale);
    if (checked.errors) {
      form.setErrors(checked.errors);
      return;
    }
    login.mutate(picked ? { ...checked.data, locale } : checked.data);
  };

  const languages = LOCALES.map((option) => ({
    value: option,
    label: (
      <span lang={HTML_LANG[option]} title={LANGUAGE_NAMES[option]}>
        {LANGUAGE_SHORT_NAMES[option]}
      </span>
    ),
  }));
  const notice = state.loggedOut ? t('login.loggedOut') : expired ? t('login.expired') : null;

  return (
    <Box {...BACKDROP}>
      <Center {...BACKDROP}>
        <Stack {...COLUMN}>
          <Group {...BRAND}>
            <Logo size={40} />
            <Stack gap={0}>
              <Text {...BRAND_NAME}>{t('app.name')}</Text>
              <Text {...text.muted}>{t('app.tagline')}</Text>
            </Stack>
          </Group>

          <Paper {...CARD}>
            <form onSubmit={submit} noValidate>
              <Stack>
                <SegmentedControl
                  {...LANGUAGES}
                  aria-label={t('language.label')}
                  value={locale}
                  onChange={(value) => {
                    if (!isLocale(value)) return;
                    setPicked(true);
                    changeLocale(value);
                  }}
                  data={languages}
                />
                <Stack gap={4}>
                  <Title order={1}>{t('login.heading')}</Title>
                  <Text {...text.muted}>{t('login.intro')}</Text>
                </Stack>

                {notice && (
                  <Alert color={tone.primary} icon={<IconInfo />}>
                    {notice}
                  </Alert>
                )}
                <FormError message={form.formError} />

                <TextInput
                  {...input.username}
                  {...form.fields.username}
                  label={t('login.username')}
                  autoFocus
                  required
                />
                <PasswordInput
                  {...input.currentPassword}
                  {...form.fields.password}
                  label={t('login.password')}
                  required
                />
                <Button {...SUBMIT} loading={login.isPending} disabled={login.isPending}>
                  {t('login.submit')}
                </Button>
              </Stack>
            </form>
          </Paper>

          <Text {...FOOTNOTE}>{t('login.help')}</Text>
        </Stack>
      </Center>
    </Box>
  );
}
