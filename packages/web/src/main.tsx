import '@mantine/core/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import { isApiError, setRequestLocale, setUnauthorizedHandler } from './api/client';
import { keys } from './api/queries';
import { NotificationsProvider } from './components/notifications';
import { markSessionEnded } from './features/auth/session';
import { initialLocale, startLanguage } from './i18n';
import { router } from './router';
import { boot, showStartFailure } from './start';
import { theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers do not get better by asking again; network and server errors may.
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});

setUnauthorizedHandler(() => {
  if (!queryClient.getQueryData(keys.me)) return;
  markSessionEnded();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== keys.me[0] });
  queryClient.setQueryData(keys.me, null);
});

// Office screens and printouts: one light scheme.
const COLOR_SCHEME = 'light';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const locale = initialLocale();
setRequestLocale(locale);
void boot({
  loadLanguage: () => startLanguage(locale),
  render: () => {
    createRoot(root).render(
      <StrictMode>
        <MantineProvider theme={theme} forceColorScheme={COLOR_SCHEME}>
          <QueryClientProvider client={queryClient}>
            <NotificationsProvider>
              <RouterProvider router={router} />
            </NotificationsProvider>
          </QueryClientProvider>
        </MantineProvider>
      </StrictMode>,
    );
  },
  failed: () => showStartFailure(root, locale),
});
