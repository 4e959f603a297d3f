import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client';
import { useNotify } from './notifications';
import { tone } from './presets';
import { ConfirmModal } from './ui';

/**
 * Asks before activating or deactivating a record, then sends it, shows the notice and refreshes
 * the list (also after a 409, so the row shows what the server has).
 */
export function ActiveToggleConfirm<T extends { active: boolean }>({
  target,
  opened,
  onClose,
  queryKey,
  title,
  text,
  confirmLabel,
  toggle,
}: {
  target: T | null;
  opened: boolean;
  onClose: () => void;
  queryKey: readonly unknown[];
  title: (deactivating: boolean) => string;
  text: (target: T) => string;
  confirmLabel: (deactivating: boolean) => string;
  /** Sends the change; resolves to the notice to show. */
  toggle: (target: T) => Promise<string>;
}) {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const deactivating = target?.active ?? false;

  const run = async (item: T) => {
    try {
      notify(await toggle(item));
    } catch (error) {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey });
      throw error;
    }
    await queryClient.invalidateQueries({ queryKey });
  };

  return (
    <ConfirmModal
      opened={opened}
      title={title(deactivating)}
      text={target ? text(target) : ''}
      confirmLabel={confirmLabel(deactivating)}
      color={deactivating ? tone.danger : tone.success}
      onConfirm={() => (target ? run(target) : Promise.resolve())}
      onClose={onClose}
    />
  );
}
