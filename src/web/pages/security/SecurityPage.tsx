import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { ROLE_LABELS } from '../../../core/labels.js';
import type { LockoutOut, SecondFactorOut, SessionOut } from '../../../core/schemas/security.js';
import { api } from '../../backend/client.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useToast } from '../../components/toast.js';
import { fmtInstant } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PolicyCard } from './PolicyCard.js';

/**
 * /security — the security administrator's screen (issue 12): locked accounts
 * and failed logins with unlock, open sessions with "end session", the
 * password and session policy, and the recovery of lost authenticators.
 * Every action goes through the API, which audits it.
 */
export function SecurityPage() {
  const { t } = useI18n();
  return (
    <div data-testid="security-page">
      <PageHeader title={t('sec.title')} subtitle={t('sec.subtitle')} />
      <Lockouts />
      <Sessions />
      <PolicyCard />
      <SecondFactors />
    </div>
  );
}

function useAction<T>(fn: (v: T) => Promise<unknown>, done: string, keys: string[][]) {
  const toast = useToast();
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      toast.success(done);
      for (const queryKey of keys) void client.invalidateQueries({ queryKey });
    },
    onError: (e) => {
      toast.error(e.message);
      for (const queryKey of keys) void client.invalidateQueries({ queryKey });
    },
  });
}

const who = (r: { displayName: string; username: string }) => (
  <span>
    {r.displayName} <Typography.Text type="secondary">{r.username}</Typography.Text>
  </span>
);

function Lockouts() {
  const { t, lang } = useI18n();
  const query = useQuery({
    queryKey: ['security', 'lockouts'],
    queryFn: () => api.get<{ items: LockoutOut[] }>('/api/security/lockouts'),
  });
  const unlock = useAction(
    (r: LockoutOut) => api.patch(`/api/users/${r.userId}`, { version: r.version, unlock: true }),
    t('sec.unlocked'),
    [['security', 'lockouts']],
  );
  return (
    <Card size="small" title={t('sec.lockouts')} style={{ marginBottom: 16 }} data-testid="security-lockouts">
      <Table<LockoutOut>
        size="small"
        rowKey="userId"
        loading={query.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('sec.lockoutsEmpty') }}
        onRow={(r) => ({ 'data-testid': `lockout-${r.username}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('sec.user'), render: (_, r) => who(r) },
          { title: t('sec.unit'), dataIndex: 'unitName', render: (v: string | null) => v ?? '—' },
          { title: t('sec.failures'), dataIndex: 'failedLogins' },
          { title: t('sec.lastFailed'), dataIndex: 'lastFailedAt', render: (v) => fmtInstant(v, lang) },
          {
            title: t('sec.lockedUntil'),
            render: (_, r) =>
              r.locked ? (
                <Tag color="red">
                  {t('sec.locked')} · {fmtInstant(r.lockedUntil, lang)}
                </Tag>
              ) : (
                <Tag>{t('sec.notLocked')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            // Kept in view on a phone, where the table scrolls sideways.
            fixed: 'right',
            render: (_, r) =>
              (r.locked || r.failedLogins > 0) && (
                <Button
                  size="small"
                  loading={unlock.isPending && unlock.variables?.userId === r.userId}
                  onClick={() => unlock.mutate(r)}
                  data-testid={`unlock-${r.username}`}
                >
                  {t('sec.unlock')}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}

function Sessions() {
  const { t, lang } = useI18n();
  const query = useQuery({
    queryKey: ['security', 'sessions'],
    queryFn: () => api.get<{ items: SessionOut[] }>('/api/security/sessions'),
  });
  const end = useAction(
    (r: SessionOut) => api.delete(`/api/security/sessions/${r.ref}`),
    t('sec.sessionEnded'),
    [['security', 'sessions']],
  );
  return (
    <Card size="small" title={t('sec.sessions')} style={{ marginBottom: 16 }} data-testid="security-sessions">
      <Table<SessionOut>
        size="small"
        rowKey="ref"
        loading={query.isPending}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('sec.sessionsEmpty') }}
        onRow={(r) => ({ 'data-testid': `session-${r.username}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('sec.user'),
            render: (_, r) => (
              <Flex gap={4} wrap>
                {who(r)}
                {r.roles.map((role) => (
                  <Tag key={role}>{ROLE_LABELS[role][lang]}</Tag>
                ))}
                {r.current && <Tag color="blue">{t('sec.current')}</Tag>}
              </Flex>
            ),
          },
          { title: t('sec.unit'), dataIndex: 'unitName', render: (v: string | null) => v ?? '—' },
          { title: t('sec.address'), dataIndex: 'ip', render: (v: string | null) => v ?? '—' },
          {
            title: t('sec.browser'),
            dataIndex: 'userAgent',
            render: (v: string | null) => (
              <Typography.Text ellipsis={{ tooltip: v }} style={{ maxWidth: 200 }}>
                {v ?? '—'}
              </Typography.Text>
            ),
          },
          { title: t('sec.started'), dataIndex: 'createdAt', render: (v) => fmtInstant(v, lang) },
          { title: t('sec.lastSeen'), dataIndex: 'lastSeenAt', render: (v) => fmtInstant(v, lang) },
          {
            title: t('common.actions'),
            // Kept in view on a phone, where the table scrolls sideways.
            fixed: 'right',
            render: (_, r) =>
              !r.current && (
                <Popconfirm
                  title={t('sec.endSessionConfirm', { name: r.displayName })}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => end.mutateAsync(r)}
                >
                  <Button size="small" danger data-testid={`end-session-${r.username}`}>
                    {t('sec.endSession')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}

function SecondFactors() {
  const { t, lang } = useI18n();
  const query = useQuery({
    queryKey: ['security', 'factors'],
    queryFn: () => api.get<{ items: SecondFactorOut[] }>('/api/security/second-factors'),
  });
  const reset = useAction(
    (r: SecondFactorOut) => api.delete(`/api/security/second-factors/${r.userId}`),
    t('sec.resetDone'),
    [
      ['security', 'factors'],
      ['security', 'sessions'],
    ],
  );
  return (
    <Card size="small" title={t('sec.factors')} style={{ marginBottom: 16 }} data-testid="security-factors">
      <Table<SecondFactorOut>
        size="small"
        rowKey="userId"
        loading={query.isPending}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('sec.factorsEmpty') }}
        onRow={(r) => ({ 'data-testid': `factor-${r.username}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('sec.user'), render: (_, r) => who(r) },
          { title: t('sec.unit'), dataIndex: 'unitName', render: (v: string | null) => v ?? '—' },
          {
            title: t('sec.confirmedAt'),
            dataIndex: 'confirmedAt',
            render: (v: string | null) => (v ? fmtInstant(v, lang) : <Tag>{t('sec.pending')}</Tag>),
          },
          {
            title: t('common.actions'),
            // Kept in view on a phone, where the table scrolls sideways.
            fixed: 'right',
            render: (_, r) => (
              <Popconfirm
                title={t('sec.resetConfirm', { name: r.displayName })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => reset.mutateAsync(r)}
              >
                <Button size="small" danger data-testid={`reset-factor-${r.username}`}>
                  {t('sec.reset')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
