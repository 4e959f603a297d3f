import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router-dom';
import { IconAlert } from './icons';
import { button, layout, tone } from './presets';
import { usePageTitle } from './ui';

// What browsers say when a lazily loaded page's file cannot be fetched or run (Chromium, Firefox,
// Safari), and what Vite's preload helper says when a file the page needs fails to load.
const CHUNK_FAILED =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload/i;

/** Whether the page's code itself could not be loaded (a rebuild since the tab opened, a dropped line). */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_FAILED.test(error.message);
}

const PAGE = { p: 'md', mih: 240 } as const;
const BOX = { maw: 560, w: '100%' } as const;

/**
 * The router's error screen for a page that failed to render. A page whose code is missing (Vatra
 * was rebuilt since the tab was opened) says so; React.lazy keeps a failed import, so only a
 * reload fetches the new files.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const updated = isChunkLoadError(error);
  const title = updated ? t('app.pageFailed.updatedTitle') : t('app.pageFailed.title');
  usePageTitle(title);
  return (
    <Center {...PAGE}>
      <Alert color={tone.danger} icon={<IconAlert />} title={title} role="alert" {...BOX}>
        <Stack {...layout.messageWithAction}>
          <Text>{updated ? t('app.pageFailed.updatedText') : t('app.pageFailed.text')}</Text>
          <Button {...button.small} onClick={() => window.location.reload()}>
            {t('app.pageFailed.reload')}
          </Button>
        </Stack>
      </Alert>
    </Center>
  );
}
