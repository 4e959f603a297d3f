import { createContext, useCallback, useContext } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale, Me, Scope } from '@vatra/core';
import { api, isApiError, setCsrfToken, setRequestLocale } from '../../api/client';
import { keys } from '../../api/queries';
import type { Ok } from '../../api/types';
import { currentLocale, i18n, rememberLocale } from '../../i18n';

/** Switches the interface language and the language the server answers in. */
export function applyLocale(locale: Locale): void {
  rememberLocale(locale);
  setRequestLocale(locale);
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}

/** Takes over a session from the server: its CSRF token and the user's language. */
export function adoptSession(me: Me): void {
  setCsrfToken(me.csrfToken);
  applyLocale(me.user.locale);
}

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/api/auth/me', undefined, { expect401: true });
    adoptSession(me);
    return me;
  } catch (error) {
    if (isApiError(error, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The current session, or null when nobody is logged in. */
export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: fetchMe, staleTime: Infinity, retry: false });
}

export const SessionContext = createContext<Me | null>(null);

/** The logged-in user; only inside the pages behind the login. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession outside a session');
  return me;
}

/** Whether the user holds the scope, or any one of a list (two offices keeping the same rows). */
export function hasScope(me: Me | null | undefined, scope: Scope | readonly Scope[]): boolean {
  if (!me) return false;
  return typeof scope === 'string' ? me.scopes.includes(scope) : scope.some((one) => me.scopes.includes(one));
}

/** Changes the language: before login on this computer only, after login also in the user's profile. */
export function useChangeLocale() {
  const queryClient = useQueryClient();
  return useCallback(
    (locale: Locale) => {
      if (locale === currentLocale()) return;
      applyLocale(locale);
      const me = queryClient.getQueryData<Me | null>(keys.me);
      if (me) {
        queryClient.setQueryData<Me>(keys.me, { ...me, user: { ...me.user, locale } });
        void api.put<Ok>('/api/auth/locale', { locale }).catch(() => undefined);
      }
    },
    [queryClient],
  );
}

// "Your session has ended" on the login page after a 401 (kept until the next login or logout).
const SESSION_ENDED_KEY = 'vatra.sessionEnded';

export function markSessionEnded(): void {
  try {
    window.sessionStorage.setItem(SESSION_ENDED_KEY, '1');
  } catch {
    // no storage: the login page just does not say why
  }
}

export function sessionEnded(): boolean {
  try {
    return window.sessionStorage.getItem(SESSION_ENDED_KEY) === '1';
  } catch {
    return false;
  }
}

export function clearSessionEnded(): void {
  try {
    window.sessionStorage.removeItem(SESSION_ENDED_KEY);
  } catch {
    // nothing to clear
  }
}
