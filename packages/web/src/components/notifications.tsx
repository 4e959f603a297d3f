import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Notification } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconAlert, IconCheck } from './icons';
import { tone } from './presets';

const POLITE = { 'aria-live': 'polite' } as const;

// A small toast stack (top centre, below the header) for "saved", "created" and similar confirmations.
interface Toast {
  id: number;
  message: string;
  kind: 'success' | 'error';
}

type Notify = (message: string, kind?: Toast['kind']) => void;

const NotifyContext = createContext<Notify>(() => undefined);

export function useNotify(): Notify {
  return useContext(NotifyContext);
}

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((item) => item.id !== id)), []);

  const notify = useCallback<Notify>(
    (message, kind = 'success') => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-3), { id, message, kind }]);
      window.setTimeout(() => dismiss(id), kind === 'error' ? 9000 : 5000);
    },
    [dismiss],
  );

  const value = useMemo(() => notify, [notify]);

  return (
    <NotifyContext.Provider value={value}>
      {children}
      <div className="vatra-toasts" {...POLITE}>
        {toasts.map((toast) => (
          <Notification
            key={toast.id}
            color={toast.kind === 'success' ? tone.success : tone.danger}
            icon={toast.kind === 'success' ? <IconCheck size={18} /> : <IconAlert size={18} />}
            onClose={() => dismiss(toast.id)}
            closeButtonProps={{ 'aria-label': t('common.close') }}
            style={{ boxShadow: 'var(--mantine-shadow-md)' }}
          >
            {toast.message}
          </Notification>
        ))}
      </div>
    </NotifyContext.Provider>
  );
}
