import { useEffect, useState, type ReactNode } from 'react';
import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Pagination,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { useFormat } from '../lib/locale';
import { IconAlert, IconInbox } from './icons';
import { button, icon, layout, text, tone } from './presets';

/** Sets the browser tab's title: "Users · Vatra". */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.pageTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: string;
  actions?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Group {...layout.header}>
      <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
        <Title order={2}>{title}</Title>
        {description && (
          <Text {...text.muted} maw={760}>
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group>{actions}</Group>}
    </Group>
  );
}

export function PageLoader({ height = 240 }: { height?: number | string }) {
  const { t } = useTranslation();
  return (
    <Center h={height} aria-busy>
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

/** A failed query: the server's message (already in the user's language) and a retry button. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const title = t('common.loadFailed');
  const message = isApiError(error) ? error.message : null;
  return (
    <Alert color={tone.danger} icon={<IconAlert />} title={title}>
      <Stack {...layout.messageWithAction}>
        {message && message !== title && <Text>{message}</Text>}
        {onRetry && (
          <Button {...button.small} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** The error above a form (its fields carry their own messages). */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color={tone.danger} icon={<IconAlert />}>
      {message}
    </Alert>
  );
}

export function EmptyState({
  title,
  text: detail,
  icon: iconNode,
}: {
  title: string;
  text?: string;
  icon?: ReactNode;
}) {
  return (
    <Stack {...layout.empty}>
      <ThemeIcon {...icon.empty}>{iconNode ?? <IconInbox size={26} />}</ThemeIcon>
      <Text {...text.emptyTitle}>{title}</Text>
      {detail && (
        <Text {...text.muted} maw={460}>
          {detail}
        </Text>
      )}
    </Stack>
  );
}

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? tone.success : tone.neutral} style={{ flexShrink: 0 }}>
      {active ? t('common.active') : t('common.inactive')}
    </Badge>
  );
}

/** "26–50 of 132" and the page buttons under a server-paged table. */
export function TablePager({
  page,
  pageSize,
  total,
  onChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group {...layout.pager}>
      <Text {...text.muted}>
        {t('common.range', { from: format.number(from), to: format.number(to), total: format.number(total) })}
      </Text>
      {pages > 1 && <Pagination total={pages} value={page} onChange={onChange} />}
    </Group>
  );
}

/** A yes/no question before an action that matters; shows the server's error if it fails. */
export function ConfirmModal({
  opened,
  title,
  text: question,
  confirmLabel,
  color = tone.danger,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  color?: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setError(null);
    onClose();
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      centered
      size={460}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text>{question}</Text>
        <FormError message={error} />
        <Group {...layout.formActions}>
          <Button {...button.secondary} onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button color={color} onClick={() => void confirm()} loading={busy}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** What a modal is about; kept while the modal fades out so its text does not flicker. */
export function useModalTarget<T>() {
  const [state, setState] = useState<{ target: T | null; opened: boolean }>({ target: null, opened: false });
  return {
    target: state.target,
    opened: state.opened,
    open: (target: T) => setState({ target, opened: true }),
    close: () => setState((current) => ({ ...current, opened: false })),
  };
}
