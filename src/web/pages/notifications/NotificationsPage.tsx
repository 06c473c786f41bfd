import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, List, Pagination, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { NotificationOut, UnreadCount } from '../../../core/schemas/notification.js';
import { api, type List as ListOf } from '../../backend/client.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryView } from '../../components/PageState.js';
import { useToast } from '../../components/toast.js';
import { fmtInstant } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { UNREAD_KEY } from '../../layout/NotificationBell.js';

const PAGE_SIZE = 20;

/** /notifications — the user's notifications, newest first: read them, mark them read, open the item. */
export function NotificationsPage() {
  const { t, lang } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['notifications', 'list', { unreadOnly, page }],
    queryFn: () =>
      api.get<ListOf<NotificationOut>>('/api/notifications', {
        unread: unreadOnly || undefined,
        page,
        pageSize: PAGE_SIZE,
      }),
  });
  const refresh = (unread?: number) => {
    if (unread !== undefined) queryClient.setQueryData<UnreadCount>(UNREAD_KEY, { unread });
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  };
  const readOne = useMutation({
    mutationFn: (id: string) => api.post<NotificationOut>(`/api/notifications/${id}/read`, {}),
    onSuccess: () => refresh(),
    onError: (e) => toast.error(e.message),
  });
  const readAll = useMutation({
    mutationFn: () => api.post<UnreadCount>('/api/notifications/read-all', {}),
    onSuccess: (r) => refresh(r.unread),
    onError: (e) => toast.error(e.message),
  });
  return (
    <div data-testid="notifications-page">
      <PageHeader
        title={t('nt.title')}
        extra={
          <Flex gap={8} wrap align="center">
            <span>
              <Switch
                size="small"
                checked={unreadOnly}
                onChange={(v) => {
                  setUnreadOnly(v);
                  setPage(1);
                }}
                data-testid="unread-only"
              />{' '}
              {t('nt.unreadOnly')}
            </span>
            <Button onClick={() => readAll.mutate()} loading={readAll.isPending} data-testid="read-all">
              {t('nt.markAllRead')}
            </Button>
            <Link to="/notifications/preferences" data-testid="to-preferences">
              {t('nt.preferences')}
            </Link>
          </Flex>
        }
      />
      <QueryView query={query}>
        {(data) => (
          <Card size="small">
            <List
              dataSource={data.items}
              locale={{ emptyText: t('nt.empty') }}
              renderItem={(n) => (
                <List.Item
                  data-testid="notification"
                  data-read={n.readAt ? 'yes' : 'no'}
                  style={{ alignItems: 'flex-start', flexWrap: 'wrap', gap: 8 }}
                  actions={[
                    n.itemId && (
                      <Link
                        key="item"
                        to={`/items/${n.itemId}`}
                        onClick={() => !n.readAt && readOne.mutate(n.id)}
                      >
                        {t('nt.openItem')}
                      </Link>
                    ),
                    !n.readAt && (
                      <Button
                        key="read"
                        size="small"
                        type="link"
                        onClick={() => readOne.mutate(n.id)}
                        data-testid="mark-read"
                      >
                        {t('nt.markRead')}
                      </Button>
                    ),
                  ].filter(Boolean)}
                >
                  <div style={{ minWidth: 0, flex: '1 1 320px' }}>
                    <Flex gap={8} align="center" wrap>
                      {!n.readAt && <Tag color="red">{t('nt.unread')}</Tag>}
                      <Tag>{t(`nt.kind.${n.kind}`)}</Tag>
                      <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                    </Flex>
                    <div style={{ whiteSpace: 'pre-wrap', margin: '6px 0', color: 'rgba(0,0,0,0.75)' }}>
                      {n.body}
                    </div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {fmtInstant(n.createdAt, lang)}
                      {n.itemCode ? ` · ${n.itemCode}` : ''}
                    </Typography.Text>
                  </div>
                </List.Item>
              )}
            />
            {data.total > PAGE_SIZE && (
              <Pagination
                style={{ marginTop: 12, textAlign: 'right' }}
                current={page}
                pageSize={PAGE_SIZE}
                total={data.total}
                onChange={setPage}
                showSizeChanger={false}
                size="small"
              />
            )}
          </Card>
        )}
      </QueryView>
    </div>
  );
}
