import { FrownOutlined, InfoCircleOutlined, StopOutlined, WarningOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '../backend/client.js';
import { useT } from '../i18n/I18nProvider.js';

/** A spinner that says what it is doing — never a blank screen. */
export function Loading({ full, tip }: { full?: boolean; tip?: string }) {
  const t = useT();
  return (
    <div
      role="status"
      data-testid="loading"
      style={{ padding: full ? '96px 24px' : '32px 16px', textAlign: 'center', color: 'rgba(0,0,0,0.45)' }}
    >
      <Spin />
      <div style={{ marginTop: 12 }}>{tip ?? t('common.loading')}</div>
    </div>
  );
}

const ICONS = {
  warning: <WarningOutlined style={{ color: '#e6a23c' }} />,
  notFound: <FrownOutlined style={{ color: 'rgba(0,0,0,0.35)' }} />,
  forbidden: <StopOutlined style={{ color: '#d9363e' }} />,
  info: <InfoCircleOutlined style={{ color: '#1677ff' }} />,
};

/**
 * A whole-screen message: icon, title, words and what to do next. (antd's
 * Result would do, but its illustrations weigh ~10 KB gzip on the first load.)
 */
export function StateBlock({
  kind,
  title,
  text,
  extra,
  testId,
}: {
  kind: keyof typeof ICONS;
  title: ReactNode;
  text?: ReactNode;
  extra?: ReactNode;
  testId?: string;
}) {
  return (
    <div
      role={kind === 'warning' ? 'alert' : undefined}
      data-testid={testId}
      style={{ padding: '48px 16px', textAlign: 'center' }}
    >
      <div style={{ fontSize: 48, lineHeight: 1 }}>{ICONS[kind]}</div>
      <div style={{ fontSize: 20, margin: '16px 0 8px', color: 'rgba(0,0,0,0.88)' }}>{title}</div>
      {text && <div style={{ color: 'rgba(0,0,0,0.55)', maxWidth: 520, margin: '0 auto' }}>{text}</div>}
      {extra && <div style={{ marginTop: 24 }}>{extra}</div>}
    </div>
  );
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** An error in words, with a retry button when the caller can retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const notFound = error instanceof ApiError && error.code === 'not_found';
  return (
    <StateBlock
      kind={notFound ? 'notFound' : 'warning'}
      title={notFound ? t('common.notFound') : t('common.loadFailed')}
      text={notFound ? t('common.notFoundDesc') : errorText(error)}
      extra={
        onRetry && !notFound ? (
          <Button onClick={onRetry} data-testid="retry">
            {t('common.retry')}
          </Button>
        ) : undefined
      }
      testId={notFound ? 'not-found' : 'error-state'}
    />
  );
}

export function EmptyState({ text }: { text?: string }) {
  const t = useT();
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={text ?? t('common.noData')}
      data-testid="empty"
    />
  );
}

/** Loading / error / content for one query. */
export function QueryView<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return <>{children(query.data)}</>;
}
