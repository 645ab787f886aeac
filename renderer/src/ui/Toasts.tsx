import { Toast } from 'radix-ui';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

interface Message {
  id: number;
  text: string;
  tone: 'success' | 'info';
}

type Notify = (text: string, tone?: Message['tone']) => void;

interface Toasts {
  notify: Notify;
  /** Forget every message at once: they can name clients, and a locked screen shows none. */
  clear: () => void;
}

const ToastContext = createContext<Toasts>({ notify: () => undefined, clear: () => undefined });

/** Quiet confirmations ("saved") that disappear by themselves and are read out politely. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [messages, setMessages] = useState<Message[]>([]);
  const notify = useCallback<Notify>((text, tone = 'success') => {
    setMessages((current) => [...current.slice(-2), { id: Date.now() + Math.random(), text, tone }]);
  }, []);
  const dismiss = useCallback((id: number) => setMessages((current) => current.filter((m) => m.id !== id)), []);
  const clear = useCallback(() => setMessages([]), []);
  const value = useMemo(() => ({ notify, clear }), [notify, clear]);

  return (
    <ToastContext value={value}>
      <Toast.Provider duration={6000} label={t('common.notifications')}>
        {children}
        {messages.map((message) => (
          <Toast.Root
            type="background"
            key={message.id}
            className={`toast toast-${message.tone}`}
            onOpenChange={(open) => {
              if (!open) dismiss(message.id);
            }}
          >
            <Icon name={message.tone === 'success' ? 'check' : 'info'} />
            <Toast.Description className="toast-text">{message.text}</Toast.Description>
            <Toast.Close className="toast-close" aria-label={t('common.close')}>
              ×
            </Toast.Close>
          </Toast.Root>
        ))}
        <Toast.Viewport className="toast-viewport" label={`${t('common.notifications')} ({hotkey})`} />
      </Toast.Provider>
    </ToastContext>
  );
}

export function useNotify(): Notify {
  return useContext(ToastContext).notify;
}

export function useClearToasts(): () => void {
  return useContext(ToastContext).clear;
}
