import { message } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface.js';
import { createContext, type ReactNode, useContext } from 'react';

const ToastContext = createContext<MessageInstance | null>(null);

/**
 * Short confirmations and failures ("已保存"), themed by the ConfigProvider.
 * (antd's `App` would bring modal and notification into the first load too.)
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [api, holder] = message.useMessage();
  return (
    <ToastContext.Provider value={api}>
      {holder}
      {children}
    </ToastContext.Provider>
  );
}

export function useToast(): MessageInstance {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error('useToast outside ToastProvider');
  return ctx;
}
