import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUSModule from 'antd/es/locale/en_US.js';
import zhCNModule from 'antd/es/locale/zh_CN.js';
import { type ReactNode, useEffect } from 'react';
import { ApiError, setUnauthenticatedHandler } from './backend/client.js';
import { setSessionHint } from './backend/session-hint.js';
import { ToastProvider } from './components/toast.js';
import { I18nProvider, useI18n } from './i18n/I18nProvider.js';

/**
 * antd's `es/` files are ES modules at run time, but TypeScript (NodeNext) reads
 * their types as CommonJS and sees `{ default: Locale }`; take whichever is there.
 */
function esDefault<T>(mod: { default: T }): T {
  return ('default' in mod ? mod.default : mod) as T;
}
const zhCN = esDefault(zhCNModule);
const enUS = esDefault(enUSModule);

/** 4xx answers will not change on retry; network hiccups and 5xx get one more try. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 1;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 15_000 },
      mutations: { retry: false },
    },
  });
}

/** A 401 on any request means the session ended: forget the user, and the routes send them to login. */
function SessionWatch() {
  const queryClient = useQueryClient();
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setSessionHint(false);
      queryClient.setQueryData(['me'], null);
    });
    return () => setUnauthenticatedHandler(null);
  }, [queryClient]);
  return null;
}

function Themed({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      // Keep button words as written ("暂停", not "暂 停"): people and tests read them.
      button={{ autoInsertSpace: false }}
      theme={{
        token: {
          colorPrimary: '#b42323',
          borderRadius: 6,
          fontFamily:
            '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Segoe UI", Roboto, sans-serif',
        },
      }}
    >
      <ToastProvider>{children}</ToastProvider>
    </ConfigProvider>
  );
}

export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <SessionWatch />
      <I18nProvider>
        <Themed>{children}</Themed>
      </I18nProvider>
    </QueryClientProvider>
  );
}
